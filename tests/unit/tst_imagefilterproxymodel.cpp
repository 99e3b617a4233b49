// SPDX-License-Identifier: Apache-2.0
#include "models/ImageFilterProxyModel.h"
#include "models/ImageListModel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using Wharf::ImageFilterProxyModel;
using Wharf::ImageListModel;
using Wharf::ImageSummary;

namespace {

const QString DockerId = u"unix:///run/docker.sock"_s;
const QString PodmanId = u"unix:///run/podman/podman.sock"_s;
const QDateTime Now = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

QString idFor(const QString &name)
{
    return u"sha256:"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ImageSummary image(
    const QString &name, const QStringList &tags, qint64 size = 1000, int ageHours = 1)
{
    ImageSummary summary;
    summary.id = idFor(name);
    summary.repoTags = tags;
    summary.size = size;
    summary.created = Now.addSecs(-3600 * qint64(ageHours));
    return summary;
}

// Process CPU time: on a loaded CI machine wall time says little about the code.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

QStringList columnTexts(
    const QAbstractItemModel &model, int column, int role = ImageListModel::ReferenceRole)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(); ++r)
        texts.append(model.index(r, column).data(role).toString());
    return texts;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_ImageFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void filterText_data();
    void filterText();
    void danglingToggle();
    void engineFilter();
    void naturalTagOrder();
    void numericOrder_data();
    void numericOrder();
    void stringColumns_data();
    void stringColumns();
    void tiesAreStable();
    void followsSourceChanges();
    void resortsOnInUseAndTagChanges();
    void bulkInsertIntoSortedView();
    void staysSortedThroughRandomChanges_data();
    void staysSortedThroughRandomChanges();
    void sortTenThousand();

private:
    void fill();

    std::unique_ptr<ImageListModel> m_source;
    std::unique_ptr<ImageFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void tst_ImageFilterProxyModel::init()
{
    m_source = std::make_unique<ImageListModel>();
    m_source->setClock([] { return Now; });
    m_proxy = std::make_unique<ImageFilterProxyModel>();
    m_proxy->setSourceModel(m_source.get());
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_source.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void tst_ImageFilterProxyModel::cleanup()
{
    m_proxyTester.reset();
    m_sourceTester.reset();
    m_proxy.reset();
    m_source.reset();
}

void tst_ImageFilterProxyModel::fill()
{
    m_source->setEngineImages(DockerId, u"Docker"_s,
        { image(u"a9"_s, { u"cms/analysis:v1.9"_s }), image(u"a10"_s, { u"cms/analysis:v1.10"_s }),
            image(u"a2"_s, { u"cms/analysis:v1.2"_s }),
            image(u"root"_s, { u"registry.cern.ch/root/root:6.30"_s }),
            image(u"bb"_s, { u"busybox:latest"_s }), image(u"dangling"_s, {}) });
    m_source->setEngineImages(PodmanId, u"Podman"_s,
        { image(u"pbb"_s, { u"docker.io/library/busybox:1"_s }),
            image(u"pa"_s, { u"cms/analysis:latest"_s }) });
}

void tst_ImageFilterProxyModel::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // references

    const QStringList all = { u"cms/analysis:v1.9"_s, u"cms/analysis:v1.10"_s,
        u"cms/analysis:v1.2"_s, u"registry.cern.ch/root/root:6.30"_s, u"busybox:latest"_s,
        u"docker.io/library/busybox:1"_s, u"cms/analysis:latest"_s };
    const QStringList analysis = { u"cms/analysis:v1.9"_s, u"cms/analysis:v1.10"_s,
        u"cms/analysis:v1.2"_s, u"cms/analysis:latest"_s };
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("blanks only") << u"  \t "_s << all;
    QTest::newRow("repository part") << u"cms"_s << analysis;
    QTest::newRow("case-insensitive, two words") << u"ANALYSIS Cms"_s << analysis;
    QTest::newRow("every word must match")
        << u"analysis v1.1"_s << QStringList { u"cms/analysis:v1.10"_s };
    QTest::newRow("tag only") << u"latest"_s
                              << QStringList { u"busybox:latest"_s, u"cms/analysis:latest"_s };
    QTest::newRow("repo:tag") << u"busybox:1"_s << QStringList { u"docker.io/library/busybox:1"_s };
    QTest::newRow("short id") << idFor(u"root"_s).mid(7, 12)
                              << QStringList { u"registry.cern.ch/root/root:6.30"_s };
    QTest::newRow("short id, upper case") << idFor(u"root"_s).mid(7, 12).toUpper()
                                          << QStringList { u"registry.cern.ch/root/root:6.30"_s };
    QTest::newRow("full id") << idFor(u"bb"_s) << QStringList { u"busybox:latest"_s };
    QTest::newRow("blanks around words")
        << u"  root \t 6.30  "_s << QStringList { u"registry.cern.ch/root/root:6.30"_s };
    QTest::newRow("no match") << u"tensorflow"_s << QStringList();
    QTest::newRow("one word misses") << u"busybox nothing"_s << QStringList();
    QTest::newRow("engine name is not searched") << u"podman"_s << QStringList();
}

void tst_ImageFilterProxyModel::filterText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    fill();
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text);
    QCOMPARE(sorted(columnTexts(*m_proxy, 0)), sorted(expected));
}

