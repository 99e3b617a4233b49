// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/Engine.h"

#include <memory>

namespace Wharf::Test {

// An Engine for an endpoint, probed (ping, version) before it is returned: Ready when the
// engine answers. Test code, so it waits.
std::unique_ptr<Engine> probedEngine(const EngineEndpoint &endpoint);

} // namespace Wharf::Test
