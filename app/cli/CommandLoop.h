// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

namespace Wharf {

// A command-line command has no other work while a call runs: it waits in its own (and only)
// event loop. Never used by the window.
class CommandLoop
{
public:
    // Calls start(finish) and returns once finish() has been called (at once if start called
    // it before returning).
    static void waitUntil(const std::function<void(std::function<void()> finish)> &start);
};

} // namespace Wharf