void tst_ImageFilterProxyModel::danglingToggle()
{
    fill();
    QVERIFY(!m_proxy->showDangling());
    QCOMPARE(m_proxy->rowCount(), 7);
    m_proxy->setShowDangling(true);
    QCOMPARE(m_proxy->rowCount(), 8);
    QVERIFY(columnTexts(*m_proxy, 0).contains(idFor(u"dangling"_s)));
    m_proxy->setFilterText(u"<none>"_s);
    QCOMPARE(columnTexts(*m_proxy, 0), QStringList { idFor(u"dangling"_s) });
    m_proxy->setFilterText(idFor(u"dangling"_s).mid(7, 12));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setShowDangling(false);
    QCOMPARE(m_proxy->rowCount(), 0);

    // An image that loses its last tag disappears from the default view.
    m_proxy->setFilterText({});
    m_source->upsertImage(DockerId, image(u"bb"_s, {}));
    QCOMPARE(m_proxy->rowCount(), 6);
}

void tst_ImageFilterProxyModel::engineFilter()
{
    fill();
    m_proxy->setEngineFilter(PodmanId);
    QCOMPARE(m_proxy->engineFilter(), PodmanId);
    QCOMPARE(sorted(columnTexts(*m_proxy, 0)),
        sorted({ u"docker.io/library/busybox:1"_s, u"cms/analysis:latest"_s }));
    m_proxy->setFilterText(u"busybox"_s);
    QCOMPARE(columnTexts(*m_proxy, 0), QStringList { u"docker.io/library/busybox:1"_s });
    m_proxy->setEngineFilter(DockerId);
    QCOMPARE(columnTexts(*m_proxy, 0), QStringList { u"busybox:latest"_s });
    m_proxy->setEngineFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setEngineFilter(u"gone"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void tst_ImageFilterProxyModel::naturalTagOrder()
{
    m_source->setEngineImages(DockerId, u"Docker"_s,
        { image(u"1"_s, { u"x:v1.10"_s }), image(u"2"_s, { u"x:v1.9"_s }),
            image(u"3"_s, { u"x:v1.2"_s }), image(u"4"_s, { u"x:V1.11"_s }),
            image(u"5"_s, { u"x:v2.0"_s }), image(u"6"_s, { u"x:v1.9.1"_s }),
            image(u"7"_s, { u"x:CMSSW_13_0_10"_s }), image(u"8"_s, { u"x:CMSSW_13_0_9"_s }) });
    m_proxy->sort(ImageListModel::TagColumn, Qt::AscendingOrder);
    QCOMPARE(columnTexts(*m_proxy, ImageListModel::TagColumn, Qt::DisplayRole),
        QStringList({ u"CMSSW_13_0_9"_s, u"CMSSW_13_0_10"_s, u"v1.2"_s, u"v1.9"_s, u"v1.9.1"_s,
            u"v1.10"_s, u"V1.11"_s, u"v2.0"_s }));
    m_proxy->sort(ImageListModel::TagColumn, Qt::DescendingOrder);
    QCOMPARE(columnTexts(*m_proxy, ImageListModel::TagColumn, Qt::DisplayRole).first(), u"v2.0"_s);
}

void tst_ImageFilterProxyModel::numericOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("created") << int(ImageListModel::CreatedColumn);
    QTest::newRow("size") << int(ImageListModel::SizeColumn);
}

void tst_ImageFilterProxyModel::numericOrder()
{
    QFETCH(int, column);
    // As text, "999 B" > "3 GB" > "20 kB" > "1 kB" and "9 hours ago" > "2 days ago": the raw
    // values must decide.
    QList<ImageSummary> list
        = { image(u"a"_s, { u"a:1"_s }, 999, 9), image(u"b"_s, { u"b:1"_s }, 3'000'000'000, 48),
              image(u"c"_s, { u"c:1"_s }, 20'000, 24 * 400), image(u"d"_s, { u"d:1"_s }, 1'000, 1),
              image(u"e"_s, { u"e:1"_s }, 5, 24 * 30) };
    list[4].created = QDateTime(); // unknown: the oldest
    m_source->setEngineImages(DockerId, u"Docker"_s, list);

    m_proxy->sort(column, Qt::AscendingOrder);
    const QStringList ascending
        = columnTexts(*m_proxy, ImageListModel::RepositoryColumn, Qt::DisplayRole);
    if (column == ImageListModel::SizeColumn)
        QCOMPARE(ascending, QStringList({ u"e"_s, u"a"_s, u"d"_s, u"c"_s, u"b"_s }));
    else
        QCOMPARE(ascending, QStringList({ u"e"_s, u"c"_s, u"b"_s, u"a"_s, u"d"_s }));

    m_proxy->sort(column, Qt::DescendingOrder);
    QStringList descending
        = columnTexts(*m_proxy, ImageListModel::RepositoryColumn, Qt::DisplayRole);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
}

void tst_ImageFilterProxyModel::stringColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected"); // references, ascending

    QTest::newRow("repository, case-insensitive")
        << int(ImageListModel::RepositoryColumn)
        << QStringList({ u"alpha/y:1"_s, u"Beta/z:1"_s, u"beta/z:2"_s, u"zeta/x:1"_s });
    QTest::newRow("engine, then repository")
        << int(ImageListModel::EngineColumn)
        << QStringList({ u"alpha/y:1"_s, u"beta/z:2"_s, u"zeta/x:1"_s, u"Beta/z:1"_s });
    QTest::newRow("in use") << int(ImageListModel::InUseColumn)
                            << QStringList(
                                   { u"beta/z:2"_s, u"zeta/x:1"_s, u"alpha/y:1"_s, u"Beta/z:1"_s });
}

void tst_ImageFilterProxyModel::stringColumns()
{
    QFETCH(int, column);
    QFETCH(QStringList, expected);
    m_source->setEngineImages(DockerId, u"Docker"_s,
        { image(u"z"_s, { u"zeta/x:1"_s }), image(u"a"_s, { u"alpha/y:1"_s }),
            image(u"b2"_s, { u"beta/z:2"_s }) });
    m_source->setEngineImages(PodmanId, u"Podman"_s, { image(u"b1"_s, { u"Beta/z:1"_s }) });
    m_source->setImagesInUse(DockerId, { { idFor(u"a"_s), 1 } });
    m_source->setImagesInUse(PodmanId, { { idFor(u"b1"_s), 3 } });
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(columnTexts(*m_proxy, 0), expected);
}

void tst_ImageFilterProxyModel::tiesAreStable()
{
    // Same size everywhere: repository, then tag (naturally), then engine decide.
    const QList<ImageSummary> list = { image(u"3"_s, { u"b:v10"_s }), image(u"1"_s, { u"b:v9"_s }),
        image(u"2"_s, { u"a:2"_s }), image(u"4"_s, { u"B:v9"_s }) };
    m_source->setEngineImages(PodmanId, u"Podman"_s, list);
    m_source->setEngineImages(DockerId, u"Docker"_s, list);
    m_proxy->sort(ImageListModel::SizeColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        order.append(m_proxy->index(r, 0).data(ImageListModel::ReferenceRole).toString() + u' '
            + m_proxy->index(r, ImageListModel::EngineColumn).data().toString());
    }
    QCOMPARE(order,
        QStringList({ u"a:2 Docker"_s, u"a:2 Podman"_s, u"B:v9 Docker"_s, u"B:v9 Podman"_s,
            u"b:v9 Docker"_s, u"b:v9 Podman"_s, u"b:v10 Docker"_s, u"b:v10 Podman"_s }));
}

void tst_ImageFilterProxyModel::followsSourceChanges()
{
    fill();
    m_proxy->sort(ImageListModel::SizeColumn, Qt::DescendingOrder);
    m_source->upsertImage(DockerId, image(u"bb"_s, { u"busybox:latest"_s }, 5'000'000));
    QCOMPARE(
        m_proxy->index(0, 0).data(ImageListModel::ReferenceRole).toString(), u"busybox:latest"_s);
    m_proxy->setFilterText(u"busybox"_s);
    m_source->upsertImage(DockerId, image(u"new"_s, { u"busybox:musl"_s }, 9'000'000));
    QCOMPARE(columnTexts(*m_proxy, 0),
        QStringList({ u"busybox:musl"_s, u"busybox:latest"_s, u"docker.io/library/busybox:1"_s }));
    m_source->setEngineRefreshing(DockerId, true);
    QCOMPARE(m_proxy->rowCount(), 3);
    m_source->removeEngine(DockerId);
    QCOMPARE(columnTexts(*m_proxy, 0), QStringList { u"docker.io/library/busybox:1"_s });
}

void tst_ImageFilterProxyModel::resortsOnInUseAndTagChanges()
{
    fill();
    m_proxy->sort(ImageListModel::InUseColumn, Qt::DescendingOrder);
    m_source->setImagesInUse(PodmanId, { { idFor(u"pbb"_s), 2 } });
    QCOMPARE(m_proxy->index(0, 0).data(ImageListModel::ReferenceRole).toString(),
        u"docker.io/library/busybox:1"_s);
    m_source->setImagesInUse(DockerId, { { idFor(u"root"_s), 5 } });
    QCOMPARE(m_proxy->index(0, 0).data(ImageListModel::ReferenceRole).toString(),
        u"registry.cern.ch/root/root:6.30"_s);

    m_proxy->sort(ImageListModel::TagColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, ImageListModel::TagColumn).data().toString(), u"1"_s);
    m_source->upsertImage(PodmanId, image(u"pbb"_s, { u"docker.io/library/busybox:v9"_s }));
    QCOMPARE(m_proxy->index(0, ImageListModel::TagColumn).data().toString(), u"6.30"_s);
    QCOMPARE(m_proxy->index(m_proxy->rowCount() - 1, ImageListModel::TagColumn).data().toString(),
        u"v9"_s);

    // The minute-by-minute refresh of relative times changes no order.
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_source->refreshRelativeTimes();
    m_source->setEngineRefreshing(DockerId, true);
    QCOMPARE(layout.count(), 0);
}

