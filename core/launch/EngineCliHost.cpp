// SPDX-License-Identifier: Apache-2.0
#include "EngineCliHost.h"

namespace Wharf {

QString engineCliHost(const EndpointCandidate &candidate)
{
    if (candidate.origin == EndpointOrigin::Embedded)
        return {};
    return candidate.endpoint.toUrl();
}

} // namespace Wharf
