// SPDX-License-Identifier: Apache-2.0
#include "base/CacheFile.h"
#include "unpacked/UnpackedLayout.h"
#include "unpacked/UnpackedScanCache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;
using Wharf::CacheFile;
using Wharf::ErrorCode;
using Wharf::UnpackedEntry;
using Wharf::UnpackedLayout;
using Wharf::UnpackedListing;
using Wharf::UnpackedScanCache;
using Wharf::UnpackedScanSnapshot;

namespace {

const QString Root = u"/cvmfs/unpacked.cern.ch"_s;
const QByteArray Hash = QByteArray("0123456789abcdef").repeated(4);
const QDateTime TakenAt = QDateTime(QDate(2025, 3, 10), QTime(12, 0, 0, 123), Qt::UTC);

UnpackedEntry directory(const QByteArray &name)
{
    UnpackedEntry entry;
    entry.rawName = name;
    return entry;
}

UnpackedEntry tag(const QByteArray &name, const QByteArray &target, qint64 modifiedMs,
    UnpackedEntry::Link link = UnpackedEntry::Link::Symlink)
{
    UnpackedEntry entry;
    entry.kind = UnpackedEntry::Kind::Tag;
    entry.link = link;
    entry.rawName = name;
    entry.rawTarget = target;
    entry.modifiedMs = modifiedMs;
    return entry;
}

UnpackedListing listing(const QByteArray &path, QList<UnpackedEntry> entries)
{
    UnpackedListing result;
    result.root = Root;
    result.directory = path;
    for (UnpackedEntry &entry : entries)
        UnpackedLayout::complete(entry, QFile::encodeName(Root), path);
    result.entries = std::move(entries);
    return result;
}

UnpackedScanSnapshot typicalSnapshot()
{
    UnpackedScanSnapshot snapshot;
    snapshot.root = Root;
    snapshot.takenAt = TakenAt;
    snapshot.durationMs = 1234;
    snapshot.complete = true;
    snapshot.listings.append(listing({}, { directory("registry.hub.docker.com"), directory("gitlab-registry.cern.ch") }));
    snapshot.listings.append(listing("registry.hub.docker.com", { directory("cmssw"), directory("caf\xe9") }));
    UnpackedEntry variant = tag("multi:latest", "../../.multiarch/$(CVMFS_ARCH:-amd64)/registry.hub.docker.com/cmssw/multi:latest",
        1'700'000'000'000, UnpackedEntry::Link::Variant);
    variant.variantTarget = ".flat/01/" + Hash;
    variant.defaultArchitecture = u"amd64"_s;
    variant.architectures = { u"amd64"_s, u"arm64"_s };
    snapshot.listings.append(listing("registry.hub.docker.com/cmssw",
        { tag("el8:x86_64", "../../.flat/01/" + Hash, 1'714'564'800'123), tag("el8", "../../.flat/01/" + Hash, -5),
            tag("busybox@sha256:" + Hash, "../../.flat/01/" + Hash, 0), variant,
            tag("old:1", {}, 42, UnpackedEntry::Link::InPlace), tag("escape:1", "../../../../etc", 7) }));
    UnpackedListing imageDirectory = listing("registry.hub.docker.com/caf\xe9", { tag("x\xff:1", "../../.flat/01/" + Hash, 9) });
    snapshot.listings.append(imageDirectory);
    UnpackedListing empty = listing("gitlab-registry.cern.ch", {});
    empty.isImageDirectory = true;
    empty.hiddenCount = 3;
    snapshot.listings.append(empty);
    return snapshot;
}

void compareEntries(const UnpackedEntry &a, const UnpackedEntry &b)
{
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.link, b.link);
    QCOMPARE(a.rawName, b.rawName);
    QCOMPARE(a.rawTarget, b.rawTarget);
    QCOMPARE(a.modifiedMs, b.modifiedMs);
    QCOMPARE(a.variantTarget, b.variantTarget);
    QCOMPARE(a.defaultArchitecture, b.defaultArchitecture);
    QCOMPARE(a.architectures, b.architectures);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.validName, b.validName);
    QCOMPARE(a.image, b.image);
    QCOMPARE(a.tag, b.tag);
    QCOMPARE(a.digest, b.digest);
    QCOMPARE(a.target, b.target);
    QCOMPARE(a.outsideRoot, b.outsideRoot);
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be64(qint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray wire(const QByteArray &bytes)
{
    return be32(quint32(bytes.size())) + bytes;
}

QByteArray withChecksum(const QByteArray &content)
{
    QByteArray sum(8, Qt::Uninitialized);
    qToBigEndian(CacheFile::checksum(content), sum.data());
    return content + sum;
}

// A file header and payload start for Root; the caller appends listings.
QByteArray payloadStart(quint32 listings, quint8 complete = 1)
{
    return "WHUS"_ba + be32(1) + wire(Root.toUtf8()) + be64(TakenAt.toMSecsSinceEpoch()) + be64(10)
        + QByteArray(1, char(complete)) + be32(listings);
}

QByteArray listingWire(const QByteArray &directoryPath, quint32 entries, quint8 flags = 0)
{
    return wire(directoryPath) + QByteArray(1, char(flags)) + be32(0) + be32(entries);
}

QByteArray entryWire(quint8 kind, quint8 link, const QByteArray &name, const QByteArray &target = {},
    const QByteArray &variantTarget = {}, quint32 architectures = 0)
{
    QByteArray bytes = QByteArray(1, char(kind)) + QByteArray(1, char(link)) + wire(name) + wire(target) + be64(0)
        + wire(variantTarget) + wire({}) + be32(architectures);
    return bytes;
}

} // namespace