// An engine's first listing arrives while the view is sorted with another engine's rows:
// one re-sort, and the selected row is still selected (its persistent index follows it).
void tst_ImageFilterProxyModel::bulkInsertIntoSortedView()
{
    QList<ImageSummary> docker;
    QList<ImageSummary> podman;
    for (int i = 0; i < ImageFilterProxyModel::BulkInsertRows + 200; ++i) {
        docker.append(image(
            u"d%1"_s.arg(i), { u"repo%1:v1.%2"_s.arg(i % 97).arg(i % 13) }, (i * 7919) % 5000));
        podman.append(image(
            u"p%1"_s.arg(i), { u"repo%1:v1.%2"_s.arg(i % 89).arg(i % 11) }, (i * 104729) % 5000));
    }
    m_source->setEngineImages(DockerId, u"Docker"_s, docker);
    m_proxy->sort(ImageListModel::TagColumn, Qt::AscendingOrder);
    const QPersistentModelIndex selected = m_proxy->index(17, 0);
    const QString selectedKey = selected.data(ImageListModel::ReferenceRole).toString()
        + selected.data(ImageListModel::ImageIdRole).toString();

    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_source->setEngineImages(PodmanId, u"Podman"_s, podman);
    QVERIFY(inserted.count() <= 2);
    QCOMPARE(layout.count(), 1);
    QVERIFY(m_proxy->dynamicSortFilter());
    QCOMPARE(m_proxy->rowCount(), docker.size() + podman.size());
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(ImageListModel::ReferenceRole).toString()
            + selected.data(ImageListModel::ImageIdRole).toString(),
        selectedKey);

    // The same order as a proxy that sorts it all from scratch.
    ImageFilterProxyModel fresh;
    fresh.setSourceModel(m_source.get());
    fresh.sort(ImageListModel::TagColumn, Qt::AscendingOrder);
    QCOMPARE(columnTexts(*m_proxy, 0, ImageListModel::ImageIdRole),
        columnTexts(fresh, 0, ImageListModel::ImageIdRole));
}

