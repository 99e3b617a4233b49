// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// How Wharf talks to one registry. TLS is verified unless the user opted in to `insecure`
// (plain HTTP, or HTTPS without verification); loopback registries may use plain HTTP
// without the opt-in, as Docker allows.
struct RegistryOptions
{
    bool insecure = false;
    QString caFile;            // extra CA certificates (PEM) trusted for this registry
    int timeoutMs = 30000;     // longest silence within one exchange
    int maxParallelRequests = 8; // details for many tags: bounded, not one at a time
    // Docker Hub's web API, which lists a namespace's repositories (Docker Hub has no
    // catalog). Only tests point it elsewhere: Docker Hub cannot be reached from CI.
    QString dockerHubApi = QStringLiteral("https://hub.docker.com");
};

} // namespace Wharf
