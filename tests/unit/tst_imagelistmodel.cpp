// SPDX-License-Identifier: Apache-2.0
#include "models/ImageFilterProxyModel.h"
#include "models/ImageListCache.h"
#include "models/ImageListModel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QPersistentModelIndex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <ctime>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <memory>

using namespace Qt::StringLiterals;
using Wharf::ImageFilterProxyModel;
using Wharf::ImageListCache;
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

// A compact way to write image lists: "a=foo:1,foo:latest#200 b= c=@foo" is image "a" with
// two tags and size 200, dangling image "b", image "c" known only by a digest of "foo".
QList<ImageSummary> images(const QString &spec)
{
    QList<ImageSummary> result;
    const QStringList tokens = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const qsizetype eq = token.indexOf(u'=');
        const QString name = token.left(eq);
        QString rest = token.mid(eq + 1);
        ImageSummary image;
        image.id = idFor(name);
        image.size = 1000;
        const qsizetype hash = rest.indexOf(u'#');
        if (hash >= 0) {
            image.size = rest.mid(hash + 1).toLongLong();
            rest = rest.left(hash);
        }
        image.created = Now.addDays(-3);
        const QStringList refs = rest.split(u',', Qt::SkipEmptyParts);
        for (const QString &ref : refs) {
            if (ref.startsWith(u'@'))
                image.repoDigests.append(ref.mid(1) + u'@' + idFor(name + u"-digest"_s));
            else
                image.repoTags.append(ref);
        }
        result.append(image);
    }
    return result;
}

// Every cell as one string over the roles a view or proxy reads.
QString cellText(const QAbstractItemModel &model, int row, int column)
{
    static const int roles[] = { Qt::DisplayRole, Qt::ToolTipRole, ImageListModel::RawValueRole,
        ImageListModel::ImageIdRole, ImageListModel::ReferenceRole, ImageListModel::EngineIdRole,
        ImageListModel::DanglingRole, ImageListModel::InUseRole, ImageListModel::ContainerCountRole,
        ImageListModel::RefreshingRole };
    QStringList parts;
    const QModelIndex index = model.index(row, column);
    for (const int role : roles) {
        const QVariant value = index.data(role);
        parts.append(value.typeId() == QMetaType::QDateTime
                ? value.toDateTime().toString(Qt::ISODateWithMs)
                : value.toString());
    }
    return parts.join(u'|');
}

// Follows the model through its signals alone. If the model changes a cell without saying
// so, or says so with the wrong rows, the mirror and the model disagree.
class ModelMirror
{
public:
    explicit ModelMirror(QAbstractItemModel *model)
        : m_model(model)
    {
        reload();
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_context,
            [this](const QModelIndex &, int first, int last) {
                for (int r = first; r <= last; ++r)
                    m_rows.insert(r, readRow(r));
            });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &m_context,
            [this](const QModelIndex &, int first, int last) {
                m_rows.remove(first, last - first + 1);
            });
        QObject::connect(model, &QAbstractItemModel::dataChanged, &m_context,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
                    for (int c = topLeft.column(); c <= bottomRight.column(); ++c)
                        m_rows[r][c] = cellText(*m_model, r, c);
                }
            });
        QObject::connect(model, &QAbstractItemModel::modelReset, &m_context, [this] { reload(); });
        QObject::connect(
            model, &QAbstractItemModel::layoutChanged, &m_context, [this] { reload(); });
    }

    QList<QStringList> rows() const { return m_rows; }
    QList<QStringList> actual() const
    {
        QList<QStringList> rows;
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.append(readRow(r));
        return rows;
    }

private:
    QStringList readRow(int r) const
    {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells.append(cellText(*m_model, r, c));
        return cells;
    }
    void reload() { m_rows = actual(); }

    QAbstractItemModel *m_model;
    QObject m_context;
    QList<QStringList> m_rows;
};

// Rows per signal, summed.
struct SignalCounter
{
    explicit SignalCounter(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }
    static int rows(const QSignalSpy &spy)
    {
        int total = 0;
        for (const QList<QVariant> &args : spy)
            total += args.at(2).toInt() - args.at(1).toInt() + 1;
        return total;
    }
    int insertedRows() const { return rows(inserted); }
    int removedRows() const { return rows(removed); }
    int changedRows() const
    {
        int total = 0;
        for (const QList<QVariant> &args : changed)
            total += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
        return total;
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
    }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

// "engine|id|repository|tag" of every row, sorted: what the model shows, order aside.
QStringList rowKeys(const ImageListModel &model)
{
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r) {
        keys.append(model.index(r, 0).data(ImageListModel::EngineIdRole).toString() + u'|'
            + model.index(r, 0).data(ImageListModel::ImageIdRole).toString() + u'|'
            + model.index(r, ImageListModel::RepositoryColumn).data().toString() + u'|'
            + model.index(r, ImageListModel::TagColumn).data().toString());
    }
    keys.sort();
    return keys;
}

// The same, from a listing, written out the plain way.
QStringList expectedKeys(const QString &engineId, const QList<ImageSummary> &list)
{
    QStringList keys;
    QSet<QString> seenIds;
    for (const ImageSummary &image : list) {
        if (seenIds.contains(image.id))
            continue;
        seenIds.insert(image.id);
        QStringList imageKeys;
        for (const QString &tag : image.repoTags) {
            if (tag == u"<none>:<none>")
                continue;
            const qsizetype colon = tag.lastIndexOf(u':');
            imageKeys.append(
                engineId + u'|' + image.id + u'|' + tag.left(colon) + u'|' + tag.mid(colon + 1));
        }
        for (const QString &digest : image.repoDigests) {
            const QString repository = digest.left(digest.indexOf(u'@'));
            const QString prefix = engineId + u'|' + image.id + u'|' + repository + u'|';
            const bool tagged = std::any_of(imageKeys.cbegin(), imageKeys.cend(),
                [&prefix](const QString &key) { return key.startsWith(prefix); });
            if (!tagged)
                imageKeys.append(prefix + u"<none>"_s);
        }
        if (imageKeys.isEmpty())
            imageKeys.append(engineId + u'|' + image.id + u"|<none>|<none>"_s);
        imageKeys.removeDuplicates();
        keys.append(imageKeys);
    }
    keys.sort();
    return keys;
}

