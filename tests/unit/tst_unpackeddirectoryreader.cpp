// SPDX-License-Identifier: Apache-2.0
#include "UnpackedFixture.h"
#include "unpacked/UnpackedDirectoryReader.h"
#include "unpacked/UnpackedLayout.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Wharf::Error;
using Wharf::ErrorCode;
using Wharf::UnpackedDirectoryReader;
using Wharf::UnpackedEntry;
using Wharf::UnpackedImageInfo;
using Wharf::UnpackedListing;
using Wharf::Test::UnpackedFixture;

namespace {

const UnpackedEntry *find(const UnpackedListing &listing, const QByteArray &name)
{
    for (const UnpackedEntry &entry : listing.entries) {
        if (entry.rawName == name)
            return &entry;
    }
    return nullptr;
}

QList<QByteArray> namesOf(const UnpackedListing &listing)
{
    QList<QByteArray> names;
    for (const UnpackedEntry &entry : listing.entries)
        names.append(entry.rawName);
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

class tst_UnpackedDirectoryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(u"unpacked.cern.ch"_s);
        m_fixture = std::make_unique<UnpackedFixture>(m_root);
        m_typical = m_fixture->buildTypical();
    }

    void topLevel()
    {
        UnpackedDirectoryReader reader(m_root);
        const UnpackedListing listing = reader.list({});
        QVERIFY2(listing.ok(), qPrintable(listing.error.toString()));
        QCOMPARE(namesOf(listing), QList<QByteArray>({ "docker.io", "gitlab-registry.cern.ch", "host.example.org:5005",
                                        "registry.hub.docker.com" }));
        for (const UnpackedEntry &entry : listing.entries)
            QCOMPARE(entry.kind, UnpackedEntry::Kind::Directory);
        // .flat .layers .chains .metadata .multiarch .cvmfsdirtab podmanStore
        QCOMPARE(listing.hiddenCount, 7);
        QVERIFY(!listing.isImageDirectory);
        QVERIFY(listing.elapsedMs >= 0);
    }

    void namespaces()
    {
        UnpackedDirectoryReader reader(m_root);
        const UnpackedListing listing = reader.list("registry.hub.docker.com");
        QVERIFY(listing.ok());
        // README.md is a file, not an image; inplace/old:1 is below inplace.
        QCOMPARE(namesOf(listing), QList<QByteArray>({ "cmssw", "inplace", "library", "singularity-image-dir" }));
    }

    void tags()
    {
        UnpackedDirectoryReader reader(m_root);
        const UnpackedListing listing = reader.list("registry.hub.docker.com/cmssw");
        QVERIFY(listing.ok());
        QCOMPARE(listing.entries.size(), 4);
        const UnpackedEntry *x86 = find(listing, "el8:x86_64");
        QVERIFY(x86);
        QCOMPARE(x86->kind, UnpackedEntry::Kind::Tag);
        QCOMPARE(x86->link, UnpackedEntry::Link::Symlink);
        QCOMPARE(x86->modified(), m_typical.el8Synced); // the link's own mtime, not its target's
        QCOMPARE(x86->image, u"el8"_s);
        QCOMPARE(x86->tag, u"x86_64"_s);
        const QString hash = m_typical.hashOf.value("registry.hub.docker.com/cmssw/el8:x86_64");
        QCOMPARE(x86->rawTarget, "../../" + UnpackedFixture::flatPath(hash));
        QCOMPARE(x86->target, UnpackedFixture::flatPath(hash));
        QCOMPARE(x86->imageId(), u"sha256:"_s + hash);
        const UnpackedEntry *bare = find(listing, "el8");
        QVERIFY(bare);
        QCOMPARE(bare->kind, UnpackedEntry::Kind::Tag);
        QVERIFY(bare->tag.isEmpty());
        QCOMPARE(bare->target, x86->target);
    }

    void digestsInNames()
    {
        UnpackedDirectoryReader reader(m_root);
        const UnpackedListing listing = reader.list("registry.hub.docker.com/library");
        QVERIFY(listing.ok());
        QCOMPARE(listing.entries.size(), 3);
        for (const UnpackedEntry &entry : listing.entries) {
            if (entry.image == u"centos"_s)
                continue;
            QVERIFY2(entry.digest.startsWith(u"sha256:"_s), qPrintable(entry.name));
            QVERIFY(entry.tag.isEmpty());
            QCOMPARE(entry.digest, u"sha256:"_s + m_typical.hashOf.value("registry.hub.docker.com/library/" + entry.rawName));
        }
    }

