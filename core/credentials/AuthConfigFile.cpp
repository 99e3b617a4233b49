// SPDX-License-Identifier: Apache-2.0
#include "AuthConfigFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::AuthConfigFile)
};

const QString AuthsKey = u"auths"_s;
const QString CredsStoreKey = u"credsStore"_s;
const QString CredHelpersKey = u"credHelpers"_s;

constexpr QFileDevice::Permissions NewFilePermissions
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions NewDirectoryPermissions
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

bool isNullOrMissing(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

Result<void> AuthConfigFile::load(const QString &path)
{
    m_path = path;
    m_exists = false;
    m_root = {};
    m_problems.clear();
    m_permissions.reset();
    m_unreadable = true; // until the file has been read whole
    const QString shown = QDir::toNativeSeparators(path);
    const QString what = m_description.isEmpty() ? Tr::tr("Login file") : m_description;

    const QFileInfo info(path);
    if (!info.exists()) {
        m_unreadable = false;
        return {};
    }
    if (!info.isFile()) {
        return Error(ErrorCode::CredentialsError,
            Tr::tr("%1 %2 is not a regular file, so Wharf does not read it.").arg(what, shown),
            path);
    }
    if (info.size() > MaxFileSize) {
        return Error(ErrorCode::CredentialsError,
            Tr::tr("%1 %2 is larger than 1 MiB, so Wharf does not read it. A login file is a few "
                   "kilobytes: check what wrote to it.")
                .arg(what, shown),
            path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::CredentialsError,
            Tr::tr("Cannot read %1 %2: %3").arg(what, shown, file.errorString()), path);
    }
    // The size can change between the check and the read: never read more than the limit.
    const QByteArray content = file.read(MaxFileSize + 1);
    if (content.size() > MaxFileSize) {
        return Error(ErrorCode::CredentialsError,
            Tr::tr("%1 %2 is larger than 1 MiB, so Wharf does not read it.").arg(what, shown),
            path);
    }
    m_permissions = file.permissions();
    const Result<void> parsed = parse(content, path);
    m_exists = parsed.ok();
    return parsed;
}

Result<void> AuthConfigFile::parse(const QByteArray &json, const QString &path)
{
    const Result<void> parsed = parseDocument(json, path);
    m_unreadable = !parsed.ok();
    return parsed;
}

Result<void> AuthConfigFile::parseDocument(const QByteArray &json, const QString &path)
{
    m_root = {};
    m_problems.clear();
    if (!path.isEmpty())
        m_path = path;
    const QString shown = path.isEmpty() ? Tr::tr("(no file)") : QDir::toNativeSeparators(path);
    const QString what = m_description.isEmpty() ? Tr::tr("Login file") : m_description;

    // Docker reads an empty file as an empty configuration.
    if (json.trimmed().isEmpty())
        return {};
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The details name the position only: the text around it may be a secret.
        return Error(ErrorCode::ParseError,
            Tr::tr("%1 %2 is not valid JSON (%3 at byte %4). Fix or remove the file.")
                .arg(what, shown, parseError.errorString())
                .arg(parseError.offset),
            path);
    }
    if (!document.isObject()) {
        return Error(ErrorCode::ParseError,
            Tr::tr("%1 %2 does not hold a JSON object.").arg(what, shown), path);
    }
    const QJsonObject root = document.object();
    const auto wrongType = [&](const QString &key, const QString &expected) {
        return Error(ErrorCode::ParseError,
            Tr::tr("In %1 %2, “%3” is not %4, so Wharf does not use the file.")
                .arg(what, shown, key, expected),
            path);
    };
    if (!isNullOrMissing(root.value(AuthsKey)) && !root.value(AuthsKey).isObject())
        return wrongType(AuthsKey, Tr::tr("an object"));
    if (!isNullOrMissing(root.value(CredHelpersKey)) && !root.value(CredHelpersKey).isObject())
        return wrongType(CredHelpersKey, Tr::tr("an object"));
    if (!isNullOrMissing(root.value(CredsStoreKey)) && !root.value(CredsStoreKey).isString())
        return wrongType(CredsStoreKey, Tr::tr("a string"));
    m_root = root;

    const QJsonObject auths = m_root.value(AuthsKey).toObject();
    for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
        QString problem;
        readEntry(it.key(), it.value(), &problem);
        if (!problem.isEmpty())
            m_problems.append(problem);
    }
    const QJsonObject helpers = m_root.value(CredHelpersKey).toObject();
    for (auto it = helpers.constBegin(); it != helpers.constEnd(); ++it) {
        if (!it.value().isString() || RegistryCredential::normaliseRegistry(it.key()).isEmpty()) {
            m_problems.append(Tr::tr(
                "The credHelpers entry “%1” is not a registry and a helper name; it is ignored.")
                                  .arg(it.key().left(100)));
        }
    }
    return {};
}