QModelIndex rowOf(const QAbstractItemModel &model, const QString &reference)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ImageListModel::ReferenceRole).toString() == reference)
            return model.index(r, 0);
    }
    return {};
}

QString rowKey(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    return first.data(ImageListModel::EngineIdRole).toString() + u'|'
        + first.data(ImageListModel::ReferenceRole).toString() + u'|'
        + first.data(ImageListModel::ImageIdRole).toString();
}

// Process CPU time: on a loaded CI machine wall time says little about the code.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

// Bytes allocated and not freed: unlike VmRSS, not blurred by what earlier tests freed.
qint64 heapInUseKiB()
{
#if defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
#else
    return -1;
#endif
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// 10,000 images as a busy analysis machine has them: long ids, one or two tags, a digest,
// a few labels, some dangling.
QList<ImageSummary> manyImages(int count, const QString &salt = {})
{
    QList<ImageSummary> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        ImageSummary image;
        image.id = idFor(salt + QString::number(i));
        const QString repository = u"registry.cern.ch/cms/analysis-%1"_s.arg(i / 3);
        if (i % 50 != 49) {
            image.repoTags.append(repository + u":v1.%1"_s.arg(i % 3));
            if (i % 5 == 0)
                image.repoTags.append(repository + u":latest"_s);
            image.repoDigests.append(repository + u'@' + idFor(u"digest"_s + QString::number(i)));
        }
        image.created = Now.addSecs(-qint64(i) * 3600);
        image.size = 100'000'000 + qint64(i) * 1'000;
        image.labels.insert(u"maintainer"_s, u"cms-analysis@cern.ch"_s);
        image.labels.insert(u"org.opencontainers.image.version"_s, QString::number(i));
        image.labels.insert(
            u"org.opencontainers.image.source"_s, u"https://gitlab.cern.ch/cms/analysis"_s);
        list.append(image);
    }
    return list;
}

} // namespace

class tst_ImageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void resync_data();
    void resync();
    void resyncKeepsSurvivingRows();
    void twoEnginesSameImageAreSeparateRows();
    void danglingRows_data();
    void danglingRows();
    void upsert();
    void upsertBareIdAndRemove();
    void inUseCounts();
    void roles();
    void referenceRole_data();
    void referenceRole();
    void headers();
    void refreshingAndRelativeTimes();
    void engines();
    void scatteredResyncUnderTester();
    void manyTagsOnOneImage();
    void tenThousandRows();
    void coldStartFromCache_data();
    void coldStartFromCache();

private:
    std::unique_ptr<ImageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ImageListModel::init()
{
    m_model = std::make_unique<ImageListModel>();
    m_model->setClock([] { return Now; });
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void tst_ImageListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_ImageListModel::resync_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");

    QTest::newRow("from empty") << ""
                                << "a=foo:1 b=bar:1" << 2 << 0 << 0;
    QTest::newRow("identical") << "a=foo:1 b=bar:1"
                               << "a=foo:1 b=bar:1" << 0 << 0 << 0;
    QTest::newRow("to empty") << "a=foo:1 b=bar:1"
                              << "" << 0 << 2 << 0;
    QTest::newRow("add one") << "a=foo:1"
                             << "a=foo:1 b=bar:1" << 1 << 0 << 0;
    QTest::newRow("remove one") << "a=foo:1 b=bar:1 c=baz:1"
                                << "a=foo:1 c=baz:1" << 0 << 1 << 0;
    QTest::newRow("reorder") << "a=foo:1 b=bar:1 c=baz:1"
                             << "c=baz:1 a=foo:1 b=bar:1" << 0 << 0 << 0;
    QTest::newRow("size changes") << "a=foo:1#100 b=bar:1#100"
                                  << "a=foo:1#100 b=bar:1#200" << 0 << 0 << 1;
    QTest::newRow("size changes, two tags") << "a=foo:1,foo:2#100"
                                            << "a=foo:1,foo:2#200" << 0 << 0 << 2;
    QTest::newRow("second tag") << "a=foo:1"
                                << "a=foo:1,foo:latest" << 1 << 0 << 0;
    QTest::newRow("tag lost") << "a=foo:1,foo:latest"
                              << "a=foo:1" << 0 << 1 << 0;
    QTest::newRow("tag renamed in place") << "a=foo:1"
                                          << "a=foo:2" << 0 << 0 << 1;
    QTest::newRow("tag moves to another image") << "a=foo:latest b=foo:old"
                                                << "a= b=foo:old,foo:latest" << 1 << 0 << 1;
    QTest::newRow("dangling gains a tag") << "a="
                                          << "a=foo:1" << 0 << 0 << 1;
    QTest::newRow("last tag lost") << "a=foo:1"
                                   << "a=" << 0 << 0 << 1;
    QTest::newRow("<none>:<none> is dangling") << ""
                                               << "a=<none>:<none>" << 1 << 0 << 0;
    QTest::newRow("tag order is no change") << "a=foo:1,foo:2"
                                            << "a=foo:2,foo:1" << 0 << 0 << 0;
    QTest::newRow("new image under the same tag") << "a=foo:latest"
                                                  << "b=foo:latest" << 1 << 1 << 0;
    QTest::newRow("everything replaced") << "a=x:1 b=y:1"
                                         << "c=z:1" << 1 << 2 << 0;
    QTest::newRow("scattered removals") << "a=t:1 b=t:2 c=t:3 d=t:4 e=t:5"
                                        << "a=t:1 c=t:3 e=t:5" << 0 << 2 << 0;
    QTest::newRow("dangling gets a digest") << "a="
                                            << "a=@foo" << 0 << 0 << 1;
    QTest::newRow("duplicate ids") << ""
                                   << "a=foo:1 a=foo:1" << 1 << 0 << 0;
    QTest::newRow("duplicate tags") << ""
                                    << "a=foo:1,foo:1" << 1 << 0 << 0;
    QTest::newRow("registry with port") << ""
                                        << "a=host:5000/team/foo:1.0" << 1 << 0 << 0;
    QTest::newRow("mixed") << "a=foo:1,foo:2 b= c=bar:1 d=baz:1#5"
                           << "e=new:1 c=bar:1,bar:2 a=foo:2 d=baz:1#6 b=qux:1" << 2 << 1 << 2;
}

