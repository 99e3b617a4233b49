// SPDX-License-Identifier: Apache-2.0
#include "engine/ContainerDetails.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

// What Docker 20.10 and Podman 4.3 answer (trimmed to the fields Wharf reads, plus some it
// must ignore).
const QByteArray DockerRunning = R"({
  "Id": "8a2f64db1fe78991416d1e43c2f59ebde6612055223cec1c3ab779220e7b0e6f",
  "Created": "2026-11-28T10:32:46.123456789Z",
  "Path": "sh", "Args": ["-c", "sleep 300"],
  "State": {"Status": "running", "Running": true, "Paused": false, "Restarting": false, "OOMKilled": false,
            "Dead": false, "Pid": 4242, "ExitCode": 0, "Error": "",
            "StartedAt": "2026-11-28T10:32:47.5Z", "FinishedAt": "0001-01-01T00:00:00Z"},
  "Image": "sha256:1ea43f0fb94422df79e2a69c45199ea49f3b08cf4e235ec60a7429049d273bdb",
  "Name": "/wharf-analysis",
  "HostConfig": {"NetworkMode": "none", "RestartPolicy": {"Name": "no", "MaximumRetryCount": 0}},
  "Mounts": [{"Type": "bind", "Source": "/shared-mounts/cvmfs", "Destination": "/cvmfs", "Mode": "ro",
              "RW": false, "Propagation": "rslave"}],
  "Config": {"Hostname": "8a2f64db1fe7", "User": "1000:1000", "Tty": true, "Env": ["SECRET=hunter2"],
             "Cmd": ["sh", "-c", "sleep 300"], "Image": "localhost/test/busybox:1", "WorkingDir": "/home/alice/work",
             "Entrypoint": null, "Labels": {"wharf.strategy": "automounter"}}
})"_ba;

const QByteArray PodmanExited = R"({
  "Id": "2621549a1abd3037769109a2fffbd52e1064096d6ca051b764bb623ada196ca4",
  "Created": "2026-11-28T09:52:03.28598911Z",
  "State": {"Status": "exited", "Running": false, "Paused": false, "Restarting": false, "ExitCode": 137,
            "Error": "", "StartedAt": "2026-11-28T09:52:03.600529074Z", "FinishedAt": "2026-11-28T10:02:03.1+01:00",
            "Health": {"Status": "", "FailingStreak": 0, "Log": null}},
  "Image": "sha256:84f2db292c26b439ccef4ff66cf57f5f5327bbd8fe4876c59987392c7620be86",
  "Name": "px-tty",
  "HostConfig": {"RestartPolicy": {"Name": "always"}},
  "Mounts": [],
  "Config": {"Tty": false, "Cmd": null, "Entrypoint": ["/entry.sh"], "Image": "localhost/test/busybox:1",
             "WorkingDir": "", "Labels": null}
})"_ba;

} // namespace

class TestContainerDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockerRunning()
    {
        const auto parsed = ContainerDetails::fromJson(DockerRunning);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        const ContainerDetails &d = *parsed;
        QCOMPARE(d.id.size(), 64);
        QCOMPARE(d.name, u"wharf-analysis"_s);
        QCOMPARE(d.image, u"localhost/test/busybox:1"_s);
        QVERIFY(d.imageId.startsWith(u"sha256:"_s));
        QCOMPARE(d.state, u"running"_s);
        QVERIFY(d.running && !d.paused && !d.restarting);
        QCOMPARE(d.exitCode, 0);
        QCOMPARE(d.created, QDateTime(QDate(2026, 11, 28), QTime(10, 32, 46, 123), Qt::UTC));
        QCOMPARE(d.startedAt, QDateTime(QDate(2026, 11, 28), QTime(10, 32, 47, 500), Qt::UTC));
        QVERIFY(!d.finishedAt.isValid()); // Go's zero time: not finished
        QVERIFY(d.tty);
        QCOMPARE(d.user, u"1000:1000"_s);
        QCOMPARE(d.workingDirectory, u"/home/alice/work"_s);
        QCOMPARE(d.command, (QStringList{u"sh"_s, u"-c"_s, u"sleep 300"_s}));
        QVERIFY(d.entrypoint.isEmpty());
        QCOMPARE(d.restartPolicy, u"no"_s);
        QCOMPARE(d.labels.value(u"wharf.strategy"_s), u"automounter"_s);
        QCOMPARE(d.mounts.size(), 1);
        QCOMPARE(d.mounts.first().propagation, u"rslave"_s);
        QVERIFY(!d.mounts.first().readWrite);
    }

    void podmanExited()
    {
        const auto parsed = ContainerDetails::fromJson(PodmanExited);
        QVERIFY(parsed.ok());
        const ContainerDetails &d = *parsed;
        QCOMPARE(d.name, u"px-tty"_s); // no leading slash to strip
        QVERIFY(!d.running);
        QCOMPARE(d.exitCode, 137);
        QCOMPARE(d.finishedAt, QDateTime(QDate(2026, 11, 28), QTime(9, 2, 3, 100), Qt::UTC));
        QVERIFY(!d.tty);
        QVERIFY(d.command.isEmpty());
        QCOMPARE(d.entrypoint, QStringList{u"/entry.sh"_s});
        QCOMPARE(d.restartPolicy, u"always"_s);
        QVERIFY(d.labels.isEmpty());
        QVERIFY(d.mounts.isEmpty());
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("array") << "[]"_ba << false;
        QTest::newRow("error body") << R"({"message":"No such container: x"})"_ba << false;
        QTest::newRow("id of another type") << R"({"Id":42})"_ba << false;
        QTest::newRow("truncated") << DockerRunning.left(200) << false;
        QTest::newRow("garbage") << "\x00\x01\xff not json"_ba << false;
        QTest::newRow("deep") << QByteArray(5000, '[') << false;
        QTest::newRow("wrong types everywhere")
            << R"({"Id":"x","Name":7,"State":"running","Config":[],"HostConfig":null,"Mounts":{},"Created":12})"_ba
            << true;
        QTest::newRow("state of wrong types")
            << R"({"Id":"x","State":{"Running":"true","ExitCode":"boom","StartedAt":5,"FinishedAt":"yesterday"}})"_ba
            << true;
        QTest::newRow("huge exit code") << R"({"Id":"x","State":{"ExitCode":1e300}})"_ba << true;
    }

    void hostile()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto parsed = ContainerDetails::fromJson(body);
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QCOMPARE(parsed.error().code(), ErrorCode::ParseError);
            return;
        }
        // Whatever was unreadable is left at its default.
        QCOMPARE(parsed->id, u"x"_s);
        QVERIFY(!parsed->running);
        QVERIFY(!parsed->startedAt.isValid());
        QVERIFY(!parsed->finishedAt.isValid());
        QVERIFY(parsed->mounts.isEmpty());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestContainerDetails)
#include "tst_containerdetails.moc"