class tst_UnpackedScanCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The cache warns about each file it discards; the hostile tests make many.
        QLoggingCategory::setFilterRules(u"wharf.cache.warning=false"_s);
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void roundTrip()
    {
        const UnpackedScanCache cache(m_dir->path());
        const UnpackedScanSnapshot snapshot = typicalSnapshot();
        const auto saved = cache.save(snapshot);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QVERIFY(cache.filePath(Root).startsWith(m_dir->path()));
        const auto loaded = cache.load(Root);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->root, Root);
        QCOMPARE(loaded->takenAt, TakenAt);
        QCOMPARE(loaded->durationMs, 1234);
        QCOMPARE(loaded->complete, true);
        QCOMPARE(loaded->listings.size(), snapshot.listings.size());
        for (qsizetype l = 0; l < snapshot.listings.size(); ++l) {
            const UnpackedListing &a = snapshot.listings.at(l);
            const UnpackedListing &b = loaded->listings.at(l);
            QCOMPARE(b.root, Root);
            QCOMPARE(b.directory, a.directory);
            QCOMPARE(b.isImageDirectory, a.isImageDirectory);
            QCOMPARE(b.hiddenCount, a.hiddenCount);
            QCOMPARE(b.entries.size(), a.entries.size());
            for (qsizetype e = 0; e < a.entries.size(); ++e)
                compareEntries(b.entries.at(e), a.entries.at(e));
        }
        // Derived again on load, not stored: a digest-carrying name, a non-UTF-8 name, a
        // link that leads outside.
        const UnpackedListing &cmssw = loaded->listings.at(2);
        QCOMPARE(cmssw.entries.at(2).digest, u"sha256:"_s + QString::fromLatin1(Hash));
        QCOMPARE(cmssw.entries.at(0).imageId(), u"sha256:"_s + QString::fromLatin1(Hash));
        QVERIFY(cmssw.entries.at(5).outsideRoot);
        QCOMPARE(loaded->listings.at(3).entries.at(0).name, u"x\\xff:1"_s);
    }

    void failedListingsAreNotSaved()
    {
        UnpackedScanSnapshot snapshot = typicalSnapshot();
        UnpackedListing failed = listing("registry.hub.docker.com/hanging", {});
        failed.error = Wharf::Error(ErrorCode::Timeout, u"did not answer"_s);
        snapshot.listings.append(failed);
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(cache.save(snapshot).ok());
        const auto loaded = cache.load(Root);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->listings.size(), snapshot.listings.size() - 1);
    }

    void unknownTimes()
    {
        UnpackedScanSnapshot snapshot;
        snapshot.root = Root;
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(cache.save(snapshot).ok());
        const auto loaded = cache.load(Root);
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->takenAt.isValid());
        QCOMPARE(loaded->durationMs, -1);
        QVERIFY(!loaded->complete);
        QVERIFY(loaded->listings.isEmpty());
    }

    void missingFileIsNotFound()
    {
        const auto loaded = UnpackedScanCache(m_dir->path()).load(Root);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code(), ErrorCode::NotFound);
    }

    void severalRoots()
    {
        const UnpackedScanCache cache(m_dir->path());
        UnpackedScanSnapshot other = typicalSnapshot();
        other.root = u"/cvmfs/singularity.opensciencegrid.org"_s;
        for (UnpackedListing &l : other.listings)
            l.root = other.root;
        QVERIFY(cache.save(typicalSnapshot()).ok());
        QVERIFY(cache.save(other).ok());
        QVERIFY(cache.filePath(Root) != cache.filePath(other.root));
        QCOMPARE(cache.load(other.root)->root, other.root);
        QCOMPARE(cache.load(Root)->root, Root);
        cache.remove(other.root);
        QCOMPARE(cache.load(other.root).error().code(), ErrorCode::NotFound);
    }

    void fileOfAnotherRootIsRejected()
    {
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(cache.save(typicalSnapshot()).ok());
        const QString other = u"/cvmfs/other.cern.ch"_s;
        QVERIFY(QFile::rename(cache.filePath(Root), cache.filePath(other)));
        const auto loaded = cache.load(other);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code(), ErrorCode::ParseError);
        QVERIFY(!QFile::exists(cache.filePath(other))); // removed
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray flat = "../../.flat/01/" + Hash;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\xff garbage \x01", 14).repeated(100);
        QTest::newRow("json instead") << R"({"root":"/cvmfs/unpacked.cern.ch","listings":[]})"_ba;
        QTest::newRow("header only") << "WHUS"_ba + be32(1);
        QTest::newRow("wrong magic") << withChecksum("WHIL"_ba + be32(1) + payloadStart(0).mid(8));
        QTest::newRow("other version") << withChecksum("WHUS"_ba + be32(2) + payloadStart(0).mid(8));
        QTest::newRow("bad checksum") << payloadStart(0) + be64(12345);
        QTest::newRow("trailing bytes") << withChecksum(payloadStart(0) + "x");
        QTest::newRow("huge listing count") << withChecksum(payloadStart(0xFFFFFFFF));
        QTest::newRow("listing count beyond the data") << withChecksum(payloadStart(1000));
        QTest::newRow("huge entry count") << withChecksum(payloadStart(1) + listingWire({}, 0xFFFFFFF0));
        QTest::newRow("string longer than the file") << withChecksum(payloadStart(1) + be32(1'000'000) + "abc");
        QTest::newRow("string beyond the limit") << withChecksum(payloadStart(1) + wire(QByteArray(5000, 'a')) + QByteArray(1, 0) + be32(0) + be32(0));
        QTest::newRow("complete flag 2") << withChecksum(payloadStart(0, 2));
        QTest::newRow("listing flags 7") << withChecksum(payloadStart(1) + listingWire({}, 0, 7));
        QTest::newRow("kind out of range") << withChecksum(payloadStart(1) + listingWire({}, 1) + entryWire(9, 0, "x"));
        QTest::newRow("link out of range") << withChecksum(payloadStart(1) + listingWire("h", 1) + entryWire(1, 9, "x:1", flat));
        QTest::newRow("directory with a link") << withChecksum(payloadStart(1) + listingWire({}, 1) + entryWire(0, 1, "x", flat));
        QTest::newRow("tag without link kind") << withChecksum(payloadStart(1) + listingWire("h", 1) + entryWire(1, 0, "x:1"));
        QTest::newRow("symlink without target") << withChecksum(payloadStart(1) + listingWire("h", 1) + entryWire(1, 1, "x:1"));
        QTest::newRow("name with slash") << withChecksum(payloadStart(1) + listingWire({}, 1) + entryWire(0, 0, "a/b"));
        QTest::newRow("name dot dot") << withChecksum(payloadStart(1) + listingWire({}, 1) + entryWire(0, 0, ".."));
        QTest::newRow("empty name") << withChecksum(payloadStart(1) + listingWire({}, 1) + entryWire(0, 0, {}));
        QTest::newRow("name with nul") << withChecksum(payloadStart(1) + listingWire({}, 1) + entryWire(0, 0, QByteArray("a\0b", 3)));
        QTest::newRow("hidden name") << withChecksum(payloadStart(1) + listingWire({}, 1) + entryWire(0, 0, ".flat"));
        QTest::newRow("podmanStore") << withChecksum(payloadStart(1) + listingWire({}, 1) + entryWire(0, 0, "podmanStore"));
        QTest::newRow("directory climbing") << withChecksum(payloadStart(1) + listingWire("a/../..", 0));
        QTest::newRow("absolute directory") << withChecksum(payloadStart(1) + listingWire("/etc", 0));
        QTest::newRow("hidden directory") << withChecksum(payloadStart(1) + listingWire("h/.flat", 0));
        QTest::newRow("target with nul") << withChecksum(payloadStart(1) + listingWire("h", 1) + entryWire(1, 1, "x:1", QByteArray("..\0/", 4)));
        QTest::newRow("too many architectures") << withChecksum(payloadStart(1) + listingWire("h", 1) + entryWire(1, 2, "x:1", "$(CVMFS_ARCH)", {}, 65)
            + wire("a").repeated(65));
        QTest::newRow("architecture with slash") << withChecksum(payloadStart(1) + listingWire("h", 1) + entryWire(1, 2, "x:1", "$(CVMFS_ARCH)", {}, 1)
            + wire("a/b"));
        QTest::newRow("truncated entry") << withChecksum(payloadStart(1) + listingWire("h", 1) + entryWire(1, 1, "x:1", flat).chopped(3));
        QTest::newRow("root of another") << withChecksum("WHUS"_ba + be32(1) + wire("/other") + be64(0) + be64(0) + QByteArray(1, 0) + be32(0));
        QTest::newRow("empty root") << withChecksum("WHUS"_ba + be32(1) + wire({}) + be64(0) + be64(0) + QByteArray(1, 0) + be32(0));
    }
    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(QDir().mkpath(cache.directory()));
        const QString path = cache.filePath(Root);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const auto loaded = cache.load(Root);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code(), ErrorCode::ParseError);
        QVERIFY(!loaded.error().message().isEmpty());
        QVERIFY2(!QFile::exists(path), "an unusable file is removed");
    }

    void validForgedFileLoads()
    {
        // The forging helpers write what the reader expects: a sanity check for badFiles.
        const QByteArray bytes = withChecksum(payloadStart(2) + listingWire({}, 1) + entryWire(0, 0, "h")
            + listingWire("h", 1) + entryWire(1, 1, "x:1", "../.flat/01/" + Hash));
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(QDir().mkpath(cache.directory()));
        QFile file(cache.filePath(Root));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const auto loaded = cache.load(Root);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->listings.at(1).entries.at(0).target, ".flat/01/" + Hash);
    }

    void everyTruncationIsRejected()
    {
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(cache.save(typicalSnapshot()).ok());
        QFile file(cache.filePath(Root));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        for (qsizetype size = 0; size < good.size(); ++size) {
            QFile out(cache.filePath(Root));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(good.left(size));
            out.close();
            QVERIFY2(!cache.load(Root).ok(), qPrintable(QString::number(size)));
        }
    }

    void randomCorruptionNeverCrashes()
    {
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(cache.save(typicalSnapshot()).ok());
        QFile file(cache.filePath(Root));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        QRandomGenerator random(42);
        for (int round = 0; round < 300; ++round) {
            QByteArray bad = good;
            const int flips = 1 + int(random.bounded(8));
            for (int f = 0; f < flips; ++f)
                bad[random.bounded(int(bad.size()))] = char(random.bounded(256));
            // Half of the time the checksum is fixed, so that the parser itself is tested.
            if (round % 2 == 0)
                bad = withChecksum(bad.chopped(8));
            QFile out(cache.filePath(Root));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bad);
            out.close();
            const auto loaded = cache.load(Root);
            if (loaded.ok()) {
                for (const UnpackedListing &l : loaded->listings) {
                    QVERIFY(UnpackedLayout::isSafeRelativePath(l.directory));
                    for (const UnpackedEntry &e : l.entries)
                        QVERIFY(UnpackedLayout::isSafeComponent(e.rawName) && !UnpackedLayout::isHiddenName(e.rawName));
                }
            }
        }
    }

    void tooLargeFileIsRejectedWithoutReading()
    {
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(QDir().mkpath(cache.directory()));
        QFile file(cache.filePath(Root));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(UnpackedScanCache::MaxFileSize + 1)); // sparse
        file.close();
        QElapsedTimer timer;
        timer.start();
        const auto loaded = cache.load(Root);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message().contains(u"too large"_s));
        QVERIFY(timer.elapsed() < 1000);
    }

    void notARegularFile()
    {
        const UnpackedScanCache cache(m_dir->path());
        QVERIFY(QDir().mkpath(cache.filePath(Root)));
        QVERIFY(!cache.load(Root).ok());
        QVERIFY(QDir(cache.filePath(Root)).removeRecursively());
        QVERIFY(QFile::link(u"/etc/passwd"_s, cache.filePath(Root)));
        const auto loaded = cache.load(Root);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code(), ErrorCode::ParseError);
    }

    void unwritableDirectory()
    {
        QFile blocker(m_dir->filePath(u"unpacked-scans"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        const auto saved = UnpackedScanCache(m_dir->path()).save(typicalSnapshot());
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message().contains(u"cache folder"_s));
    }

    void fiftyThousandTags()
    {
        UnpackedScanSnapshot snapshot;
        snapshot.root = Root;
        snapshot.takenAt = TakenAt;
        QList<UnpackedEntry> hosts { directory("registry.hub.docker.com") };
        snapshot.listings.append(listing({}, hosts));
        QList<UnpackedEntry> users;
        for (int u = 0; u < 500; ++u)
            users.append(directory("user" + QByteArray::number(u)));
        snapshot.listings.append(listing("registry.hub.docker.com", users));
        for (int u = 0; u < 500; ++u) {
            QList<UnpackedEntry> tags;
            for (int i = 0; i < 100; ++i) {
                tags.append(tag("analysis-" + QByteArray::number(i / 10) + ":v1." + QByteArray::number(i % 10),
                    "../../.flat/01/" + Hash, 1'700'000'000'000 + i));
            }
            snapshot.listings.append(listing("registry.hub.docker.com/user" + QByteArray::number(u), tags));
        }
        const UnpackedScanCache cache(m_dir->path());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(cache.save(snapshot).ok());
        const qint64 saveMs = timer.restart();
        const auto loaded = cache.load(Root);
        const qint64 loadMs = timer.elapsed();
        QVERIFY(loaded.ok());
        qsizetype tags = 0;
        for (const UnpackedListing &l : loaded->listings)
            tags += l.entries.size();
        QCOMPARE(tags, 1 + 500 + 50'000);
        qInfo("50,000 tags: file %lld KiB, saved in %lld ms, loaded in %lld ms", QFileInfo(cache.filePath(Root)).size() / 1024,
            saveMs, loadMs);
        QVERIFY(loadMs < 5000);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_UnpackedScanCache)
#include "tst_unpackedscancache.moc"
