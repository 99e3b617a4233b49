// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiscoveryEnvironment.h"
#include "EmbeddedPodmanService.h"
#include "Engine.h"
#include "base/Error.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Wharf {

class Engine;

// Finds every engine (EndpointDiscovery), probes them all at once with a short timeout, and
// publishes them: each as soon as it is found (state Probing), and finished() once all have
// answered. When none answers and podman is installed, it starts an embedded Podman service
// and says so. The first engine that answers is the default for new actions.
class EngineManager : public QObject
{
    Q_OBJECT

public:
    explicit EngineManager(DiscoveryEnvironment environment, QObject *parent = nullptr);
    ~EngineManager() override;

    // Options for the embedded service; std::nullopt disables it (the default in tests).
    void setEmbeddedPodman(std::optional<EmbeddedPodmanService::Options> options);
    void setProbeTimeout(int milliseconds) { m_probeTimeoutMs = milliseconds; }
    void setProbeDepth(Engine::ProbeDepth depth) { m_probeDepth = depth; }

    // Discovers and probes; calling it again later looks again ("Try again"): known engines
    // are probed anew, new ones added.
    void start();
    bool isFinished() const { return m_finished; }

    QList<Engine *> engines() const { return m_engines; }
    Engine *engine(const QString &id) const;
    // The first engine, in discovery order, that answers; nullptr when none does.
    Engine *defaultEngine() const;
    // Explicit configuration that cannot be used (a malformed DOCKER_HOST, a missing context),
    // and explicit endpoints that do not answer: errors the user must see.
    QList<Error> errors() const;
    // Why the embedded service was started, or why it could not be; empty when not attempted.
    QString embeddedPodmanStory() const { return m_embeddedStory; }

Q_SIGNALS:
    void engineAdded(Wharf::Engine *engine);
    void finished();
    void embeddedPodmanStarted(const QString &why);

private:
    void probe(Engine *engine);
    void onProbeFinished();
    void startEmbeddedPodman();
    void finish();

    DiscoveryEnvironment m_environment;
    std::optional<EmbeddedPodmanService::Options> m_embeddedOptions;
    EmbeddedPodmanService *m_embedded = nullptr;
    QList<Engine *> m_engines;
    QList<Error> m_discoveryErrors;
    QString m_embeddedStory;
    int m_probeTimeoutMs = 2000;
    Engine::ProbeDepth m_probeDepth = Engine::ProbeDepth::Full;
    int m_pendingProbes = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Wharf
