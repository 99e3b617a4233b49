// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/EngineManager.h"

namespace Wharf {

// The engine discovery a command-line command needs: the same EngineManager the window uses,
// run to completion in the command's event loop. No embedded Podman service here: a one-shot
// command should not start a daemon; it says how instead.
class CommandEngines
{
public:
    CommandEngines();
    // Discovers and probes every engine; returns once all have answered.
    void discover();
    EngineManager &manager() { return m_manager; }
    QString noEngineAdvice() const;
    // Whether `name` (as a user types it after --engine) names the engine: its display name
    // or kind (any case), its id, or its endpoint URL.
    static bool matches(const Engine &engine, const QString &name);

private:
    EngineManager m_manager;
};

} // namespace Wharf