void tst_ImageListModel::resync()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, changed);

    m_model->setEngineImages(DockerId, u"Docker"_s, images(before));
    QCOMPARE(rowKeys(*m_model), expectedKeys(DockerId, images(before)));

    ModelMirror mirror(m_model.get());
    SignalCounter signalCounter(m_model.get());
    m_model->setEngineImages(DockerId, u"Docker"_s, images(after));

    QCOMPARE(rowKeys(*m_model), expectedKeys(DockerId, images(after)));
    QCOMPARE(mirror.rows(), mirror.actual());
    QCOMPARE(signalCounter.insertedRows(), inserted);
    QCOMPARE(signalCounter.removedRows(), removed);
    QCOMPARE(signalCounter.changedRows(), changed);
    QVERIFY(signalCounter.inserted.count() <= 1); // one batch
    QCOMPARE(signalCounter.reset.count(), 0);
    QCOMPARE(signalCounter.layout.count(), 0);
    QCOMPARE(m_model->rowCountForEngine(DockerId), m_model->rowCount());
}

void tst_ImageListModel::resyncKeepsSurvivingRows()
{
    m_model->setEngineImages(
        DockerId, u"Docker"_s, images(u"a=a:1 b=b:1 c=c:1,c:2 d=d:1 e=e:1 f=f:1"_s));
    QList<QPersistentModelIndex> persistent;
    QStringList keysBefore;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        persistent.append(m_model->index(r, ImageListModel::TagColumn));
        keysBefore.append(rowKey(persistent.last()));
    }
    const int rowOfD = int(keysBefore.indexOf(u"%1|d:1|%2"_s.arg(DockerId, idFor(u"d"_s))));
    QVERIFY(rowOfD >= 0);

    m_model->setEngineImages(
        DockerId, u"Docker"_s, images(u"f=f:1 a=a:1 c=c:2 d=d:1#7 g=g:1 e=e:1"_s));

    // Rows that stayed are the same rows: persistent indexes follow them.
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const QString key = keysBefore.at(i);
        if (key.contains(u"|b:1|"_s) || key.contains(u"|c:1|"_s)) {
            QVERIFY2(!persistent.at(i).isValid(), qPrintable(key));
            continue;
        }
        QVERIFY2(persistent.at(i).isValid(), qPrintable(key));
        QCOMPARE(rowKey(persistent.at(i)), key);
    }
    // ... in their old order, the new image after them.
    QStringList order;
    for (int r = 0; r < m_model->rowCount(); ++r)
        order.append(m_model->index(r, 0).data().toString());
    QCOMPARE(order, QStringList({ u"a"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s }));
    QCOMPARE(m_model->imageAt(2)->size, qint64(7));
}

void tst_ImageListModel::twoEnginesSameImageAreSeparateRows()
{
    const QList<ImageSummary> list = images(u"a=foo:1 b=bar:1"_s);
    m_model->setEngineImages(DockerId, u"Docker"_s, list);
    m_model->setEngineImages(PodmanId, u"Podman"_s, list);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowCountForEngine(DockerId), 2);
    QCOMPARE(m_model->rowCountForEngine(PodmanId), 2);
    QCOMPARE(m_model->engineIds(), QStringList({ DockerId, PodmanId }));
    QCOMPARE(m_model->index(2, ImageListModel::EngineColumn).data().toString(), u"Podman"_s);
    QCOMPARE(m_model->engineIdAt(3), PodmanId);

    QList<QPersistentModelIndex> podmanRows = { m_model->index(2, 0), m_model->index(3, 0) };
    ModelMirror mirror(m_model.get());
    m_model->setEngineImages(DockerId, u"Docker"_s, {});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowCountForEngine(DockerId), 0);
    QCOMPARE(podmanRows.at(0).row(), 0);
    QCOMPARE(podmanRows.at(1).row(), 1);
    QCOMPARE(rowKeys(*m_model), expectedKeys(PodmanId, list));

    // Docker's list comes back: its block goes before Podman's again.
    m_model->setEngineImages(DockerId, u"Docker"_s, list);
    QCOMPARE(m_model->engineIdAt(0), DockerId);
    QCOMPARE(podmanRows.at(0).row(), 2);
    // An event for one engine leaves the other alone.
    m_model->removeImage(PodmanId, idFor(u"a"_s));
    QCOMPARE(m_model->rowCountForEngine(DockerId), 2);
    QCOMPARE(m_model->rowCountForEngine(PodmanId), 1);
    QCOMPARE(mirror.rows(), mirror.actual());
}

void tst_ImageListModel::danglingRows_data()
{
    QTest::addColumn<QStringList>("repoTags");
    QTest::addColumn<QStringList>("repoDigests");
    QTest::addColumn<QStringList>("expected"); // "repository tag dangling" per row

    QTest::newRow("no tags") << QStringList() << QStringList()
                             << QStringList({ u"<none> <none> 1"_s });
    QTest::newRow("<none>:<none>")
        << QStringList({ u"<none>:<none>"_s }) << QStringList({ u"<none>@<none>"_s })
        << QStringList({ u"<none> <none> 1"_s });
    QTest::newRow("pulled by digest") << QStringList() << QStringList({ u"foo@sha256:0123"_s })
                                      << QStringList({ u"foo <none> 0"_s });
    QTest::newRow("repo:<none>") << QStringList({ u"foo:<none>"_s }) << QStringList()
                                 << QStringList({ u"foo <none> 0"_s });
    QTest::newRow("two tags") << QStringList({ u"foo:1"_s, u"bar:2"_s })
                              << QStringList({ u"foo@sha256:0123"_s })
                              << QStringList({ u"foo 1 0"_s, u"bar 2 0"_s });
    QTest::newRow("tag and digest of another repository")
        << QStringList({ u"foo:1"_s }) << QStringList({ u"baz@sha256:0123"_s })
        << QStringList({ u"foo 1 0"_s, u"baz <none> 0"_s });
    QTest::newRow("empty strings") << QStringList({ QString() }) << QStringList({ u"@"_s })
                                   << QStringList({ u"<none> <none> 1"_s });
}