void tst_ImageFilterProxyModel::staysSortedThroughRandomChanges_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < ImageListModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
        QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
    }
}

// Random events on the source while sorted: the order must always equal what a fresh proxy
// computes, so no sort key is ever stale.
void tst_ImageFilterProxyModel::staysSortedThroughRandomChanges()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QRandomGenerator random(quint32(column * 2 + order));
    const auto randomImage = [&random](const QString &prefix) {
        const int n = int(random.bounded(40));
        QStringList tags;
        for (int t = 0; t < int(random.bounded(3)); ++t)
            tags.append(u"%1repo%2:v1.%3"_s.arg(random.bounded(2) ? u"R"_s : u"r"_s)
                            .arg(random.bounded(5))
                            .arg(random.bounded(12)));
        return image(prefix + QString::number(n), tags, qint64(random.bounded(50)),
            int(random.bounded(100)));
    };
    m_proxy->setShowDangling(true);
    m_proxy->sort(column, Qt::SortOrder(order));
    for (int step = 0; step < 100; ++step) {
        const QString engine = random.bounded(2) ? DockerId : PodmanId;
        switch (random.bounded(5)) {
        case 0: {
            QList<ImageSummary> list;
            for (int i = 0; i < int(random.bounded(30)); ++i)
                list.append(randomImage(u"i"_s));
            m_source->setEngineImages(engine, engine == DockerId ? u"Docker"_s : u"Podman"_s, list);
            break;
        }
        case 1:
        case 2: m_source->upsertImage(engine, randomImage(u"i"_s)); break;
        case 3: m_source->removeImage(engine, idFor(u"i%1"_s.arg(random.bounded(40)))); break;
        case 4:
            m_source->setImagesInUse(
                engine, { { idFor(u"i%1"_s.arg(random.bounded(40))), int(random.bounded(3)) } });
            break;
        }
        ImageFilterProxyModel fresh;
        fresh.setShowDangling(true);
        fresh.setSourceModel(m_source.get());
        fresh.sort(column, Qt::SortOrder(order));
        QStringList expected;
        QStringList actual;
        for (int r = 0; r < fresh.rowCount(); ++r) {
            expected.append(fresh.index(r, 0).data(ImageListModel::ReferenceRole).toString()
                + fresh.index(r, 0).data(ImageListModel::EngineIdRole).toString());
        }
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            actual.append(m_proxy->index(r, 0).data(ImageListModel::ReferenceRole).toString()
                + m_proxy->index(r, 0).data(ImageListModel::EngineIdRole).toString());
        }
        QVERIFY2(actual == expected, qPrintable(u"step %1"_s.arg(step)));
    }
}

