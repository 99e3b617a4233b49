// SPDX-License-Identifier: Apache-2.0
#include "RunInTerminalCommand.h"

#include "base/HostAccess.h"
#include "launch/RunReport.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::RunInTerminalCommand)
};

void writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // the terminal went away: nothing left to tell
        data += written;
        size -= written;
    }
}

void writeText(int fd, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    writeAll(fd, bytes.constData(), bytes.size());
}

struct Options
{
    QString reportPath;
    bool wait = true;
    bool capture = true;
    QList<QByteArray> environment;
    QString directory;
    QStringList command;
};

std::optional<Options> parse(const QStringList &arguments, QString *error)
{
    Options options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s) {
            options.command = arguments.mid(i + 1);
            break;
        }
        if (argument == u"--report"_s && i + 1 < arguments.size()) {
            options.reportPath = arguments.at(++i);
        } else if (argument == u"--no-wait"_s) {
            options.wait = false;
        } else if (argument == u"--no-capture"_s) {
            options.capture = false;
        } else if (argument == u"--env"_s && i + 1 < arguments.size() && arguments.at(i + 1).indexOf(u'=') > 0) {
            options.environment.append(arguments.at(++i).toLocal8Bit());
        } else if (argument == u"--directory"_s && i + 1 < arguments.size() && arguments.at(i + 1).startsWith(u'/')) {
            options.directory = arguments.at(++i);
        } else {
            *error = Tr::tr("wharf run-in-terminal: unexpected argument \"%1\".\n").arg(argument);
            return std::nullopt;
        }
    }
    if (options.reportPath.isEmpty() || options.command.isEmpty() || options.command.first().isEmpty()) {
        *error = Tr::tr("Usage: wharf run-in-terminal --report FILE [--no-wait] [--no-capture] "
                        "[--env NAME=VALUE]... [--directory DIR] -- PROGRAM [ARGUMENTS...]\n"
                        "Runs PROGRAM in this terminal and writes how it ended to FILE. Wharf uses it "
                        "to run launches in a terminal window.\n");
        return std::nullopt;
    }
    return options;
}

// The last RunReport::StderrTailLimit bytes of a stream.
class Tail
{
public:
    void append(const char *data, qsizetype size)
    {
        m_bytes.append(data, size);
        if (m_bytes.size() > 2 * RunReport::StderrTailLimit) {
            m_bytes = m_bytes.right(RunReport::StderrTailLimit);
            m_truncated = true;
        }
    }
    QByteArray bytes() const { return m_bytes.right(RunReport::StderrTailLimit); }
    bool truncated() const { return m_truncated || m_bytes.size() > RunReport::StderrTailLimit; }

private:
    QByteArray m_bytes;
    bool m_truncated = false;
};

// Copies what is readable on fd to our stderr and the tail; false at end of stream.
bool forward(int fd, Tail &tail)
{
    char buffer[16384];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            writeAll(STDERR_FILENO, buffer, n);
            tail.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        return false;
    }
}

int waitFor(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return status;
}

// While the command runs, the terminal's Ctrl-C and Ctrl-\ are for it, and a closed window
// (SIGHUP) must still leave us alive to write the report.
class IgnoredSignals
{
public:
    IgnoredSignals()
    {
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        for (int i = 0; i < Count; ++i)
            ::sigaction(Signals[i], &ignore, &m_saved[i]);
    }
    ~IgnoredSignals()
    {
        for (int i = 0; i < Count; ++i)
            ::sigaction(Signals[i], &m_saved[i], nullptr);
    }
    IgnoredSignals(const IgnoredSignals &) = delete;
    IgnoredSignals &operator=(const IgnoredSignals &) = delete;

    // In the child, before exec: ignored signals would stay ignored across exec.
    static void resetInChild()
    {
        for (int signal : Signals)
            ::signal(signal, SIG_DFL);
    }

private:
    static constexpr int Count = 4;
    static constexpr int Signals[Count] = {SIGINT, SIGQUIT, SIGHUP, SIGPIPE};
    struct sigaction m_saved[Count];
};

} // namespace