    void deepNamespace()
    {
        UnpackedDirectoryReader reader(m_root);
        for (const QByteArray &path : { "gitlab-registry.cern.ch/a"_ba, "gitlab-registry.cern.ch/a/b"_ba, "gitlab-registry.cern.ch/a/b/c"_ba }) {
            const UnpackedListing listing = reader.list(path);
            QCOMPARE(listing.entries.size(), 1);
            QCOMPARE(listing.entries.first().kind, UnpackedEntry::Kind::Directory);
        }
        const UnpackedListing listing = reader.list("gitlab-registry.cern.ch/a/b/c/d");
        QCOMPARE(listing.entries.size(), 1);
        const UnpackedEntry &deep = listing.entries.first();
        QCOMPARE(deep.rawTarget, "../../../../../" + UnpackedFixture::flatPath(m_typical.hashOf.value("gitlab-registry.cern.ch/a/b/c/d/deep-image:1.0")));
        QCOMPARE(deep.target, UnpackedFixture::flatPath(m_typical.hashOf.value("gitlab-registry.cern.ch/a/b/c/d/deep-image:1.0")));
    }

    void oddNamesAndThingsThatAreNotImages()
    {
        UnpackedDirectoryReader reader(m_root);
        QElapsedTimer timer;
        timer.start();
        const UnpackedListing listing = reader.list("gitlab-registry.cern.ch/weird");
        QVERIFY(timer.elapsed() < 5000); // the FIFO was never opened
        QVERIFY(listing.ok());
        QCOMPARE(listing.entries.size(), 1); // pipe:1 is a FIFO, skipped
        const UnpackedEntry &cafe = listing.entries.first();
        QCOMPARE(cafe.rawName, "caf\xe9-\xff:1"_ba);
        QCOMPARE(cafe.name, u"caf\\xe9-\\xff:1"_s);
        QVERIFY(!cafe.validName);
        QCOMPARE(cafe.image, u"caf\\xe9-\\xff"_s);
        // The raw bytes still open the right directory.
        QVERIFY(reader.list("gitlab-registry.cern.ch/weird").ok());
        QCOMPARE(reader.inspect(cafe.target, false).state, UnpackedImageInfo::State::Runnable);

        const UnpackedListing outside = reader.list("gitlab-registry.cern.ch/outside");
        QCOMPARE(outside.entries.size(), 1);
        QVERIFY(outside.entries.first().outsideRoot);
        QVERIFY(outside.entries.first().target.isEmpty());
    }

    void variantSymlink()
    {
        UnpackedDirectoryReader reader(m_root);
        const UnpackedListing listing = reader.list("docker.io/user");
        QVERIFY(listing.ok());
        QCOMPARE(listing.entries.size(), 1);
        const UnpackedEntry &multi = listing.entries.first();
        QCOMPARE(multi.link, UnpackedEntry::Link::Variant);
        QCOMPARE(multi.rawTarget, "../../.multiarch/$(CVMFS_ARCH:-amd64)/docker.io/user/multi:latest"_ba);
        QCOMPARE(multi.defaultArchitecture, u"amd64"_s);
        QCOMPARE(multi.architectures, QStringList({ u"amd64"_s, u"arm64"_s }));
        QCOMPARE(multi.target, UnpackedFixture::flatPath(m_typical.hashOf.value("docker.io/user/multi:latest")));
        QCOMPARE(reader.inspect(multi.target, false).state, UnpackedImageInfo::State::Runnable);
    }

