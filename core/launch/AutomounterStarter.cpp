// SPDX-License-Identifier: Apache-2.0
#include "AutomounterStarter.h"

#include "LaunchPlanner.h"
#include "LaunchPreconditionChecker.h"
#include "base/HostAccess.h"
#include "diagnostics/ErrorCatalogue.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// The CLI's output kept for the message: the end, where the error is.
constexpr qsizetype OutputLimit = 64 * 1024;

void appendBounded(QByteArray &buffer, const QByteArray &chunk)
{
    buffer.append(chunk);
    if (buffer.size() > OutputLimit)
        buffer = buffer.right(OutputLimit);
}

// The full container ID `run -d` prints, or empty.
QString containerIdIn(const QByteArray &output)
{
    static const QRegularExpression id(u"^([0-9a-f]{64})$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = id.match(QString::fromLatin1(output));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

AutomounterStarter::AutomounterStarter(HostEnvironment environment, QObject *parent)
    : QObject(parent), m_environment(std::move(environment)), m_processEnvironment(m_environment.environment)
{
}

AutomounterStarter::~AutomounterStarter()
{
    cancel();
}

const ErrorCatalogue &AutomounterStarter::catalogue() const
{
    return m_catalogue ? *m_catalogue : ErrorCatalogue::builtIn();
}

void AutomounterStarter::start(EngineKind engine, const AutomounterSettings &settings, const HostFacts &facts,
                               const QString &engineHost)
{
    const Result<LaunchPlan> plan = LaunchPlanner::automounterStartPlan(engine, settings, facts, engineHost);
    if (!plan) {
        if (m_started)
            return;
        m_started = true;
        m_running = true;
        QTimer::singleShot(0, this, [this, error = plan.error()] {
            if (m_running)
                fail(error);
        });
        return;
    }
    startPlan(*plan);
}

void AutomounterStarter::startPlan(const LaunchPlan &plan)
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_plan = plan;
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        const QPointer<AutomounterStarter> guard(this);
        Q_EMIT planned(m_plan);
        if (guard && m_running)
            checkPreconditions();
    });
}

void AutomounterStarter::checkPreconditions()
{
    m_checker = new LaunchPreconditionChecker(m_environment, this);
    m_checker->setTimeout(m_preconditionTimeoutMilliseconds);
    m_checker->setCatalogue(&catalogue());
    connect(m_checker, &LaunchPreconditionChecker::finished, this, [this](const QList<PreconditionResult> &results) {
        if (!m_running)
            return;
        if (!PreconditionResult::allOk(results)) {
            m_running = false;
            Q_EMIT preconditionsFailed(results);
            return;
        }
        runPlan();
    });
    m_checker->start(m_plan.preconditions);
}

void AutomounterStarter::runPlan()
{
    auto *process = new QProcess(this);
    m_process = process;
    QProcessEnvironment environment = m_processEnvironment;
    for (const EnvironmentVariable &variable : m_plan.environment)
        environment.insert(variable.name, variable.value);
    process->setProcessEnvironment(environment);
    process->setProgram(m_plan.program);
    process->setArguments(m_plan.arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this, process] { appendBounded(m_stdout, process->readAllStandardOutput()); });
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { appendBounded(m_stderr, process->readAllStandardError()); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_running)
            return;
        fail(Error(ErrorCode::ProgramNotFound,
                   tr("Cannot run %1 to start the cvmfs-automounter: install it, or start the container "
                      "yourself with the command shown.")
                       .arg(m_plan.program),
                   process->errorString()));
    });
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onProcessFinished(exitCode, status == QProcess::CrashExit);
    });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        const QString output = QString::fromLocal8Bit(m_stderr).trimmed();
        fail(Error(ErrorCode::Timeout,
                   tr("Starting the cvmfs-automounter took longer than %1 s and was stopped. Pulling its "
                      "image may need a faster network; try again, or pull the image first.")
                       .arg(m_timeoutMilliseconds / 1000),
                   output));
    });
    m_timer->start(m_timeoutMilliseconds);
    HostAccess::current().prepare(*process);
    process->start();
}

void AutomounterStarter::onProcessFinished(int exitCode, bool crashed)
{
    if (!m_running)
        return;
    if (!crashed && exitCode == 0) {
        m_running = false;
        if (m_timer)
            m_timer->stop();
        const QString id = containerIdIn(m_stdout);
        Q_EMIT started(id.isEmpty() ? QString::fromLocal8Bit(m_stdout).trimmed() : id);
        return;
    }
    // The engine may have created the container before it failed to start it.
    if (const QString leftover = containerIdIn(m_stdout); !leftover.isEmpty())
        removeLeftover(leftover);
    const QString output = QString::fromLocal8Bit(m_stderr).trimmed();
    fail(Error(ErrorCode::ProcessFailed,
               crashed ? tr("%1 crashed while starting the cvmfs-automounter.").arg(m_plan.program)
                       : tr("The cvmfs-automounter could not be started (%1 ended with exit code %2).")
                             .arg(m_plan.program)
                             .arg(exitCode),
               output));
}

void AutomounterStarter::removeLeftover(const QString &containerId) const
{
    // The CLI's global options (--host ...) are what precedes "run".
    const qsizetype run = m_plan.arguments.indexOf(u"run"_s);
    const QStringList global = run > 0 ? m_plan.arguments.mid(0, run) : QStringList();
    // Fire and forget: it deletes itself when done, whatever happens to this object.
    auto *remove = new QProcess;
    remove->setProcessEnvironment(m_processEnvironment);
    remove->setStandardInputFile(QProcess::nullDevice());
    remove->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(remove, &QProcess::readyRead, remove, [remove] { remove->readAll(); });
    QObject::connect(remove, &QProcess::finished, remove, &QObject::deleteLater);
    QObject::connect(remove, &QProcess::errorOccurred, remove, [remove](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            remove->deleteLater();
    });
    remove->setProgram(m_plan.program);
    remove->setArguments(global + QStringList{u"rm"_s, u"-f"_s, containerId});
    HostAccess::current().prepare(*remove);
    remove->start();
}

void AutomounterStarter::fail(const Error &error)
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
    }
    // The engine's own words first: they are what the catalogue knows.
    QList<CatalogueMatch> explanation = catalogue().match(error.details());
    if (explanation.isEmpty())
        explanation = catalogue().match(error);
    Q_EMIT failed(error, explanation);
}

void AutomounterStarter::cancel()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    if (m_checker)
        m_checker->cancel();
    if (QProcess *process = m_process.data(); process && process->state() != QProcess::NotRunning) {
        process->disconnect(this);
        // Killed, then reaped later: the QProcess outlives this object until the child ended.
        process->setParent(nullptr);
        QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
    }
}

} // namespace Wharf