int RunInTerminalCommand::run(const QStringList &arguments)
{
    QString usageError;
    const auto options = parse(arguments, &usageError);
    if (!options) {
        writeText(STDERR_FILENO, usageError);
        return 2;
    }

    // Everything exec needs, prepared before fork: the child only calls async-signal-safe
    // functions. The extra variables go into our own environment, which the child inherits;
    // from a Flatpak they go to flatpak-spawn, which starts the program on the host.
    QList<QPair<QString, QString>> hostEnvironment;
    for (const QByteArray &assignment : options->environment) {
        const qsizetype equals = assignment.indexOf('=');
        qputenv(assignment.left(equals).constData(), assignment.mid(equals + 1));
        hostEnvironment.append({QString::fromLocal8Bit(assignment.left(equals)),
                                QString::fromLocal8Bit(assignment.mid(equals + 1))});
    }
    const HostAccess &host = HostAccess::current();
    QByteArrayList argvBytes;
    for (const QString &word : host.hostCommand(options->command, hostEnvironment, options->directory))
        argvBytes.append(word.toLocal8Bit());
    // Outside a sandbox the child changes to the directory itself; flatpak-spawn does it on the host.
    const QByteArray directory = host.isSandboxed() ? QByteArray() : QFile::encodeName(options->directory);
    std::vector<char *> argv;
    for (QByteArray &word : argvBytes)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const QByteArray cannotEnter =
        Tr::tr("wharf: cannot change to the folder \"%1\": ").arg(options->directory).toLocal8Bit();
    const QByteArray cannotRun =
        Tr::tr("wharf: cannot run \"%1\": ").arg(options->command.first()).toLocal8Bit();

    int pipeFds[2] = {-1, -1};
    if (options->capture && ::pipe2(pipeFds, O_CLOEXEC) != 0) {
        writeText(STDERR_FILENO, Tr::tr("wharf: cannot create a pipe: %1\n").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return 126;
    }

    RunReport report;
    report.setCaptured(options->capture);
    Tail tail;
    int status = 0;
    {
        IgnoredSignals ignored;
        QElapsedTimer clock;
        clock.start();
        const pid_t pid = ::fork();
        if (pid < 0) {
            writeText(STDERR_FILENO, Tr::tr("wharf: cannot start a process: %1\n").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return 126;
        }
        if (pid == 0) {
            IgnoredSignals::resetInChild();
            if (!directory.isEmpty() && ::chdir(directory.constData()) != 0) {
                const int error = errno;
                writeAll(STDERR_FILENO, cannotEnter.constData(), cannotEnter.size());
                const char *reason = std::strerror(error);
                writeAll(STDERR_FILENO, reason, static_cast<qsizetype>(std::strlen(reason)));
                writeAll(STDERR_FILENO, "\n", 1);
                ::_exit(126);
            }
            if (options->capture)
                ::dup2(pipeFds[1], STDERR_FILENO); // the copy has no close-on-exec flag
            ::execvp(argv[0], argv.data());
            const int error = errno;
            writeAll(STDERR_FILENO, cannotRun.constData(), cannotRun.size());
            const char *reason = std::strerror(error);
            writeAll(STDERR_FILENO, reason, static_cast<qsizetype>(std::strlen(reason)));
            writeAll(STDERR_FILENO, "\n", 1);
            ::_exit(error == ENOENT ? 127 : 126);
        }
        if (options->capture) {
            ::close(pipeFds[1]);
            ::fcntl(pipeFds[0], F_SETFL, ::fcntl(pipeFds[0], F_GETFL) | O_NONBLOCK);
            // Until the command ends: a background process it left behind may keep the pipe
            // open, so the end is waitpid's, not the pipe's.
            bool open = true;
            bool exited = false;
            while (!exited) {
                if (open) {
                    pollfd descriptor{pipeFds[0], POLLIN, 0};
                    if (::poll(&descriptor, 1, 100) > 0)
                        open = forward(pipeFds[0], tail);
                } else {
                    ::usleep(50'000);
                }
                int childStatus = 0;
                const pid_t done = ::waitpid(pid, &childStatus, WNOHANG);
                if (done == pid) {
                    status = childStatus;
                    exited = true;
                } else if (done < 0 && errno != EINTR) {
                    status = -1;
                    exited = true;
                }
            }
            if (open)
                forward(pipeFds[0], tail); // what was written just before the end
            ::close(pipeFds[0]);
        } else {
            status = waitFor(pid);
        }
        report.setRuntimeMilliseconds(clock.elapsed());
    }

    int exitCode = 0;
    if (status >= 0 && WIFSIGNALED(status)) {
        report.setSignal(WTERMSIG(status));
        exitCode = 128 + WTERMSIG(status);
    } else {
        exitCode = status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : 126;
        report.setExitCode(exitCode);
    }
    report.setStderrTail(tail.bytes(), tail.truncated());

    // The report first: Wharf shows the error while the window still waits for Enter.
    if (const auto written = report.writeAtomically(options->reportPath); !written)
        writeText(STDERR_FILENO, written.error().toString() + u'\n');

    if (report.failedQuickly() && options->wait && ::isatty(STDIN_FILENO)) {
        writeText(STDERR_FILENO,
                  u"\n"_s + Tr::tr("Wharf: the command failed (%1). Press Enter to close.").arg(report.outcomeText()) + u'\n');
        char c = 0;
        while (true) {
            const ssize_t n = ::read(STDIN_FILENO, &c, 1);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0 || c == '\n')
                break;
        }
    }
    return exitCode;
}

} // namespace Wharf
