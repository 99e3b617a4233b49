// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineEndpoint.h"

#include <QString>

namespace Wharf {

// How an endpoint was found, in the order Wharf looks.
enum class EndpointOrigin {
    Setting,         // Wharf's own engine setting
    DockerHost,      // the DOCKER_HOST environment variable
    DockerContext,   // the current docker context (DOCKER_CONTEXT or ~/.docker/config.json)
    ContainerHost,   // the CONTAINER_HOST environment variable (Podman's)
    WellKnownSocket, // a socket at a path Docker, Podman or a desktop product uses
    Embedded,        // a Podman service Wharf started itself
};

// An endpoint worth trying, and the story of where it came from.
struct EndpointCandidate
{
    EngineEndpoint endpoint;
    EndpointOrigin origin = EndpointOrigin::WellKnownSocket;
    QString originDetail;  // "DOCKER_HOST", "docker context \"colima\"", "Docker Desktop"
    QString productHint;   // what usually listens there: "Docker Desktop", "Colima", ...
    // The user chose this endpoint on purpose (setting, DOCKER_HOST, DOCKER_CONTEXT): when it
    // fails, that is an error to show, never a silent fallback to something else.
    bool explicitChoice = false;

    // "found through DOCKER_HOST", "well-known socket (Docker Desktop)": for the engines list.
    QString describeOrigin() const;
};

} // namespace Wharf
