// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Wharf {

// `wharf registry login|logout|list|repos|tags|inspect|import|share`: the Registries page's
// core objects (RegistryAccounts in the application's QSettings, CredentialStore with the
// system keychain, RegistryConnections, CredentialImporter, CredentialExporter) behind a
// command line. Secrets are read from a no-echo prompt or standard input, never from an
// argument, and kept only in the keychain (import copies Docker's and Podman's logins there;
// share hands Wharf's to them through a keychain credential helper). Tags and details of many
// repositories or references run in parallel, 8 requests at a time.
// Exit codes: 0 success, 1 a failure the core reported (its message on stderr), 2 usage.
class RegistryCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace Wharf
