// SPDX-License-Identifier: Apache-2.0
#include "RegistryAccounts.h"

#include "RegistryCredential.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

const QString GroupKey = u"Registries"_s;
const QString InitialisedKey = u"initialised"_s;
const QString ArrayKey = u"accounts"_s;

// "insecure" turns TLS checks off: only an explicit true counts (QVariant would read any
// non-empty text, "maybe" included, as true).
bool explicitTrue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    return text == u"true"_s || text == u"1"_s;
}

} // namespace

RegistryAccounts::RegistryAccounts(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
    load();
}

RegistryAccounts::~RegistryAccounts() = default;

QStringList RegistryAccounts::defaultRegistries()
{
    return { u"docker.io"_s, u"gitlab-registry.cern.ch"_s, u"registry.cern.ch"_s };
}

QStringList RegistryAccounts::registries() const
{
    QStringList names;
    names.reserve(m_accounts.size());
    for (const RegistryAccount &account : m_accounts)
        names.append(account.registry);
    return names;
}

qsizetype RegistryAccounts::indexOf(const QString &registry) const
{
    const QString name = RegistryCredential::normaliseRegistry(registry);
    if (name.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).registry == name)
            return i;
    }
    return -1;
}

RegistryAccount *RegistryAccounts::find(const QString &registry)
{
    const qsizetype index = indexOf(registry);
    return index < 0 ? nullptr : &m_accounts[index];
}

bool RegistryAccounts::contains(const QString &registry) const
{
    return indexOf(registry) >= 0;
}

std::optional<RegistryAccount> RegistryAccounts::account(const QString &registry) const
{
    const qsizetype index = indexOf(registry);
    if (index < 0)
        return std::nullopt;
    return m_accounts.at(index);
}

Result<QString> RegistryAccounts::checkName(const QString &registry)
{
    QString text = registry.trimmed();
    for (const QString &scheme : { u"https://"_s, u"http://"_s }) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            text.remove(0, scheme.size());
            break;
        }
    }
    for (const QString &suffix : { u"/v1/"_s, u"/v2/"_s, u"/v1"_s, u"/v2"_s, u"/"_s }) {
        if (text.endsWith(suffix)) {
            text.chop(suffix.size());
            break;
        }
    }
    if (text.contains(u'/')) {
        return Error(ErrorCode::InvalidConfiguration,
            tr("“%1” is not a registry: a registry is a host name with an optional port "
               "(registry.example.org, localhost:5000); “/” starts a repository path.")
                .arg(registry.left(200)));
    }
    const QString name = RegistryCredential::normaliseRegistry(text);
    if (name.isEmpty() || name.size() > 255) {
        return Error(ErrorCode::InvalidConfiguration,
            tr("“%1” is not a registry: give a host name with an optional port "
               "(registry.example.org, localhost:5000), without spaces.")
                .arg(registry.left(200)));
    }
    return name;
}

Result<QString> RegistryAccounts::add(const QString &registry)
{
    const Result<QString> name = checkName(registry);
    if (!name)
        return name;
    if (contains(*name))
        return Error(
            ErrorCode::Conflict, tr("%1 is already in the list of registries.").arg(*name));
    RegistryAccount account;
    account.registry = *name;
    m_accounts.append(account);
    save();
    Q_EMIT registriesChanged();
    return name;
}

bool RegistryAccounts::remove(const QString &registry)
{
    const qsizetype index = indexOf(registry);
    if (index < 0)
        return false;
    m_accounts.removeAt(index);
    save();
    Q_EMIT registriesChanged();
    return true;
}

Result<QString> RegistryAccounts::rename(const QString &from, const QString &to)
{
    const qsizetype index = indexOf(from);
    if (index < 0) {
        return Error(
            ErrorCode::NotFound, tr("%1 is not in the list of registries.").arg(from.left(200)));
    }
    const Result<QString> name = checkName(to);
    if (!name)
        return name;
    const QString old = m_accounts.at(index).registry;
    if (*name == old)
        return name;
    if (contains(*name))
        return Error(
            ErrorCode::Conflict, tr("%1 is already in the list of registries.").arg(*name));
    m_accounts[index].registry = *name;
    save();
    Q_EMIT accountRenamed(old, *name);
    Q_EMIT registriesChanged();
    return name;
}

template<typename Member, typename Value>
bool RegistryAccounts::set(const QString &registry, Member member, const Value &value)
{
    RegistryAccount *account = find(registry);
    if (!account)
        return false;
    if ((*account).*member == value)
        return true;
    (*account).*member = value;
    const QString name = account->registry;
    save();
    Q_EMIT accountChanged(name);
    return true;
}

QString RegistryAccounts::username(const QString &registry) const
{
    const auto found = account(registry);
    return found ? found->username : QString();
}

