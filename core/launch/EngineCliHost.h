// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/EndpointCandidate.h"

#include <QString>

namespace Wharf {

// LaunchRequest::engineHost for an engine Wharf found: the address its CLI must be given so
// that a launch starts on the engine the window lists, whatever the CLI's own default is.
// Empty for the Podman service Wharf started itself: the local podman command uses the same
// storage and, unlike --remote, keeps working after Wharf (and so that service) has quit.
// TLS endpoints get their tcp:// address; the CLI takes the certificates from DOCKER_CERT_PATH.
QString engineCliHost(const EndpointCandidate &candidate);

} // namespace Wharf
