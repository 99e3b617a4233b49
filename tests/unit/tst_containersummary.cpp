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
