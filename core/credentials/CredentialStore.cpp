// SPDX-License-Identifier: Apache-2.0
#include "CredentialStore.h"

#include "KeychainSecretStore.h"
#include "RegistryAccounts.h"
#include "SessionSecretStore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Wharf {

CredentialStore::CredentialStore(
    RegistryAccounts *accounts, SecretStore *keychain, SecretStore *session, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_keychain(keychain ? keychain : new KeychainSecretStore(this))
    , m_session(session ? session : new SessionSecretStore(this))
{
    Q_ASSERT(m_accounts);
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::answerLater(std::function<void()> answer)
{
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void CredentialStore::noteKeychainResult(const Error *error)
{
    KeychainState state = KeychainState::Available;
    if (error && error->code() == ErrorCode::KeychainUnavailable) {
        state = KeychainState::Unavailable;
        m_keychainProblem = error->message();
    } else if (error && error->code() != ErrorCode::NotFound) {
        return; // the keychain answered, with a failure of its own: its state is unchanged
    } else {
        m_keychainProblem.clear();
    }
    if (state == m_keychainState)
        return;
    m_keychainState = state;
    Q_EMIT keychainStateChanged(state);
}

void CredentialStore::login(
    const RegistryCredential &credential, PersistMode mode, DoneCallback done)
{
    const Result<QString> registry = RegistryAccounts::checkName(credential.registry);
    std::optional<Error> invalid;
    if (!registry) {
        invalid = registry.error();
    } else if (credential.username.trimmed().isEmpty()
        || RegistryCredential::hasControlCharacters(credential.username)) {
        invalid = Error(ErrorCode::CredentialsError,
            tr("Give a username for %1 (without control characters).").arg(*registry));
    } else if (credential.secret.isEmpty() || credential.secret.contains(QChar(0))) {
        invalid = Error(ErrorCode::CredentialsError,
            tr("Give a password or token for %1 (a NUL character cannot be kept).").arg(*registry));
    }
    if (invalid) {
        answerLater([done = std::move(done), error = *invalid] { done(error); });
        return;
    }
    RegistryCredential normalised = credential;
    normalised.registry = *registry;
    const QString previousUser = m_accounts->username(*registry);
    QPointer<CredentialStore> self(this);

    if (mode == PersistMode::Keychain) {
        m_keychain->write(normalised.registry, normalised.username, normalised.secret,
            [self, normalised, previousUser, done = std::move(done)](Result<void> written) mutable {
                if (!self)
                    return;
                self->noteKeychainResult(written ? nullptr : &written.error());
                if (!written) {
                    done(written);
                    return;
                }
                // A session copy of the same login would be stale now.
                self->m_session->remove(normalised.registry, normalised.username,
                    [self, normalised, previousUser, done = std::move(done)](Result<void>) mutable {
                        if (self)
                            self->finishLogin(
                                normalised, PersistMode::Keychain, previousUser, std::move(done));
                    });
            });
        return;
    }

    m_session->write(normalised.registry, normalised.username, normalised.secret,
        [self, normalised, previousUser, done = std::move(done)](Result<void> written) mutable {
            if (!self)
                return;
            if (!written) {
                done(written);
                return;
            }
            // An older keychain copy of this login would be read first: remove it.
            // Unreachable keychain: then it cannot be read either.
            if (self->m_keychainState == KeychainState::Unavailable) {
                self->finishLogin(
                    normalised, PersistMode::SessionOnly, previousUser, std::move(done));
                return;
            }
            self->m_keychain->remove(normalised.registry, normalised.username,
                [self, normalised, previousUser, done = std::move(done)](
                    Result<void> removed) mutable {
                    if (!self)
                        return;
                    self->noteKeychainResult(removed ? nullptr : &removed.error());
                    self->finishLogin(
                        normalised, PersistMode::SessionOnly, previousUser, std::move(done));
                });
        });
}

void CredentialStore::finishLogin(const RegistryCredential &credential, PersistMode mode,
    const QString &previousUser, DoneCallback done)
{
    if (!m_accounts->contains(credential.registry)) {
        const Result<QString> added = m_accounts->add(credential.registry);
        if (!added) {
            done(added.error());
            return;
        }
    }
    m_accounts->setUsername(credential.registry, credential.username);
    m_accounts->setSavedInKeychain(credential.registry, mode == PersistMode::Keychain);
    // The old user's secret must not stay behind where nobody can see or forget it.
    if (!previousUser.isEmpty() && previousUser != credential.username) {
        m_session->remove(credential.registry, previousUser, [](Result<void>) {});
        if (m_keychainState != KeychainState::Unavailable)
            m_keychain->remove(credential.registry, previousUser, [](Result<void>) {});
    }
    Q_EMIT loginChanged(credential.registry);
    done({});
}

void CredentialStore::credential(const QString &registry, CredentialCallback done)
{
    const QString name = RegistryCredential::normaliseRegistry(registry);
    const QString username = name.isEmpty() ? QString() : m_accounts->username(name);
    if (username.isEmpty()) {
        Error error(ErrorCode::NotFound,
            tr("You are not logged in to %1.").arg(name.isEmpty() ? registry : name));
        answerLater([done = std::move(done), error] { done(error); });
        return;
    }
    if (m_keychainState == KeychainState::Unavailable) {
        std::optional<Error> why;
        if (m_accounts->savedInKeychain(name))
            why = Error(ErrorCode::KeychainUnavailable, m_keychainProblem);
        readSession(name, username, why, std::move(done));
        return;
    }
    QPointer<CredentialStore> self(this);
    m_keychain->read(name, username,
        [self, name, username, done = std::move(done)](Result<QString> secret) mutable {
            if (!self)
                return;
            self->noteKeychainResult(secret ? nullptr : &secret.error());
            if (secret) {
                done(RegistryCredential(name, username, *secret));
                return;
            }
            std::optional<Error> why;
            if (secret.error().code() != ErrorCode::NotFound
                && (secret.error().code() != ErrorCode::KeychainUnavailable
                    || self->m_accounts->savedInKeychain(name)))
                why = secret.error();
            self->readSession(name, username, why, std::move(done));
        });
}

void CredentialStore::readSession(const QString &registry, const QString &username,
    std::optional<Error> keychainError, CredentialCallback done)
{
    QPointer<CredentialStore> self(this);
    m_session->read(registry, username,
        [self, registry, username, keychainError, done = std::move(done)](Result<QString> secret) {
            if (!self)
                return;
            if (secret) {
                done(RegistryCredential(registry, username, *secret));
                return;
            }
            if (keychainError) {
                done(*keychainError);
                return;
            }
            done(Error(ErrorCode::NotFound,
                tr("No password is kept for %1 (user %2): log in again.").arg(registry, username)));
        });
}

void CredentialStore::forget(const QString &registry, DoneCallback done)
{
    const QString name = RegistryCredential::normaliseRegistry(registry);
    const QString username = name.isEmpty() ? QString() : m_accounts->username(name);
    if (username.isEmpty()) {
        answerLater([done = std::move(done)] { done({}); });
        return;
    }
    QPointer<CredentialStore> self(this);
    m_session->remove(
        name, username, [self, name, username, done = std::move(done)](Result<void>) mutable {
            if (!self)
                return;
            self->m_keychain->remove(
                name, username, [self, name, done = std::move(done)](Result<void> removed) {
                    if (!self)
                        return;
                    self->noteKeychainResult(removed ? nullptr : &removed.error());
                    if (!removed) {
                        const bool unreachableButEmpty
                            = removed.error().code() == ErrorCode::KeychainUnavailable
                            && !self->m_accounts->savedInKeychain(name);
                        if (!unreachableButEmpty) {
                            done(removed);
                            return;
                        }
                    }
                    self->m_accounts->setUsername(name, QString());
                    self->m_accounts->setSavedInKeychain(name, false);
                    Q_EMIT self->loginChanged(name);
                    done({});
                });
        });
}

void CredentialStore::renameRegistry(const QString &from, const QString &to, DoneCallback done)
{
    const Result<QString> target = RegistryAccounts::checkName(to);
    std::optional<Error> invalid;
    const QString source = RegistryCredential::normaliseRegistry(from);
    if (!target)
        invalid = target.error();
    else if (!m_accounts->contains(source))
        invalid = Error(
            ErrorCode::NotFound, tr("%1 is not in the list of registries.").arg(from.left(200)));
    else if (*target != source && m_accounts->contains(*target))
        invalid = Error(
            ErrorCode::Conflict, tr("%1 is already in the list of registries.").arg(*target));
    if (invalid) {
        answerLater([done = std::move(done), error = *invalid] { done(error); });
        return;
    }
    const QString username = m_accounts->username(source);
    if (username.isEmpty() || *target == source) {
        const Result<QString> renamed = m_accounts->rename(source, *target);
        answerLater(
            [done = std::move(done), renamed] { renamed ? done({}) : done(renamed.error()); });
        return;
    }
    const bool inKeychain = m_accounts->savedInKeychain(source);
    const QString newName = *target;
    QPointer<CredentialStore> self(this);
    credential(source,
        [self, source, newName, username, inKeychain, done = std::move(done)](
            Result<RegistryCredential> found) mutable {
            if (!self)
                return;
            const auto renameAccount = [self, source, newName](const DoneCallback &finish) {
                const Result<QString> renamed = self->m_accounts->rename(source, newName);
                renamed ? finish({}) : finish(renamed.error());
            };
            if (!found) {
                if (found.error().code() != ErrorCode::NotFound) {
                    done(found.error());
                    return;
                }
                renameAccount(done); // nothing to move
                return;
            }
            SecretStore *store = inKeychain ? self->m_keychain : self->m_session;
            store->write(newName, username, found->secret,
                [self, source, username, renameAccount, done = std::move(done)](
                    Result<void> written) mutable {
                    if (!self)
                        return;
                    if (!written) {
                        done(written);
                        return;
                    }
                    self->m_session->remove(source, username, [](Result<void>) {});
                    self->m_keychain->remove(source, username, [](Result<void>) {});
                    renameAccount(done);
                });
        });
}

void CredentialStore::checkKeychain(DoneCallback done)
{
    QPointer<CredentialStore> self(this);
    m_keychain->read(u"keychain-check.wharf.invalid"_s, u"wharf"_s,
        [self, done = std::move(done)](Result<QString> answer) {
            if (!self)
                return;
            self->noteKeychainResult(answer ? nullptr : &answer.error());
            if (!answer && answer.error().code() != ErrorCode::NotFound) {
                done(answer.error());
                return;
            }
            done({});
        });
}

} // namespace Wharf
