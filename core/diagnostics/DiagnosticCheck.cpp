// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticCheck.h"

#include "engine/Engine.h"
#include "engine/EngineManager.h"

#include "ErrorCatalogue.h"

namespace Wharf {

DiagnosticCheck::DiagnosticCheck(QObject *parent)
    : QObject(parent)
{ }

DiagnosticCheck::~DiagnosticCheck() = default;

void DiagnosticCheck::start(const HostEnvironment &environment)
{
    if (m_running)
        abandon();
    m_environment = environment;
    m_running = true;
    const quint64 generation = ++m_generation;
    m_elapsed.start();
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (m_running && generation == m_generation)
                run();
        },
        Qt::QueuedConnection);
}

void DiagnosticCheck::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    abandon();
}

CheckResult DiagnosticCheck::makeResult(CheckStatus status, const QString &summary) const
{
    CheckResult result;
    result.id = id();
    result.group = group();
    result.title = title();
    result.status = status;
    result.summary = summary;
    return result;
}

void DiagnosticCheck::finish(CheckResult result)
{
    if (!m_running)
        return;
    m_running = false;
    if (result.elapsedMs < 0)
        result.elapsedMs = m_elapsed.elapsed();
    Q_EMIT finished(result);
}

EngineManager *DiagnosticCheck::discoverEngines(const QString &explicitHost,
                                                std::function<void(const QList<Engine *> &ready)> found)
{
    auto *manager = new EngineManager(environment().discoveryEnvironment(explicitHost), this);
    manager->setEmbeddedPodman(std::nullopt);
    manager->setProbeDepth(Engine::ProbeDepth::PingOnly);
    connect(manager, &EngineManager::finished, this, [manager, found = std::move(found)] {
        QList<Engine *> ready;
        for (Engine *engine : manager->engines()) {
            if (engine->state() == Engine::State::Ready)
                ready.append(engine);
        }
        found(ready);
    });
    // Started from the event loop: with nothing to probe it finishes at once, and the caller
    // must hold the manager by then.
    QMetaObject::invokeMethod(manager, &EngineManager::start, Qt::QueuedConnection);
    return manager;
}

void DiagnosticCheck::applyCatalogueFix(CheckResult &result, const QString &catalogueId) const
{
    const KnownError *entry = ErrorCatalogue::builtIn().entry(catalogueId);
    if (!entry)
        return;
    result.catalogueId = catalogueId;
    result.fixSteps = entry->fixSteps();
    for (const KnownErrorAction &action : entry->actions()) {
        if (action.kind() == KnownErrorAction::Kind::CopyCommand)
            result.fixCommands << action.commandFor(m_environment.userName);
    }
}

void DiagnosticCheck::applyCatalogueFix(CheckResult &result, const Error &error) const
{
    const QList<CatalogueMatch> matches = ErrorCatalogue::builtIn().match(error);
    if (!matches.isEmpty())
        applyCatalogueFix(result, matches.constFirst().entry.id());
}

} // namespace Wharf
