// SPDX-License-Identifier: Apache-2.0
#include "KeychainSecretStore.h"

#include "RegistryCredential.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::KeychainSecretStore)
};

// What libsecret, GDBus and QtKeychain say when there is no keychain to talk to: no session
// bus (no DBUS_SESSION_BUS_ADDRESS and no X11 to autolaunch one), a dead bus socket, a bus
// without a Secret Service, a service that cannot be activated. QtKeychain reports all of
// these as OtherError, so the text is all there is to tell them from real failures.
bool soundsUnavailable(const QString &errorString)
{
    static const QStringList markers = {
        u"Cannot autolaunch D-Bus"_s,
        u"org.freedesktop.DBus.Error.ServiceUnknown"_s,
        u"org.freedesktop.DBus.Error.NoServer"_s,
        u"org.freedesktop.DBus.Error.NoReply"_s,
        u"org.freedesktop.DBus.Error.Spawn"_s,
        u"org.freedesktop.DBus.Error.FileNotFound"_s,
        u"org.freedesktop.DBus.Error.Disconnected"_s,
        u"org.freedesktop.DBus.Error.NameHasNoOwner"_s,
        u"org.freedesktop.secrets"_s,
        u"Could not connect"_s,
        u"Connection refused"_s,
        u"No such file or directory"_s,
        u"D-Bus is not running"_s,
        u"DBUS_SESSION_BUS_ADDRESS"_s,
        u"No keychain service available"_s,
        u"No keyring daemon"_s,
        // QtKeychain's answer when it could not load libsecret at all.
        u"Unknown error"_s,
    };
    for (const QString &marker : markers) {
        if (errorString.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString failedAction(KeychainSecretStore::Operation operation, const QString &registry)
{
    switch (operation) {
    case KeychainSecretStore::Operation::Read:
        return Tr::tr("The keychain could not read the login for %1.").arg(registry);
    case KeychainSecretStore::Operation::Write:
        return Tr::tr("The keychain could not save the login for %1.").arg(registry);
    case KeychainSecretStore::Operation::Remove:
        return Tr::tr("The keychain could not remove the login for %1.").arg(registry);
    }
    return {};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(ServiceName.toString(), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

Error KeychainSecretStore::translateError(
    int keychainError, const QString &errorString, Operation operation, const QString &registry)
{
    const QString unavailable
        = Tr::tr("No keychain is available: no Secret Service answers on the session bus. "
                 "Wharf can keep the password for this session only.");
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError: break;
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::NotFound,
            Tr::tr("The keychain holds no login for %1.").arg(registry), errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorCode::KeychainUnavailable, unavailable, errorString);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorCode::KeychainUnavailable,
            Tr::tr("The keychain is locked or refused access. Unlock it (or allow Wharf) and "
                   "try again, or let Wharf keep the password for this session only."),
            errorString);
    case QKeychain::CouldNotDeleteEntry:
        return Error(ErrorCode::CredentialsError, failedAction(operation, registry), errorString);
    case QKeychain::OtherError:
        if (soundsUnavailable(errorString))
            return Error(ErrorCode::KeychainUnavailable, unavailable, errorString);
        return Error(ErrorCode::CredentialsError, failedAction(operation, registry), errorString);
    }
    return Error(ErrorCode::CredentialsError, failedAction(operation, registry), errorString);
}

std::optional<Error> KeychainSecretStore::invalidEntry(
    const QString &registry, const QString &username, const QString &secret) const
{
    // libsecret takes C strings: a NUL would silently cut the value short.
    if (registry.isEmpty() || username.isEmpty()
        || RegistryCredential::hasControlCharacters(registry)
        || RegistryCredential::hasControlCharacters(username)) {
        return Error(ErrorCode::CredentialsError,
            tr("A registry and a username without control characters are needed to keep a login "
               "in the keychain."));
    }
    if (secret.contains(QChar(u'\0'))) {
        return Error(ErrorCode::CredentialsError,
            tr("The password for %1 contains a NUL character, which the keychain cannot keep.")
                .arg(registry));
    }
    return std::nullopt;
}

void KeychainSecretStore::read(const QString &registry, const QString &username, ReadCallback done)
{
    if (const auto invalid = invalidEntry(registry, username, {})) {
        answerLater([done = std::move(done), error = *invalid] { done(error); });
        return;
    }
    // No parent: a running job must outlive the store (see the class comment); it deletes
    // itself when it has finished.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(registry, username));
    connect(job, &QKeychain::Job::finished, this,
        [done = std::move(done), registry](QKeychain::Job *finished) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (readJob->error() != QKeychain::NoError) {
                done(translateError(
                    readJob->error(), readJob->errorString(), Operation::Read, registry));
                return;
            }
            done(readJob->textData());
        });
    job->start(); // queued: the answer always comes later
}

void KeychainSecretStore::write(
    const QString &registry, const QString &username, const QString &secret, DoneCallback done)
{
    if (const auto invalid = invalidEntry(registry, username, secret)) {
        answerLater([done = std::move(done), error = *invalid] { done(error); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(registry, username));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
        [done = std::move(done), registry](QKeychain::Job *finished) {
            if (finished->error() != QKeychain::NoError) {
                done(translateError(
                    finished->error(), finished->errorString(), Operation::Write, registry));
                return;
            }
            done({});
        });
    job->start();
}

void KeychainSecretStore::remove(
    const QString &registry, const QString &username, DoneCallback done)
{
    if (const auto invalid = invalidEntry(registry, username, {})) {
        answerLater([done = std::move(done), error = *invalid] { done(error); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(registry, username));
    connect(job, &QKeychain::Job::finished, this,
        [done = std::move(done), registry](QKeychain::Job *finished) {
            // Some backends (Windows, macOS) report a missing entry here; removing nothing is fine.
            if (finished->error() != QKeychain::NoError
                && finished->error() != QKeychain::EntryNotFound) {
                done(translateError(
                    finished->error(), finished->errorString(), Operation::Remove, registry));
                return;
            }
            done({});
        });
    job->start();
}

} // namespace Wharf