std::optional<AuthConfigFile::Entry> AuthConfigFile::readEntry(
    const QString &key, const QJsonValue &value, QString *problem) const
{
    const QString registry = RegistryCredential::normaliseRegistry(key);
    // Names only: a key is a registry address, never a secret, but keep it short.
    const QString name = registry.isEmpty() ? key.left(100) : registry;
    const auto skip = [&](const QString &why) -> std::optional<Entry> {
        *problem = why;
        return std::nullopt;
    };
    if (registry.isEmpty())
        return skip(Tr::tr("The auths key “%1” names no registry; it is ignored.").arg(name));
    if (!value.isObject())
        return skip(Tr::tr("The login for %1 is not a JSON object; it is ignored.").arg(name));
    const QJsonObject object = value.toObject();
    for (const QString &field : { u"auth"_s, u"username"_s, u"password"_s, u"identitytoken"_s }) {
        if (!isNullOrMissing(object.value(field)) && !object.value(field).isString())
            return skip(Tr::tr("The login for %1 has a “%2” that is not a string; it is ignored.")
                            .arg(name, field));
    }

    QString username = object.value(u"username"_s).toString();
    QString secret = object.value(u"password"_s).toString();
    const QString auth = object.value(u"auth"_s).toString();
    if (!auth.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok
            || auth.contains(QChar(0)))
            return skip(Tr::tr("The login for %1 has an “auth” that is not base64; it is ignored.")
                            .arg(name));
        const QString text = QString::fromUtf8(decoded.decoded);
        const qsizetype colon = text.indexOf(u':');
        if (colon < 0)
            return skip(Tr::tr(
                "The login for %1 has an “auth” without “:” between user and password; it is "
                "ignored.")
                            .arg(name));
        if (colon == 0)
            return skip(
                Tr::tr("The login for %1 has an “auth” with an empty user name; it is ignored.")
                    .arg(name));
        username = text.left(colon);
        secret = text.mid(colon + 1);
        // As Docker does: some old tools padded the password with NULs.
        while (secret.endsWith(QChar(0)))
            secret.chop(1);
        while (secret.startsWith(QChar(0)))
            secret.remove(0, 1);
    }
    const QString identityToken = object.value(u"identitytoken"_s).toString();
    if (!identityToken.isEmpty()) {
        username = RegistryCredential::IdentityTokenUsername.toString();
        secret = identityToken;
    }
    // {} is what Docker leaves in "auths" when a credential helper holds the login.
    if (username.isEmpty() && secret.isEmpty())
        return std::nullopt;
    if (username.isEmpty() || secret.isEmpty())
        return skip(
            Tr::tr("The login for %1 has a user name or a password, not both; it is ignored.")
                .arg(name));
    if (RegistryCredential::hasControlCharacters(username) || secret.contains(QChar(0)))
        return skip(
            Tr::tr("The login for %1 has control characters in it; it is ignored.").arg(name));
    return Entry { key, RegistryCredential(registry, username, secret) };
}

QList<AuthConfigFile::Entry> AuthConfigFile::entries() const
{
    QList<Entry> found;
    const QJsonObject auths = m_root.value(AuthsKey).toObject();
    for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
        QString problem;
        if (auto entry = readEntry(it.key(), it.value(), &problem))
            found.append(std::move(*entry));
    }
    return found;
}

std::optional<AuthConfigFile::Entry> AuthConfigFile::entry(const QString &registry) const
{
    const QString name = RegistryCredential::normaliseRegistry(registry);
    if (name.isEmpty())
        return std::nullopt;
    // Docker's own key first, as Docker looks it up; then any key for the same registry.
    const QString preferred = RegistryCredential::dockerServerAddress(name);
    std::optional<Entry> any;
    for (Entry &candidate : entries()) {
        if (candidate.credential.registry != name)
            continue;
        if (candidate.key == preferred)
            return std::move(candidate);
        if (!any)
            any = std::move(candidate);
    }
    return any;
}

QString AuthConfigFile::credsStore() const
{
    return m_root.value(CredsStoreKey).toString();
}

QMap<QString, QString> AuthConfigFile::credHelpers() const
{
    QMap<QString, QString> helpers;
    const QJsonObject object = m_root.value(CredHelpersKey).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString registry = RegistryCredential::normaliseRegistry(it.key());
        if (!registry.isEmpty() && it.value().isString() && !it.value().toString().isEmpty())
            helpers.insert(registry, it.value().toString());
    }
    return helpers;
}

