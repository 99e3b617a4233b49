// SPDX-License-Identifier: Apache-2.0
#include "RegistryServices.h"

#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "registry/RegistryConnections.h"
#include "registry/RegistryOptions.h"

#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Wharf {

RegistryServices::RegistryServices(
    QSettings *settings, SecretStore *keychain, SecretStore *session, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(settings ? nullptr : new QSettings(this))
    , m_accounts(new RegistryAccounts(settings ? settings : m_ownedSettings, this))
    , m_credentials(new CredentialStore(m_accounts, keychain, session, this))
    , m_connections(new RegistryConnections(this))
{
    const QPointer<RegistryServices> self(this);
    m_connections->useAccounts(m_accounts, m_credentials, [self](const QString &registry, const Error &error) {
        if (self)
            Q_EMIT self->credentialUnavailable(registry, error);
    });
    connect(m_credentials, &CredentialStore::loginChanged, this, [this](const QString &registry) {
        // A keychain login, or none: no session login any more (a session login is noted
        // by the one who made it, noteSessionLogin).
        if (m_accounts->username(registry).isEmpty() || m_accounts->savedInKeychain(registry))
            m_sessionLogins.remove(registry);
        m_connections->reset(registry);
        Q_EMIT loginStateChanged(registry);
    });
    connect(m_accounts, &RegistryAccounts::accountRenamed, this,
        [this](const QString &from, const QString &to) {
            if (m_sessionLogins.remove(from))
                m_sessionLogins.insert(to);
            m_connections->reset(from);
            Q_EMIT loginStateChanged(to);
        });
}

RegistryServices::~RegistryServices() = default;

void RegistryServices::noteSessionLogin(const QString &registry, bool sessionOnly)
{
    if (sessionOnly)
        m_sessionLogins.insert(registry);
    else
        m_sessionLogins.remove(registry);
    Q_EMIT loginStateChanged(registry);
}

void RegistryServices::optionsChanged(const QString &registry)
{
    m_connections->reset(registry);
}

bool RegistryServices::isLoggedIn(const QString &registry) const
{
    return !m_accounts->username(registry).isEmpty();
}

QString RegistryServices::loginText(const QString &registry) const
{
    const QString user = m_accounts->username(registry);
    if (user.isEmpty())
        //: Login state of a registry: no login, requests go without credentials.
        return tr("anonymous");
    if (m_accounts->savedInKeychain(registry))
        //: Login state of a registry: "alice, in the keychain".
        return tr("%1, in the keychain").arg(user);
    if (m_sessionLogins.contains(registry))
        //: Login state of a registry: the password is kept in memory until Wharf quits.
        return tr("%1, for this session").arg(user);
    //: Login state: the password was kept for an earlier session only, so it is gone now.
    return tr("%1, log in again (the password was kept for one session only)").arg(user);
}

} // namespace Wharf
