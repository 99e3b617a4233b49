// SPDX-License-Identifier: Apache-2.0
#include "launch/ContainerExecPlanner.h"
#include "launch/EngineRunPlanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class TestContainerExecPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellPlan_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("workdir");
        QTest::addColumn<QStringList>("argv");

        const QStringList bash = EngineRunPlanner::interactiveShellArguments(u"bash"_s);
        const QStringList zsh = EngineRunPlanner::interactiveShellArguments(u"zsh"_s);
        QTest::newRow("docker, default host")
            << int(EngineKind::Docker) << QString() << u"wharf-analysis"_s << u"bash"_s << QString()
            << (QStringList { u"docker"_s, u"exec"_s, u"-it"_s, u"wharf-analysis"_s } + bash);
        QTest::newRow("docker, private socket")
            << int(EngineKind::Docker) << u"unix:///tmp/wharf test/docker.sock"_s << u"c1"_s
            << u"sh"_s << QString()
            << QStringList { u"docker"_s, u"--host"_s, u"unix:///tmp/wharf test/docker.sock"_s,
                   u"exec"_s, u"-it"_s, u"c1"_s, u"sh"_s };
        QTest::newRow("podman, remote")
            << int(EngineKind::Podman) << u"unix:///run/user/1000/podman/podman.sock"_s
            << u"my.box_1-a"_s << u"zsh"_s << QString()
            << (QStringList { u"podman"_s, u"--remote"_s, u"--url"_s,
                    u"unix:///run/user/1000/podman/podman.sock"_s, u"exec"_s, u"-it"_s,
                    u"my.box_1-a"_s }
                   + zsh);
        QTest::newRow("by id, with a working directory")
            << int(EngineKind::Docker) << u"tcp://10.0.0.5:2376"_s
            << u"0dbb9e2be552753325c1f81fd886c2c55ee04a2887a4c15cc2075aca74d406bb"_s << u"sh"_s
            << u"/home/alice/my analysis"_s
            << QStringList { u"docker"_s, u"--host"_s, u"tcp://10.0.0.5:2376"_s, u"exec"_s,
                   u"-it"_s, u"-w"_s, u"/home/alice/my analysis"_s,
                   u"0dbb9e2be552753325c1f81fd886c2c55ee04a2887a4c15cc2075aca74d406bb"_s, u"sh"_s };
    }

    void shellPlan()
    {
        QFETCH(int, engine);
        QFETCH(QString, host);
        QFETCH(QString, container);
        QFETCH(QString, shell);
        QFETCH(QString, workdir);
        QFETCH(QStringList, argv);
        const Result<LaunchPlan> plan
            = ContainerExecPlanner::shellPlan(EngineKind(engine), host, container, shell, workdir);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->argv(), argv);
        QVERIFY(plan->environment.isEmpty());
        QVERIFY(plan->secretEnvironment.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("workdir");
        QTest::addColumn<QString>("field");

        QTest::newRow("leading dash")
            << QString() << u"--privileged"_s << u"bash"_s << QString() << u"container"_s;
        QTest::newRow("one dash") << QString() << u"-"_s << u"bash"_s << QString()
                                  << u"container"_s;
        QTest::newRow("empty") << QString() << QString() << u"bash"_s << QString()
                               << u"container"_s;
        QTest::newRow("one character")
            << QString() << u"a"_s << u"bash"_s << QString() << u"container"_s;
        QTest::newRow("semicolon")
            << QString() << u"a;rm -rf ~"_s << u"bash"_s << QString() << u"container"_s;
        QTest::newRow("command substitution")
            << QString() << u"x$(id)"_s << u"bash"_s << QString() << u"container"_s;
        QTest::newRow("space") << QString() << u"my box"_s << u"bash"_s << QString()
                               << u"container"_s;
        QTest::newRow("newline") << QString() << u"box\nrm"_s << u"bash"_s << QString()
                                 << u"container"_s;
        QTest::newRow("NUL") << QString() << u"box"_s + QChar(u'\0') << u"bash"_s << QString()
                             << u"container"_s;
        QTest::newRow("slash (a link name)")
            << QString() << u"app/db"_s << u"bash"_s << QString() << u"container"_s;
        QTest::newRow("quote") << QString() << u"it's"_s << u"bash"_s << QString()
                               << u"container"_s;
        QTest::newRow("non-ASCII")
            << QString() << u"bóx"_s << u"bash"_s << QString() << u"container"_s;
        QTest::newRow("shell with a command")
            << QString() << u"box"_s << u"bash; id"_s << QString() << u"shell"_s;
        QTest::newRow("unknown shell")
            << QString() << u"box"_s << u"fish"_s << QString() << u"shell"_s;
        QTest::newRow("empty shell")
            << QString() << u"box"_s << QString() << QString() << u"shell"_s;
        QTest::newRow("relative working directory")
            << QString() << u"box"_s << u"sh"_s << u"work"_s << u"workingDirectory"_s;
        QTest::newRow("dash working directory")
            << QString() << u"box"_s << u"sh"_s << u"-v"_s << u"workingDirectory"_s;
        QTest::newRow("host with a newline") << u"unix:///x.sock\n--privileged"_s << u"box"_s
                                             << u"sh"_s << QString() << u"engineHost"_s;
        QTest::newRow("host that is an option")
            << u"--tls"_s << u"box"_s << u"sh"_s << QString() << u"engineHost"_s;
    }

    void refused()
    {
        QFETCH(QString, host);
        QFETCH(QString, container);
        QFETCH(QString, shell);
        QFETCH(QString, workdir);
        QFETCH(QString, field);
        const Result<LaunchPlan> plan
            = ContainerExecPlanner::shellPlan(EngineKind::Docker, host, container, shell, workdir);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code(), ErrorCode::InvalidConfiguration);
        QCOMPARE(plan.error().details(), field);
        QVERIFY(!plan.error().message().isEmpty());
        if (field == u"container"_s) {
            const Result<LaunchPlan> logs
                = ContainerExecPlanner::logsPlan(EngineKind::Podman, host, container);
            QVERIFY(!logs.ok());
        }
    }

    void logsPlan_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("tail");
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("docker") << int(EngineKind::Docker) << QString() << 1000
                                << QStringList { u"docker"_s, u"logs"_s, u"--follow"_s, u"--tail"_s,
                                       u"1000"_s, u"cvmfs"_s };
        QTest::newRow("podman, all")
            << int(EngineKind::Podman) << u"unix:///p.sock"_s << -1
            << QStringList { u"podman"_s, u"--remote"_s, u"--url"_s, u"unix:///p.sock"_s, u"logs"_s,
                   u"--follow"_s, u"--tail"_s, u"all"_s, u"cvmfs"_s };
    }

    void logsPlan()
    {
        QFETCH(int, engine);
        QFETCH(QString, host);
        QFETCH(int, tail);
        QFETCH(QStringList, argv);
        const Result<LaunchPlan> plan
            = ContainerExecPlanner::logsPlan(EngineKind(engine), host, u"cvmfs"_s, tail);
        QVERIFY(plan.ok());
        QCOMPARE(plan->argv(), argv);
    }

    // The copyable command runs the same vector: every word quoted once.
    void commandLineQuotesTheHost()
    {
        const Result<LaunchPlan> plan = ContainerExecPlanner::shellPlan(
            EngineKind::Docker, u"unix:///tmp/a b/docker.sock"_s, u"box"_s, u"sh"_s);
        QVERIFY(plan.ok());
        QCOMPARE(
            plan->commandLine(), u"docker --host 'unix:///tmp/a b/docker.sock' exec -it box sh"_s);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestContainerExecPlanner)
#include "tst_containerexecplanner.moc"
