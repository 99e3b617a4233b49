// SPDX-License-Identifier: Apache-2.0
#include "EngineFixtures.h"

#include "engine/PullProgress.h"
#include "models/PullProgressModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using Wharf::PullProgress;
using Wharf::PullProgressModel;

namespace {

using Layer = PullProgress::Layer;

bool sameLayer(const Layer &a, const Layer &b)
{
    return a.id == b.id && a.status == b.status && a.current == b.current && a.total == b.total
        && a.done == b.done;
}

QByteArrayList streamLines(const QString &source)
{
    // "docker/pull.jsonl": a captured stream; anything else: inline lines separated by '\n'.
    if (source.endsWith(u".jsonl"_s) || source.endsWith(u".json"_s)) {
        const qsizetype slash = source.indexOf(u'/');
        return Wharf::Test::readEngineFixtureLines(source.left(slash), source.mid(slash + 1));
    }
    QByteArrayList lines = source.toUtf8().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace

class tst_PullProgressModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stream_data();
    void stream();
    void hostileLines_data();
    void hostileLines();
    void sameSnapshotEmitsNothing();
    void anotherPullResets();
    void clear();
    void layerValues_data();
    void layerValues();
    void headersAndRoles();
};

void tst_PullProgressModel::stream_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("expectedIds");    // short ids, in row order
    QTest::addColumn<QList<int>>("expectedPercent"); // at the end
    QTest::addColumn<QStringList>("expectedProgress");

    QTest::newRow("docker pull")
        << u"docker/pull.jsonl"_s
        << QStringList{u"6f3c7a78600e"_s, u"9d4452172019"_s, u"529c2775f5ae"_s}
        << QList<int>{100, 100, 100}
        << QStringList{QString(), u"6.29 MB / 6.29 MB"_s, u"12.6 MB / 12.6 MB"_s};
    QTest::newRow("docker up to date")
        << u"docker/pull-uptodate.jsonl"_s << QStringList() << QList<int>() << QStringList();
    QTest::newRow("docker not found") << u"docker/pull-notfound.json"_s << QStringList()
                                      << QList<int>() << QStringList();
    QTest::newRow("podman pull")
        << u"podman/pull.jsonl"_s
        << QStringList{u"9d4452172019"_s, u"6f3c7a78600e"_s, u"529c2775f5ae"_s, u"81d486669403"_s}
        << QList<int>{100, 100, 100, 100}
        << QStringList{QString(), QString(), QString(), QString()};
    QTest::newRow("podman up to date")
        << u"podman/pull-uptodate.jsonl"_s
        << QStringList{u"6f3c7a78600e"_s, u"9d4452172019"_s, u"529c2775f5ae"_s, u"81d486669403"_s}
        << QList<int>{100, 100, 100, 100}
        << QStringList{QString(), QString(), QString(), QString()};
    QTest::newRow("podman error") << u"podman/pull-error.jsonl"_s << QStringList() << QList<int>()
                                  << QStringList();
    // Layers interleaved, full digests as ids (some registries' mirrors), a layer that stops
    // half way: the table shows where each one is.
    QTest::newRow("interleaved, full ids, unfinished")
        << uR"({"status":"Pulling from test/x","id":"1"}
{"status":"Pulling fs layer","progressDetail":{},"id":"sha256:aaaaaaaaaaaa1111111111111111111111111111111111111111111111111111"}
{"status":"Waiting","progressDetail":{},"id":"bbbbbbbbbbbb"}
{"status":"Downloading","progressDetail":{"current":500000,"total":1000000},"id":"sha256:aaaaaaaaaaaa1111111111111111111111111111111111111111111111111111"}
{"status":"Downloading","progressDetail":{"current":1,"total":4},"id":"bbbbbbbbbbbb"}
{"status":"Pulling fs layer","progressDetail":{},"id":"cccccccccccc"}
{"status":"Downloading","progressDetail":{"current":3,"total":4},"id":"bbbbbbbbbbbb"}
{"status":"Downloading","progressDetail":{"current":3,"total":4},"id":"bbbbbbbbbbbb"}
{"status":"Download complete","progressDetail":{},"id":"bbbbbbbbbbbb"}
{"status":"Extracting","progressDetail":{"current":1,"total":4},"id":"bbbbbbbbbbbb"}
)"_s << QStringList{u"aaaaaaaaaaaa"_s, u"bbbbbbbbbbbb"_s, u"cccccccccccc"_s}
        << QList<int>{50, 25, 0}
        << QStringList{u"500 kB / 1 MB"_s, u"1 B / 4 B"_s, QString()};
}

