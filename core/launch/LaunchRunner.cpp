// SPDX-License-Identifier: Apache-2.0
#include "LaunchRunner.h"

#include "LaunchPlanner.h"
#include "LaunchPreconditionChecker.h"
#include "TerminalDetector.h"
#include "TerminalSession.h"
#include "diagnostics/ErrorCatalogue.h"
#include "engine/EngineClient.h"

#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

LaunchRunner::LaunchRunner(QString wharfBinary, HostEnvironment environment, QObject *parent)
    : QObject(parent), m_wharfBinary(std::move(wharfBinary)), m_environment(std::move(environment))
{
}

LaunchRunner::~LaunchRunner()
{
    cancel();
}

void LaunchRunner::setEngineClient(EngineClient *client)
{
    m_client = client;
}

const ErrorCatalogue &LaunchRunner::catalogue() const
{
    return m_catalogue ? *m_catalogue : ErrorCatalogue::builtIn();
}

QString LaunchRunner::generateContainerName(LaunchStrategy strategy)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += QChar::fromLatin1(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return u"wharf-"_s + launchStrategyName(strategy) + u'-' + suffix;
}

QString LaunchRunner::containerName() const
{
    return launchStrategyUsesEngine(m_request.strategy) ? m_request.containerName : QString();
}

Result<TerminalCommand> LaunchRunner::terminalCommand(const LaunchRequest &request, const LaunchPlan &plan,
                                                      const QList<QPair<QString, QString>> &secrets)
{
    TerminalCommand command;
    command.program = plan.program;
    command.arguments = plan.arguments;
    for (const EnvironmentVariable &variable : plan.environment)
        command.environment.append({variable.name, variable.value});
    for (const QString &name : plan.secretEnvironment) {
        const auto found = std::find_if(secrets.cbegin(), secrets.cend(),
                                        [&name](const QPair<QString, QString> &secret) { return secret.first == name; });
        if (found == secrets.cend()) {
            return Error(ErrorCode::InvalidConfiguration,
                         tr("This launch needs a secret that was not given (%1): log in to the registry in "
                            "Wharf's settings, or launch without a registry user name.")
                             .arg(name),
                         name);
        }
        command.secrets.append(*found);
    }
    command.workingDirectory = plan.workingDirectory.isEmpty() ? request.workingFolder : plan.workingDirectory;
    const QString what = request.strategy == LaunchStrategy::Cmssw ? u"cmssw-"_s + request.cmsswRelease : request.image;
    command.title = tr("Wharf: %1 (%2)").arg(what, launchStrategyDisplayName(request.strategy));
    // apptainer shell and cmssw-elN start the interactive shell directly: it prompts only
    // when stderr is a terminal.
    const bool directShell = request.command.isEmpty()
        && (request.strategy == LaunchStrategy::Apptainer || request.strategy == LaunchStrategy::Cmssw);
    command.captureStderr = !directShell;
    return command;
}

void LaunchRunner::start(const LaunchRequest &request, const HostFacts &facts)
{
    if (m_started) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(Error(ErrorCode::InvalidConfiguration, tr("This launch has already been started.")));
        });
        return;
    }
    m_started = true;
    m_running = true;
    m_request = request;
    if (launchStrategyUsesEngine(m_request.strategy) && m_request.containerName.isEmpty())
        m_request.containerName = generateContainerName(m_request.strategy);
    // Later: callers connect after start() returns, and nothing is emitted from within it.
    QTimer::singleShot(0, this, [this, facts] {
        if (m_running)
            makePlan(facts);
    });
}

void LaunchRunner::makePlan(const HostFacts &facts)
{
    const Result<LaunchPlan> result = LaunchPlanner::plan(m_request, facts);
    if (!result) {
        fail(result.error());
        return;
    }
    m_plan = *result;
    const QPointer<LaunchRunner> guard(this);
    Q_EMIT planned(m_plan);
    if (!guard || !m_running)
        return;

    // A missing secret stops the launch before anything is looked at.
    const Result<TerminalCommand> command = terminalCommand(m_request, m_plan, m_secrets);
    if (!command) {
        fail(command.error());
        return;
    }
    m_command = *command;

    m_checker = new LaunchPreconditionChecker(m_environment, this);
    m_checker->setEngineClient(m_client);
    m_checker->setTimeout(m_preconditionTimeoutMilliseconds);
    m_checker->setCatalogue(&catalogue());
    connect(m_checker, &LaunchPreconditionChecker::resultReady, this, &LaunchRunner::preconditionChecked);
    connect(m_checker, &LaunchPreconditionChecker::finished, this, &LaunchRunner::onPreconditionsChecked);
    m_checker->start(m_plan.preconditions);
}

void LaunchRunner::onPreconditionsChecked(const QList<PreconditionResult> &results)
{
    if (!m_running)
        return;
    m_preconditionResults = results;
    if (!PreconditionResult::allOk(results)) {
        m_running = false;
        Q_EMIT preconditionsFailed(results);
        return;
    }
    openTerminal();
}

void LaunchRunner::openTerminal()
{
    TerminalEmulator terminal;
    if (m_terminal) {
        terminal = *m_terminal;
    } else {
        const TerminalDetector detector(m_terminalEnvironment);
        const Result<TerminalEmulator> detected = detector.detect(m_preferredTerminalId, !m_command.secrets.isEmpty());
        if (!detected) {
            fail(detected.error());
            return;
        }
        terminal = *detected;
    }

    m_session = new TerminalSession(m_wharfBinary, this);
    m_session->setSystemEnvironment(m_terminalEnvironment);
    m_session->setWaitForEnterOnFailure(m_waitForEnterOnFailure);
    connect(m_session, &TerminalSession::started, this, [this] {
        if (m_running)
            Q_EMIT started();
    });
    connect(m_session, &TerminalSession::failedQuickly, this, [this](const RunReport &report) {
        if (m_running)
            Q_EMIT failedQuickly(report, catalogue().match(report.stderrTail()));
    });
    connect(m_session, &TerminalSession::finished, this, [this](const RunReport &report) {
        if (!m_running)
            return;
        m_running = false;
        Q_EMIT finished(report);
    });
    connect(m_session, &TerminalSession::failed, this, [this](const Error &error) {
        if (m_running)
            fail(error);
    });
    m_session->start(terminal, m_command);
}

void LaunchRunner::fail(const Error &error)
{
    m_running = false;
    Q_EMIT failed(error);
}

void LaunchRunner::cancel()
{
    m_running = false;
    if (m_checker)
        m_checker->cancel();
    if (m_session)
        m_session->cancel(); // the terminal window stays
}

void LaunchRunner::feedContainerOutput(QByteArrayView chunk)
{
    const FuseReadinessScanner::State before = m_fuseScanner.state();
    m_fuseScanner.feed(chunk);
    reportFuseState(before);
}

void LaunchRunner::containerOutputEnded()
{
    const FuseReadinessScanner::State before = m_fuseScanner.state();
    m_fuseScanner.finish();
    reportFuseState(before);
}

void LaunchRunner::reportFuseState(FuseReadinessScanner::State before)
{
    const FuseReadinessScanner::State now = m_fuseScanner.state();
    if (now == before)
        return;
    const bool result = now == FuseReadinessScanner::State::Ready || now == FuseReadinessScanner::State::Failed;
    Q_EMIT fuseReadiness(now, result ? m_fuseScanner.resultLine() : QString());
}

} // namespace Wharf
