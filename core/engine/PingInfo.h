// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineKind.h"

#include <QString>

namespace Wharf {

// What a ping told us about an endpoint.
struct PingInfo
{
    EngineKind kind = EngineKind::Docker;
    QString apiVersion;        // the Api-Version header (Docker API the engine speaks)
    QString libpodApiVersion;  // Podman's own API version, when it is Podman
    qint64 roundTripMs = 0;
};

} // namespace Wharf
