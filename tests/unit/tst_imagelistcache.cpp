// SPDX-License-Identifier: Apache-2.0
#include "base/CacheFile.h"
#include "models/ImageListCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <ctime>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using Wharf::CacheFile;
using Wharf::CachedEngineImages;
using Wharf::ImageListCache;
using Wharf::ImageSummary;

namespace {

const QString DockerId = u"unix:///run/docker.sock"_s;
const QString PodmanId = u"unix:///run/user/1000/podman/podman.sock"_s;
const QDateTime TakenAt = QDateTime(QDate(2025, 3, 10), QTime(12, 0, 0, 123), Qt::UTC);

QString idFor(const QString &name)
{
    return u"sha256:"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

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
        image.created = TakenAt.addSecs(-qint64(i) * 3600);
        image.size = 100'000'000 + qint64(i) * 1'000;
        image.containers = i % 4 == 0 ? 1 : -1;
        image.labels.insert(u"maintainer"_s, u"cms-analysis@cern.ch"_s);
        image.labels.insert(u"org.opencontainers.image.version"_s, QString::number(i));
        list.append(image);
    }
    return list;
}

// Process CPU time: on a loaded CI machine wall time says little about the code.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Recomputes the trailing checksum, so that a hostile payload gets past the integrity check
// and must be caught by the parser's own bounds.
QByteArray withChecksum(QByteArray withoutChecksum)
{
    QByteArray sum(8, Qt::Uninitialized);
    qToBigEndian(CacheFile::checksum(withoutChecksum), sum.data());
    return withoutChecksum + sum;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray wireString(const QByteArray &utf8)
{
    return be32(quint32(utf8.size())) + utf8;
}

QByteArray header()
{
    return "WHIL"_ba + be32(1);
}

QByteArray engineHeader(const QString &engineId)
{
    QByteArray bytes = wireString(engineId.toUtf8()) + wireString("Docker"_ba)
        + wireString("unix:///run/docker.sock"_ba);
    QByteArray time(8, Qt::Uninitialized);
    qToBigEndian(qint64(0), time.data());
    return bytes + time;
}

} // namespace

class tst_ImageListCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void roundTrip();
    void twoEngines();
    void emptyListAndUnknownTimes();
    void noSecretsInTheFile();
    void atomicOverwrite();
    void remove();
    void badFiles_data();
    void badFiles();
    void everyTruncationIsIgnored();
    void randomCorruptionNeverCrashes();
    void renamedFileIsIgnored();
    void missingOrUnwritableDirectory();
    void checksumCatchesEveryBitFlipAndTruncation();
    void tenThousandImages();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ImageListCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ImageListCache::roundTrip()
{
    ImageListCache cache(m_dir->path());
    QList<ImageSummary> images = manyImages(20);
    images[3].labels.insert(u"ünïcødé"_s, u"värde ✓"_s);
    images[4].repoTags = { u"<none>:<none>"_s };
    images[4].repoDigests = { u"<none>@<none>"_s };
    const auto saved
        = cache.save(DockerId, u"Docker"_s, u"unix:///run/docker.sock"_s, images, TakenAt);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QVERIFY(QFile::exists(cache.filePath(DockerId)));
    QVERIFY(cache.filePath(DockerId).startsWith(m_dir->path()));

    const QList<CachedEngineImages> loaded = cache.loadAll();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().engineId, DockerId);
    QCOMPARE(loaded.first().engineName, u"Docker"_s);
    QCOMPARE(loaded.first().endpointUrl, u"unix:///run/docker.sock"_s);
    QCOMPARE(loaded.first().takenAt, TakenAt);
    QCOMPARE(loaded.first().images, images);
}