bool RegistryAccounts::setUsername(const QString &registry, const QString &username)
{
    return set(registry, &RegistryAccount::username, username);
}

bool RegistryAccounts::insecure(const QString &registry) const
{
    const auto found = account(registry);
    return found && found->insecure;
}

bool RegistryAccounts::setInsecure(const QString &registry, bool insecure)
{
    return set(registry, &RegistryAccount::insecure, insecure);
}

QString RegistryAccounts::caFile(const QString &registry) const
{
    const auto found = account(registry);
    return found ? found->caFile : QString();
}

bool RegistryAccounts::setCaFile(const QString &registry, const QString &path)
{
    return set(registry, &RegistryAccount::caFile, path);
}

QStringList RegistryAccounts::repositories(const QString &registry) const
{
    const auto found = account(registry);
    return found ? found->repositories : QStringList();
}

bool RegistryAccounts::setRepositories(const QString &registry, const QStringList &repositories)
{
    QStringList cleaned;
    for (const QString &repository : repositories) {
        const QString path = repository.trimmed();
        if (!path.isEmpty() && !cleaned.contains(path))
            cleaned.append(path);
    }
    return set(registry, &RegistryAccount::repositories, cleaned);
}

bool RegistryAccounts::addRepository(const QString &registry, const QString &repository)
{
    const auto found = account(registry);
    if (!found)
        return false;
    return setRepositories(registry, found->repositories + QStringList { repository });
}

bool RegistryAccounts::removeRepository(const QString &registry, const QString &repository)
{
    const auto found = account(registry);
    if (!found)
        return false;
    QStringList remaining = found->repositories;
    remaining.removeAll(repository.trimmed());
    return setRepositories(registry, remaining);
}

bool RegistryAccounts::savedInKeychain(const QString &registry) const
{
    const auto found = account(registry);
    return found && found->savedInKeychain;
}

bool RegistryAccounts::setSavedInKeychain(const QString &registry, bool saved)
{
    return set(registry, &RegistryAccount::savedInKeychain, saved);
}

void RegistryAccounts::reload()
{
    const QList<RegistryAccount> before = m_accounts;
    m_settings->sync();
    load();
    if (before == m_accounts)
        return;
    QStringList beforeNames;
    for (const RegistryAccount &account : before)
        beforeNames.append(account.registry);
    if (beforeNames != registries())
        Q_EMIT registriesChanged();
    for (const RegistryAccount &account : std::as_const(m_accounts)) {
        const qsizetype index = beforeNames.indexOf(account.registry);
        if (index >= 0 && !(before.at(index) == account))
            Q_EMIT accountChanged(account.registry);
    }
}

void RegistryAccounts::load()
{
    m_accounts.clear();
    m_settings->beginGroup(GroupKey);
    const bool initialised = explicitTrue(m_settings->value(InitialisedKey));
    const int size = m_settings->beginReadArray(ArrayKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        // The file may have been edited by hand: values of the wrong type read as empty, and
        // names that are not registries or come twice are dropped.
        RegistryAccount account;
        account.registry
            = RegistryCredential::normaliseRegistry(m_settings->value(u"registry"_s).toString());
        if (account.registry.isEmpty() || account.registry.contains(u'/'))
            continue;
        bool duplicate = false;
        for (const RegistryAccount &existing : std::as_const(m_accounts))
            duplicate = duplicate || existing.registry == account.registry;
        if (duplicate)
            continue;
        account.username = m_settings->value(u"username"_s).toString();
        account.insecure = explicitTrue(m_settings->value(u"insecure"_s));
        account.caFile = m_settings->value(u"caFile"_s).toString();
        account.repositories = m_settings->value(u"repositories"_s).toStringList();
        account.repositories.removeAll(QString());
        account.savedInKeychain = explicitTrue(m_settings->value(u"savedInKeychain"_s));
        m_accounts.append(account);
    }
    m_settings->endArray();
    m_settings->endGroup();

    if (!initialised) {
        for (const QString &registry : defaultRegistries()) {
            if (indexOf(registry) < 0) {
                RegistryAccount account;
                account.registry = registry;
                m_accounts.append(account);
            }
        }
        save();
    }
}

void RegistryAccounts::save()
{
    m_settings->beginGroup(GroupKey);
    m_settings->setValue(InitialisedKey, true);
    m_settings->remove(ArrayKey);
    m_settings->beginWriteArray(ArrayKey, int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const RegistryAccount &account = m_accounts.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"registry"_s, account.registry);
        m_settings->setValue(u"username"_s, account.username);
        m_settings->setValue(u"insecure"_s, account.insecure);
        m_settings->setValue(u"caFile"_s, account.caFile);
        m_settings->setValue(u"repositories"_s, account.repositories);
        m_settings->setValue(u"savedInKeychain"_s, account.savedInKeychain);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace Wharf
