// SPDX-License-Identifier: Apache-2.0
#include "engine/PullProgress.h"

#include "EngineFixtures.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

PullProgress applyAll(const QByteArrayList &lines)
{
    PullProgress progress;
    for (const QByteArray &line : lines)
        progress.apply(line);
    return progress;
}

QStringList layerIds(const PullProgress &progress)
{
    QStringList ids;
    for (const PullProgress::Layer &layer : progress.layers())
        ids.append(layer.id);
    return ids;
}

} // namespace

class TestPullProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Whole streams captured from the engines.
    void fixtures_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("layers");
        QTest::addColumn<int>("doneLayers");
        QTest::addColumn<QString>("lastStatus");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<bool>("error");
        QTest::addColumn<double>("fraction");

        const QString digest = u"sha256:467def1218fe4d9204f0fd6c0f2bfb47b5919794f7c59cc5d3052c2b1a34dd2c"_s;
        QTest::newRow("docker pull")
            << u"docker"_s << u"pull.jsonl"_s
            << QStringList{u"6f3c7a78600e"_s, u"9d4452172019"_s, u"529c2775f5ae"_s} << 3
            << u"Status: Downloaded newer image for 127.0.0.1:5557/test/layered:3"_s << digest << false << 1.0;
        QTest::newRow("docker up to date")
            << u"docker"_s << u"pull-uptodate.jsonl"_s << QStringList{} << 0
            << u"Status: Image is up to date for 127.0.0.1:5557/test/layered:3"_s << digest << false << -1.0;
        QTest::newRow("docker not found (error body)")
            << u"docker"_s << u"pull-notfound.json"_s << QStringList{} << 0 << QString() << QString() << true << -1.0;
        QTest::newRow("docker import")
            << u"docker"_s << u"import.jsonl"_s << QStringList{} << 0
            << u"sha256:7b4cf3d58770e68cc8b546f6e44316ba000a3383c598d48fc1940e28d1259f75"_s << QString() << false << -1.0;
        QTest::newRow("docker load")
            << u"docker"_s << u"load.jsonl"_s << QStringList{} << 0
            << u"Loaded image: 127.0.0.1:5557/test/layered:3"_s << QString() << false << -1.0;
        QTest::newRow("podman pull")
            << u"podman"_s << u"pull.jsonl"_s
            << QStringList{u"9d4452172019"_s, u"6f3c7a78600e"_s, u"529c2775f5ae"_s, u"81d486669403"_s} << 4
            << QString() << QString() << false << 1.0;
        QTest::newRow("podman again")
            << u"podman"_s << u"pull-uptodate.jsonl"_s
            << QStringList{u"6f3c7a78600e"_s, u"9d4452172019"_s, u"529c2775f5ae"_s, u"81d486669403"_s} << 4
            << QString() << QString() << false << 1.0;
        QTest::newRow("podman error")
            << u"podman"_s << u"pull-error.jsonl"_s << QStringList{} << 0 << QString() << QString() << true << -1.0;
        QTest::newRow("podman import")
            << u"podman"_s << u"import.jsonl"_s << QStringList{} << 0
            << u"sha256:5f321ed8f3241beef84989b41dcbe1785a672a1a6abf5fc7438e65e9fc1ecd75"_s << QString() << false << -1.0;
        QTest::newRow("podman load")
            << u"podman"_s << u"load.jsonl"_s << QStringList{} << 0
            << u"Loaded image: 127.0.0.1:5557/test/layered:3"_s << QString() << false << -1.0;
    }

    void fixtures()
    {
        QFETCH(QString, engine);
        QFETCH(QString, file);
        QFETCH(int, doneLayers);
        QFETCH(bool, error);
        const QByteArrayList lines = readEngineFixtureLines(engine, file);
        QVERIFY(!lines.isEmpty());
        PullProgress progress;
        for (const QByteArray &line : lines)
            QVERIFY2(progress.apply(line), line.constData());
        QTEST(layerIds(progress), "layers");
        int done = 0;
        for (const PullProgress::Layer &layer : progress.layers())
            done += layer.done ? 1 : 0;
        QCOMPARE(done, doneLayers);
        QTEST(progress.lastStatus(), "lastStatus");
        QTEST(progress.digest(), "digest");
        QCOMPARE(progress.hasError(), error);
        QTEST(progress.fraction(), "fraction");
        if (error) {
            QCOMPARE(progress.error().code(), ErrorCode::EngineError);
            QVERIFY(progress.error().message().contains(progress.error().details()));
            QVERIFY(!progress.error().details().isEmpty());
        }
    }

    void dockerErrorTexts()
    {
        const PullProgress notFound = applyAll(readEngineFixtureLines(u"docker"_s, u"pull-notfound.json"_s));
        QVERIFY(notFound.error().details().contains(u"manifest unknown"_s));
        const PullProgress tls = applyAll(readEngineFixtureLines(u"podman"_s, u"pull-error.jsonl"_s));
        QVERIFY(tls.error().details().contains(u"server gave HTTP response to HTTPS client"_s));
    }

    // Step through the captured Docker stream: the bytes and the fraction only grow. (A layer
    // whose size becomes known late can still move the fraction a little in general.)
    void dockerProgressGrows()
    {
        const QByteArrayList lines = readEngineFixtureLines(u"docker"_s, u"pull.jsonl"_s);
        PullProgress progress;
        double lastFraction = -1;
        qint64 lastDone = 0;
        for (const QByteArray &line : lines) {
            QVERIFY(progress.apply(line));
            QVERIFY(progress.fraction() >= lastFraction);
            QVERIFY(progress.bytesDone() >= lastDone);
            QVERIFY(progress.bytesDone() <= progress.bytesTotal());
            lastFraction = progress.fraction();
            lastDone = progress.bytesDone();
        }
        QCOMPARE(progress.bytesTotal(), qint64(12586904 + 6293527));
        QCOMPARE(progress.bytesDone(), progress.bytesTotal());
        const PullProgress::Layer &big = progress.layers().at(2);
        QCOMPARE(big.status, u"Pull complete"_s);
        QCOMPARE(big.total, 12586904);
        QCOMPARE(progress.layers().at(0).status, u"Already exists"_s);
    }

    void partialStream()
    {
        // The first six lines: one layer exists, two download partly.
        const QByteArrayList lines = readEngineFixtureLines(u"docker"_s, u"pull.jsonl"_s).mid(0, 6);
        const PullProgress progress = applyAll(lines);
        QCOMPARE(progress.lastStatus(), u"Pulling from test/layered"_s);
        QCOMPARE(progress.layers().size(), 3);
        QCOMPARE(progress.bytesTotal(), qint64(12586904 + 6293527));
        QCOMPARE(progress.bytesDone(), qint64(131072 + 69213));
        QVERIFY(progress.fraction() > 0.0 && progress.fraction() < 0.02);
        // "Already exists" is no work: before any size is known there is no fraction.
        const PullProgress start = applyAll(lines.mid(0, 2));
        QCOMPARE(start.layers().size(), 1);
        QCOMPARE(start.fraction(), -1.0);
        const PullProgress waiting = applyAll(lines.mid(0, 3));
        QCOMPARE(waiting.fraction(), 0.0);
        QCOMPARE(progress.layers().at(1).status, u"Downloading"_s);
        QVERIFY(!progress.layers().at(1).done);
        QVERIFY(progress.layers().at(0).done);
    }

    void messages_data()
    {
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QStringList>("layers");
        QTest::addColumn<QString>("lastStatus");
        QTest::addColumn<qint64>("current");   // of the last layer
        QTest::addColumn<qint64>("total");     // of the last layer
        QTest::addColumn<bool>("done");        // of the last layer
        QTest::addColumn<bool>("error");

        constexpr qint64 Max = std::numeric_limits<qint64>::max();
        QTest::newRow("Pulling from is a tag, not a layer")
            << QByteArrayList{"{\"status\":\"Pulling from library/x\",\"id\":\"latest\"}"_ba}
            << QStringList{} << u"Pulling from library/x"_s << qint64(0) << qint64(0) << false << false;
        QTest::newRow("by digest")
            << QByteArrayList{"{\"status\":\"Pulling from library/x\",\"id\":\"sha256:0123\"}"_ba,
                              "{\"status\":\"Pulling fs layer\",\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << u"Pulling from library/x"_s << qint64(0) << qint64(0) << false << false;
        QTest::newRow("downloading")
            << QByteArrayList{"{\"status\":\"Downloading\",\"progressDetail\":{\"current\":5,\"total\":10},\"progress\":\"[=> ]\",\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << QString() << qint64(5) << qint64(10) << false << false;
        QTest::newRow("first-seen order, no duplicates")
            << QByteArrayList{"{\"status\":\"Waiting\",\"id\":\"b\"}"_ba, "{\"status\":\"Waiting\",\"id\":\"a\"}"_ba,
                              "{\"status\":\"Downloading\",\"id\":\"b\",\"progressDetail\":{\"current\":1,\"total\":2}}"_ba,
                              "{\"status\":\"Verifying Checksum\",\"id\":\"a\"}"_ba}
            << QStringList{u"b"_s, u"a"_s} << QString() << qint64(0) << qint64(0) << false << false;
        QTest::newRow("download complete is done")
            << QByteArrayList{"{\"status\":\"Download complete\",\"progressDetail\":{},\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << QString() << qint64(0) << qint64(0) << true << false;
        QTest::newRow("extracting keeps done")
            << QByteArrayList{"{\"status\":\"Download complete\",\"id\":\"abc\"}"_ba,
                              "{\"status\":\"Extracting\",\"progressDetail\":{\"current\":3,\"total\":9},\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << QString() << qint64(3) << qint64(9) << true << false;
        QTest::newRow("negative numbers")
            << QByteArrayList{"{\"status\":\"Downloading\",\"progressDetail\":{\"current\":-5,\"total\":-10},\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << QString() << qint64(0) << qint64(0) << false << false;
        QTest::newRow("current over total")
            << QByteArrayList{"{\"status\":\"Downloading\",\"progressDetail\":{\"current\":50,\"total\":10},\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << QString() << qint64(10) << qint64(10) << false << false;
        QTest::newRow("huge numbers")
            << QByteArrayList{"{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1e300,\"total\":1e300},\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << QString() << Max << Max << false << false;
        QTest::newRow("numbers as strings and junk")
            << QByteArrayList{"{\"status\":\"Downloading\",\"progressDetail\":{\"current\":\"7\",\"total\":[1]},\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << QString() << qint64(7) << qint64(0) << false << false;
        QTest::newRow("progressDetail of wrong type")
            << QByteArrayList{"{\"status\":\"Downloading\",\"progressDetail\":\"50%\",\"id\":\"abc\"}"_ba}
            << QStringList{u"abc"_s} << QString() << qint64(0) << qint64(0) << false << false;
        QTest::newRow("id of wrong type is no layer")
            << QByteArrayList{"{\"status\":\"Downloading\",\"id\":5}"_ba}
            << QStringList{} << u"Downloading"_s << qint64(0) << qint64(0) << false << false;
        QTest::newRow("status of wrong type")
            << QByteArrayList{"{\"status\":{\"x\":1},\"id\":\"abc\"}"_ba}
            << QStringList{} << QString() << qint64(0) << qint64(0) << false << false;
        QTest::newRow("podman stream lines")
            << QByteArrayList{"{\"stream\":\"Trying to pull docker.io/library/x:latest...\\n\"}"_ba,
                              "{\"stream\":\"Getting image source signatures\\n\"}"_ba}
            << QStringList{} << u"Getting image source signatures"_s << qint64(0) << qint64(0) << false << false;
        QTest::newRow("blank stream keeps the last status")
            << QByteArrayList{"{\"status\":\"Digest: sha256:1\"}"_ba, "{\"stream\":\"\\n\"}"_ba}
            << QStringList{} << u"Digest: sha256:1"_s << qint64(0) << qint64(0) << false << false;
        QTest::newRow("error with detail")
            << QByteArrayList{"{\"error\":\"short\",\"errorDetail\":{\"message\":\"long text\"}}"_ba}
            << QStringList{} << QString() << qint64(0) << qint64(0) << false << true;
        QTest::newRow("error of wrong type")
            << QByteArrayList{"{\"error\":5}"_ba}
            << QStringList{} << QString() << qint64(0) << qint64(0) << false << true;
        QTest::newRow("errorDetail only")
            << QByteArrayList{"{\"errorDetail\":{\"message\":\"denied\"}}"_ba}
            << QStringList{} << QString() << qint64(0) << qint64(0) << false << true;
        QTest::newRow("status with a message is no error")
            << QByteArrayList{"{\"status\":\"Waiting\",\"message\":\"x\"}"_ba}
            << QStringList{} << u"Waiting"_s << qint64(0) << qint64(0) << false << false;
    }

    void messages()
    {
        QFETCH(QByteArrayList, lines);
        QFETCH(QStringList, layers);
        const PullProgress progress = applyAll(lines);
        QCOMPARE(layerIds(progress), layers);
        QTEST(progress.lastStatus(), "lastStatus");
        QTEST(progress.hasError(), "error");
        if (!layers.isEmpty()) {
            const PullProgress::Layer &last = progress.layers().last();
            QTEST(last.current, "current");
            QTEST(last.total, "total");
            QTEST(last.done, "done");
        }
        QVERIFY(progress.fraction() == -1.0 || (progress.fraction() >= 0.0 && progress.fraction() <= 1.0));
        QVERIFY(progress.bytesDone() >= 0);
        QVERIFY(progress.bytesDone() <= progress.bytesTotal());
    }

    void errorTexts()
    {
        const PullProgress progress = applyAll(
            {"{\"error\":\"short\",\"errorDetail\":{\"message\":\"long text\"}}"_ba,
             "{\"error\":\"second\"}"_ba});
        QCOMPARE(progress.error().details(), u"long text"_s); // the detail, and the first error
        QVERIFY(progress.error().message().contains(u"long text"_s));
        const PullProgress noReason = applyAll({"{\"error\":5}"_ba});
        QVERIFY(!noReason.error().details().isEmpty());
    }

    void notAnObject_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << "[{\"status\":\"x\",\"id\":\"a\"}]"_ba;
        QTest::newRow("string") << "\"status\""_ba;
        QTest::newRow("truncated") << "{\"status\":\"Downloading\",\"progressDetail\":{\"cur"_ba;
        QTest::newRow("text") << "Downloading 50%"_ba;
        QTest::newRow("invalid UTF-8") << "{\"status\":\"\xff\",\"id\":\"a\"}"_ba;
        QTest::newRow("deep") << QByteArray(4000, '{');
        QTest::newRow("NUL") << QByteArray("\0\0\0", 3);
    }

    void notAnObject()
    {
        QFETCH(QByteArray, line);
        PullProgress progress;
        QVERIFY(progress.apply("{\"status\":\"Waiting\",\"id\":\"keep\"}"_ba));
        QVERIFY(!progress.apply(line));
        QCOMPARE(layerIds(progress), QStringList{u"keep"_s});
        QCOMPARE(progress.layers().first().status, u"Waiting"_s);
        QVERIFY(!progress.hasError());
    }

    void emptyState()
    {
        const PullProgress progress;
        QCOMPARE(progress.fraction(), -1.0);
        QCOMPARE(progress.bytesDone(), 0);
        QCOMPARE(progress.bytesTotal(), 0);
        QVERIFY(progress.layers().isEmpty());
        QVERIFY(!progress.hasError());
    }

    // Totals that would overflow when summed saturate instead.
    void sumsSaturate()
    {
        QByteArrayList lines;
        for (int i = 0; i < 5; ++i) {
            lines.append("{\"status\":\"Downloading\",\"progressDetail\":{\"current\":9e18,\"total\":9e18},\"id\":\"l"_ba
                         + QByteArray::number(i) + "\"}"_ba);
        }
        const PullProgress progress = applyAll(lines);
        QCOMPARE(progress.bytesTotal(), std::numeric_limits<qint64>::max());
        QCOMPARE(progress.bytesDone(), std::numeric_limits<qint64>::max());
        QCOMPARE(progress.fraction(), 1.0);
    }

    // A layer without a size counts as one of average size.
    void unknownSizeCountsAsAverage()
    {
        const PullProgress progress = applyAll(
            {"{\"status\":\"Downloading\",\"progressDetail\":{\"current\":50,\"total\":100},\"id\":\"a\"}"_ba,
             "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":300,\"total\":300},\"id\":\"b\"}"_ba,
             "{\"status\":\"Pulling fs layer\",\"id\":\"c\"}"_ba,
             "{\"status\":\"Download complete\",\"id\":\"d\"}"_ba,
             "{\"status\":\"Already exists\",\"id\":\"e\"}"_ba});
        // average 200: (50 + 300 + 0 + 200) / (100 + 300 + 200 + 200)
        QCOMPARE(progress.fraction(), 550.0 / 800.0);
        QCOMPARE(progress.bytesDone(), 350);
        QCOMPARE(progress.bytesTotal(), 400);
    }

    // Podman gives no byte counts: progress is the share of finished layers.
    void podmanFractionCountsLayers()
    {
        const QByteArrayList lines = readEngineFixtureLines(u"podman"_s, u"pull.jsonl"_s);
        PullProgress progress;
        for (qsizetype i = 0; i < 4; ++i) // three "Pulling fs layer", one "Download complete"
            QVERIFY(progress.apply(lines.at(i)));
        QCOMPARE(progress.bytesTotal(), 0);
        QCOMPARE(progress.fraction(), 1.0 / 3.0);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestPullProgress)
#include "tst_pullprogress.moc"