void tst_ImageListModel::danglingRows()
{
    QFETCH(QStringList, repoTags);
    QFETCH(QStringList, repoDigests);
    QFETCH(QStringList, expected);
    ImageSummary image;
    image.id = idFor(u"x"_s);
    image.repoTags = repoTags;
    image.repoDigests = repoDigests;
    m_model->setEngineImages(DockerId, u"Docker"_s, { image });
    QStringList actual;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        actual.append(m_model->index(r, ImageListModel::RepositoryColumn).data().toString() + u' '
            + m_model->index(r, ImageListModel::TagColumn).data().toString() + u' '
            + QString::number(m_model->index(r, 0).data(ImageListModel::DanglingRole).toInt()));
    }
    QCOMPARE(actual, expected);
}

void tst_ImageListModel::upsert()
{
    m_model->setEngineImages(DockerId, u"Docker"_s, images(u"a=foo:1 b=bar:1"_s));
    ModelMirror mirror(m_model.get());
    SignalCounter signalCounter(m_model.get());
    const auto imageOf = [](const QString &spec) { return images(spec).first(); };

    // A pull: a new image.
    m_model->upsertImage(DockerId, imageOf(u"c=baz:1"_s));
    QCOMPARE(signalCounter.insertedRows(), 1);
    QCOMPARE(m_model->rowCount(), 3);

    // A tag: one more row.
    signalCounter.clear();
    QPersistentModelIndex aRow = m_model->index(0, 0);
    m_model->upsertImage(DockerId, imageOf(u"a=foo:1,foo:latest"_s));
    QCOMPARE(signalCounter.insertedRows(), 1);
    QCOMPARE(signalCounter.removedRows(), 0);
    QCOMPARE(signalCounter.changedRows(), 0);
    QCOMPARE(aRow.row(), 0);

    // No change: no signal.
    signalCounter.clear();
    m_model->upsertImage(DockerId, imageOf(u"a=foo:latest,foo:1"_s));
    QCOMPARE(signalCounter.inserted.count() + signalCounter.removed.count()
            + signalCounter.changed.count(),
        0);

    // An untag: that row goes.
    m_model->upsertImage(DockerId, imageOf(u"a=foo:latest"_s));
    QCOMPARE(signalCounter.removedRows(), 1);
    QCOMPARE(signalCounter.insertedRows(), 0);

    // The last tag goes: the row stays, dangling, in place.
    signalCounter.clear();
    QPersistentModelIndex bRow = rowOf(*m_model, u"bar:1"_s);
    QVERIFY(bRow.isValid());
    const int bRowNumber = bRow.row();
    m_model->upsertImage(DockerId, imageOf(u"b="_s));
    QCOMPARE(signalCounter.changedRows(), 1);
    QCOMPARE(signalCounter.insertedRows() + signalCounter.removedRows(), 0);
    QVERIFY(bRow.data(ImageListModel::DanglingRole).toBool());
    QCOMPARE(bRow.data().toString(), u"<none>"_s);
    QCOMPARE(bRow.row(), bRowNumber);
    QCOMPARE(bRow.data(ImageListModel::ReferenceRole).toString(), idFor(u"b"_s));

    // ... and gets a tag back: the dangling row becomes the tagged row.
    signalCounter.clear();
    m_model->upsertImage(DockerId, imageOf(u"b=bar:2"_s));
    QCOMPARE(signalCounter.changedRows(), 1);
    QCOMPARE(signalCounter.insertedRows() + signalCounter.removedRows(), 0);
    QCOMPARE(bRow.data(ImageListModel::ReferenceRole).toString(), u"bar:2"_s);
    QVERIFY(!bRow.data(ImageListModel::DanglingRole).toBool());

    // Several tags at once on a dangling image: one reused row, the rest inserted.
    m_model->upsertImage(DockerId, imageOf(u"b="_s));
    signalCounter.clear();
    m_model->upsertImage(DockerId, imageOf(u"b=bar:3,bar:4,bar:5"_s));
    QCOMPARE(signalCounter.changedRows(), 1);
    QCOMPARE(signalCounter.insertedRows(), 2);

    // A changed size: the image's rows change.
    signalCounter.clear();
    m_model->upsertImage(DockerId, imageOf(u"b=bar:3,bar:4,bar:5#77"_s));
    QCOMPARE(signalCounter.changedRows(), 3);
    QCOMPARE(mirror.rows(), mirror.actual());
    QCOMPARE(rowKeys(*m_model),
        expectedKeys(DockerId, images(u"a=foo:latest b=bar:3,bar:4,bar:5 c=baz:1"_s)));

    // An event for an engine the model has not listed yet.
    m_model->upsertImage(PodmanId, imageOf(u"z=zed:1"_s));
    QCOMPARE(m_model->rowCountForEngine(PodmanId), 1);
    QCOMPARE(mirror.rows(), mirror.actual());
}

