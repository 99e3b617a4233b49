// SPDX-License-Identifier: Apache-2.0
// TerminalSession with a real terminal: xterm on a private Xvfb display runs the real
// `wharf run-in-terminal`, which runs the command.
#include "TestServices.h"
#include "base/HostAccess.h"
#include "launch/TerminalDetector.h"
#include "launch/TerminalSession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

class TestTerminalSession : public QObject
{
    Q_OBJECT

private:
    QString m_wharf;
    QProcess m_xvfb;
    QString m_display;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DISPLAY"_s, m_display);
        env.remove(u"WAYLAND_DISPLAY"_s);
        return env;
    }
    TerminalEmulator xterm() const
    {
        const auto terminal = TerminalDetector(environment(), TerminalDetector::Platform::Linux).detect(u"xterm"_s);
        return terminal.ok() ? *terminal : TerminalEmulator();
    }
    std::unique_ptr<TerminalSession> session() const
    {
        auto session = std::make_unique<TerminalSession>(m_wharf);
        session->setSystemEnvironment(environment());
        session->setWaitForEnterOnFailure(false);
        session->setPollInterval(100);
        return session;
    }

    // Waits for the end of a run; fails the test with the session's error if it failed.
    static bool awaitFinished(QSignalSpy &finished, QSignalSpy &failed)
    {
        QDeadlineTimer deadline(30000);
        while (finished.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
            QTest::qWait(50);
        if (finished.isEmpty() && failed.isEmpty()) {
            qWarning("The session neither finished nor failed in time.");
            return false;
        }
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed.first().first().value<Error>().toString()));
        return failed.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_wharf = qEnvironmentVariable("WHARF_BINARY");
        if (m_wharf.isEmpty() || !QFile::exists(m_wharf))
            WHARF_REQUIRE_SERVICE(u"WHARF_BINARY is not set or not built (build the wharf target)"_s);
        if (QStandardPaths::findExecutable(u"xterm"_s).isEmpty() || QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty())
            WHARF_REQUIRE_SERVICE(u"xterm and Xvfb are needed (Debian packages xterm, xvfb)"_s);
        // A private display: Xvfb picks a free number and writes it to stdout.
        m_xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-nolisten"_s, u"tcp"_s, u"-screen"_s, u"0"_s, u"1024x768x24"_s});
        QVERIFY(m_xvfb.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 20000);
        m_display = u":"_s + QString::fromLatin1(m_xvfb.readLine().trimmed());
    }
    void cleanupTestCase()
    {
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.terminate();
            if (!m_xvfb.waitForFinished(5000))
                m_xvfb.kill();
            m_xvfb.waitForFinished(5000);
        }
    }

    // Issue 5: under Xvfb, xterm runs a launch whose command writes a marker into the working
    // folder; the report says it finished.
    void markerInWorkingFolder()
    {
        QTemporaryDir work;
        TerminalCommand command;
        command.program = u"sh"_s;
        command.arguments = {u"-c"_s, u"printf %s \"$1\" > marker"_s, u"sh"_s, u"a b"_s};
        command.workingDirectory = work.path();
        command.title = u"Wharf: test"_s;
        auto terminal = session();
        QSignalSpy started(terminal.get(), &TerminalSession::started);
        QSignalSpy finished(terminal.get(), &TerminalSession::finished);
        QSignalSpy quick(terminal.get(), &TerminalSession::failedQuickly);
        QSignalSpy failed(terminal.get(), &TerminalSession::failed);
        terminal->start(xterm(), command);
        QVERIFY(terminal->terminalArguments().contains(u"run-in-terminal"_s));
        QVERIFY(awaitFinished(finished, failed));
        QCOMPARE(started.size(), 1);
        QCOMPARE(quick.size(), 0);
        const auto report = finished.first().first().value<RunReport>();
        QVERIFY(report.succeeded());
        QFile marker(work.filePath(u"marker"_s));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        QCOMPARE(marker.readAll(), "a b"_ba);
        // The private report folder is gone.
        QVERIFY(!QFile::exists(terminal->reportPath()));
    }

    // Hostile words go through xterm and the wrapper as themselves; secrets only in the
    // environment, never in the terminal's arguments.
    void hostileArgumentsAndSecrets()
    {
        QTemporaryDir work;
        const QStringList words{u"a b"_s, u"it's"_s, u"\"q\""_s, u"$(touch pwned)"_s, u"x; touch pwned2"_s,
                                u"l1\nl2"_s, u"-e"_s, u"--"_s, u""_s, u"back\\slash"_s, u"*"_s, u"-T"_s};
        TerminalCommand command;
        command.program = u"sh"_s;
        command.arguments = QStringList{u"-c"_s, u"printf '%s\\0' \"$@\" > words; printf %s \"$WHARF_SECRET\" > secret"_s, u"sh"_s}
            + words;
        command.secrets = {{u"WHARF_SECRET"_s, u"hunter2"_s}};
        command.workingDirectory = work.path();
        auto terminal = session();
        QSignalSpy finished(terminal.get(), &TerminalSession::finished);
        QSignalSpy failed(terminal.get(), &TerminalSession::failed);
        terminal->start(xterm(), command);
        for (const QString &argument : terminal->terminalArguments())
            QVERIFY(!argument.contains(u"hunter2"_s));
        QVERIFY(awaitFinished(finished, failed));
        QFile file(work.filePath(u"words"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes.chop(1);
        QCOMPARE(QString::fromUtf8(bytes).split(QChar(0)), words);
        QFile secret(work.filePath(u"secret"_s));
        QVERIFY(secret.open(QIODevice::ReadOnly));
        QCOMPARE(secret.readAll(), "hunter2"_ba);
        QVERIFY(!QFile::exists(work.filePath(u"pwned"_s)));
        QVERIFY(!QFile::exists(work.filePath(u"pwned2"_s)));
    }

    // Wharf as a Flatpak (issue 7). Flatpak cannot run here, so stand-ins play flatpak-spawn
    // (tests/support/flatpak-spawn-standin.sh) and `flatpak run` (a script that runs the
    // wrapper as the sandboxed instance would); xterm and the wrapper are real. The chain:
    // flatpak-spawn --host xterm -e flatpak run --command=wharf ID run-in-terminal ... --
    // and the wrapper's own flatpak-spawn --host for the command.
    void throughFlatpak()
    {
        const QString standIn = qEnvironmentVariable("WHARF_TEST_SOURCE_DIR") + u"/support/flatpak-spawn-standin.sh"_s;
        QVERIFY(QFileInfo(standIn).isExecutable());
        QTemporaryDir work;
        QTemporaryDir runtime; // the sandbox's $XDG_RUNTIME_DIR, where the report folder goes
        const QString bin = work.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        QFile flatpak(bin + u"/flatpak"_s);
        QVERIFY(flatpak.open(QIODevice::WriteOnly));
        flatpak.write("#!/bin/sh\n"
                      "# A stand-in for `flatpak run --command=wharf cern.wharf.Wharf ARGS...`\n"
                      "[ \"$1 $2 $3\" = 'run --command=wharf cern.wharf.Wharf' ] || { echo \"unexpected: $*\" >&2; exit 1; }\n"
                      "shift 3\n"
                      "exec env WHARF_TEST_FLATPAK_SPAWN=\"$STANDIN\" \"$WHARF_BINARY\" \"$@\"\n");
        flatpak.close();
        flatpak.setPermissions(flatpak.permissions() | QFileDevice::ExeOwner);

        const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        HostAccess::setCurrent(HostAccess::flatpak(u"cern.wharf.Wharf"_s, standIn, u"/"_s));
        const auto restore = qScopeGuard([&savedRuntime] {
            HostAccess::setCurrent(HostAccess());
            qputenv("XDG_RUNTIME_DIR", savedRuntime);
        });

        TerminalCommand command;
        command.program = u"sh"_s;
        command.arguments = {u"-c"_s, u"printf '%s|%s' \"$WHARF_PLAN\" \"$PWD\" > marker; exit 4"_s};
        command.environment = {{u"WHARF_PLAN"_s, u"a value"_s}};
        command.workingDirectory = work.path();
        auto terminal = session();
        QProcessEnvironment host = environment();
        host.insert(u"PATH"_s, bin + u':' + host.value(u"PATH"_s));
        host.insert(u"STANDIN"_s, standIn);
        host.insert(u"WHARF_BINARY"_s, m_wharf);
        terminal->setSystemEnvironment(host);
        QSignalSpy finished(terminal.get(), &TerminalSession::finished);
        QSignalSpy failed(terminal.get(), &TerminalSession::failed);
        terminal->start(xterm(), command);
        // The report folder is one the wrapper's sandbox sees too.
        QVERIFY2(terminal->reportPath().startsWith(runtime.path() + u"/app/cern.wharf.Wharf/"_s),
                 qPrintable(terminal->reportPath()));
        QVERIFY(awaitFinished(finished, failed));
        QCOMPARE(finished.first().first().value<RunReport>().exitCode(), std::optional<int>(4));
        QFile marker(work.filePath(u"marker"_s));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(marker.readAll()), u"a value|"_s + work.path());

        // A secret would travel as an argument of flatpak-spawn: refused, with the way out.
        command.secrets = {{u"WHARF_SECRET"_s, u"hunter2"_s}};
        auto refused = session();
        QSignalSpy refusal(refused.get(), &TerminalSession::failed);
        refused->start(xterm(), command);
        QVERIFY(refusal.wait(5000));
        const auto error = refusal.first().first().value<Error>();
        QCOMPARE(error.code(), ErrorCode::InvalidConfiguration);
        QVERIFY(error.message().contains(u"Flatpak"_s));
        QVERIFY(refused->terminalArguments().isEmpty());
    }

    // The command fails at once: Wharf hears failedQuickly with what it wrote to stderr.
    void quickFailure()
    {
        TerminalCommand command;
        command.program = u"sh"_s;
        command.arguments = {u"-c"_s, u"echo 'Unable to find image localhost/nope:1' >&2; exit 7"_s};
        auto terminal = session();
        QSignalSpy quick(terminal.get(), &TerminalSession::failedQuickly);
        QSignalSpy finished(terminal.get(), &TerminalSession::finished);
        QSignalSpy failed(terminal.get(), &TerminalSession::failed);
        terminal->start(xterm(), command);
        QVERIFY(awaitFinished(finished, failed));
        QCOMPARE(quick.size(), 1);
        const auto report = quick.first().first().value<RunReport>();
        QCOMPARE(report.exitCode(), std::optional<int>(7));
        QCOMPARE(report.stderrTail(), u"Unable to find image localhost/nope:1\n"_s);
    }

    // The terminal itself cannot start or dies at once: an error, not a hang.
    void terminalFailures()
    {
        TerminalCommand command;
        command.program = u"true"_s;
        {
            auto terminal = session();
            QSignalSpy failed(terminal.get(), &TerminalSession::failed);
            terminal->start(TerminalEmulator(TerminalEmulator::Kind::Xterm, u"/nonexistent/xterm"_s), command);
            QVERIFY(failed.wait(10000));
            QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::ProgramNotFound);
        }
        {
            auto terminal = session();
            QProcessEnvironment noDisplay = environment();
            noDisplay.insert(u"DISPLAY"_s, u":987654"_s);
            terminal->setSystemEnvironment(noDisplay);
            terminal->setTerminalExitGrace(200);
            QSignalSpy failed(terminal.get(), &TerminalSession::failed);
            terminal->start(xterm(), command);
            QVERIFY(failed.wait(20000));
            const auto error = failed.first().first().value<Error>();
            QCOMPARE(error.code(), ErrorCode::ProcessFailed);
            QVERIFY(!error.details().isEmpty()); // xterm's own words about the display
        }
        {
            // Secrets cannot go through a terminal that drops the environment.
            command.secrets = {{u"S"_s, u"v"_s}};
            auto terminal = session();
            QSignalSpy failed(terminal.get(), &TerminalSession::failed);
            terminal->start(TerminalEmulator(TerminalEmulator::Kind::Kgx, u"/bin/true"_s), command);
            QVERIFY(failed.wait(5000));
            QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::InvalidConfiguration);
        }
    }

    // What the terminal is asked to run, exactly.
    void wrapperCommand()
    {
        TerminalCommand command;
        command.program = u"docker"_s;
        command.arguments = {u"run"_s, u"-it"_s};
        command.environment = {{u"A"_s, u"1"_s}};
        command.secrets = {{u"S"_s, u"secret"_s}};
        QCOMPARE(TerminalSession::wrapperCommand(u"/w"_s, u"/r"_s, command, true, false),
                 (QStringList{u"/w"_s, u"run-in-terminal"_s, u"--report"_s, u"/r"_s, u"--"_s, u"docker"_s, u"run"_s, u"-it"_s}));
        command.captureStderr = false;
        QCOMPARE(TerminalSession::wrapperCommand(u"/w"_s, u"/r"_s, command, false, true),
                 (QStringList{u"/w"_s, u"run-in-terminal"_s, u"--report"_s, u"/r"_s, u"--no-wait"_s, u"--no-capture"_s,
                              u"--env"_s, u"A=1"_s, u"--"_s, u"docker"_s, u"run"_s, u"-it"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTerminalSession)
#include "tst_terminalsession.moc"
