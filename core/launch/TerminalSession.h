// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RunReport.h"
#include "TerminalCommand.h"
#include "TerminalEmulator.h"
#include "base/Error.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <memory>

class QFileSystemWatcher;
class QProcess;
class QTemporaryDir;
class QTimer;

namespace Wharf {

// Runs one command in a terminal window and tells how it ended. The terminal runs
// `wharf run-in-terminal --report FILE -- PROGRAM ARGS...`; the wrapper writes FILE when the
// command ends. That report, not the terminal's exit, is the end: gnome-terminal and friends
// exit at once and leave the window to a server. Never blocks; one object per run.
//
// Signals, once each run: started() when the terminal process started; then either
// failedQuickly(report) followed by finished(report) (the command failed within the
// threshold: show report.stderrTail() in the window), or finished(report) alone, or
// failed(error) (the terminal could not start, exited with an error before the command
// reported, or the report was unreadable). The terminal window is never closed by Wharf:
// it outlives this object and Wharf itself.
class TerminalSession : public QObject
{
    Q_OBJECT

public:
    // wharfBinary: the `wharf` executable (QCoreApplication::applicationFilePath() in the
    // program; the built one in tests).
    explicit TerminalSession(QString wharfBinary, QObject *parent = nullptr);
    ~TerminalSession() override;

    // The environment the terminal starts from (default: the system's).
    void setSystemEnvironment(const QProcessEnvironment &environment) { m_systemEnvironment = environment; }
    // false: the wrapper does not wait for Enter after a quick failure (tests).
    void setWaitForEnterOnFailure(bool wait) { m_waitOnFailure = wait; }
    void setQuickFailureThreshold(qint64 milliseconds) { m_quickFailureMilliseconds = milliseconds; }
    // How often to look for the report besides the file-system watcher.
    void setPollInterval(int milliseconds) { m_pollIntervalMilliseconds = milliseconds; }
    // How long to wait for the report once the terminal exited with an error.
    void setTerminalExitGrace(int milliseconds) { m_exitGraceMilliseconds = milliseconds; }

    void start(const TerminalEmulator &terminal, const TerminalCommand &command);
    // Stops watching (the window stays open) and removes the private directory.
    void cancel();
    bool isRunning() const { return m_running; }

    // For display and tests: what the terminal was started with. No secret is ever in it.
    QString terminalProgram() const { return m_terminalProgram; }
    QStringList terminalArguments() const { return m_terminalArguments; }
    QString reportPath() const { return m_reportPath; }

    // The vector the terminal is asked to run (exposed for tests).
    static QStringList wrapperCommand(const QString &wharfBinary, const QString &reportPath,
                                      const TerminalCommand &command, bool waitOnFailure,
                                      bool environmentInArguments);

Q_SIGNALS:
    void started();
    void finished(const Wharf::RunReport &report);
    void failedQuickly(const Wharf::RunReport &report);
    void failed(const Wharf::Error &error);

private:
    void failLater(const Error &error);
    void checkReport();
    void onTerminalFinished(int exitCode, bool crashed);
    void finish();
    void releaseProcess();

    QString m_wharfBinary;
    QProcessEnvironment m_systemEnvironment = QProcessEnvironment::systemEnvironment();
    bool m_waitOnFailure = true;
    qint64 m_quickFailureMilliseconds = RunReport::QuickFailureMilliseconds;
    int m_pollIntervalMilliseconds = 500;
    int m_exitGraceMilliseconds = 3000;

    bool m_running = false;
    QString m_terminalName;
    QString m_terminalProgram;
    QStringList m_terminalArguments;
    QString m_reportPath;
    QByteArray m_terminalOutput;
    std::unique_ptr<QTemporaryDir> m_directory;
    QPointer<QProcess> m_process;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_pollTimer = nullptr;
};

} // namespace Wharf