void tst_ImageListCache::twoEngines()
{
    ImageListCache cache(m_dir->path());
    QVERIFY(cache
                .save(PodmanId, u"Podman"_s, u"unix:///run/podman.sock"_s, manyImages(5, u"p"_s),
                    TakenAt)
                .ok());
    QVERIFY(cache
                .save(DockerId, u"Docker"_s, u"unix:///run/docker.sock"_s, manyImages(3),
                    TakenAt.addSecs(60))
                .ok());
    QVERIFY(cache.filePath(DockerId) != cache.filePath(PodmanId));
    const QList<CachedEngineImages> loaded = ImageListCache(m_dir->path()).loadAll();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).engineId, DockerId); // by engine name
    QCOMPARE(loaded.at(0).images, manyImages(3));
    QCOMPARE(loaded.at(0).takenAt, TakenAt.addSecs(60));
    QCOMPARE(loaded.at(1).engineId, PodmanId);
    QCOMPARE(loaded.at(1).images, manyImages(5, u"p"_s));
}

void tst_ImageListCache::emptyListAndUnknownTimes()
{
    ImageListCache cache(m_dir->path());
    QList<ImageSummary> images = manyImages(2);
    images[0].created = QDateTime();
    QVERIFY(cache.save(DockerId, QString(), QString(), {}, QDateTime()).ok());
    QList<CachedEngineImages> loaded = cache.loadAll();
    QCOMPARE(loaded.size(), 1);
    QVERIFY(loaded.first().images.isEmpty());
    QVERIFY(!loaded.first().takenAt.isValid());

    QVERIFY(cache.save(DockerId, u"Docker"_s, QString(), images, TakenAt).ok());
    loaded = cache.loadAll();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().images, images);
    QVERIFY(!loaded.first().images.first().created.isValid());

    // An engine without an identity cannot be cached, and says so.
    const auto result = cache.save(QString(), u"Docker"_s, QString(), images, TakenAt);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message().isEmpty());
}

void tst_ImageListCache::noSecretsInTheFile()
{
    ImageListCache cache(m_dir->path());
    QVERIFY(cache
                .save(u"tcp://builder:2376"_s, u"Docker"_s,
                    u"https://alice:s3cr3t-pass@builder:2376/?token=t0ken#frag"_s, manyImages(1),
                    TakenAt)
                .ok());
    const QByteArray bytes = readAll(cache.filePath(u"tcp://builder:2376"_s));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("s3cr3t-pass"));
    QVERIFY(!bytes.contains("t0ken"));
    QCOMPARE(cache.loadAll().first().endpointUrl, u"https://alice@builder:2376/"_s);
}

