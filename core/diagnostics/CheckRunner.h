// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CheckResult.h"
#include "HostEnvironment.h"

#include <QList>
#include <QObject>
#include <chrono>
#include <optional>

class QTimer;

namespace Wharf {

class DiagnosticCheck;

// Runs a list of checks all at once, each with a time limit, and publishes progress. A check
// that does not answer in time is Failed with the evidence "no answer within N s" (it is
// cancelled and its workers abandoned); cancel() stops everything, and the checks that had
// not answered are Cancelled. results() keeps the order of the list, whatever order the
// answers came in. start() again runs the same checks again ("Re-run").
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout { 20000 };

    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

    // Takes ownership of the checks (and deletes the previous ones). Not while running.
    void setChecks(const QList<DiagnosticCheck *> &checks);
    const QList<DiagnosticCheck *> &checks() const { return m_checks; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void start(const HostEnvironment &environment);
    void cancel();
    bool isRunning() const { return m_running; }

    // One result per check, in the order of checks(); a check still running has none yet.
    QList<CheckResult> results() const;
    int finishedCount() const { return m_finishedCount; }

Q_SIGNALS:
    void checkStarted(int index, const QString &id);
    void checkFinished(int index, const Wharf::CheckResult &result);
    void finished();

private:
    void onCheckFinished(int index, const CheckResult &result);
    void onTimeout(int index);
    void record(int index, const CheckResult &result);

    QList<DiagnosticCheck *> m_checks;
    QList<std::optional<CheckResult>> m_results;
    QList<QTimer *> m_timers;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    int m_finishedCount = 0;
    bool m_running = false;
};

} // namespace Wharf
