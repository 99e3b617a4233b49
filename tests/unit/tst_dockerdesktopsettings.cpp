// SPDX-License-Identifier: Apache-2.0
// The Docker Desktop settings parser (both key spellings, broken and hostile JSON) and the
// File Sharing coverage rule (whole path components).
#include "diagnostics/DockerDesktopSettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_DockerDesktopSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("hasList");
        QTest::addColumn<QStringList>("directories");
        QTest::addColumn<int>("skipped");
        QTest::newRow("settings.json (older)") << QByteArray(
            R"({"filesharingDirectories":["/Users","/Volumes","/private","/tmp","/var/folders"],"cpus":4})")
                                               << true << true
                                               << QStringList { u"/Users"_s, u"/Volumes"_s,
                                                      u"/private"_s, u"/tmp"_s, u"/var/folders"_s }
                                               << 0;
        QTest::newRow("settings-store.json (newer)")
            << QByteArray(R"({"AutoStart":false,"FilesharingDirectories":["/Users","/cvmfs"]})")
            << true << true << QStringList { u"/Users"_s, u"/cvmfs"_s } << 0;
        QTest::newRow("no list") << QByteArray(R"({"cpus":4})") << true << false << QStringList()
                                 << 0;
        QTest::newRow("empty list")
            << QByteArray(R"({"filesharingDirectories":[]})") << true << true << QStringList() << 0;
        QTest::newRow("wrong entry types")
            << QByteArray(R"({"filesharingDirectories":["/Users",4,null,{"a":1},["/x"],"",true]})")
            << true << true << QStringList { u"/Users"_s } << 6;
        QTest::newRow("list is a string") << QByteArray(R"({"filesharingDirectories":"/Users"})")
                                          << false << false << QStringList() << 0;
        QTest::newRow("list is an object")
            << QByteArray(R"({"filesharingDirectories":{"0":"/Users"}})") << false << false
            << QStringList() << 0;
        QTest::newRow("broken json") << QByteArray(R"({"filesharingDirectories":["/Users")")
                                     << false << false << QStringList() << 0;
        QTest::newRow("empty file") << QByteArray() << false << false << QStringList() << 0;
        QTest::newRow("top-level array")
            << QByteArray(R"(["/Users"])") << false << false << QStringList() << 0;
        QTest::newRow("nul in an entry")
            << QByteArray("{\"filesharingDirectories\":[\"/Us\0ers\"]}", 38) << true << true
            << QStringList() << 1;
        QTest::newRow("binary") << QByteArray("\xff\xfe{\x00}", 5) << false << false
                                << QStringList() << 0;
        QTest::newRow("unicode path")
            << QByteArray(R"({"filesharingDirectories":["/Users/j\u00fcrgen"]})") << true << true
            << QStringList { u"/Users/jürgen"_s } << 0;
    }

    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(bool, hasList);
        QFETCH(QStringList, directories);
        QFETCH(int, skipped);
        const Result<DockerDesktopSettings> settings = DockerDesktopSettings::parse(json);
        QCOMPARE(settings.ok(), ok);
        if (!ok) {
            QCOMPARE(settings.error().code(), ErrorCode::ParseError);
            QVERIFY(!settings.error().message().isEmpty());
            return;
        }
        QCOMPARE(settings->fileSharingDirectories().has_value(), hasList);
        if (hasList)
            QCOMPARE(*settings->fileSharingDirectories(), directories);
        QCOMPARE(settings->skippedEntries(), skipped);
    }

    void hugeListIsFine()
    {
        QByteArray json = R"({"filesharingDirectories":[)";
        for (int i = 0; i < 50000; ++i)
            json += "\"/d" + QByteArray::number(i) + "\",";
        json += R"("/cvmfs"]})";
        const Result<DockerDesktopSettings> settings = DockerDesktopSettings::parse(json);
        QVERIFY(settings.ok());
        QCOMPARE(settings->fileSharingDirectories()->size(), 50001);
        QCOMPARE(DockerDesktopSettings::coveringEntry(
                     *settings->fileSharingDirectories(), u"/cvmfs/cms.cern.ch"_s),
            u"/cvmfs"_s);
    }

    void coverage_data()
    {
        QTest::addColumn<QStringList>("directories");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("entry");
        const QStringList macDefaults { u"/Users"_s, u"/Volumes"_s, u"/private"_s, u"/tmp"_s,
            u"/var/folders"_s };
        QTest::newRow("home under /Users")
            << macDefaults << u"/Users/alice/analysis"_s << u"/Users"_s;
        QTest::newRow("cvmfs not in defaults") << macDefaults << u"/cvmfs"_s << QString();
        QTest::newRow("exact") << QStringList { u"/cvmfs"_s } << u"/cvmfs"_s << u"/cvmfs"_s;
        QTest::newRow("below") << QStringList { u"/cvmfs"_s } << u"/cvmfs/cms.cern.ch"_s
                               << u"/cvmfs"_s;
        QTest::newRow("prefix is not a parent")
            << QStringList { u"/cvmfs"_s } << u"/cvmfs2"_s << QString();
        QTest::newRow("entry with trailing slash")
            << QStringList { u"/cvmfs/"_s } << u"/cvmfs"_s << u"/cvmfs/"_s;
        QTest::newRow("root shares all") << QStringList { u"/"_s } << u"/cvmfs"_s << u"/"_s;
        QTest::newRow("relative entry ignored")
            << QStringList { u"cvmfs"_s } << u"/cvmfs"_s << QString();
        QTest::newRow("dot-dot path")
            << QStringList { u"/Users"_s } << u"/Users/../cvmfs"_s << QString();
        QTest::newRow("deeper entry does not cover parent")
            << QStringList { u"/cvmfs/cms.cern.ch"_s } << u"/cvmfs"_s << QString();
        QTest::newRow("empty list") << QStringList() << u"/cvmfs"_s << QString();
    }

    void coverage()
    {
        QFETCH(QStringList, directories);
        QFETCH(QString, path);
        QFETCH(QString, entry);
        QCOMPARE(DockerDesktopSettings::coveringEntry(directories, path), entry);
    }

    void candidateFiles()
    {
        QCOMPARE(
            DockerDesktopSettings::candidateFiles(HostEnvironment::Os::MacOs, u"/Users/alice"_s),
            (QStringList {
                u"/Users/alice/Library/Group Containers/group.com.docker/settings-store.json"_s,
                u"/Users/alice/Library/Group Containers/group.com.docker/settings.json"_s }));
        QCOMPARE(
            DockerDesktopSettings::candidateFiles(HostEnvironment::Os::Linux, u"/home/alice"_s),
            (QStringList { u"/home/alice/.docker/desktop/settings-store.json"_s,
                u"/home/alice/.docker/desktop/settings.json"_s }));
        QVERIFY(
            DockerDesktopSettings::candidateFiles(HostEnvironment::Os::Windows, u"C:/Users/alice"_s)
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DockerDesktopSettings)
#include "tst_dockerdesktopsettings.moc"