void tst_PullProgressModel::stream()
{
    QFETCH(QString, source);
    QFETCH(QStringList, expectedIds);
    QFETCH(QList<int>, expectedPercent);
    QFETCH(QStringList, expectedProgress);

    const QByteArrayList lines = streamLines(source);
    QVERIFY(!lines.isEmpty());

    PullProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);

    QSet<int> changedRows;
    int insertedAt = -1;
    int insertedLast = -1;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    QVERIFY2(!changedRows.contains(row), "a row reported twice for one update");
                    changedRows.insert(row);
                }
            });
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                insertedAt = first;
                insertedLast = last;
            });

    PullProgress progress;
    QStringList firstSeenIds; // full ids in the order they appeared
    for (const QByteArray &line : lines) {
        progress.apply(line);
        const QList<Layer> before = model.layers();
        changedRows.clear();
        insertedAt = insertedLast = -1;

        model.setProgress(progress);

        QCOMPARE(model.rowCount(), progress.layers().size());
        // Rows keep their positions; new layers come at the end, in one insertion.
        for (const Layer &layer : progress.layers()) {
            if (!firstSeenIds.contains(layer.id))
                firstSeenIds.append(layer.id);
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, PullProgressModel::LayerColumn)
                         .data(PullProgressModel::RawValueRole).toString(),
                     firstSeenIds.at(row));
        }
        if (model.rowCount() > before.size()) {
            QCOMPARE(insertedAt, before.size());
            QCOMPARE(insertedLast, model.rowCount() - 1);
        } else {
            QCOMPARE(insertedAt, -1);
        }
        // dataChanged exactly for the rows that changed.
        for (int row = 0; row < before.size(); ++row) {
            const bool changed = !sameLayer(before.at(row), model.layers().at(row));
            QVERIFY2(changed == changedRows.contains(row),
                     qPrintable(u"row %1: changed %2, reported %3 after line %4"_s.arg(row)
                                    .arg(changed)
                                    .arg(changedRows.contains(row))
                                    .arg(QString::fromUtf8(line))));
        }
    }
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removals.count(), 0);
    QCOMPARE(moves.count(), 0);

    QStringList ids;
    QList<int> percent;
    QStringList progressTexts;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, PullProgressModel::LayerColumn).data().toString());
        percent.append(model.index(row, PullProgressModel::ProgressColumn)
                           .data(PullProgressModel::RawValueRole).toInt());
        progressTexts.append(model.index(row, PullProgressModel::ProgressColumn).data().toString());
    }
    QCOMPARE(ids, expectedIds);
    QCOMPARE(percent, expectedPercent);
    QCOMPARE(progressTexts, expectedProgress);
}

void tst_PullProgressModel::hostileLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("expectedRows");

    QTest::newRow("garbage") << "\x01\x02 not json"_ba << 0;
    QTest::newRow("truncated") << R"({"status":"Downloading","progressDetail":{"cur)"_ba << 0;
    QTest::newRow("array") << "[1,2,3]"_ba << 0;
    QTest::newRow("embedded NUL") << QByteArray("{\"status\":\"Do\0wn\",\"id\":\"abc\"}", 30) << 0;
    QTest::newRow("wrong types")
        << R"({"status":"Downloading","progressDetail":{"current":"12","total":[1]},"id":"abcdef"})"_ba
        << 1;
    QTest::newRow("id is a number") << R"({"status":"Downloading","id":12})"_ba << 0;
    QTest::newRow("negative numbers")
        << R"({"status":"Downloading","progressDetail":{"current":-5,"total":-10},"id":"abcdef"})"_ba
        << 1;
    QTest::newRow("huge numbers")
        << R"({"status":"Downloading","progressDetail":{"current":1e300,"total":1e300},"id":"abcdef"})"_ba
        << 1;
    QTest::newRow("huge id") << (R"({"status":"Downloading","id":")"_ba + QByteArray(100000, 'a')
                                 + R"("})"_ba)
                             << 1;
}

void tst_PullProgressModel::hostileLines()
{
    QFETCH(QByteArray, line);
    QFETCH(int, expectedRows);

    PullProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PullProgress progress;
    progress.apply(line);
    model.setProgress(progress);
    QCOMPARE(model.rowCount(), expectedRows);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            QVERIFY(index.data().isValid());
            QVERIFY(index.data().toString().size() <= 100000);
        }
        const int percent = model.index(row, PullProgressModel::ProgressColumn)
                                .data(PullProgressModel::RawValueRole).toInt();
        QVERIFY(percent >= 0 && percent <= 100);
        const double fraction = model.index(row, 0).data(PullProgressModel::FractionRole).toDouble();
        QVERIFY(fraction == -1.0 || (fraction >= 0.0 && fraction <= 1.0));
        QVERIFY(model.index(row, PullProgressModel::LayerColumn).data().toString().size() <= 12);
    }
}

void tst_PullProgressModel::sameSnapshotEmitsNothing()
{
    PullProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PullProgress progress;
    for (const QByteArray &line : Wharf::Test::readEngineFixtureLines(u"docker"_s, u"pull.jsonl"_s))
        progress.apply(line);
    model.setProgress(progress);
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setProgress(progress);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(resets.count(), 0);
}

