// SPDX-License-Identifier: Apache-2.0
#include "AutomounterContainerCheck.h"

#include "base/ShellQuote.h"
#include "engine/ContainerSummary.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "launch/EngineCliHost.h"
#include "launch/LaunchRequest.h"

using namespace Qt::StringLiterals;

namespace Wharf {

AutomounterContainerCheck::AutomounterContainerCheck(const QString &explicitHost,
                                                     const AutomounterSettings &automounter, QObject *parent)
    : DiagnosticCheck(parent)
    , m_explicitHost(explicitHost)
    , m_automounter(automounter)
{
}

QString AutomounterContainerCheck::id() const
{
    return u"automounter-container"_s;
}

QString AutomounterContainerCheck::title() const
{
    return tr("The cvmfs-automounter container runs");
}

void AutomounterContainerCheck::run()
{
    m_pending = 0;
    m_running = 0;
    m_stopped = 0;
    m_evidence.clear();
    m_startCommands.clear();
    m_manager = discoverEngines(m_explicitHost, [this](const QList<Engine *> &ready) { listEngines(ready); });
}

void AutomounterContainerCheck::abandon()
{
    delete m_manager;
    m_pending = 0;
}

void AutomounterContainerCheck::listEngines(const QList<Engine *> &ready)
{
    m_pending = int(ready.size());
    if (ready.isEmpty()) {
        conclude();
        return;
    }
    for (Engine *engine : std::as_const(ready)) {
        const QString name = engine->displayName();
        const QStringList cli = QStringList{LaunchRequest::engineProgram(engine->kind())}
            + LaunchRequest::engineGlobalArguments(engine->kind(), engineCliHost(engine->candidate()));
        engine->client()->listContainers(this, [this, name, cli](const Result<QList<ContainerSummary>> &containers) {
            if (!containers) {
                m_evidence << tr("%1: cannot list its containers: %2").arg(name, containers.error().message());
                done();
                return;
            }
            for (const ContainerSummary &container : *containers) {
                if (!m_automounter.isAutomounter(container))
                    continue;
                if (container.isRunning()) {
                    ++m_running;
                    m_evidence << tr("%1: \"%2\" (%3) runs: %4").arg(name, container.name(), container.image, container.status);
                } else {
                    ++m_stopped;
                    m_evidence << tr("%1: \"%2\" (%3) is %4: %5")
                                      .arg(name, container.name(), container.image, container.state, container.status);
                    m_startCommands << (cli + QStringList{u"start"_s, container.name()});
                    m_startCommands << (cli + QStringList{u"logs"_s, u"--tail"_s, u"50"_s, container.name()});
                }
            }
            done();
        });
    }
}

void AutomounterContainerCheck::done()
{
    if (--m_pending == 0)
        conclude();
}

void AutomounterContainerCheck::conclude()
{
    CheckResult result;
    if (m_stopped > 0) {
        result = makeResult(CheckStatus::Failed,
                            tr("The cvmfs-automounter container is not running: containers started with the "
                               "automounter strategy have no /cvmfs."));
        result.fixSteps << tr("Start it again, then read its last lines if it stops at once "
                              "(a missing /dev/fuse, a refused --privileged, no network to the CVMFS servers).");
        for (const QStringList &command : std::as_const(m_startCommands))
            result.fixSteps << ShellQuote::join(command);
        result.fixCommands = m_startCommands;
    } else if (m_running > 0) {
        result = makeResult(CheckStatus::Ok, tr("The cvmfs-automounter container runs."));
    } else {
        result = makeResult(CheckStatus::NotApplicable,
                            m_manager && !m_manager->engines().isEmpty()
                                ? tr("No cvmfs-automounter container: only the automounter strategy uses one, and "
                                     "Wharf offers to start it when a launch needs it.")
                                : tr("No engine answers, so no container could be looked at."));
    }
    result.evidence = m_evidence;
    if (m_manager)
        m_manager->deleteLater();
    finish(result);
}

} // namespace Wharf