QString AuthConfigFile::helperFor(const QString &registry) const
{
    const QString name = RegistryCredential::normaliseRegistry(registry);
    const QMap<QString, QString> helpers = credHelpers();
    const auto it = helpers.constFind(name);
    return it != helpers.cend() ? it.value() : credsStore();
}

void AuthConfigFile::setAuth(const RegistryCredential &credential)
{
    const QString registry = RegistryCredential::normaliseRegistry(credential.registry);
    if (registry.isEmpty())
        return;
    QJsonObject auths = m_root.value(AuthsKey).toObject();
    QString key = RegistryCredential::dockerServerAddress(registry);
    if (!auths.contains(key)) {
        for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
            if (RegistryCredential::normaliseRegistry(it.key()) == registry) {
                key = it.key();
                break;
            }
        }
    }
    QJsonObject entry = auths.value(key).toObject();
    for (const QString &field :
        { u"auth"_s, u"username"_s, u"password"_s, u"identitytoken"_s, u"registrytoken"_s })
        entry.remove(field);
    if (credential.isIdentityToken()) {
        entry.insert(u"identitytoken"_s, credential.secret);
    } else {
        const QByteArray pair = credential.username.toUtf8() + ':' + credential.secret.toUtf8();
        entry.insert(u"auth"_s, QString::fromLatin1(pair.toBase64()));
    }
    auths.insert(key, entry);
    m_root.insert(AuthsKey, auths);
}

bool AuthConfigFile::removeAuth(const QString &registry)
{
    const QString name = RegistryCredential::normaliseRegistry(registry);
    QJsonObject auths = m_root.value(AuthsKey).toObject();
    bool removed = false;
    for (const QString &key : auths.keys()) {
        if (RegistryCredential::normaliseRegistry(key) == name) {
            auths.remove(key);
            removed = true;
        }
    }
    if (removed)
        m_root.insert(AuthsKey, auths);
    return removed;
}

bool AuthConfigFile::setCredentialHelper(const QString &key, const QString &helper)
{
    if (key.isEmpty())
        return false;
    QJsonObject helpers = m_root.value(CredHelpersKey).toObject();
    if (helper.isEmpty()) {
        if (!helpers.contains(key))
            return false;
        helpers.remove(key);
        if (helpers.isEmpty())
            m_root.remove(CredHelpersKey);
        else
            m_root.insert(CredHelpersKey, helpers);
        return true;
    }
    if (helpers.value(key) == QJsonValue(helper))
        return false;
    helpers.insert(key, helper);
    m_root.insert(CredHelpersKey, helpers);
    return true;
}

Result<void> AuthConfigFile::save(const QString &path)
{
    QString target = path.isEmpty() ? m_path : path;
    const QString what = m_description.isEmpty() ? Tr::tr("Login file") : m_description;
    if (target.isEmpty())
        return Error(ErrorCode::CredentialsError, Tr::tr("No file to save %1 to.").arg(what));
    if (m_unreadable) {
        return Error(ErrorCode::CredentialsError,
            Tr::tr("Wharf could not read %1 %2, so it does not overwrite it.")
                .arg(what, QDir::toNativeSeparators(m_path)),
            m_path);
    }
    // Write through a symlink (dotfiles kept in a repository), not over it.
    const QFileInfo linkInfo(target);
    if (linkInfo.isSymLink())
        target = linkInfo.symLinkTarget();
    const QString shown = QDir::toNativeSeparators(target);

    const QFileInfo info(target);
    if (!info.dir().exists()) {
        const QString directory = info.absolutePath();
        if (!QDir().mkpath(directory)) {
            return Error(ErrorCode::CredentialsError,
                Tr::tr("Cannot create the folder %1 for %2.")
                    .arg(QDir::toNativeSeparators(directory), what),
                directory);
        }
        QFile::setPermissions(directory, NewDirectoryPermissions);
    }
    QFileDevice::Permissions permissions = NewFilePermissions;
    if (info.exists())
        permissions = info.permissions();
    else if (m_permissions && path.isEmpty())
        permissions = *m_permissions;

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::CredentialsError,
            Tr::tr("Cannot write %1 %2: %3").arg(what, shown, file.errorString()), target);
    }
    // The temporary file gets the final permissions before the secret goes into it.
    file.setPermissions(permissions);
    file.write(QJsonDocument(m_root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Error(ErrorCode::CredentialsError,
            Tr::tr("Cannot write %1 %2: %3").arg(what, shown, file.errorString()), target);
    }
    m_path = path.isEmpty() ? m_path : path;
    m_exists = true;
    m_permissions = permissions;
    return {};
}

} // namespace Wharf