    void imagesUnpackedInPlace()
    {
        UnpackedDirectoryReader reader(m_root);
        const UnpackedListing inplace = reader.list("registry.hub.docker.com/inplace");
        QCOMPARE(inplace.entries.size(), 1);
        const UnpackedEntry &old = inplace.entries.first();
        QCOMPARE(old.kind, UnpackedEntry::Kind::Tag);
        QCOMPARE(old.link, UnpackedEntry::Link::InPlace);
        QCOMPARE(old.target, "registry.hub.docker.com/inplace/old:1"_ba);
        QCOMPARE(old.modified(), QDateTime(QDate(2017, 3, 3), QTime(12, 0), Qt::UTC));
        QCOMPARE(reader.inspect(old.target, true).state, UnpackedImageInfo::State::Runnable);

        const UnpackedListing bare = reader.list("registry.hub.docker.com/singularity-image-dir");
        QVERIFY(bare.ok());
        QVERIFY(bare.isImageDirectory);
        QVERIFY(bare.entries.isEmpty()); // its root file system is not listed
    }

    void inspect()
    {
        UnpackedDirectoryReader reader(m_root);
        const QByteArray el8 = UnpackedFixture::flatPath(m_typical.hashOf.value("registry.hub.docker.com/cmssw/el8:x86_64"));
        UnpackedImageInfo info = reader.inspect(el8, true);
        QCOMPARE(info.state, UnpackedImageInfo::State::Runnable);
        QVERIFY(info.environmentRead);
        QVERIFY(info.environment.contains(u"CMSSW_VERSION"_s));
        info = reader.inspect(el8, false);
        QVERIFY(!info.environmentRead);

        info = reader.inspect(UnpackedFixture::flatPath(m_typical.hashOf.value("host.example.org:5005/group/notrunnable:1")), true);
        QCOMPARE(info.state, UnpackedImageInfo::State::NotRunnable);
        QVERIFY(!info.environmentRead);

        const UnpackedListing broken = reader.list("gitlab-registry.cern.ch/broken");
        QCOMPARE(broken.entries.size(), 1);
        info = reader.inspect(broken.entries.first().target, false);
        QCOMPARE(info.state, UnpackedImageInfo::State::Missing);
        QCOMPARE(info.error.code(), ErrorCode::NotFound);
        QVERIFY(info.error.message().contains(u"Broken link"_s));

        for (const QByteArray &hostile : { "../../etc"_ba, "/etc"_ba, QByteArray(), "a//b"_ba }) {
            info = reader.inspect(hostile, true);
            QCOMPARE(info.state, UnpackedImageInfo::State::Missing);
            QVERIFY(!info.environmentRead);
        }
        info = reader.inspect("registry.hub.docker.com/README.md", false);
        QCOMPARE(info.state, UnpackedImageInfo::State::NotRunnable);
    }

