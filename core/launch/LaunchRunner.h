// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FuseReadinessScanner.h"
#include "HostFacts.h"
#include "LaunchPlan.h"
#include "LaunchRequest.h"
#include "PreconditionResult.h"
#include "RunReport.h"
#include "TerminalCommand.h"
#include "TerminalEmulator.h"
#include "base/Error.h"
#include "diagnostics/CatalogueMatch.h"
#include "diagnostics/HostEnvironment.h"

#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QProcessEnvironment>

#include <optional>

namespace Wharf {

class EngineClient;
class ErrorCatalogue;
class LaunchPreconditionChecker;
class TerminalSession;

// One launch, from the user's request to a terminal (issue 5): plan (LaunchPlanner), check
// the plan's preconditions (LaunchPreconditionChecker), and only when all hold run the plan in
// a terminal (TerminalSession). Never blocks; one object per launch.
//
// Signals, in order: planned(plan); preconditionChecked(result) for each precondition; then
// either preconditionsFailed(results) (nothing ran), or started() when the terminal started,
// followed by failedQuickly(report, explanation) + finished(report) when the command failed
// at once (image missing, mount refused: show report.stderrTail() and the catalogue's
// explanation in the window), or finished(report) alone. failed(error) whenever the launch
// cannot go on (no plan, no terminal, the terminal failed). Nothing is emitted from within
// start() or after cancel().
//
// Engine launches without a container name get one ("wharf-host-k3x9q2"): containerName()
// tells the window which container to follow (Containers page, logs). For the FUSE strategy
// the window feeds that container's output to feedContainerOutput() and hears
// fuseReadiness() when the image says CVMFS is mounted or failed.
class LaunchRunner : public QObject
{
    Q_OBJECT

public:
    // wharfBinary: the `wharf` executable that wraps the command in the terminal
    // (QCoreApplication::applicationFilePath() in the program). environment: the computer,
    // for the preconditions (HostEnvironment::fromSystem()).
    LaunchRunner(QString wharfBinary, HostEnvironment environment, QObject *parent = nullptr);
    ~LaunchRunner() override;

    // The plan's engine, for the ContainerRunning precondition (the automounter); not owned.
    void setEngineClient(EngineClient *client);
    // The terminal to use. Without one, TerminalDetector picks one (preferredTerminalId first).
    void setTerminal(const TerminalEmulator &terminal) { m_terminal = terminal; }
    void setPreferredTerminalId(const QString &id) { m_preferredTerminalId = id; }
    // Values of the secrets the plan names (plan.secretEnvironment), fetched by the caller
    // from the keychain: they reach only the command's environment.
    void setSecrets(const QList<QPair<QString, QString>> &secrets) { m_secrets = secrets; }
    // The environment the terminal starts from and is looked up in (default: the system's).
    void setTerminalEnvironment(const QProcessEnvironment &environment) { m_terminalEnvironment = environment; }
    void setPreconditionTimeout(int milliseconds) { m_preconditionTimeoutMilliseconds = milliseconds; }
    // false: after a quick failure the terminal closes at once instead of waiting for Enter.
    void setWaitForEnterOnFailure(bool wait) { m_waitForEnterOnFailure = wait; }
    // Default: ErrorCatalogue::builtIn(); must outlive the runner.
    void setCatalogue(const ErrorCatalogue *catalogue) { m_catalogue = catalogue; }

    void start(const LaunchRequest &request, const HostFacts &facts);
    // Stops checking or watching; a terminal already open stays open. Emits nothing more.
    void cancel();
    bool isRunning() const { return m_running; }

    // The request as planned (with the generated container name) and its plan.
    const LaunchRequest &request() const { return m_request; }
    const LaunchPlan &plan() const { return m_plan; }
    // The engine container's name; empty for Apptainer and the CMS wrappers.
    QString containerName() const;
    QList<PreconditionResult> preconditionResults() const { return m_preconditionResults; }
    // The terminal session once started (its terminal's program and arguments), else null.
    TerminalSession *terminalSession() const { return m_session; }
    FuseReadinessScanner::State fuseState() const { return m_fuseScanner.state(); }

    // "wharf-<strategy>-<6 random lower-case letters and digits>".
    static QString generateContainerName(LaunchStrategy strategy);
    // What the terminal runs for a plan: its vector, environment, the secrets it names (those
    // of `secrets`), the working directory (the plan's, else the working folder) and a title.
    // stderr is left on the terminal for interactive Apptainer and CMS wrapper shells (see
    // TerminalCommand). Fails when the plan names a secret `secrets` does not hold.
    static Result<TerminalCommand> terminalCommand(const LaunchRequest &request, const LaunchPlan &plan,
                                                   const QList<QPair<QString, QString>> &secrets);

public Q_SLOTS:
    // The output of the launched container (FUSE strategy), exactly as it arrives.
    void feedContainerOutput(QByteArrayView chunk);
    // The container's output ended: its last line is judged too.
    void containerOutputEnded();

Q_SIGNALS:
    void planned(const Wharf::LaunchPlan &plan);
    void preconditionChecked(const Wharf::PreconditionResult &result);
    void preconditionsFailed(const QList<Wharf::PreconditionResult> &results);
    void started();
    void failedQuickly(const Wharf::RunReport &report, const QList<Wharf::CatalogueMatch> &explanation);
    void finished(const Wharf::RunReport &report);
    void failed(const Wharf::Error &error);
    // Mounting (the image started to mount CVMFS), Ready or Failed, with the image's line for
    // the last two.
    void fuseReadiness(Wharf::FuseReadinessScanner::State state, const QString &line);

private:
    void makePlan(const HostFacts &facts);
    void onPreconditionsChecked(const QList<PreconditionResult> &results);
    void openTerminal();
    void fail(const Error &error);
    void reportFuseState(FuseReadinessScanner::State before);
    const ErrorCatalogue &catalogue() const;

    QString m_wharfBinary;
    HostEnvironment m_environment;
    QPointer<EngineClient> m_client;
    std::optional<TerminalEmulator> m_terminal;
    QString m_preferredTerminalId;
    QList<QPair<QString, QString>> m_secrets;
    QProcessEnvironment m_terminalEnvironment = QProcessEnvironment::systemEnvironment();
    int m_preconditionTimeoutMilliseconds = 5000;
    bool m_waitForEnterOnFailure = true;
    const ErrorCatalogue *m_catalogue = nullptr;

    bool m_running = false;
    bool m_started = false;
    LaunchRequest m_request;
    LaunchPlan m_plan;
    TerminalCommand m_command;
    QList<PreconditionResult> m_preconditionResults;
    LaunchPreconditionChecker *m_checker = nullptr;
    QPointer<TerminalSession> m_session;
    FuseReadinessScanner m_fuseScanner;
};

} // namespace Wharf
