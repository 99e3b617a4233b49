// SPDX-License-Identifier: Apache-2.0
#include "engine/ImageSummary.h"

#include "EngineFixtures.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// One entry with a field replaced, the rest as a real Docker entry.
QByteArray entryWith(const QByteArray &field)
{
    return "[{\"Id\":\"sha256:abc\",\"RepoTags\":[\"a/b:1\"],\"Created\":1795812187,"
           "\"Size\":100,\"Containers\":2"_ba
        + (field.isEmpty() ? QByteArray() : ","_ba + field) + "}]"_ba;
}

} // namespace

class TestImageSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockerFixture()
    {
        const auto images = ImageSummary::listFromJson(readEngineFixture(u"docker"_s, u"images.json"_s));
        QVERIFY2(images.ok(), qPrintable(images.ok() ? QString() : images.error().toString()));
        QCOMPARE(images->size(), 3);

        const ImageSummary &dangling = images->at(0);
        QCOMPARE(dangling.id, u"sha256:abc6290905a4b93f59f0d8e71212c20e50264ddb38a7fbf3c5f9c13801657d5e"_s);
        QVERIFY(dangling.repoTags.isEmpty()); // "<none>:<none>" dropped
        QVERIFY(dangling.repoDigests.isEmpty()); // "<none>@<none>" dropped
        QVERIFY(dangling.isDangling());
        QVERIFY(dangling.labels.isEmpty()); // null
        QCOMPARE(dangling.containers, -1);
        QCOMPARE(dangling.size, 1982305);
        QCOMPARE(dangling.created, utc(1795812225));
        QCOMPARE(dangling.created.timeSpec(), Qt::UTC);

        const ImageSummary &layered = images->at(1);
        QCOMPARE(layered.repoTags, QStringList{u"127.0.0.1:5557/test/layered:3"_s});
        QCOMPARE(layered.repoDigests,
                 QStringList{u"127.0.0.1:5557/test/layered@sha256:467def1218fe4d9204f0fd6c0f2bfb47b5919794f7c59cc5d3052c2b1a34dd2c"_s});
        QCOMPARE(layered.labels.value(u"stage"_s), u"two"_s);
        QCOMPARE(layered.labels.value(u"org.example.team"_s), u"physics"_s);
        QCOMPARE(layered.size, 20856673);
        QVERIFY(!layered.isDangling());

        const ImageSummary &busybox = images->at(2);
        QCOMPARE(busybox.repoTags, QStringList{u"localhost/test/busybox:1"_s});
        QVERIFY(busybox.repoDigests.isEmpty()); // null
    }

    void podmanFixture()
    {
        const auto images = ImageSummary::listFromJson(readEngineFixture(u"podman"_s, u"images.json"_s));
        QVERIFY(images.ok());
        QCOMPARE(images->size(), 3);

        const ImageSummary &busybox = images->at(0);
        QCOMPARE(busybox.repoTags,
                 (QStringList{u"localhost/test/busybox:latest"_s, u"localhost/test/busybox:1"_s}));
        QCOMPARE(busybox.containers, 3); // Podman counts
        QCOMPARE(busybox.size, 1997967);
        QCOMPARE(busybox.created, utc(1795812187));

        const ImageSummary &dangling = images->at(2);
        QVERIFY(dangling.repoTags.isEmpty()); // null
        QVERIFY(dangling.repoDigests.isEmpty()); // []
        QVERIFY(dangling.labels.isEmpty());
        QCOMPARE(dangling.containers, 0);
    }

    // Bodies that are unusable as a whole: a ParseError with a message.
    void unusableBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << " \r\n\t"_ba;
        QTest::newRow("object") << "{\"message\":\"page not found\"}"_ba;
        QTest::newRow("null") << "null"_ba;
        QTest::newRow("number") << "42"_ba;
        QTest::newRow("string") << "\"[]\""_ba;
        QTest::newRow("html") << "<html><body>502 Bad Gateway</body></html>"_ba;
        QTest::newRow("truncated") << readEngineFixture(u"docker"_s, u"images.json"_s).left(300);
        QTest::newRow("garbage after") << "[] x"_ba;
        QTest::newRow("invalid UTF-8") << "[{\"Id\":\"sha256:\xff\xfe\"}]"_ba;
        QTest::newRow("overlong UTF-8") << "[{\"Id\":\"\xc0\xaf\"}]"_ba;
        QTest::newRow("too deep") << QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::newRow("huge number") << "[{\"Id\":\"x\",\"Size\":1e400}]"_ba;
        QTest::newRow("NUL byte outside string") << QByteArray("[\0]", 3);
        QTest::newRow("binary") << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6);
    }

    void unusableBodies()
    {
        QFETCH(QByteArray, body);
        const auto images = ImageSummary::listFromJson(body);
        QVERIFY(!images.ok());
        QCOMPARE(images.error().code(), ErrorCode::ParseError);
        QVERIFY(!images.error().message().isEmpty());
        QVERIFY(images.error().message().contains(u"image list"_s));
    }

    // Bad entries in a valid list are skipped; the good ones stay.
    void badEntriesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("empty list") << "[]"_ba << QStringList{};
        QTest::newRow("non-objects") << "[1, \"x\", null, true, [], {\"Id\":\"ok\"}]"_ba << QStringList{u"ok"_s};
        QTest::newRow("no Id") << "[{}, {\"RepoTags\":[\"a:b\"]}]"_ba << QStringList{};
        QTest::newRow("Id of wrong type") << "[{\"Id\":5}, {\"Id\":null}, {\"Id\":[\"x\"]}, {\"Id\":{}}]"_ba
                                          << QStringList{};
        QTest::newRow("empty Id") << "[{\"Id\":\"\"}, {\"Id\":\"  \"}]"_ba << QStringList{};
        QTest::newRow("BOM") << "\xEF\xBB\xBF[{\"Id\":\"bom\"}]"_ba << QStringList{u"bom"_s};
        QTest::newRow("NUL inside a string") << QByteArray("[{\"Id\":\"a\0b\"}]", 14)
                                             << QStringList{QString::fromUtf8("a\0b", 3)};
    }

    void badEntriesAreSkipped()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, ids);
        const auto images = ImageSummary::listFromJson(body);
        QVERIFY2(images.ok(), qPrintable(images.ok() ? QString() : images.error().toString()));
        QStringList got;
        for (const ImageSummary &image : *images)
            got.append(image.id);
        QCOMPARE(got, ids);
    }

    // Every field of the wrong type or out of range: a sane value, never a crash.
    void fieldsOfWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QStringList>("repoTags");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("containers");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<int>("labelCount");

        const QStringList tags{u"a/b:1"_s};
        const QDateTime created = utc(1795812187);
        constexpr qint64 Max = std::numeric_limits<qint64>::max();
        constexpr int IntMax = std::numeric_limits<int>::max();

        QTest::newRow("as given") << QByteArray() << tags << qint64(100) << 2 << created << 0;
        QTest::newRow("RepoTags null") << "\"RepoTags\":null"_ba << QStringList{} << qint64(100) << 2 << created << 0;
        QTest::newRow("RepoTags string") << "\"RepoTags\":\"x:y\""_ba << QStringList{u"x:y"_s} << qint64(100) << 2 << created << 0;
        QTest::newRow("RepoTags number") << "\"RepoTags\":7"_ba << QStringList{} << qint64(100) << 2 << created << 0;
        QTest::newRow("RepoTags mixed") << "\"RepoTags\":[1,null,\"c:d\",{},\"<none>:<none>\",\"\"]"_ba
                                        << QStringList{u"c:d"_s} << qint64(100) << 2 << created << 0;
        QTest::newRow("Size negative, no VirtualSize") << "\"Size\":-5"_ba << tags << qint64(0) << 2 << created << 0;
        QTest::newRow("Size negative, VirtualSize") << "\"Size\":-1,\"VirtualSize\":77"_ba << tags << qint64(77) << 2 << created << 0;
        QTest::newRow("Size huge") << "\"Size\":1e300"_ba << tags << Max << 2 << created << 0;
        QTest::newRow("Size beyond qint64") << "\"Size\":92233720368547758070"_ba << tags << Max << 2 << created << 0;
        QTest::newRow("Size fraction") << "\"Size\":12.9"_ba << tags << qint64(12) << 2 << created << 0;
        QTest::newRow("Size string") << "\"Size\":\"12\""_ba << tags << qint64(12) << 2 << created << 0;
        QTest::newRow("Size junk string") << "\"Size\":\"12 MB\""_ba << tags << qint64(0) << 2 << created << 0;
        QTest::newRow("Size object") << "\"Size\":{}"_ba << tags << qint64(0) << 2 << created << 0;
        QTest::newRow("Containers -1") << "\"Containers\":-1"_ba << tags << qint64(100) << -1 << created << 0;
        QTest::newRow("Containers -7") << "\"Containers\":-7"_ba << tags << qint64(100) << -1 << created << 0;
        QTest::newRow("Containers huge") << "\"Containers\":5e20"_ba << tags << qint64(100) << IntMax << created << 0;
        QTest::newRow("Containers bool") << "\"Containers\":true"_ba << tags << qint64(100) << -1 << created << 0;
        QTest::newRow("Created string number") << "\"Created\":\"1795812187\""_ba << tags << qint64(100) << 2 << created << 0;
        QTest::newRow("Created RFC 3339") << "\"Created\":\"2026-11-27T20:43:07.29Z\""_ba << tags << qint64(100) << 2
                                          << utc(1795812187).addMSecs(290) << 0;
        QTest::newRow("Created junk") << "\"Created\":\"yesterday\""_ba << tags << qint64(100) << 2 << QDateTime() << 0;
        QTest::newRow("Created null") << "\"Created\":null"_ba << tags << qint64(100) << 2 << QDateTime() << 0;
        QTest::newRow("Created huge") << "\"Created\":1e300"_ba << tags << qint64(100) << 2 << QDateTime() << 0;
        QTest::newRow("Created Go zero time") << "\"Created\":-62135596800"_ba << tags << qint64(100) << 2 << QDateTime() << 0;
        QTest::newRow("Created epoch") << "\"Created\":0"_ba << tags << qint64(100) << 2 << utc(0) << 0;
        QTest::newRow("Labels null") << "\"Labels\":null"_ba << tags << qint64(100) << 2 << created << 0;
        QTest::newRow("Labels array") << "\"Labels\":[\"a=b\"]"_ba << tags << qint64(100) << 2 << created << 0;
        QTest::newRow("Labels mixed") << "\"Labels\":{\"a\":\"1\",\"b\":2,\"c\":null,\"d\":{\"e\":\"f\"},\"\":\"empty key\"}"_ba
                                      << tags << qint64(100) << 2 << created << 2;
        QTest::newRow("Labels deep") << "\"Labels\":{\"x\":"_ba + QByteArray(900, '[') + QByteArray(900, ']') + "}"_ba
                                     << tags << qint64(100) << 2 << created << 0;
    }

    void fieldsOfWrongTypes()
    {
        QFETCH(QByteArray, field);
        QFETCH(QStringList, repoTags);
        QFETCH(qint64, size);
        QFETCH(int, containers);
        QFETCH(QDateTime, created);
        QFETCH(int, labelCount);
        const auto images = ImageSummary::listFromJson(entryWith(field));
        QVERIFY2(images.ok(), qPrintable(images.ok() ? QString() : images.error().toString()));
        QCOMPARE(images->size(), 1);
        const ImageSummary &image = images->first();
        QCOMPARE(image.repoTags, repoTags);
        QCOMPARE(image.size, size);
        QCOMPARE(image.containers, containers);
        QCOMPARE(image.created, created);
        QCOMPARE(image.labels.size(), labelCount);
    }

    void manyImages()
    {
        QByteArray body = "["_ba;
        for (int i = 0; i < 10000; ++i) {
            if (i > 0)
                body += ',';
            body += "{\"Id\":\"sha256:"_ba + QByteArray::number(i) + "\",\"RepoTags\":[\"r/x:"_ba
                + QByteArray::number(i) + "\"],\"Created\":1795812187,\"Size\":1000,\"Containers\":-1}"_ba;
        }
        body += ']';
        const auto images = ImageSummary::listFromJson(body);
        QVERIFY(images.ok());
        QCOMPARE(images->size(), 10000);
        QCOMPARE(images->last().repoTags, QStringList{u"r/x:9999"_s});
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestImageSummary)
#include "tst_imagesummary.moc"
