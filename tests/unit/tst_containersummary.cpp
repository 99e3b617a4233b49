// SPDX-License-Identifier: Apache-2.0
#include "engine/ContainerSummary.h"

#include "EngineFixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class TestContainerSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<qint64>("created");

        QTest::newRow("docker") << u"docker"_s << QStringList{u"runner"_s, u"idle"_s, u"run1"_s}
                                << QStringList{u"running"_s, u"created"_s, u"exited"_s}
                                << u"sha256:7b4cf3d58770e68cc8b546f6e44316ba000a3383c598d48fc1940e28d1259f75"_s
                                << qint64(1795812225);
        QTest::newRow("podman") << u"podman"_s << QStringList{u"run1"_s, u"runner"_s, u"idle"_s}
                                << QStringList{u"exited"_s, u"running"_s, u"created"_s}
                                << u"sha256:5f321ed8f3241beef84989b41dcbe1785a672a1a6abf5fc7438e65e9fc1ecd75"_s
                                << qint64(1795812239);
    }

    void fixtures()
    {
        QFETCH(QString, engine);
        QFETCH(QStringList, names);
        QFETCH(QStringList, states);
        QFETCH(QString, imageId);
        QFETCH(qint64, created);

        const auto containers = ContainerSummary::listFromJson(readEngineFixture(engine, u"containers.json"_s));
        QVERIFY2(containers.ok(), qPrintable(containers.ok() ? QString() : containers.error().toString()));
        QCOMPARE(containers->size(), names.size());
        for (qsizetype i = 0; i < containers->size(); ++i) {
            const ContainerSummary &c = containers->at(i);
            QCOMPARE(c.names, QStringList{names.at(i)}); // leading "/" stripped
            QCOMPARE(c.state, states.at(i));
            QCOMPARE(c.imageId, imageId);
            QCOMPARE(c.image, u"localhost/test/busybox:1"_s);
            QCOMPARE(c.id.size(), 64);
            QVERIFY(!c.status.isEmpty());
            QCOMPARE(c.created, QDateTime::fromSecsSinceEpoch(created, Qt::UTC));
            QCOMPARE(c.labels.value(u"org.example.team"_s), u"physics"_s);
        }
        QVERIFY(containers->at(0).status.startsWith(engine == u"docker"_s ? u"Up "_s : u"Exited (3)"_s));
    }

    void names_data()
    {
        QTest::addColumn<QByteArray>("names");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one") << "[\"/web\"]"_ba << QStringList{u"web"_s};
        QTest::newRow("links") << "[\"/web\",\"/app/db\"]"_ba << QStringList{u"web"_s, u"app/db"_s};
        QTest::newRow("no slash") << "[\"web\"]"_ba << QStringList{u"web"_s};
        QTest::newRow("only slash") << "[\"/\",\"\"]"_ba << QStringList{};
        QTest::newRow("double slash") << "[\"//x\"]"_ba << QStringList{u"/x"_s};
        QTest::newRow("null") << "null"_ba << QStringList{};
        QTest::newRow("string") << "\"/solo\""_ba << QStringList{u"solo"_s};
        QTest::newRow("mixed") << "[1,\"/a\",null,{}]"_ba << QStringList{u"a"_s};
    }

    void names()
    {
        QFETCH(QByteArray, names);
        const auto containers = ContainerSummary::listFromJson("[{\"Id\":\"c1\",\"Names\":"_ba + names + "}]"_ba);
        QVERIFY(containers.ok());
        QCOMPARE(containers->size(), 1);
        QTEST(containers->first().names, "expected");
    }

    void unusableBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("object") << "{\"message\":\"client version 1.99 is too new\"}"_ba;
        QTest::newRow("truncated") << readEngineFixture(u"podman"_s, u"containers.json"_s).left(100);
        QTest::newRow("text") << "404 page not found\n"_ba;
        QTest::newRow("deep") << QByteArray(2000, '[');
        QTest::newRow("invalid UTF-8") << "[{\"Id\":\"\xfe\"}]"_ba;
    }

    void unusableBodies()
    {
        QFETCH(QByteArray, body);
        const auto containers = ContainerSummary::listFromJson(body);
        QVERIFY(!containers.ok());
        QCOMPARE(containers.error().code(), ErrorCode::ParseError);
        QVERIFY(containers.error().message().contains(u"container list"_s));
    }

    void badEntriesAreSkipped()
    {
        const auto containers = ContainerSummary::listFromJson(
            "[null, 3, {\"Names\":[\"/x\"]}, {\"Id\":7}, {\"Id\":\"ok\",\"State\":5,\"Status\":null,"
            "\"Created\":\"junk\",\"Labels\":\"a=b\",\"Image\":[],\"ImageID\":{}}]"_ba);
        QVERIFY(containers.ok());
        QCOMPARE(containers->size(), 1);
        const ContainerSummary &c = containers->first();
        QCOMPARE(c.id, u"ok"_s);
        QVERIFY(c.state.isEmpty());
        QVERIFY(c.status.isEmpty());
        QVERIFY(!c.created.isValid());
        QVERIFY(c.labels.isEmpty());
        QVERIFY(c.image.isEmpty());
        QVERIFY(c.imageId.isEmpty());
        QVERIFY(c.names.isEmpty());
    }

    void mounts_data()
    {
        QTest::addColumn<QByteArray>("mounts");
        QTest::addColumn<QStringList>("expected"); // "type|source|destination|mode|rw|propagation"
        QTest::newRow("docker bind") << R"([{"Type":"bind","Source":"/shared-mounts/cvmfs","Destination":"/cvmfs","Mode":"ro,rslave","RW":false,"Propagation":"rslave"}])"_ba
                                     << QStringList{u"bind|/shared-mounts/cvmfs|/cvmfs|ro,rslave|0|rslave"_s};
        QTest::newRow("podman bind") << R"([{"Type":"bind","Source":"/tmp","Destination":"/hosttmp","Mode":"","RW":false,"Propagation":"rslave"}])"_ba
                                     << QStringList{u"bind|/tmp|/hosttmp||0|rslave"_s};
        QTest::newRow("volume") << R"([{"Type":"volume","Name":"data","Source":"/var/lib/docker/volumes/data/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""}])"_ba
                                << QStringList{u"volume|/var/lib/docker/volumes/data/_data|/data|z|1|"_s};
        QTest::newRow("no RW means read-write") << R"([{"Destination":"/x"}])"_ba << QStringList{u"||/x||1|"_s};
        QTest::newRow("RW of another type") << R"([{"Destination":"/x","RW":"false"}])"_ba << QStringList{u"||/x||1|"_s};
        QTest::newRow("no destination skipped") << R"([{"Source":"/a"},{"Destination":""},{"Destination":"/b"}])"_ba
                                                << QStringList{u"||/b||1|"_s};
        QTest::newRow("junk entries") << R"([null,1,"x",[],{"Destination":7},{"Destination":"/ok","Source":{}}])"_ba
                                      << QStringList{u"||/ok||1|"_s};
        QTest::newRow("not an array") << R"({"Destination":"/x"})"_ba << QStringList{};
        QTest::newRow("null") << "null"_ba << QStringList{};
        QTest::newRow("embedded NUL") << "[{\"Destination\":\"/a\\u0000b\"}]"_ba
                                      << QStringList{u"||/a"_s + QChar(u'\0') + u"b||1|"_s};
    }

    void mounts()
    {
        QFETCH(QByteArray, mounts);
        QFETCH(QStringList, expected);
        const auto containers = ContainerSummary::listFromJson("[{\"Id\":\"c1\",\"Mounts\":"_ba + mounts + "}]"_ba);
        QVERIFY(containers.ok());
        QStringList got;
        for (const ContainerMount &m : containers->first().mounts) {
            got.append(QStringList{m.type, m.source, m.destination, m.mode, m.readWrite ? u"1"_s : u"0"_s,
                                   m.propagation}
                           .join(u'|'));
        }
        QCOMPARE(got, expected);
    }

    void ports_data()
    {
        QTest::addColumn<QByteArray>("ports");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("published") << R"([{"IP":"0.0.0.0","PrivatePort":8888,"PublicPort":8889,"Type":"tcp"}])"_ba
                                   << QStringList{u"0.0.0.0:8889->8888/tcp"_s};
        QTest::newRow("IPv6") << R"([{"IP":"::","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}])"_ba
                              << QStringList{u"[::]:8080->80/tcp"_s};
        QTest::newRow("exposed only") << R"([{"PrivatePort":53,"Type":"udp"}])"_ba << QStringList{u"53/udp"_s};
        QTest::newRow("no type") << R"([{"PrivatePort":22}])"_ba << QStringList{u"22/tcp"_s};
        QTest::newRow("out of range") << R"([{"PrivatePort":0},{"PrivatePort":70000},{"PrivatePort":-1},{"PrivatePort":"x"}])"_ba
                                      << QStringList{};
        QTest::newRow("bad public port") << R"([{"PrivatePort":80,"PublicPort":99999}])"_ba << QStringList{u"80/tcp"_s};
        QTest::newRow("junk") << R"([null,{},"80"])"_ba << QStringList{};
        QTest::newRow("not an array") << R"("80/tcp")"_ba << QStringList{};
    }

    void ports()
    {
        QFETCH(QByteArray, ports);
        QFETCH(QStringList, expected);
        const auto containers = ContainerSummary::listFromJson("[{\"Id\":\"c1\",\"Ports\":"_ba + ports + "}]"_ba);
        QVERIFY(containers.ok());
        QStringList got;
        for (const ContainerPort &port : containers->first().ports)
            got.append(port.toString());
        QCOMPARE(got, expected);
    }

    void nameAndCommand()
    {
        const auto containers = ContainerSummary::listFromJson(
            R"([{"Id":"0123456789abcdef0123","Command":"sh -c 'sleep 1'","State":"running"},{"Id":"x","Names":["/a","/b"]}])"_ba);
        QVERIFY(containers.ok());
        QCOMPARE(containers->at(0).name(), u"0123456789ab"_s);
        QCOMPARE(containers->at(0).command, u"sh -c 'sleep 1'"_s);
        QVERIFY(containers->at(0).isRunning());
        QCOMPARE(containers->at(1).name(), u"a"_s);
        QVERIFY(!containers->at(1).isRunning());
    }

    void emptyList()
    {
        const auto containers = ContainerSummary::listFromJson("[]\n"_ba);
        QVERIFY(containers.ok());
        QVERIFY(containers->isEmpty());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestContainerSummary)
#include "tst_containersummary.moc"
