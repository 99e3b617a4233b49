// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiscoveryEnvironment.h"
#include "EndpointCandidate.h"
#include "base/Error.h"

#include <QList>

namespace Wharf {

// Finds the engine endpoints a user expects, in the order they expect: the explicit setting,
// DOCKER_HOST (with DOCKER_TLS_VERIFY / DOCKER_CERT_PATH), the current docker context,
// CONTAINER_HOST, then the well-known sockets of Docker, Docker Desktop, Colima, OrbStack,
// Rancher Desktop and Podman. Reads a few small files; never connects (EngineManager pings).
class EndpointDiscovery
{
public:
    struct Outcome
    {
        QList<EndpointCandidate> candidates; // deduplicated by endpoint identity, first wins
        QList<Error> errors;                  // explicit configuration that cannot be used
    };

    explicit EndpointDiscovery(DiscoveryEnvironment environment);

    Outcome discover() const;

    // The directory of a docker context's metadata: contexts/meta/<sha256 of name>.
    static QString contextDirectoryName(const QString &contextName);

private:
    void addDockerContext(Outcome &outcome) const;
    void addWellKnownSockets(Outcome &outcome) const;
    QString dockerConfigDirectory() const;

    DiscoveryEnvironment m_env;
};

} // namespace Wharf
