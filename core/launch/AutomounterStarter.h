// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AutomounterSettings.h"
#include "HostFacts.h"
#include "LaunchPlan.h"
#include "PreconditionResult.h"
#include "base/Error.h"
#include "diagnostics/CatalogueMatch.h"
#include "diagnostics/HostEnvironment.h"
#include "engine/EngineKind.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QProcess;
class QTimer;

namespace Wharf {

class ErrorCatalogue;
class LaunchPreconditionChecker;

// Starts the cvmfs-automounter container (issue 5, strategy 2) once the user confirmed the
// plan's warning about its privileges: LaunchPlanner::automounterStartPlan, its preconditions
// (the CLI is installed, the mount root exists and is a shared mount), then the plan's
// `docker|podman run -d ...` with QProcess. Not in a terminal: `run -d` returns as soon as the
// container runs (or failed to), and its error is shown in the window, explained through the
// known-error catalogue. A container the engine created but could not start is removed again,
// so that the next attempt does not meet "name already in use".
//
// Signals, once: planned(plan), then preconditionsFailed(results) (nothing ran), started(id),
// or failed(error, explanation). Never from within start(); nothing after cancel().
class AutomounterStarter : public QObject
{
    Q_OBJECT

public:
    // `run -d` pulls the image first when the engine lacks it: allow for a slow registry.
    static constexpr int DefaultTimeoutMilliseconds = 300'000;

    explicit AutomounterStarter(HostEnvironment environment, QObject *parent = nullptr);
    ~AutomounterStarter() override;

    // The CLI's environment (default: the environment's, i.e. the system's for fromSystem()).
    void setProcessEnvironment(const QProcessEnvironment &environment) { m_processEnvironment = environment; }
    void setTimeout(int milliseconds) { m_timeoutMilliseconds = milliseconds; }
    void setPreconditionTimeout(int milliseconds) { m_preconditionTimeoutMilliseconds = milliseconds; }
    // Default: ErrorCatalogue::builtIn(); must outlive the starter.
    void setCatalogue(const ErrorCatalogue *catalogue) { m_catalogue = catalogue; }

    void start(EngineKind engine, const AutomounterSettings &settings, const HostFacts &facts,
               const QString &engineHost = {});
    // Runs a start plan made elsewhere (with its preconditions), e.g. one the user edited.
    void startPlan(const LaunchPlan &plan);
    // Stops waiting and ends the CLI if it still runs (the engine may have made the
    // container already). Emits nothing more.
    void cancel();
    bool isRunning() const { return m_running; }

    const LaunchPlan &plan() const { return m_plan; }

Q_SIGNALS:
    void planned(const Wharf::LaunchPlan &plan);
    void preconditionsFailed(const QList<Wharf::PreconditionResult> &results);
    void started(const QString &containerId);
    void failed(const Wharf::Error &error, const QList<Wharf::CatalogueMatch> &explanation);

private:
    void checkPreconditions();
    void runPlan();
    void onProcessFinished(int exitCode, bool crashed);
    void fail(const Error &error);
    void removeLeftover(const QString &containerId) const;
    const ErrorCatalogue &catalogue() const;

    HostEnvironment m_environment;
    QProcessEnvironment m_processEnvironment;
    int m_timeoutMilliseconds = DefaultTimeoutMilliseconds;
    int m_preconditionTimeoutMilliseconds = 5000;
    const ErrorCatalogue *m_catalogue = nullptr;

    bool m_started = false;
    bool m_running = false;
    LaunchPlan m_plan;
    LaunchPreconditionChecker *m_checker = nullptr;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace Wharf
