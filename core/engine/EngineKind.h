// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// Which product answers on an endpoint. Podman is detected by /libpod/_ping answering,
// even behind a Docker socket path.
enum class EngineKind { Docker, Podman };

QString engineKindName(EngineKind kind); // "Docker", "Podman"

} // namespace Wharf