void tst_ImageListModel::upsertBareIdAndRemove()
{
    m_model->setEngineImages(PodmanId, u"Podman"_s, images(u"a=foo:1,foo:2 b=bar:1 c="_s));
    ModelMirror mirror(m_model.get());

    // Podman's events carry bare hex ids.
    ImageSummary a = images(u"a=foo:1,foo:2,foo:3"_s).first();
    a.id = a.id.mid(7);
    m_model->upsertImage(PodmanId, a);
    QCOMPARE(m_model->rowCount(), 5);

    SignalCounter signalCounter(m_model.get());
    m_model->removeImage(PodmanId, idFor(u"a"_s).mid(7));
    QCOMPARE(signalCounter.removedRows(), 3);
    QCOMPARE(m_model->rowCount(), 2);

    m_model->removeImage(PodmanId, idFor(u"nothing"_s));
    m_model->removeImage(DockerId, idFor(u"b"_s));
    m_model->removeImage(PodmanId, QString());
    QCOMPARE(m_model->rowCount(), 2);
    m_model->removeImage(PodmanId, idFor(u"c"_s));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->imagesForEngine(PodmanId).size(), 1);
    QCOMPARE(mirror.rows(), mirror.actual());

    ImageSummary noId;
    m_model->upsertImage(PodmanId, noId);
    QCOMPARE(m_model->rowCount(), 1);
}

void tst_ImageListModel::inUseCounts()
{
    QList<ImageSummary> list = images(u"a=foo:1,foo:2 b=bar:1 c=baz:1"_s);
    list[2].containers = 3; // Podman counts; Docker says -1
    m_model->setEngineImages(DockerId, u"Docker"_s, list);
    const auto inUseText = [this](int row) {
        return m_model->index(row, ImageListModel::InUseColumn).data().toString();
    };
    QCOMPARE(inUseText(0), QString());
    QCOMPARE(m_model->index(0, 0).data(ImageListModel::ContainerCountRole).toInt(), -1);
    QCOMPARE(inUseText(3), u"3 containers"_s);
    QVERIFY(m_model->index(3, 0).data(ImageListModel::InUseRole).toBool());

    ModelMirror mirror(m_model.get());
    SignalCounter signalCounter(m_model.get());
    // From /containers/json; Podman's ids may be bare.
    m_model->setImagesInUse(DockerId, { { idFor(u"a"_s), 2 }, { idFor(u"b"_s).mid(7), 1 } });
    QCOMPARE(inUseText(0), u"2 containers"_s);
    QCOMPARE(inUseText(1), u"2 containers"_s);
    QCOMPARE(inUseText(2), u"yes"_s);
    QCOMPARE(inUseText(3), QString()); // the engine's list said 3, the containers say none
    QCOMPARE(
        m_model->index(2, ImageListModel::InUseColumn).data(ImageListModel::RawValueRole).typeId(),
        QMetaType::Bool);
    QVERIFY(
        m_model->index(2, ImageListModel::InUseColumn).data(ImageListModel::RawValueRole).toBool());
    QCOMPARE(m_model->index(3, 0).data(ImageListModel::ContainerCountRole).toInt(), 0);
    QCOMPARE(signalCounter.changedRows(), 4);
    QCOMPARE(mirror.rows(), mirror.actual());

    // Same counts again: nothing to say.
    signalCounter.clear();
    m_model->setImagesInUse(DockerId, { { idFor(u"a"_s), 2 }, { idFor(u"b"_s), 1 } });
    QCOMPARE(signalCounter.changed.count(), 0);

    // Counts stick to images across a resync, and new images get theirs.
    m_model->setImagesInUse(DockerId, { { idFor(u"a"_s), 2 }, { idFor(u"d"_s), 1 } });
    m_model->setEngineImages(DockerId, u"Docker"_s, images(u"a=foo:1,foo:2 d=new:1"_s));
    QCOMPARE(inUseText(0), u"2 containers"_s);
    QCOMPARE(inUseText(2), u"yes"_s);
    QCOMPARE(mirror.rows(), mirror.actual());

    // Counts for an engine are that engine's.
    m_model->setEngineImages(PodmanId, u"Podman"_s, images(u"a=foo:1"_s));
    QCOMPARE(m_model->index(3, 0).data(ImageListModel::ContainerCountRole).toInt(), -1);
}

