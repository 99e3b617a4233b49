// SPDX-License-Identifier: Apache-2.0
#include "EngineManager.h"

#include "Engine.h"
#include "EndpointDiscovery.h"
#include "base/LogCategories.h"

#include <QCoreApplication>

namespace Wharf {

EngineManager::EngineManager(DiscoveryEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
}

EngineManager::~EngineManager() = default;

void EngineManager::setEmbeddedPodman(std::optional<EmbeddedPodmanService::Options> options)
{
    m_embeddedOptions = std::move(options);
}

Engine *EngineManager::engine(const QString &id) const
{
    for (Engine *e : m_engines) {
        if (e->id() == id)
            return e;
    }
    return nullptr;
}

Engine *EngineManager::defaultEngine() const
{
    for (Engine *e : m_engines) {
        if (e->state() == Engine::State::Ready)
            return e;
    }
    return nullptr;
}

QList<Error> EngineManager::errors() const
{
    QList<Error> all = m_discoveryErrors;
    for (const Engine *e : m_engines) {
        if (e->candidate().explicitChoice && e->state() == Engine::State::Unreachable) {
            all.append(Error(e->lastError().code(),
                             tr("%1 points to %2, which does not answer: %3")
                                 .arg(e->candidate().describeOrigin(), e->candidate().endpoint.toUrl(),
                                      e->lastError().message()),
                             e->lastError().details()));
        }
    }
    return all;
}

void EngineManager::start()
{
    if (m_started && !m_finished)
        return; // a round is already under way
    m_started = true;
    m_finished = false;
    const EndpointDiscovery::Outcome outcome = EndpointDiscovery(m_environment).discover();
    m_discoveryErrors = outcome.errors;
    for (const Error &error : outcome.errors)
        qCWarning(lcDiscovery) << error.toString();

    // Engines already known (a second round: "Try again") are probed again; new ones added.
    QList<Engine *> toProbe;
    for (const EndpointCandidate &candidate : outcome.candidates) {
        Engine *known = engine(candidate.endpoint.identity());
        if (!known) {
            known = new Engine(candidate, this);
            m_engines.append(known);
            Q_EMIT engineAdded(known);
        }
        toProbe.append(known);
    }
    if (m_embedded)
        toProbe.append(engine(m_embedded->endpoint().identity()));
    toProbe.removeAll(nullptr);
    m_pendingProbes = int(toProbe.size());
    if (m_pendingProbes == 0) {
        onProbeFinished();
        return;
    }
    for (Engine *e : std::as_const(toProbe))
        probe(e);
}

void EngineManager::probe(Engine *engine)
{
    connect(engine, &Engine::probeFinished, this, &EngineManager::onProbeFinished, Qt::SingleShotConnection);
    engine->probe(m_probeTimeoutMs, m_probeDepth);
}

void EngineManager::onProbeFinished()
{
    if (m_pendingProbes > 0)
        --m_pendingProbes;
    if (m_pendingProbes > 0 || m_finished)
        return;
    if (defaultEngine() || m_embedded) {
        finish();
        return;
    }
    startEmbeddedPodman();
}

void EngineManager::startEmbeddedPodman()
{
    if (!m_embeddedOptions) {
        finish();
        return;
    }
    if (!EmbeddedPodmanService::isAvailable(m_embeddedOptions->program)) {
        m_embeddedStory = tr("No container engine answered, and Podman is not installed.");
        finish();
        return;
    }
    m_embedded = new EmbeddedPodmanService(*m_embeddedOptions, this);
    connect(m_embedded, &EmbeddedPodmanService::started, this, [this] {
        m_embeddedStory = tr("No container engine answered, so Wharf started a Podman service for this session "
                             "(%1). It stops when Wharf quits.")
                              .arg(m_embedded->endpoint().toUrl());
        Q_EMIT embeddedPodmanStarted(m_embeddedStory);
        EndpointCandidate candidate;
        candidate.endpoint = m_embedded->endpoint();
        candidate.origin = EndpointOrigin::Embedded;
        candidate.productHint = QStringLiteral("Podman");
        m_pendingProbes = 1;
        auto *embedded = new Engine(candidate, this);
        m_engines.append(embedded);
        Q_EMIT engineAdded(embedded);
        probe(embedded);
    });
    connect(m_embedded, &EmbeddedPodmanService::failed, this, [this](const Error &error) {
        m_embeddedStory = tr("No container engine answered, and the Podman service Wharf tried to start failed: %1")
                              .arg(error.toString());
        // Forget it, so that "Try again" tries to start it again.
        m_embedded->deleteLater();
        m_embedded = nullptr;
        finish();
    });
    m_embedded->start();
}

void EngineManager::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Wharf
