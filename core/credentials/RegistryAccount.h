// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Wharf {

// One registry in the user's list and what Wharf remembers about it. Never a secret: this
// is what RegistryAccounts keeps in the settings file.
class RegistryAccount
{
public:
    QString registry; // normalised "host[:port]"; Docker Hub is "docker.io"
    QString username; // empty: not logged in (anonymous)
    bool insecure = false; // plain HTTP or unverified TLS, only by explicit opt-in
    QString caFile; // extra CA certificates (PEM) for this registry
    QStringList repositories; // paths added by hand where the catalog is closed (GitLab)
    bool savedInKeychain = false; // the secret went to the keychain (not session-only)

    bool operator==(const RegistryAccount &) const = default;
};

} // namespace Wharf
