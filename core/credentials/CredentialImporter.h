// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CredentialStore.h"
#include "ImportableLogin.h"
#include "RegistryCredential.h"
#include "base/Result.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <chrono>
#include <functional>

namespace Wharf {

// Finds the logins Docker and Podman already have, so the GUI can offer to import them into
// the keychain: Docker's config.json "auths", the credential helpers its credsStore and
// credHelpers name (through their "list"), and Podman's auth.json files. It only reads
// those files and helpers; it never rewrites them.
//
// Answers come through callbacks, later, from the event loop, never after this object is
// destroyed. The environment (HOME, DOCKER_CONFIG, REGISTRY_AUTH_FILE, XDG_*, PATH, and the
// D-Bus address helpers need) is passed in so tests control it.
class CredentialImporter : public QObject
{
    Q_OBJECT

public:
    struct Scan
    {
        QList<ImportableLogin> logins;
        // Files that could not be read, helpers that are missing or failed: for a line
        // under the list ("Docker's credential helper pass is not installed").
        QList<Error> problems;
    };

    explicit CredentialImporter(QObject *parent = nullptr);
    explicit CredentialImporter(const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~CredentialImporter() override;

    void setHelperTimeout(std::chrono::milliseconds timeout) { m_helperTimeout = timeout; }

    // Every login found, Docker's first, then Podman's, in file order; the same registry may
    // appear more than once (from different sources).
    void scan(std::function<void(Scan)> done);
    // The login with its secret, read again from its source.
    void fetch(const ImportableLogin &login, std::function<void(Result<RegistryCredential>)> done);
    // fetch(), then CredentialStore::login() with `mode`.
    void importInto(const ImportableLogin &login, CredentialStore *store,
        CredentialStore::PersistMode mode, std::function<void(Result<void>)> done);

private:
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_helperTimeout;
};

} // namespace Wharf
