// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SecretStore.h"

#include <optional>

namespace Wharf {

// Secrets in the system keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KWallet's Secret Service, KeePassXC) on Linux, the Keychain on macOS, the Credential
// Manager on Windows. Entries are named by SecretStore::entryKey() under one service,
// ServiceName, so `secret-tool search server "Wharf registry logins"` lists them on Linux.
//
// QtKeychain's plain-text fallback is never switched on: with no keychain, every call fails
// with KeychainUnavailable and the caller decides (session-only, or not at all).
//
// QtKeychain runs its jobs one after another; a job in flight is never deleted (its backend
// callback still points at it), so destroying the store only drops the pending answers.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr QStringView ServiceName = u"Wharf registry logins";

    // `service` other than ServiceName only for tests that need entries of their own.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    void read(const QString &registry, const QString &username, ReadCallback done) override;
    void write(const QString &registry, const QString &username, const QString &secret,
        DoneCallback done) override;
    void remove(const QString &registry, const QString &username, DoneCallback done) override;

    enum class Operation { Read, Write, Remove };
    // A QtKeychain failure (`keychainError` is a QKeychain::Error value, `errorString` its
    // text) as the error Wharf reports: KeychainUnavailable when there is no keychain to talk
    // to (no D-Bus session, no Secret Service, locked or refused), NotFound for a missing
    // entry, CredentialsError otherwise. The raw text goes into the details only.
    static Error translateError(int keychainError, const QString &errorString, Operation operation,
        const QString &registry);

private:
    std::optional<Error> invalidEntry(
        const QString &registry, const QString &username, const QString &secret) const;

    QString m_service;
};

} // namespace Wharf
