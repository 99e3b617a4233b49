// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RegistryOptions.h"
#include "base/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Wharf {

class CredentialStore;
class Error;
class RegistryAccounts;
class RegistryClient;

// One RegistryClient per registry, configured with the registry's options and the user's
// credential, shared by everything that talks to that registry (the Registries page, the
// pull, the command line), so that tokens are fetched once. The credential comes from a
// lookup the application provides (the keychain, through CredentialStore); a client is made
// again when its options or credential change.
class RegistryConnections : public QObject
{
    Q_OBJECT

public:
    struct Credential
    {
        QString username;
        QString secret;
    };
    // Answers, later or at once, with the registry's credential (empty username: anonymous).
    using CredentialLookup = std::function<void(const QString &registry, std::function<void(Credential)> answer)>;
    using OptionsLookup = std::function<RegistryOptions(const QString &registry)>;

    explicit RegistryConnections(QObject *parent = nullptr);
    ~RegistryConnections() override;

    void setCredentialLookup(CredentialLookup lookup) { m_credentials = std::move(lookup); }
    void setOptionsLookup(OptionsLookup lookup) { m_options = std::move(lookup); }
    // Both lookups from the user's accounts, as the window and the command line use them:
    // options (insecure, CA file) from `accounts`, logins from `credentials` (the keychain, or
    // this session's memory), asked only for registries with a saved username. A login that
    // exists but cannot be read (a locked keychain) goes to `unreadable`, and the registry is
    // used anonymously. Neither object is owned; both must outlive the lookups' use.
    void useAccounts(RegistryAccounts *accounts, CredentialStore *credentials,
                     std::function<void(const QString &registry, const Error &error)> unreadable = {});
    // The connection options the user chose for `registry` (insecure, CA file).
    static RegistryOptions optionsFrom(const RegistryAccounts &accounts, const QString &registry);

    // The registry's client, made on first use. `done` runs in `context`'s thread, never
    // after it is destroyed, and never before this returns. InvalidReference for a name
    // that is not a registry.
    void withClient(const QString &registry, QObject *context, std::function<void(Result<RegistryClient *>)> done);
    // The client if one exists, else null.
    RegistryClient *existingClient(const QString &registry) const;
    // Forget the registry's client (after a login, a logout or an options change); calls in
    // flight are cancelled. The next withClient() makes a new one.
    void reset(const QString &registry);
    void resetAll();

Q_SIGNALS:
    void clientReset(const QString &registry);

private:
    QHash<QString, QPointer<RegistryClient>> m_clients;
    CredentialLookup m_credentials;
    OptionsLookup m_options;
    quint64 m_generation = 0;
};

} // namespace Wharf
