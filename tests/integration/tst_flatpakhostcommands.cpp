// SPDX-License-Identifier: Apache-2.0
// Wharf as a Flatpak (issue 7): every host program goes through `flatpak-spawn --host`.
// Flatpak cannot run here (no runtime, no session helper), so a stand-in plays flatpak-spawn
// (tests/support/flatpak-spawn-standin.sh: it reads the options as flatpak-spawn does and
// runs the program on this computer, which plays the host). What runs behind it is real: the
// diagnostics' CommandCall, Podman's API service, and the `wharf run-in-terminal` wrapper.
// The terminal chain through `flatpak run` is in tst_terminalsession.
#include "PrivatePodman.h"
#include "TestServices.h"
#include "base/HostAccess.h"
#include "diagnostics/CommandCall.h"
#include "diagnostics/CommandRunner.h"
#include "engine/EmbeddedPodmanService.h"
#include "engine/EngineClient.h"
#include "launch/RunReport.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_FlatpakHostCommands : public QObject
{
    Q_OBJECT

private:
    QString m_standIn;
    QTemporaryDir m_dir;

    QString logPath() const { return m_dir.filePath(u"spawn.log"_s); }
    // The calls the stand-in saw, each an argument vector.
    QList<QStringList> calls() const
    {
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> calls{QStringList()};
        for (const QString &line : QString::fromUtf8(log.readAll()).split(u'\n')) {
            if (line == u"--end--"_s)
                calls.append(QStringList());
            else if (!line.isEmpty())
                calls.last().append(line);
        }
        calls.removeLast();
        return calls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_standIn = qEnvironmentVariable("WHARF_TEST_SOURCE_DIR") + u"/support/flatpak-spawn-standin.sh"_s;
        QVERIFY2(QFileInfo(m_standIn).isExecutable(), qPrintable(m_standIn));
        qputenv("WHARF_FLATPAK_SPAWN_LOG", QFile::encodeName(logPath()));
        HostAccess::setCurrent(HostAccess::flatpak(u"cern.wharf.Wharf"_s, m_standIn, u"/"_s));
    }
    void cleanupTestCase() { HostAccess::setCurrent(HostAccess()); }
    void init() { QFile::remove(logPath()); }

    // The diagnostics' commands: untranslated output (LC_ALL=C travels with --env), from the
    // home folder, and the exit code comes back.
    void diagnosticsCommand()
    {
        CommandRunner runner;
        CommandCall *call = runner.start(u"/bin/sh"_s, {u"-c"_s, u"printf '%s|%s' \"$LC_ALL\" \"$PWD\"; exit 5"_s},
                                         std::chrono::seconds(20), this);
        std::optional<Result<CommandOutput>> result;
        connect(call, &CommandCall::finished, this, [&result](const Result<CommandOutput> &output) { result = output; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        QCOMPARE((*result)->exitCode, 5);
        QCOMPARE(QString::fromUtf8((*result)->standardOutput), u"C|"_s + QDir::homePath());

        const QList<QStringList> seen = calls();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().mid(0, 2), (QStringList{u"--host"_s, u"--watch-bus"_s}));
        QVERIFY(seen.first().contains(u"--env=LC_ALL=C"_s));
        QCOMPARE(seen.first().at(seen.first().indexOf(u"/bin/sh"_s) + 1), u"-c"_s);
    }

    // Podman's API service, started by Wharf on the host and reached through its socket.
    void podmanServiceOnTheHost()
    {
        Test::PrivatePodman podman;
        WHARF_REQUIRE_SERVICE(podman.missingReason());
        EmbeddedPodmanService service(podman.serviceOptions());
        QSignalSpy started(&service, &EmbeddedPodmanService::started);
        QSignalSpy failed(&service, &EmbeddedPodmanService::failed);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().toString()));

        QLocalSocket socket;
        socket.connectToServer(podman.socketPath());
        QVERIFY(socket.waitForConnected(5000));
        socket.disconnectFromServer();

        const QList<QStringList> seen = calls();
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().contains(u"--host"_s));
        QVERIFY(seen.first().contains(u"system"_s));
        QVERIFY(seen.first().contains(u"unix://"_s + podman.socketPath()));
        // Its private storage settings travel as a variable the sandbox does not have.
        QVERIFY(seen.first().contains(u"--env=CONTAINERS_CONF="_s + podman.serviceOptions().environment.value(u"CONTAINERS_CONF"_s)));
        service.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!service.isRunning(), 20000);
    }

    // The terminal's wrapper runs in the sandbox too: the command it runs goes to the host,
    // with the plan's variables and folder, and the report tells how it ended.
    void wrapperRunsTheCommandOnTheHost()
    {
        const QString wharf = qEnvironmentVariable("WHARF_BINARY");
        if (wharf.isEmpty() || !QFile::exists(wharf))
            WHARF_REQUIRE_SERVICE(u"WHARF_BINARY is not set or not built (build the wharf target)"_s);
        const QString folder = m_dir.filePath(u"analysis"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString report = m_dir.filePath(u"report.json"_s);

        QProcess wrapper;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"WHARF_TEST_FLATPAK_SPAWN"_s, m_standIn);
        wrapper.setProcessEnvironment(environment);
        wrapper.start(wharf, {u"run-in-terminal"_s, u"--report"_s, report, u"--no-wait"_s, u"--env"_s,
                              u"WHARF_PLAN=a value"_s, u"--directory"_s, folder, u"--"_s, u"sh"_s, u"-c"_s,
                              u"printf '%s|%s' \"$WHARF_PLAN\" \"$PWD\" > marker; echo broke >&2; exit 4"_s});
        QVERIFY(wrapper.waitForFinished(30000));
        QCOMPARE(wrapper.exitCode(), 4);

        QFile marker(folder + u"/marker"_s);
        QVERIFY(marker.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(marker.readAll()), u"a value|"_s + folder);
        const auto parsed = RunReport::readFile(report);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->exitCode(), std::optional<int>(4));
        QCOMPARE(parsed->stderrTail(), u"broke\n"_s);

        const QList<QStringList> seen = calls();
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().contains(u"--env=WHARF_PLAN=a value"_s));
        QVERIFY(seen.first().contains(u"--directory="_s + folder));
    }
};

QTEST_GUILESS_MAIN(tst_FlatpakHostCommands)
#include "tst_flatpakhostcommands.moc"
