// SPDX-License-Identifier: Apache-2.0
#include "ProbedEngine.h"

#include <QSignalSpy>

namespace Wharf::Test {

std::unique_ptr<Engine> probedEngine(const EngineEndpoint &endpoint)
{
    auto engine = std::make_unique<Engine>(EndpointCandidate{endpoint, EndpointOrigin::Setting, {}, {}, true});
    QSignalSpy finished(engine.get(), &Engine::probeFinished);
    engine->probe(5000);
    if (finished.isEmpty())
        finished.wait(10000);
    return engine;
}

} // namespace Wharf::Test
