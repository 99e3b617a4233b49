// SPDX-License-Identifier: Apache-2.0
#include "unpacked/UnpackedEntry.h"
#include "unpacked/UnpackedLayout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::UnpackedEntry;
using Wharf::UnpackedLayout;

namespace {

const QByteArray Hash = "28ba0646b6e6" + QByteArray("0123456789abcdef").repeated(3) + "0123";
const QString HashText = QString::fromLatin1(Hash);

} // namespace

class tst_UnpackedLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hidden_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("hidden");
        for (const char *name : { ".flat", ".layers", ".chains", ".metadata", ".multiarch", ".cvmfscatalog",
                 ".cvmfsdirtab", ".singularity.d", ".", "..", ".x", "podmanStore" })
            QTest::newRow(name) << QByteArray(name) << true;
        for (const char *name : { "registry.hub.docker.com", "cmssw", "el8:x86_64", "podmanstore", "PodmanStore",
                 "podmanStore2", "a.flat", "" })
            QTest::newRow(*name ? name : "empty") << QByteArray(name) << false;
    }
    void hidden()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, hidden);
        QCOMPARE(UnpackedLayout::isHiddenName(name), hidden);
    }

    void safeComponents_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("component");
        QTest::addColumn<bool>("path");
        QTest::newRow("plain") << "cmssw"_ba << true << true;
        QTest::newRow("tag") << "el8:x86_64"_ba << true << true;
        QTest::newRow("latin-1 bytes") << "caf\xe9"_ba << true << true;
        QTest::newRow("empty") << QByteArray() << false << true;
        QTest::newRow("dot") << "."_ba << false << false;
        QTest::newRow("dot dot") << ".."_ba << false << false;
        QTest::newRow("slash") << "a/b"_ba << false << true;
        QTest::newRow("leading slash") << "/a"_ba << false << false;
        QTest::newRow("trailing slash") << "a/"_ba << false << false;
        QTest::newRow("double slash") << "a//b"_ba << false << false;
        QTest::newRow("climbing") << "a/../b"_ba << false << false;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << false << false;
    }
    void safeComponents()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, component);
        QFETCH(bool, path);
        QCOMPARE(UnpackedLayout::isSafeComponent(name), component);
        QCOMPARE(UnpackedLayout::isSafeRelativePath(name), path);
    }

    void displayName_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << "el8:x86_64"_ba << u"el8:x86_64"_s << true;
        QTest::newRow("utf-8") << "caf\xc3\xa9"_ba << u"café"_s << true;
        QTest::newRow("4-byte utf-8") << "\xf0\x9f\x90\xb3"_ba << u"🐳"_s << true;
        QTest::newRow("backslash in a valid name stays") << "a\\b"_ba << u"a\\b"_s << true;
        QTest::newRow("latin-1") << "caf\xe9"_ba << u"caf\\xe9"_s << false;
        QTest::newRow("lone continuation") << "a\x80z"_ba << u"a\\x80z"_s << false;
        QTest::newRow("truncated sequence") << "a\xc3"_ba << u"a\\xc3"_s << false;
        QTest::newRow("overlong slash") << "\xc0\xaf"_ba << u"\\xc0\\xaf"_s << false;
        QTest::newRow("surrogate") << "\xed\xa0\x80"_ba << u"\\xed\\xa0\\x80"_s << false;
        QTest::newRow("above U+10FFFF") << "\xf4\x90\x80\x80"_ba << u"\\xf4\\x90\\x80\\x80"_s << false;
        QTest::newRow("newline") << "a\nb"_ba << u"a\\x0ab"_s << false;
        QTest::newRow("escape character") << "\x1b[31m"_ba << u"\\x1b[31m"_s << false;
        QTest::newRow("delete") << "a\x7f"_ba << u"a\\x7f"_s << false;
        QTest::newRow("backslash doubled once escaping") << "\\\xff"_ba << u"\\\\\\xff"_s << false;
        QTest::newRow("mixed valid and invalid") << "\xc3\xa9\xff"_ba << u"é\\xff"_s << false;
        QTest::newRow("empty") << QByteArray() << QString() << true;
    }
    void displayName()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, shown);
        QFETCH(bool, valid);
        bool isValid = !valid;
        QCOMPARE(UnpackedLayout::displayName(raw, &isValid), shown);
        QCOMPARE(isValid, valid);
    }

    void displayPath()
    {
        QCOMPARE(UnpackedLayout::displayPath("gitlab-registry.cern.ch/weird/caf\xe9:1"), u"gitlab-registry.cern.ch/weird/caf\\xe9:1"_s);
        QCOMPARE(UnpackedLayout::displayPath({}), QString());
    }

    void splitName_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        const QString digest = u"sha256:"_s + HashText;
        QTest::newRow("tag") << u"el8:x86_64"_s << u"el8"_s << u"x86_64"_s << QString();
        QTest::newRow("version tag") << u"analysisbase:21.2.10"_s << u"analysisbase"_s << u"21.2.10"_s << QString();
        QTest::newRow("bare") << u"el8"_s << u"el8"_s << QString() << QString();
        QTest::newRow("at digest") << u"busybox@"_s + digest << u"busybox"_s << QString() << digest;
        QTest::newRow("tag and digest") << u"app:1.0@"_s + digest << u"app"_s << u"1.0"_s << digest;
        QTest::newRow("ducc digest-only") << u"alpine:"_s + digest << u"alpine"_s << QString() << digest;
        QTest::newRow("at without digest") << u"a@b"_s << u"a@b"_s << QString() << QString();
        QTest::newRow("at with short hex") << u"a@sha256:abc"_s << u"a@sha256"_s << u"abc"_s << QString();
        QTest::newRow("upper-case hex is not a digest") << u"a:sha256:"_s + HashText.toUpper() << u"a"_s
                                                        << u"sha256:"_s + HashText.toUpper() << QString();
        QTest::newRow("colon in tag") << u"a:b:c"_s << u"a"_s << u"b:c"_s << QString();
        QTest::newRow("empty image") << u":tag"_s << QString() << u"tag"_s << QString();
        QTest::newRow("empty tag") << u"img:"_s << u"img"_s << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString() << QString();
    }
    void splitName()
    {
        QFETCH(QString, component);
        QFETCH(QString, image);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        const UnpackedLayout::Name name = UnpackedLayout::splitName(component);
        QCOMPARE(name.image, image);
        QCOMPARE(name.tag, tag);
        QCOMPARE(name.digest, digest);
    }

    void resolveTarget_data()
    {
        QTest::addColumn<QByteArray>("directory");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("resolved");
        QTest::addColumn<bool>("outside");
        const QByteArray flat = ".flat/28/" + Hash;
        QTest::newRow("depth 2") << "gitlab-registry.cern.ch/awesome-workshop"_ba << "../../" + flat << flat << false;
        QTest::newRow("depth 1") << "registry.hub.docker.com"_ba << "../" + flat << flat << false;
        QTest::newRow("depth 5") << "gitlab-registry.cern.ch/a/b/c/d"_ba << "../../../../../" + flat << flat << false;
        QTest::newRow("dots and double slashes") << "h/ns"_ba << "./..//../.flat/./28/" + Hash << flat << false;
        QTest::newRow("one level too shallow") << "h/a/b"_ba << "../../" + flat << "h/" + flat << false;
        QTest::newRow("one level too deep") << "h/ns"_ba << "../../../" + flat << QByteArray() << true;
        QTest::newRow("escape") << "h/ns"_ba << "../../../../etc"_ba << QByteArray() << true;
        QTest::newRow("absolute below root") << "h/ns"_ba << "/cvmfs/unpacked.cern.ch/" + flat << flat << false;
        QTest::newRow("absolute root with slash") << "h"_ba << "/cvmfs/unpacked.cern.ch//" + flat << flat << false;
        QTest::newRow("absolute sibling prefix") << "h"_ba << "/cvmfs/unpacked.cern.chX/" + flat << QByteArray() << true;
        QTest::newRow("absolute elsewhere") << "h"_ba << "/etc/passwd"_ba << QByteArray() << true;
        QTest::newRow("absolute climbing out") << "h"_ba << "/cvmfs/unpacked.cern.ch/../x"_ba << QByteArray() << true;
        QTest::newRow("empty") << "h"_ba << QByteArray() << QByteArray() << true;
        QTest::newRow("nul") << "h"_ba << QByteArray("../x\0y", 6) << QByteArray() << true;
        QTest::newRow("the root itself") << "h/ns"_ba << "../.."_ba << QByteArray() << false;
        QTest::newRow("variant text kept") << "docker.io/user"_ba << "../../.multiarch/$(CVMFS_ARCH:-amd64)/docker.io/user/img:latest"_ba
                                          << ".multiarch/$(CVMFS_ARCH:-amd64)/docker.io/user/img:latest"_ba << false;
    }
    void resolveTarget()
    {
        QFETCH(QByteArray, directory);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, resolved);
        QFETCH(bool, outside);
        const UnpackedLayout::Target result = UnpackedLayout::resolveTarget("/cvmfs/unpacked.cern.ch", directory, target);
        QCOMPARE(result.path, resolved);
        QCOMPARE(result.outsideRoot, outside);
    }

    void imageId_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("id");
        QTest::newRow("flat") << ".flat/28/" + Hash << u"sha256:"_s + HashText;
        QTest::newRow("older .images") << ".images/28/" + Hash << u"sha256:"_s + HashText;
        QTest::newRow("wrong prefix") << ".flat/29/" + Hash << QString();
        QTest::newRow("not hidden") << "flat/28/" + Hash << QString();
        QTest::newRow("short") << ".flat/28/" + Hash.chopped(1) << QString();
        QTest::newRow("upper case") << ".flat/28/" + Hash.toUpper() << QString();
        QTest::newRow("deeper") << ".flat/28/" + Hash + "/bin" << QString();
        QTest::newRow("three-letter prefix") << ".flat/28b/" + Hash << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void imageId()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, id);
        QCOMPARE(UnpackedLayout::imageIdFromTarget(target), id);
    }

    void variant_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QByteArray>("fallback");
        QTest::addColumn<bool>("architecture");
        QTest::addColumn<QByteArray>("expanded"); // with "arm64"
        QTest::newRow("ducc") << "../../.multiarch/$(CVMFS_ARCH:-amd64)/docker.io/user/img:latest"_ba << true
                              << "CVMFS_ARCH"_ba << "amd64"_ba << true << "../../.multiarch/arm64/docker.io/user/img:latest"_ba;
        QTest::newRow("no default") << "../$(CVMFS_ARCH)/x"_ba << true << "CVMFS_ARCH"_ba << QByteArray() << true
                                    << "../arm64/x"_ba;
        QTest::newRow("at the start") << "$(CVMFS_ARCH:-x86_64)/img"_ba << true << "CVMFS_ARCH"_ba << "x86_64"_ba << true
                                      << "arm64/img"_ba;
        QTest::newRow("inside a component") << "../img-$(CVMFS_ARCH:-amd64)"_ba << true << "CVMFS_ARCH"_ba << "amd64"_ba
                                            << false << "../img-arm64"_ba;
        QTest::newRow("another variable") << "../$(OS_VERSION:-el9)/x"_ba << true << "OS_VERSION"_ba << "el9"_ba << false
                                          << "../arm64/x"_ba;
        QTest::newRow("plain link") << "../../.flat/28/abc"_ba << false << QByteArray() << QByteArray() << false << QByteArray();
        QTest::newRow("unclosed") << "../$(CVMFS_ARCH:-amd64/x"_ba << false << QByteArray() << QByteArray() << false << QByteArray();
        QTest::newRow("empty name") << "../$()/x"_ba << false << QByteArray() << QByteArray() << false << QByteArray();
        QTest::newRow("bad name") << "../$(1ARCH)/x"_ba << false << QByteArray() << QByteArray() << false << QByteArray();
        QTest::newRow("shell syntax") << "../${CVMFS_ARCH}/x"_ba << false << QByteArray() << QByteArray() << false << QByteArray();
    }
    void variant()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, valid);
        QFETCH(QByteArray, variable);
        QFETCH(QByteArray, fallback);
        QFETCH(bool, architecture);
        QFETCH(QByteArray, expanded);
        const UnpackedLayout::Variant variant = UnpackedLayout::parseVariant(target);
        QCOMPARE(variant.valid, valid);
        QCOMPARE(variant.variable, variable);
        QCOMPARE(variant.defaultValue, fallback);
        QCOMPARE(variant.isArchitectureComponent(), architecture);
        if (valid)
            QCOMPARE(variant.expand("arm64"), expanded);
    }

    void complete()
    {
        UnpackedEntry entry;
        entry.kind = UnpackedEntry::Kind::Tag;
        entry.link = UnpackedEntry::Link::Symlink;
        entry.rawName = "payload-docker-cms:3daaa96e";
        entry.rawTarget = "../../.flat/28/" + Hash;
        UnpackedLayout::complete(entry, "/cvmfs/unpacked.cern.ch", "gitlab-registry.cern.ch/awesome-workshop");
        QCOMPARE(entry.name, u"payload-docker-cms:3daaa96e"_s);
        QCOMPARE(entry.image, u"payload-docker-cms"_s);
        QCOMPARE(entry.tag, u"3daaa96e"_s);
        QCOMPARE(entry.target, ".flat/28/" + Hash);
        QCOMPARE(entry.imageId(), u"sha256:"_s + HashText);
        QVERIFY(!entry.outsideRoot);

        // A variant's target comes from the file system; a hostile one is dropped.
        UnpackedEntry variant;
        variant.kind = UnpackedEntry::Kind::Tag;
        variant.link = UnpackedEntry::Link::Variant;
        variant.rawName = "img:latest";
        variant.rawTarget = "../../.multiarch/$(CVMFS_ARCH:-amd64)/docker.io/user/img:latest";
        variant.variantTarget = "../../../etc";
        UnpackedLayout::complete(variant, "/r", "docker.io/user");
        QVERIFY(variant.target.isEmpty());
        QVERIFY(variant.variantTarget.isEmpty());
        variant.variantTarget = ".flat/28/" + Hash;
        UnpackedLayout::complete(variant, "/r", "docker.io/user");
        QCOMPARE(variant.target, ".flat/28/" + Hash);

        UnpackedEntry inPlace;
        inPlace.kind = UnpackedEntry::Kind::Tag;
        inPlace.link = UnpackedEntry::Link::InPlace;
        inPlace.rawName = "old:1";
        UnpackedLayout::complete(inPlace, "/r", "registry.hub.docker.com/inplace");
        QCOMPARE(inPlace.target, "registry.hub.docker.com/inplace/old:1"_ba);

        UnpackedEntry directory;
        directory.rawName = "caf\xe9";
        UnpackedLayout::complete(directory, "/r", "h");
        QCOMPARE(directory.name, u"caf\\xe9"_s);
        QVERIFY(!directory.validName);
        QVERIFY(directory.image.isEmpty());
    }

    void engineReference_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("reference");
        QTest::newRow("hub") << u"registry.hub.docker.com/cmssw/el8"_s << u"x86_64"_s << QString() << u"docker.io/cmssw/el8:x86_64"_s;
        QTest::newRow("hub library") << u"registry.hub.docker.com/centos"_s << u"7"_s << QString() << u"docker.io/library/centos:7"_s;
        QTest::newRow("gitlab") << u"gitlab-registry.cern.ch/a/b/c"_s << u"1"_s << QString() << u"gitlab-registry.cern.ch/a/b/c:1"_s;
        QTest::newRow("port") << u"host:5005/x/y"_s << u"1"_s << QString() << u"host:5005/x/y:1"_s;
        QTest::newRow("osg namespace") << u"opensciencegrid/osgvo-el7"_s << u"latest"_s << QString()
                                       << u"docker.io/opensciencegrid/osgvo-el7:latest"_s;
        QTest::newRow("digest") << u"ghcr.io/o/i"_s << QString() << u"sha256:abc"_s << u"ghcr.io/o/i@sha256:abc"_s;
        QTest::newRow("bare") << u"quay.io/o/i"_s << QString() << QString() << u"quay.io/o/i"_s;
    }
    void engineReference()
    {
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, reference);
        QCOMPARE(UnpackedLayout::engineReference(repository, tag, digest), reference);
    }

    void hostileInputsDoNotCrash()
    {
        // Every byte value, long names, many slashes: no crash, no assertion.
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        bool valid = true;
        QVERIFY(!UnpackedLayout::displayName(all, &valid).isEmpty());
        QVERIFY(!valid);
        const QByteArray huge = QByteArray("../", 3).repeated(100'000) + "x";
        QVERIFY(UnpackedLayout::resolveTarget("/r", "a/b", huge).outsideRoot);
        const QByteArray slashes = QByteArray("/").repeated(100'000);
        QCOMPARE(UnpackedLayout::resolveTarget("/r", "a", slashes).outsideRoot, true);
        QVERIFY(!UnpackedLayout::parseVariant(QByteArray("$(").repeated(50'000)).valid);
        UnpackedLayout::splitName(QString(u'@').repeated(10'000) + QString(u':').repeated(10'000));
    }
};

QTEST_GUILESS_MAIN(tst_UnpackedLayout)
#include "tst_unpackedlayout.moc"
