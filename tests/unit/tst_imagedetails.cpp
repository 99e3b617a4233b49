// SPDX-License-Identifier: Apache-2.0
#include "engine/ImageDetails.h"

#include "EngineFixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QByteArray withConfig(const QByteArray &config)
{
    return "{\"Id\":\"sha256:1\",\"Config\":"_ba + config + "}"_ba;
}

} // namespace

class TestImageDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("repoTags");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QStringList>("entrypoint");
        QTest::addColumn<QStringList>("cmd");
        QTest::addColumn<QString>("workingDir");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("layerCount");
        QTest::addColumn<int>("labelCount");

        QTest::newRow("docker busybox")
            << u"docker"_s << u"image-busybox.json"_s
            << u"sha256:7b4cf3d58770e68cc8b546f6e44316ba000a3383c598d48fc1940e28d1259f75"_s
            << QStringList{u"localhost/test/busybox:1"_s} << utc(2026, 11, 27, 20, 43, 7, 290)
            << qint64(1982305) << QStringList{} << QStringList{u"sh"_s} << QString() << QString() << 1 << 1;
        QTest::newRow("docker layered")
            << u"docker"_s << u"image-layered.json"_s
            << u"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f"_s
            << QStringList{u"127.0.0.1:5557/test/layered:3"_s} << utc(2026, 11, 27, 20, 43, 17, 500)
            << qint64(20856673) << QStringList{u"/bin/sh"_s, u"-c"_s} << QStringList{u"echo hi"_s}
            << u"/tmp"_s << u"1000"_s << 3 << 2;
        QTest::newRow("podman busybox")
            << u"podman"_s << u"image-busybox.json"_s
            << u"sha256:5f321ed8f3241beef84989b41dcbe1785a672a1a6abf5fc7438e65e9fc1ecd75"_s
            << QStringList{u"localhost/test/busybox:latest"_s, u"localhost/test/busybox:1"_s}
            << utc(2026, 11, 27, 20, 43, 7, 332) << qint64(1997967) << QStringList{} << QStringList{u"sh"_s}
            << QString() << QString() << 1 << 1;
        QTest::newRow("podman layered")
            << u"podman"_s << u"image-layered.json"_s
            << u"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f"_s
            << QStringList{u"127.0.0.1:5557/test/layered:3"_s} << utc(2026, 11, 27, 20, 43, 17, 500)
            << qint64(20877752) << QStringList{u"/bin/sh"_s, u"-c"_s} << QStringList{u"echo hi"_s}
            << u"/tmp"_s << u"1000"_s << 3 << 2;
    }

    void fixtures()
    {
        QFETCH(QString, engine);
        QFETCH(QString, file);
        const QByteArray body = readEngineFixture(engine, file);
        const auto details = ImageDetails::fromJson(body);
        QVERIFY2(details.ok(), qPrintable(details.ok() ? QString() : details.error().toString()));
        QTEST(details->id, "id");
        QTEST(details->repoTags, "repoTags");
        QTEST(details->created, "created");
        QTEST(details->size, "size");
        QTEST(details->entrypoint, "entrypoint");
        QTEST(details->cmd, "cmd");
        QTEST(details->workingDir, "workingDir");
        QTEST(details->user, "user");
        QTEST(int(details->layers.size()), "layerCount");
        QTEST(int(details->labels.size()), "labelCount");
        QCOMPARE(details->env, QStringList{u"PATH=/bin"_s});
        QCOMPARE(details->architecture, u"amd64"_s);
        QCOMPARE(details->os, u"linux"_s);
        QCOMPARE(details->variant, QString());
        QCOMPARE(details->author, QString());
        QVERIFY(details->layers.first().startsWith(u"sha256:"_s));
        QCOMPARE(details->labels.value(u"org.example.team"_s), u"physics"_s);
        // The raw object is kept whole for the JSON view.
        QCOMPARE(details->raw.value(u"Id"_s).toString(), details->id);
        QVERIFY(details->raw.contains(u"GraphDriver"_s));
        QCOMPARE(details->raw.value(u"RootFS"_s).toObject().value(u"Layers"_s).toArray().size(),
                 details->layers.size());
    }

    // Entrypoint and Cmd come as null, a string or an array.
    void commandForms_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("entrypoint");
        QTest::addColumn<QStringList>("cmd");

        QTest::newRow("null") << "{\"Entrypoint\":null,\"Cmd\":null}"_ba << QStringList{} << QStringList{};
        QTest::newRow("missing") << "{}"_ba << QStringList{} << QStringList{};
        QTest::newRow("string") << "{\"Entrypoint\":\"/entry.sh\",\"Cmd\":\"run --fast\"}"_ba
                                << QStringList{u"/entry.sh"_s} << QStringList{u"run --fast"_s};
        QTest::newRow("array") << "{\"Entrypoint\":[\"/bin/sh\",\"-c\"],\"Cmd\":[\"echo\",\"a b\"]}"_ba
                               << QStringList{u"/bin/sh"_s, u"-c"_s} << QStringList{u"echo"_s, u"a b"_s};
        QTest::newRow("empty array") << "{\"Entrypoint\":[],\"Cmd\":[]}"_ba << QStringList{} << QStringList{};
        QTest::newRow("empty string element") << "{\"Cmd\":[\"\"]}"_ba << QStringList{} << QStringList{QString()};
        QTest::newRow("mixed array") << "{\"Cmd\":[\"a\",1,null,{},[\"b\"],\"c\"]}"_ba << QStringList{}
                                     << QStringList{u"a"_s, u"c"_s};
        QTest::newRow("number") << "{\"Entrypoint\":5,\"Cmd\":true}"_ba << QStringList{} << QStringList{};
        QTest::newRow("object") << "{\"Entrypoint\":{\"a\":\"b\"}}"_ba << QStringList{} << QStringList{};
        QTest::newRow("unicode") << "{\"Cmd\":[\"echo\",\"\\u00fc\\u20ac\xf0\x9f\x90\xb3\"]}"_ba << QStringList{}
                                 << QStringList{u"echo"_s, u"ü€🐳"_s};
    }

    void commandForms()
    {
        QFETCH(QByteArray, config);
        const auto details = ImageDetails::fromJson(withConfig(config));
        QVERIFY(details.ok());
        QTEST(details->entrypoint, "entrypoint");
        QTEST(details->cmd, "cmd");
    }

    void configOfWrongType_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("null") << "null"_ba;
        QTest::newRow("array") << "[]"_ba;
        QTest::newRow("string") << "\"x\""_ba;
        QTest::newRow("fields of wrong types")
            << "{\"Env\":\"PATH=/bin\",\"Labels\":[1],\"WorkingDir\":5,\"User\":{}}"_ba;
    }

    void configOfWrongType()
    {
        QFETCH(QByteArray, config);
        const auto details = ImageDetails::fromJson(withConfig(config));
        QVERIFY(details.ok());
        QCOMPARE(details->id, u"sha256:1"_s);
        QVERIFY(details->labels.isEmpty());
        QVERIFY(details->workingDir.isEmpty());
        QVERIFY(details->user.isEmpty());
    }

    void created_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("created");

        QTest::newRow("nanoseconds Z") << "\"2026-11-27T20:43:07.290260473Z\""_ba << utc(2026, 11, 27, 20, 43, 7, 290);
        QTest::newRow("no fraction") << "\"2026-11-27T20:43:07Z\""_ba << utc(2026, 11, 27, 20, 43, 7);
        QTest::newRow("one digit") << "\"2026-11-27T20:43:07.5Z\""_ba << utc(2026, 11, 27, 20, 43, 7, 500);
        QTest::newRow("offset +02:00") << "\"2026-11-27T22:43:07.000000000+02:00\""_ba << utc(2026, 11, 27, 20, 43, 7);
        QTest::newRow("offset -05:30") << "\"2026-11-27T15:13:07-05:30\""_ba << utc(2026, 11, 27, 20, 43, 7);
        QTest::newRow("lower case t z") << "\"2026-11-27t20:43:07z\""_ba << utc(2026, 11, 27, 20, 43, 7);
        QTest::newRow("leap second") << "\"2016-12-31T23:59:60Z\""_ba << utc(2016, 12, 31, 23, 59, 59);
        QTest::newRow("Go zero time") << "\"0001-01-01T00:00:00Z\""_ba << QDateTime();
        QTest::newRow("no zone") << "\"2026-11-27T20:43:07\""_ba << QDateTime();
        QTest::newRow("bad month") << "\"2026-13-27T20:43:07Z\""_ba << QDateTime();
        QTest::newRow("bad day") << "\"2026-02-30T20:43:07Z\""_ba << QDateTime();
        QTest::newRow("bad hour") << "\"2026-11-27T24:43:07Z\""_ba << QDateTime();
        QTest::newRow("bad offset") << "\"2026-11-27T20:43:07+25:00\""_ba << QDateTime();
        QTest::newRow("dot without digits") << "\"2026-11-27T20:43:07.Z\""_ba << QDateTime();
        QTest::newRow("trailing text") << "\"2026-11-27T20:43:07Zjunk\""_ba << QDateTime();
        QTest::newRow("truncated") << "\"2026-11-27T20:4\""_ba << QDateTime();
        QTest::newRow("arabic digits") << "\"\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6-11-27T20:43:07Z\""_ba << QDateTime();
        QTest::newRow("empty") << "\"\""_ba << QDateTime();
        QTest::newRow("null") << "null"_ba << QDateTime();
        QTest::newRow("seconds") << "1795812187"_ba << QDateTime::fromSecsSinceEpoch(1795812187, Qt::UTC);
        QTest::newRow("long fraction") << "\"2026-11-27T20:43:07.123456789012345678901234567890Z\""_ba
                                       << utc(2026, 11, 27, 20, 43, 7, 123);
    }

    void created()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, created);
        const auto details = ImageDetails::fromJson("{\"Id\":\"x\",\"Created\":"_ba + value + "}"_ba);
        QVERIFY(details.ok());
        QCOMPARE(details->created, created);
    }

    void unusableBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << "[]"_ba;
        QTest::newRow("no Id") << "{\"RepoTags\":[]}"_ba;
        QTest::newRow("Id not a string") << "{\"Id\":1}"_ba;
        QTest::newRow("docker 404 body") << readEngineFixture(u"docker"_s, u"image-notfound.json"_s);
        QTest::newRow("podman 404 body") << readEngineFixture(u"podman"_s, u"image-notfound.json"_s);
        QTest::newRow("truncated") << readEngineFixture(u"docker"_s, u"image-layered.json"_s).chopped(2);
        QTest::newRow("invalid UTF-8") << "{\"Id\":\"\xed\xa0\x80\"}"_ba;
        QTest::newRow("deep") << QByteArray(3000, '{');
    }

    void unusableBodies()
    {
        QFETCH(QByteArray, body);
        const auto details = ImageDetails::fromJson(body);
        QVERIFY(!details.ok());
        QCOMPARE(details.error().code(), ErrorCode::ParseError);
        QVERIFY(!details.error().message().isEmpty());
    }

    // An engine's error body carries its own message: keep it as the details.
    void errorBodyMessageIsKept()
    {
        const auto details = ImageDetails::fromJson(readEngineFixture(u"podman"_s, u"image-notfound.json"_s));
        QVERIFY(!details.ok());
        QVERIFY(details.error().details().contains(u"No such image"_s));
    }

    void sizesAndStrings()
    {
        const auto details = ImageDetails::fromJson(
            "{\"Id\":\"x\",\"Size\":-3,\"VirtualSize\":9,\"Architecture\":\"arm64\",\"Variant\":\"v8\","
            "\"Os\":\"linux\",\"Author\":\"CMS <cms@cern.ch>\",\"RootFS\":{\"Layers\":null},"
            "\"RepoTags\":[\"<none>:<none>\"],\"RepoDigests\":[\"<none>@<none>\"]}"_ba);
        QVERIFY(details.ok());
        QCOMPARE(details->size, 9);
        QCOMPARE(details->architecture, u"arm64"_s);
        QCOMPARE(details->variant, u"v8"_s);
        QCOMPARE(details->author, u"CMS <cms@cern.ch>"_s);
        QVERIFY(details->layers.isEmpty());
        QVERIFY(details->repoTags.isEmpty());
        QVERIFY(details->repoDigests.isEmpty());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestImageDetails)
#include "tst_imagedetails.moc"