void tst_ImageListModel::roles()
{
    ImageSummary image;
    image.id = idFor(u"r"_s);
    image.repoTags = { u"registry.cern.ch/cms/cmssw:CMSSW_14_0_0"_s };
    image.created = Now.addDays(-3);
    image.size = 1'234'567'890;
    m_model->setEngineImages(DockerId, u"Docker"_s, { image });
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->columnCount(), int(ImageListModel::ColumnCount));
    const auto at = [this](int column) { return m_model->index(0, column); };

    QCOMPARE(
        at(ImageListModel::RepositoryColumn).data().toString(), u"registry.cern.ch/cms/cmssw"_s);
    QCOMPARE(at(ImageListModel::TagColumn).data().toString(), u"CMSSW_14_0_0"_s);
    QCOMPARE(at(ImageListModel::ImageIdColumn).data().toString(), image.id.mid(7, 12));
    QCOMPARE(at(ImageListModel::ImageIdColumn).data(Qt::ToolTipRole).toString(), image.id);
    QCOMPARE(at(ImageListModel::CreatedColumn).data().toString(), u"3 days ago"_s);
    QCOMPARE(at(ImageListModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
        image.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(at(ImageListModel::SizeColumn).data().toString(), u"1.23 GB"_s);
    QCOMPARE(at(ImageListModel::SizeColumn).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(at(ImageListModel::InUseColumn).data().toString(), QString());
    QCOMPARE(at(ImageListModel::EngineColumn).data().toString(), u"Docker"_s);

    QCOMPARE(at(ImageListModel::CreatedColumn).data(ImageListModel::RawValueRole).toDateTime(),
        image.created);
    QCOMPARE(at(ImageListModel::SizeColumn).data(ImageListModel::RawValueRole).typeId(),
        QMetaType::LongLong);
    QCOMPARE(
        at(ImageListModel::SizeColumn).data(ImageListModel::RawValueRole).toLongLong(), image.size);
    QCOMPARE(
        at(ImageListModel::ImageIdColumn).data(ImageListModel::RawValueRole).toString(), image.id);
    QCOMPARE(at(ImageListModel::TagColumn).data(ImageListModel::RawValueRole).toString(),
        u"CMSSW_14_0_0"_s);
    QCOMPARE(at(ImageListModel::EngineColumn).data(ImageListModel::RawValueRole).toString(),
        u"Docker"_s);
    for (int column = 0; column < ImageListModel::ColumnCount; ++column) {
        const QModelIndex index = at(column);
        QCOMPARE(index.data(ImageListModel::ImageIdRole).toString(), image.id);
        QCOMPARE(index.data(ImageListModel::ReferenceRole).toString(),
            u"registry.cern.ch/cms/cmssw:CMSSW_14_0_0"_s);
        QCOMPARE(index.data(ImageListModel::EngineIdRole).toString(), DockerId);
        QCOMPARE(index.data(ImageListModel::DanglingRole).toBool(), false);
        QCOMPARE(index.data(ImageListModel::RefreshingRole).toBool(), false);
        QVERIFY(!index.data(Qt::DecorationRole).isValid());
        QVERIFY(!index.data(Qt::ForegroundRole).isValid());
        QVERIFY(m_model->flags(index).testFlag(Qt::ItemIsSelectable));
        QVERIFY(!m_model->flags(index).testFlag(Qt::ItemIsEditable));
    }
    QCOMPARE(m_model->roleNames().value(ImageListModel::ReferenceRole), "reference"_ba);

    // Unknown times and sizes.
    image.created = QDateTime();
    image.size = -1;
    m_model->upsertImage(DockerId, image);
    QCOMPARE(at(ImageListModel::CreatedColumn).data().toString(), QString());
    QVERIFY(!at(ImageListModel::CreatedColumn).data(Qt::ToolTipRole).isValid());
    QCOMPARE(at(ImageListModel::SizeColumn).data().toString(), u"—"_s);

    // Out of range.
    QVERIFY(!m_model->index(1, 0).isValid());
    QVERIFY(!m_model->data(QModelIndex()).isValid());
    QVERIFY(!m_model->imageAt(1));
    QVERIFY(!m_model->imageAt(-1));
    QCOMPARE(m_model->engineIdAt(5), QString());
    QCOMPARE(m_model->imageAt(0)->id, image.id);
}

void tst_ImageListModel::referenceRole_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("reference");
    QTest::newRow("tagged") << "a=foo:1"
                            << "foo:1";
    QTest::newRow("registry port") << "a=host:5000/x/foo:1.2"
                                   << "host:5000/x/foo:1.2";
    QTest::newRow("dangling") << "a=" << idFor(u"a"_s);
    QTest::newRow("digest only") << "a=@foo" << u"foo@"_s + idFor(u"a-digest"_s);
}

void tst_ImageListModel::referenceRole()
{
    QFETCH(QString, spec);
    QFETCH(QString, reference);
    m_model->setEngineImages(DockerId, u"Docker"_s, images(spec));
    QCOMPARE(m_model->index(0, 0).data(ImageListModel::ReferenceRole).toString(), reference);
}

void tst_ImageListModel::headers()
{
    const QStringList expected = { u"Repository"_s, u"Tag"_s, u"Image ID"_s, u"Created"_s,
        u"Size"_s, u"In use"_s, u"Engine"_s };
    for (int column = 0; column < ImageListModel::ColumnCount; ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!m_model->headerData(ImageListModel::ColumnCount, Qt::Horizontal).isValid());
}

void tst_ImageListModel::refreshingAndRelativeTimes()
{
    m_model->setEngineImages(DockerId, u"Docker"_s, images(u"a=foo:1 b=bar:1"_s));
    m_model->setEngineImages(PodmanId, u"Podman"_s, images(u"c=baz:1"_s));
    ModelMirror mirror(m_model.get());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setEngineRefreshing(PodmanId, true);
    QVERIFY(m_model->isEngineRefreshing(PodmanId));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(
        changed.first().at(2).value<QList<int>>(), QList<int> { ImageListModel::RefreshingRole });
    QVERIFY(m_model->index(2, 0).data(ImageListModel::RefreshingRole).toBool());
    QVERIFY(!m_model->index(0, 0).data(ImageListModel::RefreshingRole).toBool());
    m_model->setEngineRefreshing(PodmanId, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(mirror.rows(), mirror.actual());

    // A cached engine: refreshing before its list arrives.
    m_model->setEngineRefreshing(u"tcp://remote:2376"_s, true);
    QCOMPARE(m_model->rowCountForEngine(u"tcp://remote:2376"_s), 0);
    m_model->setEngineImages(u"tcp://remote:2376"_s, u"Docker (remote)"_s, images(u"d=qux:1"_s));
    QVERIFY(m_model->index(3, 0).data(ImageListModel::RefreshingRole).toBool());
    m_model->setEngineRefreshing(u"never-seen"_s, false);
    QVERIFY(!m_model->engineIds().contains(u"never-seen"_s));

    changed.clear();
    QDateTime now = Now;
    m_model->setClock([&now] { return now; });
    QCOMPARE(m_model->index(0, ImageListModel::CreatedColumn).data().toString(), u"3 days ago"_s);
    now = Now.addDays(14);
    m_model->refreshRelativeTimes();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ImageListModel::CreatedColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(ImageListModel::CreatedColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), m_model->rowCount() - 1);
    QCOMPARE(m_model->index(0, ImageListModel::CreatedColumn).data().toString(), u"2 weeks ago"_s);
    QCOMPARE(mirror.rows(), mirror.actual());
    m_model->setClock({});
}

void tst_ImageListModel::engines()
{
    m_model->setEngineImages(DockerId, u"Docker"_s, images(u"a=foo:1,foo:2 b=bar:1"_s));
    m_model->setEngineImages(PodmanId, u"Podman"_s, images(u"c=baz:1"_s));
    QCOMPARE(m_model->engineName(PodmanId), u"Podman"_s);
    QCOMPARE(m_model->imagesForEngine(DockerId), images(u"a=foo:1,foo:2 b=bar:1"_s));
    QVERIFY(m_model->imagesForEngine(u"none"_s).isEmpty());

    ModelMirror mirror(m_model.get());
    // A renamed engine: only its Engine column changes.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setEngineImages(DockerId, u"Docker 28"_s, images(u"a=foo:1,foo:2 b=bar:1"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(1, ImageListModel::EngineColumn).data().toString(), u"Docker 28"_s);
    QCOMPARE(mirror.rows(), mirror.actual());

    QPersistentModelIndex podmanRow = m_model->index(3, 0);
    m_model->removeEngine(DockerId);
    QCOMPARE(m_model->engineIds(), QStringList { PodmanId });
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(podmanRow.row(), 0);
    m_model->removeEngine(DockerId);
    m_model->removeEngine(PodmanId);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->engineIds().isEmpty());
    QCOMPARE(mirror.rows(), mirror.actual());
}

