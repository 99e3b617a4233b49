// SPDX-License-Identifier: Apache-2.0
#include "TerminalSession.h"

#include "base/HostAccess.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// What the terminal printed itself (an X display error, a missing D-Bus service): the end
// is kept for the error message.
constexpr qsizetype TerminalOutputLimit = 8 * 1024;

} // namespace

TerminalSession::TerminalSession(QString wharfBinary, QObject *parent)
    : QObject(parent), m_wharfBinary(std::move(wharfBinary))
{
}

TerminalSession::~TerminalSession()
{
    releaseProcess();
}

QStringList TerminalSession::wrapperCommand(const QString &wharfBinary, const QString &reportPath,
                                            const TerminalCommand &command, bool waitOnFailure,
                                            bool environmentInArguments)
{
    QStringList argv = HostAccess::current().selfCommand(wharfBinary);
    argv << u"run-in-terminal"_s << u"--report"_s << reportPath;
    if (!waitOnFailure)
        argv << u"--no-wait"_s;
    if (!command.captureStderr)
        argv << u"--no-capture"_s;
    // Only for terminals that drop the environment, and only the plan's ordinary variables:
    // secrets never go into an argument vector (start() refuses those terminals).
    if (environmentInArguments) {
        for (const auto &[name, value] : command.environment)
            argv << u"--env"_s << name + u'=' + value;
    }
    // From a Flatpak the wrapper runs in a new instance of the sandbox, which may not see the
    // folder: it hands it to flatpak-spawn, which changes to it on the host.
    if (HostAccess::current().isSandboxed() && command.workingDirectory.startsWith(u'/'))
        argv << u"--directory"_s << command.workingDirectory;
    argv << u"--"_s << command.program << command.arguments;
    return argv;
}

void TerminalSession::failLater(const Error &error)
{
    // Queued, so that a caller connected after start() returned still hears it, and no
    // signal is emitted from inside start().
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            finish();
            Q_EMIT failed(error);
        },
        Qt::QueuedConnection);
}

void TerminalSession::start(const TerminalEmulator &terminal, const TerminalCommand &command)
{
    if (m_running) {
        failLater(Error(ErrorCode::InvalidConfiguration, tr("This terminal session is already running.")));
        return;
    }
    m_running = true;
    m_terminalName = terminal.displayName();
    m_terminalOutput.clear();

    if (!terminal.forwardsEnvironment() && !command.secrets.isEmpty()) {
        failLater(Error(ErrorCode::InvalidConfiguration,
                        tr("%1 runs commands in a window process of its own, so Wharf cannot pass the "
                           "secret this launch needs to it. Choose another terminal in the settings.")
                            .arg(terminal.displayName())));
        return;
    }
    const HostAccess &host = HostAccess::current();
    if (host.isSandboxed() && !command.secrets.isEmpty()) {
        // From the sandbox, every variable a host program gets travels as an argument of
        // flatpak-spawn, and a secret must never be an argument.
        failLater(Error(ErrorCode::InvalidConfiguration,
                        tr("Wharf runs as a Flatpak, so it cannot pass the registry password this launch "
                           "needs to the terminal. Log in once on the host (for example with "
                           "\"apptainer registry login\"), or install Wharf from its package.")));
        return;
    }

    // A private directory (0700) that only this user can read: the report lands there. From
    // the sandbox it must be one the wrapper, started by the host's terminal, sees too.
    const QString parent = host.sharedTemporaryDirectory();
    QDir().mkpath(parent);
    m_directory = std::make_unique<QTemporaryDir>(parent + u"/wharf-run-XXXXXX"_s);
    if (!m_directory->isValid()) {
        failLater(Error(ErrorCode::ProcessFailed,
                        tr("Cannot create a temporary folder for the terminal's report in \"%1\".")
                            .arg(QDir::toNativeSeparators(parent)),
                        m_directory->errorString()));
        return;
    }
    QFile::setPermissions(m_directory->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_reportPath = m_directory->filePath(u"report.json"_s);

    const QStringList wrapped =
        // From the sandbox the variables go as arguments too: the wrapper runs in a new
        // instance of the sandbox, which does not see the terminal's environment as the host has it.
        wrapperCommand(m_wharfBinary, m_reportPath, command, m_waitOnFailure,
                       !terminal.forwardsEnvironment() || host.isSandboxed());
    const auto arguments = terminal.arguments(wrapped, command.title);
    if (!arguments) {
        failLater(arguments.error());
        return;
    }
    m_terminalProgram = terminal.executable();
    m_terminalArguments = *arguments;

    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(m_directory->path());
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &TerminalSession::checkReport);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(m_pollIntervalMilliseconds);
    connect(m_pollTimer, &QTimer::timeout, this, &TerminalSession::checkReport);
    m_pollTimer->start();

    QProcessEnvironment environment = m_systemEnvironment;
    for (const auto &[name, value] : command.environment)
        environment.insert(name, value);
    for (const auto &[name, value] : command.secrets)
        environment.insert(name, value);

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_terminalProgram);
    process->setArguments(m_terminalArguments);
    process->setProcessEnvironment(environment);
    if (!command.workingDirectory.isEmpty())
        process->setWorkingDirectory(command.workingDirectory);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::readyRead, this, [this, process] {
        m_terminalOutput.append(process->readAll());
        if (m_terminalOutput.size() > TerminalOutputLimit)
            m_terminalOutput = m_terminalOutput.right(TerminalOutputLimit);
    });
    connect(process, &QProcess::started, this, &TerminalSession::started);
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_running)
            return;
        const bool missing = !QFileInfo(m_terminalProgram).isExecutable();
        const Error failure(missing ? ErrorCode::ProgramNotFound : ErrorCode::ProcessFailed,
                            tr("The terminal %1 could not be started. Install it, or choose another "
                               "terminal in the settings.")
                                .arg(m_terminalName),
                            m_process ? m_process->errorString() : QString());
        finish();
        Q_EMIT failed(failure);
    });
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onTerminalFinished(exitCode, status == QProcess::CrashExit);
    });
    host.prepare(*process);
    process->start();
}