void tst_ImageListCache::atomicOverwrite()
{
    ImageListCache cache(m_dir->path());
    QVERIFY(cache.save(DockerId, u"Docker"_s, QString(), manyImages(100), TakenAt).ok());
    QVERIFY(cache.save(DockerId, u"Docker"_s, QString(), manyImages(7, u"b"_s), TakenAt).ok());
    const QList<CachedEngineImages> loaded = cache.loadAll();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().images, manyImages(7, u"b"_s));
    // QSaveFile leaves no temporary behind; one file per engine.
    QCOMPARE(QDir(cache.directory()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_ImageListCache::remove()
{
    ImageListCache cache(m_dir->path());
    QVERIFY(cache.save(DockerId, u"Docker"_s, QString(), manyImages(2), TakenAt).ok());
    QVERIFY(cache.save(PodmanId, u"Podman"_s, QString(), manyImages(2), TakenAt).ok());
    cache.remove(DockerId);
    QCOMPARE(cache.loadAll().size(), 1);
    QCOMPARE(cache.loadAll().first().engineId, PodmanId);
}

void tst_ImageListCache::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << "this is not an image list at all, just some text\n"_ba;
    QTest::newRow("nuls") << QByteArray(4096, '\0');
    QTest::newRow("json") << R"([{"Id":"sha256:abc","RepoTags":["a:1"]}])"_ba;
    QTest::newRow("magic only") << "WHIL"_ba;
    QTest::newRow("wrong version")
        << withChecksum("WHIL"_ba + be32(99) + engineHeader(DockerId) + be32(0));
    QTest::newRow("bad checksum") << ("WHIL"_ba + be32(1) + engineHeader(DockerId) + be32(0)
        + QByteArray(8, 'x'));
    QTest::newRow("huge image count")
        << withChecksum(header() + engineHeader(DockerId) + be32(0xFFFFFFFF));
    QTest::newRow("count above the limit")
        << withChecksum(header() + engineHeader(DockerId) + be32(ImageListCache::MaxImages + 1));
    QTest::newRow("count beyond the data")
        << withChecksum(header() + engineHeader(DockerId) + be32(1000));
    QTest::newRow("huge string length") << withChecksum(header() + be32(0x7FFFFFFF) + "x"_ba);
    QTest::newRow("string beyond the data") << withChecksum(header() + be32(200) + "abc"_ba);
    QTest::newRow("huge tag count") << withChecksum(
        header() + engineHeader(DockerId) + be32(1) + wireString("sha256:a"_ba) + be32(0xFFFFFFF0));
    QTest::newRow("empty image id") << withChecksum(header() + engineHeader(DockerId) + be32(1)
        + wireString(QByteArray()) + be32(0) + be32(0) + QByteArray(8 + 8 + 4, '\0') + be32(0));
    QTest::newRow("trailing bytes")
        << withChecksum(header() + engineHeader(DockerId) + be32(0) + "extra"_ba);
    QTest::newRow("empty engine id") << withChecksum(header() + engineHeader(QString()) + be32(0));
    QTest::newRow("invalid UTF-8 is not fatal")
        << withChecksum(header() + engineHeader(DockerId) + be32(1) + wireString("\xff\xfe\x00"_ba)
               + be32(0) + be32(0) + QByteArray(8 + 8 + 4, '\0') + be32(0) + "x"_ba);
}

void tst_ImageListCache::badFiles()
{
    QFETCH(QByteArray, bytes);
    ImageListCache cache(m_dir->path());
    QVERIFY(cache.save(PodmanId, u"Podman"_s, QString(), manyImages(3), TakenAt).ok());
    const QString path = cache.filePath(DockerId);
    writeAll(path, bytes);
    const double cpu = cpuMs();
    const QList<CachedEngineImages> loaded = cache.loadAll();
    QVERIFY(cpuMs() - cpu < 1000);
    // The good file still loads; the bad one is ignored and removed.
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().engineId, PodmanId);
    QVERIFY(!QFile::exists(path));
}

void tst_ImageListCache::everyTruncationIsIgnored()
{
    ImageListCache cache(m_dir->path());
    QVERIFY(cache.save(DockerId, u"Docker"_s, QString(), manyImages(3), TakenAt).ok());
    const QString path = cache.filePath(DockerId);
    const QByteArray good = readAll(path);
    QVERIFY(good.size() > 100);
    // One warning per rejected file would drown the log.
    QLoggingCategory::setFilterRules(u"wharf.cache.warning=false"_s);
    const auto restoreLogging = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
    for (qsizetype length = 0; length < good.size(); ++length) {
        writeAll(path, good.left(length));
        QVERIFY2(cache.loadAll().isEmpty(), qPrintable(QString::number(length)));
    }
    writeAll(path, good);
    QCOMPARE(cache.loadAll().size(), 1);
}

void tst_ImageListCache::randomCorruptionNeverCrashes()
{
    ImageListCache cache(m_dir->path());
    QVERIFY(cache.save(DockerId, u"Docker"_s, QString(), manyImages(10), TakenAt).ok());
    const QString path = cache.filePath(DockerId);
    const QByteArray good = readAll(path);
    QLoggingCategory::setFilterRules(u"wharf.cache.warning=false"_s);
    const auto restoreLogging = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
    QRandomGenerator random(42);
    for (int round = 0; round < 300; ++round) {
        QByteArray bad = good.left(good.size() - 8);
        const int flips = 1 + int(random.bounded(8));
        for (int f = 0; f < flips; ++f)
            bad[random.bounded(int(bad.size()))] = char(random.bounded(256));
        // With and without a matching checksum: the parser must hold on its own.
        writeAll(path, round % 2 ? withChecksum(bad) : bad + good.right(8));
        const QList<CachedEngineImages> loaded = cache.loadAll();
        QVERIFY(loaded.size() <= 1);
        if (round % 2 == 0 && bad != good.left(good.size() - 8))
            QVERIFY(loaded.isEmpty());
    }
}

