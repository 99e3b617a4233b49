// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"

#include <QObject>
#include <QSet>

class QSettings;

namespace Wharf {

class CredentialStore;
class RegistryAccounts;
class RegistryConnections;
class SecretStore;

// The long-lived registry objects of the window, made once and wired together: the user's
// registries (RegistryAccounts, in QSettings), their logins (CredentialStore: the keychain,
// or memory for this session) and one RegistryClient per registry (RegistryConnections),
// which asks CredentialStore for the login and RegistryAccounts for the options. A login,
// a logout or a change of options makes the registry's client again.
class RegistryServices : public QObject
{
    Q_OBJECT

public:
    // `settings`: not owned, must outlive this object (tests pass a temporary INI file);
    // null: the application's settings, owned. `keychain`/`session`: as CredentialStore
    // takes them (null: the system keychain, and memory).
    explicit RegistryServices(QSettings *settings = nullptr, SecretStore *keychain = nullptr,
        SecretStore *session = nullptr, QObject *parent = nullptr);
    ~RegistryServices() override;

    RegistryAccounts *accounts() const { return m_accounts; }
    CredentialStore *credentials() const { return m_credentials; }
    RegistryConnections *connections() const { return m_connections; }

    // How the registry's login stands, for the tree and the details: "alice, in the
    // keychain", "alice, for this session", "anonymous".
    QString loginText(const QString &registry) const;
    bool isLoggedIn(const QString &registry) const;
    // The login was kept for this session only and this session has it.
    bool hasSessionLogin(const QString &registry) const
    {
        return m_sessionLogins.contains(registry);
    }

    // After a login with PersistMode::SessionOnly (the settings only say "not in the keychain").
    void noteSessionLogin(const QString &registry, bool sessionOnly);
    // The registry's connection options changed (insecure, CA file): a new client.
    void optionsChanged(const QString &registry);

Q_SIGNALS:
    // The registry has a login, but its secret could not be read (the keychain is locked or
    // gone): Wharf goes on anonymously and the user should know why.
    void credentialUnavailable(const QString &registry, const Wharf::Error &error);
    // A login, a logout, or the list of registries changed: the login texts may have changed.
    void loginStateChanged(const QString &registry);

private:
    QSettings *m_ownedSettings = nullptr;
    RegistryAccounts *m_accounts;
    CredentialStore *m_credentials;
    RegistryConnections *m_connections;
    QSet<QString> m_sessionLogins;
};

} // namespace Wharf