void TerminalSession::onTerminalFinished(int exitCode, bool crashed)
{
    if (!m_running)
        return;
    checkReport();
    if (!m_running || (!crashed && exitCode == 0))
        return; // a terminal with a server (gnome-terminal) exits at once: wait for the report
    // The terminal failed. Its command may still have reported just before: give it a moment.
    QTimer::singleShot(m_exitGraceMilliseconds, this, [this, exitCode, crashed] {
        if (!m_running)
            return;
        checkReport();
        if (!m_running)
            return;
        const QString output = QString::fromLocal8Bit(m_terminalOutput).trimmed();
        const Error failure(ErrorCode::ProcessFailed,
                            crashed ? tr("The terminal %1 crashed before the command ran.").arg(m_terminalName)
                                    : tr("The terminal %1 ended with exit code %2 before the command ran. "
                                         "Is there a display (DISPLAY or WAYLAND_DISPLAY)? Otherwise "
                                         "choose another terminal in the settings.")
                                          .arg(m_terminalName)
                                          .arg(exitCode),
                            output);
        finish();
        Q_EMIT failed(failure);
    });
}

void TerminalSession::checkReport()
{
    if (!m_running || m_reportPath.isEmpty() || !QFileInfo::exists(m_reportPath))
        return;
    const auto report = RunReport::readFile(m_reportPath);
    finish();
    if (!report) {
        Q_EMIT failed(report.error());
        return;
    }
    if (report->failedQuickly(m_quickFailureMilliseconds))
        Q_EMIT failedQuickly(*report);
    Q_EMIT finished(*report);
}

void TerminalSession::cancel()
{
    finish();
}

void TerminalSession::finish()
{
    m_running = false;
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_watcher) {
        // Later: finish() may run inside the watcher's own signal.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_directory.reset(); // removes the report and the folder
    releaseProcess();
}

void TerminalSession::releaseProcess()
{
    QProcess *process = m_process;
    m_process = nullptr;
    if (!process)
        return;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Deleting a running QProcess kills it, and with it the user's terminal window. Let it
    // go instead: it deletes itself when the terminal ends (or is left to the OS at exit).
    process->setParent(nullptr);
    QObject::connect(process, &QProcess::readyRead, process, [process] { process->readAll(); });
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
}

} // namespace Wharf