void tst_PullProgressModel::anotherPullResets()
{
    PullProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PullProgress first;
    for (const QByteArray &line : Wharf::Test::readEngineFixtureLines(u"docker"_s, u"pull.jsonl"_s))
        first.apply(line);
    model.setProgress(first);
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    PullProgress second;
    QVERIFY(second.apply(R"({"status":"Pulling fs layer","progressDetail":{},"id":"ffffffffffff"})"_ba));
    model.setProgress(second);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"ffffffffffff"_s);

    // Fewer layers than shown is another pull too.
    model.setProgress(PullProgress());
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void tst_PullProgressModel::clear()
{
    PullProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(resets.count(), 0); // nothing to clear: no signal

    PullProgress progress;
    for (const QByteArray &line : Wharf::Test::readEngineFixtureLines(u"podman"_s, u"pull.jsonl"_s))
        progress.apply(line);
    model.setProgress(progress);
    QCOMPARE(model.rowCount(), 4);
    model.clear();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void tst_PullProgressModel::layerValues_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("done");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("text");

    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    QTest::newRow("waiting") << u"Pulling fs layer"_s << 0ll << 0ll << false << -1.0 << 0 << QString();
    QTest::newRow("downloading")
        << u"Downloading"_s << 131072ll << 12586904ll << false << 131072.0 / 12586904.0 << 1
        << u"131 kB / 12.6 MB"_s;
    QTest::newRow("almost") << u"Downloading"_s << 999ll << 1000ll << false << 0.999 << 99
                            << u"999 B / 1 kB"_s;
    // The numbers of the last "Downloading" message are stale after "Download complete".
    QTest::newRow("download complete")
        << u"Download complete"_s << 10223616ll << 12586904ll << true << 1.0 << 100
        << u"12.6 MB / 12.6 MB"_s;
    QTest::newRow("extracting") << u"Extracting"_s << 65536ll << 6293527ll << true
                                << 65536.0 / 6293527.0 << 1 << u"65.5 kB / 6.29 MB"_s;
    QTest::newRow("already exists") << u"Already exists"_s << 0ll << 0ll << true << 1.0 << 100
                                    << QString();
    QTest::newRow("done without numbers") << u"Copying"_s << 0ll << 0ll << true << 1.0 << 100
                                          << QString();
    QTest::newRow("unknown total") << u"Downloading"_s << 2500000ll << 0ll << false << -1.0 << 0
                                   << u"2.5 MB"_s;
    QTest::newRow("current beyond total") << u"Downloading"_s << 50ll << 10ll << false << 1.0
                                          << 100 << u"50 B / 10 B"_s;
    QTest::newRow("huge") << u"Downloading"_s << Max << Max << false << 1.0 << 100
                          << u"9.22 EB / 9.22 EB"_s;
}

void tst_PullProgressModel::layerValues()
{
    QFETCH(QString, status);
    QFETCH(qint64, current);
    QFETCH(qint64, total);
    QFETCH(bool, done);
    QFETCH(double, fraction);
    QFETCH(int, percent);
    QFETCH(QString, text);

    const Layer layer{u"abc"_s, status, current, total, done};
    QCOMPARE(PullProgressModel::layerFraction(layer), fraction);
    QCOMPARE(PullProgressModel::layerPercent(layer), percent);
    QCOMPARE(PullProgressModel::layerProgressText(layer), text);
}

void tst_PullProgressModel::headersAndRoles()
{
    PullProgressModel model;
    QCOMPARE(model.columnCount(), int(PullProgressModel::ColumnCount));
    QCOMPARE(model.headerData(PullProgressModel::LayerColumn, Qt::Horizontal).toString(), u"Layer"_s);
    QCOMPARE(model.headerData(PullProgressModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
    QCOMPARE(model.headerData(PullProgressModel::ProgressColumn, Qt::Horizontal).toString(),
             u"Progress"_s);
    QCOMPARE(model.roleNames().value(PullProgressModel::RawValueRole), "rawValue"_ba);
    QCOMPARE(model.roleNames().value(PullProgressModel::FractionRole), "fraction"_ba);

    PullProgress progress;
    QVERIFY(progress.apply(
        R"({"status":"Downloading","progressDetail":{"current":250,"total":1000},"id":"sha256:0123456789abcdef"})"_ba));
    model.setProgress(progress);
    const QModelIndex layer = model.index(0, PullProgressModel::LayerColumn);
    QCOMPARE(layer.data().toString(), u"0123456789ab"_s);
    QCOMPARE(layer.data(Qt::ToolTipRole).toString(), u"sha256:0123456789abcdef"_s);
    const QModelIndex bar = model.index(0, PullProgressModel::ProgressColumn);
    QCOMPARE(bar.data(PullProgressModel::RawValueRole).toInt(), 25);
    QCOMPARE(bar.data(PullProgressModel::FractionRole).toDouble(), 0.25);
    QCOMPARE(bar.data(Qt::ToolTipRole).toString(), u"250 B / 1 kB (25%)"_s);
    QVERIFY(bar.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
}

QTEST_GUILESS_MAIN(tst_PullProgressModel)
#include "tst_pullprogressmodel.moc"