// Many scattered changes in one resync, with the tester checking after every signal.
void tst_ImageListModel::scatteredResyncUnderTester()
{
    const QList<ImageSummary> before = manyImages(600);
    m_model->setEngineImages(DockerId, u"Docker"_s, before);
    m_model->setEngineImages(PodmanId, u"Podman"_s, manyImages(50, u"p"_s));
    QList<ImageSummary> after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (i % 3 == 0)
            continue; // removed
        ImageSummary image = before.at(i);
        if (i % 7 == 0)
            image.size += 1;
        if (i % 11 == 0)
            image.repoTags = { u"moved:%1"_s.arg(i) };
        if (i % 13 == 0)
            image.repoTags.clear();
        after.append(image);
    }
    after.append(manyImages(40, u"new"_s));
    std::reverse(after.begin(), after.end());

    ModelMirror mirror(m_model.get());
    SignalCounter signalCounter(m_model.get());
    m_model->setEngineImages(DockerId, u"Docker"_s, after);
    const QStringList podmanKeys = expectedKeys(PodmanId, manyImages(50, u"p"_s));
    QStringList expected = expectedKeys(DockerId, after) + podmanKeys;
    expected.sort();
    QCOMPARE(rowKeys(*m_model), expected);
    QCOMPARE(mirror.rows(), mirror.actual());
    QCOMPARE(signalCounter.inserted.count(), 1);
    QCOMPARE(m_model->rowCountForEngine(PodmanId), int(podmanKeys.size()));
}