    void missingRoots()
    {
        QTemporaryDir base;
        const QString cvmfs = base.filePath(u"cvmfs"_s);
        // No /cvmfs at all: CVMFS is not installed.
        UnpackedListing listing = UnpackedDirectoryReader(cvmfs + u"/unpacked.cern.ch"_s, cvmfs).list({});
        QCOMPARE(listing.error.code(), ErrorCode::NotFound);
        QVERIFY2(listing.error.message().contains(u"CVMFS is not installed"_s), qPrintable(listing.error.message()));
        QVERIFY(listing.error.details().contains(u"open("_s));
        // /cvmfs exists, the repository does not: not mounted.
        QVERIFY(QDir().mkpath(cvmfs));
        listing = UnpackedDirectoryReader(cvmfs + u"/unpacked.cern.ch"_s, cvmfs).list({});
        QCOMPARE(listing.error.code(), ErrorCode::NotFound);
        QVERIFY(listing.error.message().contains(u"not mounted"_s));
        QVERIFY(listing.error.message().contains(u"cvmfs_config probe unpacked.cern.ch"_s));
        // Mounted by autofs as an empty directory.
        QVERIFY(QDir().mkpath(cvmfs + u"/unpacked.cern.ch"_s));
        listing = UnpackedDirectoryReader(cvmfs + u"/unpacked.cern.ch"_s, cvmfs).list({});
        QCOMPARE(listing.error.code(), ErrorCode::NotFound);
        QVERIFY(listing.error.message().contains(u"is empty"_s));
        // Outside /cvmfs: a plain folder that does not exist.
        listing = UnpackedDirectoryReader(base.filePath(u"nowhere"_s), cvmfs).list({});
        QVERIFY(listing.error.message().contains(u"does not exist"_s));
        QVERIFY(!listing.error.message().contains(u"cvmfs_config"_s));
        // A file as root.
        QFile file(base.filePath(u"file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        listing = UnpackedDirectoryReader(base.filePath(u"file"_s), cvmfs).list({});
        QVERIFY(listing.error.message().contains(u"not a folder"_s));
        // An empty folder outside /cvmfs is just empty.
        QVERIFY(QDir().mkpath(base.filePath(u"empty"_s)));
        listing = UnpackedDirectoryReader(base.filePath(u"empty"_s), cvmfs).list({});
        QVERIFY(listing.ok());
    }

    void subdirectoryProblems()
    {
        UnpackedDirectoryReader reader(m_root);
        UnpackedListing listing = reader.list("registry.hub.docker.com/gone-meanwhile");
        QCOMPARE(listing.error.code(), ErrorCode::NotFound);
        QVERIFY(listing.error.message().contains(u"Refresh"_s));
        // A public name is a link: never walked into.
        listing = reader.list("registry.hub.docker.com/cmssw/el8:x86_64");
        QVERIFY(!listing.ok());
        QVERIFY(listing.entries.isEmpty());
        // Hostile paths are refused before touching anything.
        for (const QByteArray &hostile : { "../.."_ba, "/etc"_ba, "a//b"_ba, "a/./b"_ba, "x/"_ba }) {
            listing = reader.list(hostile);
            QCOMPARE(listing.error.code(), ErrorCode::InvalidConfiguration);
        }
        if (::geteuid() != 0) {
            m_fixture->addDirectory("registry.hub.docker.com/private");
            QFile::setPermissions(m_root + u"/registry.hub.docker.com/private"_s, QFileDevice::Permissions());
            listing = reader.list("registry.hub.docker.com/private");
            QCOMPARE(listing.error.code(), ErrorCode::PermissionDenied);
            QFile::setPermissions(m_root + u"/registry.hub.docker.com/private"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }

    void explainFailure_data()
    {
        QTest::addColumn<int>("errorNumber");
        QTest::addColumn<QByteArray>("directory");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("permission") << EACCES << "x"_ba << int(ErrorCode::PermissionDenied) << u"Permission denied"_s;
        QTest::newRow("eperm") << EPERM << QByteArray() << int(ErrorCode::PermissionDenied) << u"Permission denied"_s;
        QTest::newRow("client gone") << ENOTCONN << QByteArray() << int(ErrorCode::ConnectionFailed) << u"cvmfs_config probe unpacked.cern.ch"_s;
        QTest::newRow("io error") << EIO << "x/y"_ba << int(ErrorCode::ConnectionFailed) << u"cvmfs_config stat -v unpacked.cern.ch"_s;
        QTest::newRow("loop") << ELOOP << "x"_ba << int(ErrorCode::NotFound) << u"link"_s;
        QTest::newRow("other") << ENOMEM << "x"_ba << int(ErrorCode::InvalidConfiguration) << u"Cannot read"_s;
    }
    void explainFailure()
    {
        QFETCH(int, errorNumber);
        QFETCH(QByteArray, directory);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Error error = UnpackedDirectoryReader::explainFailure(u"/cvmfs/unpacked.cern.ch"_s, directory, u"readdir"_s,
            errorNumber, u"/cvmfs"_s, true);
        QCOMPARE(int(error.code()), code);
        QVERIFY2(error.message().contains(says), qPrintable(error.message()));
        QVERIFY(error.message().contains(UnpackedDirectoryReader::displayPath(u"/cvmfs/unpacked.cern.ch"_s, directory)));
        QVERIFY(error.details().startsWith(u"readdir("_s));
    }

    void timeoutMessageNamesTheDirectory()
    {
        const Error error = UnpackedDirectoryReader::timeoutError(u"/cvmfs/unpacked.cern.ch"_s, "registry.hub.docker.com/caf\xe9", 15000);
        QCOMPARE(error.code(), ErrorCode::Timeout);
        QVERIFY(error.message().contains(u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/caf\\xe9"_s));
        QVERIFY(error.message().contains(u"15 s"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<UnpackedFixture> m_fixture;
    UnpackedFixture::Typical m_typical;
};

QTEST_GUILESS_MAIN(tst_UnpackedDirectoryReader)
#include "tst_unpackeddirectoryreader.moc"
