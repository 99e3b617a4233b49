// SPDX-License-Identifier: Apache-2.0
// DockerDesktopFileSharingCheck against prepared home folders: the macOS and the Linux settings
// files (older settings.json and newer settings-store.json), covered and not covered, broken
// JSON, and Docker Desktop not installed.
#include "DiagnosticsFixtures.h"
#include "diagnostics/DockerDesktopFileSharingCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

const QString macSettingsFile
    = u"/home/alice/Library/Group Containers/group.com.docker/settings.json"_s;
const QString macStoreFile
    = u"/home/alice/Library/Group Containers/group.com.docker/settings-store.json"_s;
const QString linuxSettingsFile = u"/home/alice/.docker/desktop/settings.json"_s;
const QString linuxStoreFile = u"/home/alice/.docker/desktop/settings-store.json"_s;

HostEnvironment macEnvironment(const DiagnosticsRoot &root)
{
    HostEnvironment env = root.environment();
    env.os = HostEnvironment::Os::MacOs;
    env.workingDirectory = u"/Users/alice/analysis"_s;
    return env;
}

} // namespace

class tst_DockerDesktopFileSharingCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void macCovered()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs"_s));
        QVERIFY(root.write(macSettingsFile,
            R"({"filesharingDirectories":["/Users","/Volumes","/private","/tmp","/cvmfs"]})"));
        DockerDesktopFileSharingCheck check;
        const CheckResult result = runCheck(check, macEnvironment(root));
        QCOMPARE(result.id, u"docker-desktop-file-sharing"_s);
        QCOMPARE(result.group, CheckGroup::DockerDesktop);
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(anyContains(result.evidence, u"/cvmfs: shared (through /cvmfs)"_s));
        QVERIFY(anyContains(result.evidence, u"/Users/alice/analysis: shared (through /Users)"_s));
    }

    void macCvmfsNotCoveredFails()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs"_s));
        QVERIFY(root.write(
            macSettingsFile, R"({"filesharingDirectories":["/Users","/Volumes","/cvmfs2"]})"));
        DockerDesktopFileSharingCheck check;
        const CheckResult result = runCheck(check, macEnvironment(root));
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(result.summary.contains(u"/cvmfs"_s));
        QVERIFY(result.summary.contains(u"Mounts denied"_s));
        QVERIFY(!result.summary.contains(u"/Users/alice/analysis"_s));
        QVERIFY(anyContains(result.fixSteps, u"File sharing"_s));
        QVERIFY(anyContains(result.fixSteps, u"macFUSE"_s));
        QCOMPARE(result.catalogueId, u"docker-desktop-mounts-denied"_s);
    }

    void workingFolderNotCoveredFails()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(macSettingsFile, R"({"filesharingDirectories":["/Users"]})"));
        HostEnvironment env = macEnvironment(root);
        env.workingDirectory = u"/opt/analysis"_s;
        DockerDesktopFileSharingCheck check;
        const CheckResult result = runCheck(check, env);
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(result.summary.contains(u"/opt/analysis"_s));
        // No /cvmfs on this Mac: not needed, not a failure.
        QVERIFY(anyContains(
            result.evidence, u"/cvmfs: not shared, and not present on this computer"_s));
    }

    void newerStoreFileWinsOverTheOlderOne()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs"_s));
        QVERIFY(root.write(macSettingsFile, R"({"filesharingDirectories":["/Users"]})"));
        QVERIFY(root.write(macStoreFile, R"({"FilesharingDirectories":["/Users","/cvmfs"]})"));
        DockerDesktopFileSharingCheck check;
        const CheckResult result = runCheck(check, macEnvironment(root));
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(anyContains(
            result.evidence, u"settings-store.json: File Sharing list: /Users, /cvmfs"_s));
    }

    void macDefaultsWhenTheListIsMissing()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs"_s));
        QVERIFY(root.write(macSettingsFile, R"({"cpus":4})"));
        DockerDesktopFileSharingCheck check;
        const CheckResult result = runCheck(check, macEnvironment(root));
        QCOMPARE(result.status, CheckStatus::Failed); // /cvmfs is not among the defaults
        QVERIFY(
            anyContains(result.evidence, u"Docker Desktop's default applies: /Users, /Volumes"_s));
    }

    void linuxSettings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("working");
        QTest::addColumn<int>("status");
        QTest::newRow("older, covered")
            << linuxSettingsFile
            << QByteArray(R"({"filesharingDirectories":["/home/alice","/cvmfs"]})")
            << u"/home/alice/analysis"_s << int(CheckStatus::Ok);
        QTest::newRow("newer, covered")
            << linuxStoreFile << QByteArray(R"({"FilesharingDirectories":["/"]})") << u"/srv/data"_s
            << int(CheckStatus::Ok);
        QTest::newRow("older, cvmfs missing")
            << linuxSettingsFile << QByteArray(R"({"filesharingDirectories":["/home/alice"]})")
            << u"/home/alice/analysis"_s << int(CheckStatus::Failed);
        QTest::newRow("newer, working folder missing")
            << linuxStoreFile
            << QByteArray(R"({"FilesharingDirectories":["/cvmfs","/home/alice"]})")
            << u"/data/run"_s << int(CheckStatus::Failed);
    }

    void linuxSettings()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, json);
        QFETCH(QString, working);
        QFETCH(int, status);
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs"_s));
        // The home directory of the environment is real (not under the root): a temp folder.
        HostEnvironment env = root.environment();
        env.homeDirectory = root.path(u"/home/alice"_s);
        env.workingDirectory = working;
        QVERIFY(root.write(file, json));
        DockerDesktopFileSharingCheck check;
        const CheckResult result = runCheck(check, env);
        QCOMPARE(int(result.status), status);
    }

    void brokenJsonIsAWarning_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray(R"({"filesharingDirectories":["/Users")");
        QTest::newRow("wrong type") << QByteArray(R"({"filesharingDirectories":42})");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3);
    }

    void brokenJsonIsAWarning()
    {
        QFETCH(QByteArray, json);
        DiagnosticsRoot root;
        QVERIFY(root.write(macSettingsFile, json));
        DockerDesktopFileSharingCheck check;
        const CheckResult result = runCheck(check, macEnvironment(root));
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(anyContains(result.fixSteps, u"/cvmfs"_s));
    }

    void notInstalledIsNotApplicable()
    {
        DiagnosticsRoot root;
        DockerDesktopFileSharingCheck check;
        const CheckResult mac = runCheck(check, macEnvironment(root));
        QCOMPARE(mac.status, CheckStatus::NotApplicable);
        QVERIFY(anyContains(mac.evidence, u"group.com.docker/settings.json: not present"_s));
        const CheckResult linuxResult = runCheck(check, root.environment());
        QCOMPARE(linuxResult.status, CheckStatus::NotApplicable);
        HostEnvironment windows = root.environment();
        windows.os = HostEnvironment::Os::Windows;
        QCOMPARE(runCheck(check, windows).status, CheckStatus::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(tst_DockerDesktopFileSharingCheck)
#include "tst_dockerdesktopfilesharingcheck.moc"
