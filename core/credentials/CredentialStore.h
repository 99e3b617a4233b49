// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RegistryCredential.h"
#include "base/Result.h"

#include <QObject>
#include <functional>
#include <optional>

namespace Wharf {

class RegistryAccounts;
class SecretStore;

// Registry logins for the rest of Wharf: the username goes to RegistryAccounts (settings),
// the secret to the keychain or, when the user chooses "for this session only", to memory.
// It does not check a login against the registry (RegistryClient::checkLogin does, before
// login() is called).
//
// Every call answers through its callback exactly once, later, from the event loop, and
// never after this object is destroyed.
//
// The keychain's state is learned as calls go: the first KeychainUnavailable makes it
// Unavailable (keychainStateChanged), after which credential() stops asking the keychain;
// login() with PersistMode::Keychain always tries again, and a success makes it Available.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class PersistMode { Keychain, SessionOnly };
    Q_ENUM(PersistMode)
    enum class KeychainState { Unknown, Available, Unavailable };
    Q_ENUM(KeychainState)

    using DoneCallback = std::function<void(Result<void>)>;
    using CredentialCallback = std::function<void(Result<RegistryCredential>)>;

    // `accounts` is not owned. With `keychain` or `session` null, a KeychainSecretStore or a
    // SessionSecretStore is made (a child of this object); given ones are not owned and must
    // outlive this object.
    explicit CredentialStore(RegistryAccounts *accounts, SecretStore *keychain = nullptr,
        SecretStore *session = nullptr, QObject *parent = nullptr);
    ~CredentialStore() override;

    RegistryAccounts *accounts() const { return m_accounts; }
    KeychainState keychainState() const { return m_keychainState; }
    // False once the keychain has said it cannot be reached (until a later success).
    bool keychainAvailable() const { return m_keychainState != KeychainState::Unavailable; }
    // Why the keychain is unavailable (the message of the error that said so), or empty.
    QString keychainProblem() const { return m_keychainProblem; }

    // Keeps the login: the registry is added to the list if needed, the username recorded,
    // the secret stored. With Keychain, KeychainUnavailable means nothing was kept: offer
    // SessionOnly. A new username for the registry replaces the old login (its secret is
    // removed). SessionOnly also removes an older keychain copy of this login, so that the
    // session password is the one used.
    void login(const RegistryCredential &credential, PersistMode mode, DoneCallback done);
    // The login for `registry`: the keychain first (unless known to be unavailable), then
    // the session. NotFound when there is none; KeychainUnavailable when the login was saved
    // in the keychain and the keychain cannot be reached now.
    void credential(const QString &registry, CredentialCallback done);
    // Removes the secret from the keychain and the session, and the username from the
    // settings; the registry stays in the list. Succeeds when there was no login. When the
    // keychain holds the login but cannot be reached, fails with KeychainUnavailable and
    // keeps the username, so that forget can be tried again.
    void forget(const QString &registry, DoneCallback done);
    // RegistryAccounts::rename, moving the secret to the new name.
    void renameRegistry(const QString &from, const QString &to, DoneCallback done);
    // Asks the keychain once (a read of an entry that does not exist), to learn its state
    // before the user types a password: ok when it answers.
    void checkKeychain(DoneCallback done);

Q_SIGNALS:
    void keychainStateChanged(Wharf::CredentialStore::KeychainState state);
    // A login was added, replaced or forgotten.
    void loginChanged(const QString &registry);

private:
    void noteKeychainResult(const Error *error);
    void finishLogin(const RegistryCredential &credential, PersistMode mode,
        const QString &previousUser, DoneCallback done);
    void readSession(const QString &registry, const QString &username,
        std::optional<Error> keychainError, CredentialCallback done);
    void answerLater(std::function<void()> answer);

    RegistryAccounts *m_accounts;
    SecretStore *m_keychain;
    SecretStore *m_session;
    KeychainState m_keychainState = KeychainState::Unknown;
    QString m_keychainProblem;
};

} // namespace Wharf
