// SPDX-License-Identifier: Apache-2.0
#include "PrivilegedContainersCheck.h"

#include "CommandCall.h"
#include "CommandRunner.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "launch/EngineCliHost.h"
#include "launch/LaunchRequest.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Wharf {

PrivilegedContainersCheck::PrivilegedContainersCheck(const QString &explicitHost, QObject *parent)
    : DiagnosticCheck(parent)
    , m_explicitHost(explicitHost)
{
}

QString PrivilegedContainersCheck::id() const
{
    return u"privileged-containers"_s;
}

QString PrivilegedContainersCheck::title() const
{
    return tr("Privileged containers can start (cvmfs-automounter)");
}

QString PrivilegedContainersCheck::probeEntryPoint()
{
    return u"/wharf-privilege-probe-does-not-exist"_s;
}

void PrivilegedContainersCheck::run()
{
    m_pending = 0;
    m_worst = CheckStatus::NotApplicable;
    m_evidence.clear();
    m_refused = false;
    m_manager = discoverEngines(m_explicitHost, [this](const QList<Engine *> &ready) { tryEngines(ready); });
}

void PrivilegedContainersCheck::abandon()
{
    for (const QPointer<CommandCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    delete m_manager;
    m_pending = 0;
}

void PrivilegedContainersCheck::tryEngines(const QList<Engine *> &ready)
{
    m_pending = int(ready.size());
    if (ready.isEmpty()) {
        conclude();
        return;
    }
    for (Engine *engine : std::as_const(ready)) {
        // Any image the engine has will do: its content never runs.
        engine->client()->listImages(this, [this, engine = QPointer<Engine>(engine)](const Result<QList<ImageSummary>> &images) {
            if (!engine) {
                done();
                return;
            }
            if (!images) {
                m_evidence << tr("%1: cannot list its images: %2").arg(engine->displayName(), images.error().message());
                done();
                return;
            }
            if (images->isEmpty()) {
                m_evidence << tr("%1 has no image to try a container with; pull one and check again.")
                                  .arg(engine->displayName());
                done();
                return;
            }
            tryEngine(engine, images->first().id);
        });
    }
}

void PrivilegedContainersCheck::tryEngine(Engine *engine, const QString &image)
{
    const QString name = engine->displayName();
    const QString program = LaunchRequest::engineProgram(engine->kind());
    const QString path = environment().findProgram(program);
    if (path.isEmpty()) {
        m_evidence << tr("%1: the %2 command is not installed, so no container could be tried.").arg(name, program);
        done();
        return;
    }
    const QStringList arguments = LaunchRequest::engineGlobalArguments(engine->kind(), engineCliHost(engine->candidate()))
        + QStringList{u"run"_s, u"--rm"_s, u"--privileged"_s, u"--network"_s, u"none"_s, u"--entrypoint"_s,
                      probeEntryPoint(), image};
    CommandCall *call = environment().commandRunner->start(path, arguments, 60s, this);
    m_calls << call;
    connect(call, &CommandCall::finished, this,
            [this, name](const Result<CommandOutput> &output) { judge(name, output); });
}

void PrivilegedContainersCheck::judge(const QString &name, const Result<CommandOutput> &output)
{
    const auto worsen = [this](CheckStatus status) {
        if (checkStatusSeverity(status) > checkStatusSeverity(m_worst))
            m_worst = status;
    };
    if (!output) {
        m_evidence << tr("%1: the trial container did not finish: %2").arg(name, output.error().message());
        worsen(CheckStatus::Warning);
        done();
        return;
    }
    const QString text = QString::fromUtf8(output->standardError + output->standardOutput).trimmed();
    const QString lastLine = text.section(u'\n', -1).trimmed();
    static const QRegularExpression refused(u"unable to apply caps|operation not permitted"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression missingEntryPoint(u"no such file or directory|not found|executable file"_s,
                                                      QRegularExpression::CaseInsensitiveOption);
    if (text.contains(refused)) {
        m_evidence << tr("%1 refused a privileged container: %2").arg(name, text.section(u'\n', 0, 0).trimmed());
        m_refused = true;
        worsen(CheckStatus::Failed);
    } else if (text.contains(probeEntryPoint()) && text.contains(missingEntryPoint)) {
        m_evidence << tr("%1 starts privileged containers.").arg(name);
        worsen(CheckStatus::Ok);
    } else {
        m_evidence << tr("%1: the trial container ended unexpectedly (exit %2): %3")
                          .arg(name)
                          .arg(output->exitCode)
                          .arg(lastLine.isEmpty() ? tr("no message") : lastLine);
        worsen(CheckStatus::Warning);
    }
    done();
}

void PrivilegedContainersCheck::done()
{
    if (--m_pending == 0)
        conclude();
}

void PrivilegedContainersCheck::conclude()
{
    CheckResult result;
    switch (m_worst) {
    case CheckStatus::Ok:
        result = makeResult(CheckStatus::Ok, tr("The engines start privileged containers: the cvmfs-automounter can run."));
        break;
    case CheckStatus::Warning:
        result = makeResult(CheckStatus::Warning, tr("Whether privileged containers can start could not be told."));
        break;
    case CheckStatus::Failed:
        result = makeResult(CheckStatus::Failed,
                            tr("An engine cannot start privileged containers: the cvmfs-automounter cannot run on it."));
        break;
    case CheckStatus::NotApplicable:
    case CheckStatus::Cancelled:
        result = makeResult(CheckStatus::NotApplicable, m_evidence.isEmpty()
                                                            ? tr("No engine answers, so no container could be tried.")
                                                            : tr("No engine could try a container."));
        break;
    }
    result.evidence = m_evidence;
    if (m_refused)
        applyCatalogueFix(result, u"privileged-not-permitted"_s);
    m_calls.clear();
    if (m_manager)
        m_manager->deleteLater();
    finish(result);
}

} // namespace Wharf
