// SPDX-License-Identifier: Apache-2.0
#include "EngineDiskSpaceCheck.h"

#include "base/DisplayFormat.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "launch/LaunchRequest.h"

#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace Wharf {

EngineDiskSpaceCheck::EngineDiskSpaceCheck(const QString &explicitHost, QObject *parent)
    : DiagnosticCheck(parent)
    , m_explicitHost(explicitHost)
{
}

QString EngineDiskSpaceCheck::id() const
{
    return u"disk-space"_s;
}

QString EngineDiskSpaceCheck::title() const
{
    return tr("Free disk space for the engines' images");
}

void EngineDiskSpaceCheck::run()
{
    m_pending = 0;
    m_worst = CheckStatus::NotApplicable;
    m_evidence.clear();
    m_commands.clear();
    m_manager = discoverEngines(m_explicitHost, [this](const QList<Engine *> &ready) { readInfo(ready); });
}

void EngineDiskSpaceCheck::abandon()
{
    delete m_manager;
    m_pending = 0;
}

void EngineDiskSpaceCheck::readInfo(const QList<Engine *> &ready)
{
    m_pending = int(ready.size());
    if (ready.isEmpty()) {
        conclude();
        return;
    }
    for (Engine *engine : std::as_const(ready)) {
        const QString name = engine->displayName();
        const bool local = engine->candidate().endpoint.transport() == EngineEndpoint::Transport::Unix;
        const QString program = LaunchRequest::engineProgram(engine->kind());
        engine->client()->info(this, [this, name, local, program](const Result<EngineInfo> &info) {
            const auto worsen = [this](CheckStatus status) {
                if (checkStatusSeverity(status) > checkStatusSeverity(m_worst))
                    m_worst = status;
            };
            if (!info) {
                m_evidence << tr("%1: cannot read where it keeps its data: %2").arg(name, info.error().message());
                worsen(CheckStatus::Warning);
            } else if (!local || info->isDockerDesktop() || info->rootDirectory.isEmpty()) {
                m_evidence << tr("%1 keeps its data in a virtual machine or on another computer (%2): its free "
                                 "space cannot be read from here.")
                                  .arg(name, info->rootDirectory.isEmpty() ? tr("no data directory given")
                                                                           : info->rootDirectory);
            } else {
                const QStorageInfo storage(environment().hostPath(info->rootDirectory));
                if (!storage.isValid()) {
                    m_evidence << tr("%1: its data directory %2 is not visible from here.").arg(name, info->rootDirectory);
                } else {
                    const qint64 free = storage.bytesAvailable();
                    const qint64 total = storage.bytesTotal();
                    m_evidence << tr("%1: %2 on %3: %4 free of %5")
                                      .arg(name, info->rootDirectory, QString::fromUtf8(storage.device()),
                                           DisplayFormat::size(free), DisplayFormat::size(total));
                    const bool low = free < m_minimumFreeBytes || (total > 0 && free < total / 20);
                    const bool critical = free < m_minimumFreeBytes / 5;
                    worsen(critical ? CheckStatus::Failed : low ? CheckStatus::Warning : CheckStatus::Ok);
                    if (low)
                        m_commands << program;
                }
            }
            if (--m_pending == 0)
                conclude();
        });
    }
}

void EngineDiskSpaceCheck::conclude()
{
    CheckResult result;
    switch (m_worst) {
    case CheckStatus::Ok:
        result = makeResult(CheckStatus::Ok, tr("The engines have room for images."));
        break;
    case CheckStatus::Warning:
        result = makeResult(CheckStatus::Warning, tr("An engine is short of disk space: large pulls may fail."));
        break;
    case CheckStatus::Failed:
        result = makeResult(CheckStatus::Failed, tr("An engine's disk is nearly full: pulls and new containers will fail."));
        break;
    case CheckStatus::NotApplicable:
    case CheckStatus::Cancelled:
        result = makeResult(CheckStatus::NotApplicable, m_evidence.isEmpty()
                                                            ? tr("No engine answers, so there is no data directory to check.")
                                                            : tr("No engine's data directory can be read from here."));
        break;
    }
    result.evidence = m_evidence;
    if (!m_commands.isEmpty()) {
        result.fixSteps = {tr("Remove what you no longer need: unused images, stopped containers and build cache "
                              "(the prune command asks before it deletes)."),
                           tr("Or free space on that file system, or move the engine's data directory to a larger "
                              "disk (Docker: \"data-root\" in /etc/docker/daemon.json; Podman: graphroot in "
                              "storage.conf).")};
        for (const QString &program : std::as_const(m_commands))
            result.fixCommands << QStringList{program, u"system"_s, u"prune"_s};
        result.catalogueId = u"no-space-left"_s;
    }
    if (m_manager)
        m_manager->deleteLater();
    finish(result);
}

} // namespace Wharf