void tst_ImageFilterProxyModel::sortTenThousand()
{
    m_sourceTester.reset();
    m_proxyTester.reset();
    QList<ImageSummary> list;
    for (int i = 0; i < 10'000; ++i) {
        list.append(image(QString::number(i),
            { u"registry.cern.ch/cms/analysis-%1:v1.%2"_s.arg(i % 700).arg(i % 37) },
            qint64(i) * 7919 % 100'000'000, i % 5000));
    }
    m_source->setEngineImages(DockerId, u"Docker"_s, list);
    for (const int column : { int(ImageListModel::TagColumn), int(ImageListModel::RepositoryColumn),
             int(ImageListModel::CreatedColumn), int(ImageListModel::SizeColumn) }) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        m_proxy->sort(column, Qt::AscendingOrder);
        qInfo("sorting 10,000 rows by column %d: %lld ms (CPU %.1f ms)", column,
            qint64(timer.elapsed()), cpuMs() - cpu);
        QCOMPARE(m_proxy->rowCount(), 10'000);
    }
    QElapsedTimer timer;
    timer.start();
    m_proxy->setFilterText(u"analysis-69 v1.3"_s);
    qInfo("filtering 10,000 rows: %lld ms, %d match", qint64(timer.elapsed()), m_proxy->rowCount());
    QVERIFY(m_proxy->rowCount() > 0);
}

QTEST_GUILESS_MAIN(tst_ImageFilterProxyModel)
#include "tst_imagefilterproxymodel.moc"
