// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CheckGroup.h"
#include "CheckResult.h"
#include "HostEnvironment.h"
#include "base/Error.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace Wharf {

class Engine;
class EngineManager;

// One diagnostic check: reads the computer through a HostEnvironment and reports a
// CheckResult with the evidence and the fix. Subclasses implement run() and call finish()
// once, now or later; anything that may block (a /cvmfs path, a child process) goes through
// PathProbe or CommandRunner so the GUI thread never waits.
class DiagnosticCheck : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosticCheck(QObject *parent = nullptr);
    ~DiagnosticCheck() override;

    // Stable id for JSON, settings and the symptom table: "cvmfs.mount".
    virtual QString id() const = 0;
    virtual CheckGroup group() const = 0;
    // Translated title: what is checked ("CVMFS repositories answer").
    virtual QString title() const = 0;

    // Starts (or starts again) against environment. The work begins on the next turn of the
    // event loop, so callers connect first; finished() comes exactly once per start, unless
    // cancel() comes first.
    void start(const HostEnvironment &environment);
    // Stops waiting: no finished() for the current run. Outstanding workers are abandoned,
    // not joined.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Wharf::CheckResult &result);

protected:
    virtual void run() = 0;
    // Drops outstanding probes and commands (called by cancel() and before a new start).
    virtual void abandon() { }

    const HostEnvironment &environment() const { return m_environment; }
    // A result with id, group and title filled in.
    CheckResult makeResult(CheckStatus status, const QString &summary) const;
    // Reports the result of the current run (ignored when not running).
    void finish(CheckResult result);
    // Finds and pings the engines as the window would (explicitHost: Wharf's engine setting),
    // without starting an embedded Podman; the manager is a child of this check and `found`
    // runs (later, never from within this call) once every engine answered or not, with the
    // engines that answered.
    EngineManager *discoverEngines(const QString &explicitHost, std::function<void(const QList<Engine *> &ready)> found);
    // The fix of the known-error catalogue's entry `catalogueId` (steps, and the commands
    // among its actions) into `result`; nothing for an unknown id.
    void applyCatalogueFix(CheckResult &result, const QString &catalogueId) const;
    // The same with the best catalogue match for `error`, if any.
    void applyCatalogueFix(CheckResult &result, const Error &error) const;

private:
    HostEnvironment m_environment;
    QElapsedTimer m_elapsed;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Wharf