void tst_ImageListCache::renamedFileIsIgnored()
{
    ImageListCache cache(m_dir->path());
    QVERIFY(cache.save(DockerId, u"Docker"_s, QString(), manyImages(2), TakenAt).ok());
    const QString other = cache.filePath(PodmanId);
    QVERIFY(QFile::rename(cache.filePath(DockerId), other));
    QVERIFY(cache.loadAll().isEmpty());
    QVERIFY(!QFile::exists(other));
}

void tst_ImageListCache::missingOrUnwritableDirectory()
{
    QVERIFY(ImageListCache(m_dir->filePath(u"does/not/exist"_s)).loadAll().isEmpty());

    // A regular file where the cache folder should be.
    writeAll(m_dir->filePath(u"blocked"_s), "x"_ba);
    ImageListCache blocked(m_dir->filePath(u"blocked"_s));
    const auto result = blocked.save(DockerId, u"Docker"_s, QString(), manyImages(1), TakenAt);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message().contains(u"blocked"_s), qPrintable(result.error().message()));
    QVERIFY(blocked.loadAll().isEmpty());
}

void tst_ImageListCache::checksumCatchesEveryBitFlipAndTruncation()
{
    QByteArray data(203, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : data)
        c = char(random.bounded(256));
    const quint64 reference = CacheFile::checksum(data);
    for (qsizetype byte = 0; byte < data.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray flipped = data;
            flipped[byte] = char(flipped[byte] ^ (1 << bit));
            QVERIFY(CacheFile::checksum(flipped) != reference);
        }
    }
    QSet<quint64> prefixes;
    for (qsizetype length = 0; length <= data.size(); ++length)
        prefixes.insert(CacheFile::checksum(QByteArrayView(data).first(length)));
    QCOMPARE(prefixes.size(), data.size() + 1);
    QVERIFY(CacheFile::checksum(QByteArray(9, '\0'))
        != CacheFile::checksum(QByteArray(8, '\0')));
}

void tst_ImageListCache::tenThousandImages()
{
    ImageListCache cache(m_dir->path());
    const QList<ImageSummary> images = manyImages(10'000);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(cache.save(DockerId, u"Docker"_s, u"unix:///run/docker.sock"_s, images, TakenAt).ok());
    const qint64 saveMs = timer.elapsed();
    const qint64 fileSize = QFileInfo(cache.filePath(DockerId)).size();

    // The best of three: the figure is the code's, not the machine's load.
    QList<CachedEngineImages> loaded;
    qint64 loadMs = std::numeric_limits<qint64>::max();
    double loadCpuMs = 0;
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        const double cpu = cpuMs();
        loaded = cache.loadAll();
        if (timer.elapsed() < loadMs) {
            loadMs = timer.elapsed();
            loadCpuMs = cpuMs() - cpu;
        }
    }
    qInfo("10,000 images: save %lld ms, load %lld ms (CPU %.1f ms), file %lld KiB", saveMs, loadMs,
        loadCpuMs, fileSize / 1024);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().images.size(), images.size());
    QCOMPARE(loaded.first().images, images);
    // Generous, on CPU time: Debug build on a busy CI machine. Release is far below 100 ms.
    QVERIFY2(loadCpuMs < 1000, qPrintable(QString::number(loadCpuMs)));
}

QTEST_GUILESS_MAIN(tst_ImageListCache)
#include "tst_imagelistcache.moc"
