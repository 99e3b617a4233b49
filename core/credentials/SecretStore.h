// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace Wharf {

// Where the secret of a registry login is kept: the system keychain, or memory for this
// session. Asynchronous: every call answers through its callback exactly once, later, from
// the event loop of the store's thread (never before the call returns), and never after the
// store is destroyed (pending answers are then dropped).
//
// Errors: NotFound when no secret is stored for (registry, username); KeychainUnavailable
// when the store cannot be reached at all (the caller may offer a session-only login);
// CredentialsError for any other failure. No error text ever contains the secret.
// Removing an entry that does not exist succeeds.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &registry, const QString &username, ReadCallback done) = 0;
    virtual void write(
        const QString &registry, const QString &username, const QString &secret, DoneCallback done)
        = 0;
    virtual void remove(const QString &registry, const QString &username, DoneCallback done) = 0;

    // The name of one entry: "registry/username". A registry name has no "/", so the first
    // "/" separates the two even when a username contains one.
    static QString entryKey(const QString &registry, const QString &username);

protected:
    // Runs `answer` on the next turn of this store's event loop, unless the store is gone by
    // then: how implementations keep the "never synchronously, never after destruction" rule.
    void answerLater(std::function<void()> answer);
};

} // namespace Wharf
