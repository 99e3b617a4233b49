// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandOutput.h"
#include "base/Result.h"

#include <QObject>
#include <QStringList>
#include <chrono>

class QProcess;
class QTimer;

namespace Wharf {

// One child process run by CommandRunner: program plus arguments, never a shell. Emits
// finished() exactly once (unless cancelled) and deletes itself afterwards.
// Errors: ProgramNotFound (cannot be started), Timeout ("no answer within N s"; the process
// is killed), ProcessFailed (crashed or killed by a signal).
// A process that does not die after SIGKILL (stuck in the kernel on a hung /cvmfs) is
// abandoned, never waited for: QProcess's destructor would block, so it is detached and
// left to be reaped whenever it ends.
class CommandCall : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype OutputLimit = 1024 * 1024;

    CommandCall(QString program, QStringList arguments, std::chrono::milliseconds timeout,
        QObject *parent = nullptr);
    ~CommandCall() override;

    // Starts the process on the next turn of the event loop, so callers connect first.
    void start();
    // Kills the process; no finished() is emitted afterwards.
    void cancel();

    const QString &program() const { return m_program; }
    const QStringList &arguments() const { return m_arguments; }

Q_SIGNALS:
    void finished(const Wharf::Result<Wharf::CommandOutput> &result);

private:
    void launch();
    void readOutput();
    void report(const Result<CommandOutput> &result);
    void abandonProcess();

    QString m_program;
    QStringList m_arguments;
    std::chrono::milliseconds m_timeout;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    CommandOutput m_output;
    bool m_reported = false;
};

} // namespace Wharf