// A CI machine that tags one image with every commit: thousands of rows for one image,
// still no quadratic work.
void tst_ImageListModel::manyTagsOnOneImage()
{
    m_tester.reset();
    ImageSummary image;
    image.id = idFor(u"ci"_s);
    for (int i = 0; i < 5'000; ++i)
        image.repoTags.append(u"ci/build:commit-%1"_s.arg(i));
    image.repoTags.append(u"ci/build:commit-7"_s); // a duplicate
    image.repoDigests = { u"ci/build@sha256:0123"_s, u"ci/other@sha256:4567"_s };
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs();
    m_model->setEngineImages(DockerId, u"Docker"_s, { image });
    QCOMPARE(m_model->rowCount(), 5'001); // every tag, and the digest of another repository
    QCOMPARE(rowKeys(*m_model), expectedKeys(DockerId, { image }));

    // Half the tags go, the rest in reverse order, some new ones.
    ImageSummary next = image;
    next.repoTags.clear();
    for (int i = 4'999; i >= 0; i -= 2)
        next.repoTags.append(u"ci/build:commit-%1"_s.arg(i));
    for (int i = 0; i < 100; ++i)
        next.repoTags.append(u"ci/build:release-%1"_s.arg(i));
    ModelMirror mirror(m_model.get());
    SignalCounter signalCounter(m_model.get());
    m_model->setEngineImages(DockerId, u"Docker"_s, { next });
    m_model->upsertImage(DockerId, next);
    const double elapsedCpu = cpuMs() - cpu;
    qInfo("one image with 5,000 tags, listed then resynchronised: %lld ms (CPU %.1f ms)",
        qint64(timer.elapsed()), elapsedCpu);
    QCOMPARE(rowKeys(*m_model), expectedKeys(DockerId, { next }));
    QCOMPARE(mirror.rows(), mirror.actual());
    QCOMPARE(signalCounter.insertedRows(), 0); // the new tags reuse rows of removed ones
    QCOMPARE(signalCounter.changedRows(), 100);
    QCOMPARE(signalCounter.removedRows(), 2'500 - 100);
    // Generous, and on CPU time: a loaded CI machine stretches wall time tenfold.
    QVERIFY2(elapsedCpu < 5'000, qPrintable(QString::number(elapsedCpu)));
}

void tst_ImageListModel::tenThousandRows()
{
    // Timing and memory without the tester, which walks the whole model after every signal.
    m_tester.reset();
    constexpr int Count = 10'000;

    const qint64 rssStart = residentKiB();
    const qint64 heapStart = heapInUseKiB();
    QList<ImageSummary> list = manyImages(Count);
    const qint64 rssList = residentKiB();
    const qint64 heapList = heapInUseKiB();

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    m_model->setEngineImages(DockerId, u"Docker"_s, list);
    const qint64 firstMs = timer.elapsed();
    const double firstCpuMs = cpuMs() - cpu;
    qInfo("setEngineImages, %d images (%d rows) into an empty model: %lld ms (CPU %.1f ms)", Count,
        m_model->rowCount(), firstMs, firstCpuMs);
    const qint64 rssModel = residentKiB();
    const qint64 heapModel = heapInUseKiB();
    QVERIFY(m_model->rowCount() > Count);
    {
        ImageFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        timer.restart();
        cpu = cpuMs();
        proxy.sort(ImageListModel::RepositoryColumn, Qt::AscendingOrder);
        qInfo("proxy sorted by repository: %lld ms (CPU %.1f ms)", qint64(timer.elapsed()),
            cpuMs() - cpu);
        const qint64 rssProxy = residentKiB();
        const qint64 heapProxy = heapInUseKiB();
        qInfo("heap in use: %lld KiB for the 10,000 parsed ImageSummary, %lld KiB more for the "
              "model over them, %lld KiB more for the sorted proxy, %lld KiB in all",
            heapList - heapStart, heapModel - heapList, heapProxy - heapModel,
            heapProxy - heapStart);
        qInfo("VmRSS (blurred by memory earlier tests freed): +%lld, +%lld, +%lld KiB; "
              "%lld KiB resident now",
            rssList - rssStart, rssModel - rssList, rssProxy - rssModel, rssProxy);

        // What stays once the engine's reply is gone: the model keeps no labels.
        list = QList<ImageSummary>();
        qInfo("heap in use by the model and the sorted proxy alone (the parsed list freed): "
              "%lld KiB",
            heapInUseKiB() - heapStart);
    }

    // Touch every display string once, as a view scrolling through would.
    timer.restart();
    qsizetype chars = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c = 0; c < ImageListModel::ColumnCount; ++c)
            chars += m_model->index(r, c).data().toString().size();
    }
    qInfo("every DisplayRole of every cell (%d): %lld ms", m_model->rowCount() * 7,
        qint64(timer.elapsed()));
    QVERIFY(chars > 0);

    // A resync with 1% changes: few signals, no reset.
    QList<ImageSummary> next = m_model->imagesForEngine(DockerId); // in the listing's order
    for (int i = 0; i < Count; i += 300)
        next[i].size += 1; // 34 changed
    for (int i = Count - 1; i > 0; i -= 300)
        next.removeAt(i); // 34 removed
    next.append(manyImages(33, u"fresh"_s));
    SignalCounter signalCounter(m_model.get());
    timer.restart();
    cpu = cpuMs();
    m_model->setEngineImages(DockerId, u"Docker"_s, next);
    const qint64 resyncMs = timer.elapsed();
    const double resyncCpuMs = cpuMs() - cpu;
    qInfo("resync of %d images with 1%% changes: %lld ms (CPU %.1f ms), %lld rowsInserted, "
          "%lld rowsRemoved, %lld dataChanged signals",
        Count, resyncMs, resyncCpuMs, qint64(signalCounter.inserted.count()),
        qint64(signalCounter.removed.count()), qint64(signalCounter.changed.count()));
    QCOMPARE(signalCounter.inserted.count(), 1);
    QVERIFY(signalCounter.removed.count() <= 34);
    QVERIFY(signalCounter.changed.count() <= 34);
    QCOMPARE(signalCounter.reset.count(), 0);
    QCOMPARE(signalCounter.layout.count(), 0);
    QCOMPARE(m_model->imagesForEngine(DockerId).size(), next.size());

    // Worst case for removal: every other image goes (thousands of runs), still linear.
    QList<ImageSummary> half;
    for (qsizetype i = 0; i < next.size(); i += 2)
        half.append(next.at(i));
    signalCounter.clear();
    timer.restart();
    cpu = cpuMs();
    m_model->setEngineImages(DockerId, u"Docker"_s, half);
    qInfo("resync removing every other image (%lld runs): %lld ms (CPU %.1f ms)",
        qint64(signalCounter.removed.count()), qint64(timer.elapsed()), cpuMs() - cpu);
    QCOMPARE(rowKeys(*m_model), expectedKeys(DockerId, half));

    // Generous bounds: Debug build, a loaded CI machine. The figures above are the point.
    QVERIFY2(firstCpuMs < 2000, qPrintable(QString::number(firstCpuMs)));
    QVERIFY2(resyncCpuMs < 2000, qPrintable(QString::number(resyncCpuMs)));
}

// What the Images page does at start before it paints: the cached lists of two engines
// into the model, marked stale, sorted by the proxy. Twice: with the proxy sorted before
// the rows arrive, and with the proxy sorting after them.
void tst_ImageListModel::coldStartFromCache_data()
{
    QTest::addColumn<bool>("sortFirst");
    QTest::newRow("proxy sorted before the rows arrive") << true;
    QTest::newRow("proxy sorts after the rows arrived") << false;
}

void tst_ImageListModel::coldStartFromCache()
{
    QFETCH(bool, sortFirst);
    m_tester.reset();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ImageListCache cache(dir.path());
    QVERIFY(cache.save(DockerId, u"Docker"_s, DockerId, manyImages(5'000), Now).ok());
    QVERIFY(cache.save(PodmanId, u"Podman"_s, PodmanId, manyImages(5'000, u"p"_s), Now).ok());

    ImageFilterProxyModel proxy;
    if (sortFirst) {
        proxy.setSourceModel(m_model.get());
        proxy.sort(ImageListModel::RepositoryColumn, Qt::AscendingOrder);
    }
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs();
    const QList<Wharf::CachedEngineImages> cached = cache.loadAll();
    const qint64 loadedMs = timer.elapsed();
    for (const Wharf::CachedEngineImages &engine : cached) {
        m_model->setEngineRefreshing(engine.engineId, true);
        m_model->setEngineImages(engine.engineId, engine.engineName, engine.images);
    }
    if (!sortFirst) {
        proxy.setSourceModel(m_model.get());
        proxy.sort(ImageListModel::RepositoryColumn, Qt::AscendingOrder);
    }
    const qint64 totalMs = timer.elapsed();
    const double totalCpuMs = cpuMs() - cpu;
    qInfo("cold start, 2 x 5,000 cached images: loaded in %lld ms, in the sorted proxy after "
          "%lld ms (CPU %.1f ms)",
        loadedMs, totalMs, totalCpuMs);
    QCOMPARE(cached.size(), 2);
    QVERIFY(proxy.rowCount() > 9'000);
    QVERIFY(proxy.index(0, 0).data(ImageListModel::RefreshingRole).toBool());
    QVERIFY2(totalCpuMs < 5000, qPrintable(QString::number(totalCpuMs)));
}

QTEST_GUILESS_MAIN(tst_ImageListModel)
#include "tst_imagelistmodel.moc"
