// SPDX-License-Identifier: Apache-2.0
// FuseDeviceCheck against prepared roots: /dev/fuse absent, a regular file, a real character
// device; fuse in /proc/filesystems or /proc/modules or neither.
#include "DiagnosticsFixtures.h"
#include "diagnostics/FuseDeviceCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

const QByteArray filesystemsWithFuse
    = "nodev\tsysfs\nnodev\ttmpfs\n\text4\nnodev\tfuse\n\tfuseblk\nnodev\tfusectl\n";
const QByteArray filesystemsWithoutFuse = "nodev\tsysfs\n\text4\n\tfuseblk\nnodev\tfusectl\n";

} // namespace

class tst_FuseDeviceCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingDeviceFails()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/proc/filesystems"_s, filesystemsWithFuse));
        FuseDeviceCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.id, u"dev-fuse"_s);
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(anyContains(result.evidence, u"/dev/fuse: does not exist"_s));
        QVERIFY(result.fixCommands.contains(QStringList { u"sudo"_s, u"modprobe"_s, u"fuse"_s }));
        QVERIFY(anyContains(result.fixSteps, u"sudo modprobe fuse"_s));
        QCOMPARE(result.catalogueId, u"host-dev-fuse-missing"_s);
    }

    void regularFileIsNotACharacterDevice()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/dev/fuse"_s, "not a device"));
        QVERIFY(root.write(u"/proc/filesystems"_s, filesystemsWithFuse));
        FuseDeviceCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(anyContains(result.evidence, u"not a character device"_s));
    }

    void characterDeviceAndFuseFilesystemIsOk()
    {
        DiagnosticsRoot root;
        QVERIFY(root.characterDevice(u"/dev/fuse"_s));
        QVERIFY(root.write(u"/proc/filesystems"_s, filesystemsWithFuse));
        FuseDeviceCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(anyContains(result.evidence, u"character device"_s));
        QVERIFY(anyContains(result.evidence, u"/proc/filesystems: lists fuse"_s));
    }

    void moduleLoadedIsOk()
    {
        DiagnosticsRoot root;
        QVERIFY(root.characterDevice(u"/dev/fuse"_s));
        QVERIFY(root.write(u"/proc/filesystems"_s, filesystemsWithoutFuse));
        QVERIFY(root.write(
            u"/proc/modules"_s, "overlay 151552 0 - Live 0x0\nfuse 176128 3 - Live 0x0\n"));
        FuseDeviceCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(anyContains(result.evidence, u"the fuse module is loaded"_s));
    }

    void deviceWithoutFuseInTheKernelIsAWarning()
    {
        DiagnosticsRoot root;
        QVERIFY(root.characterDevice(u"/dev/fuse"_s));
        QVERIFY(root.write(u"/proc/filesystems"_s, filesystemsWithoutFuse));
        QVERIFY(
            root.write(u"/proc/modules"_s, "fuse3x 1 0 - Live 0x0\noverlay 151552 0 - Live 0x0\n"));
        FuseDeviceCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(result.fixCommands.contains(QStringList { u"sudo"_s, u"modprobe"_s, u"fuse"_s }));
    }

    void unreadableProcIsReported()
    {
        DiagnosticsRoot root;
        QVERIFY(root.characterDevice(u"/dev/fuse"_s));
        FuseDeviceCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(anyContains(result.evidence, u"/proc/filesystems: No such file or directory"_s));
    }

    void macosIsNotApplicable()
    {
        DiagnosticsRoot root;
        HostEnvironment env = root.environment();
        env.os = HostEnvironment::Os::MacOs;
        FuseDeviceCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::NotApplicable);
    }

    void filesystemsParsing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("fuse");
        QTest::newRow("fuse") << QByteArray("nodev\tfuse\n") << true;
        QTest::newRow("no final newline") << QByteArray("\text4\nnodev\tfuse") << true;
        QTest::newRow("crlf") << QByteArray("nodev\tfuse\r\n") << true;
        QTest::newRow("fuseblk only") << QByteArray("\tfuseblk\n") << false;
        QTest::newRow("fusectl only") << QByteArray("nodev\tfusectl\n") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("garbage") << QByteArray("\x01\x02\xff fusex\n") << false;
        QTest::newRow("nul inside") << QByteArray("nodev\tfu\0se\n", 12) << false;
        QTest::newRow("huge") << QByteArray(1 << 20, 'x') << false;
    }

    void filesystemsParsing()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, fuse);
        QCOMPARE(FuseDeviceCheck::filesystemsListFuse(content), fuse);
    }

    void modulesParsing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("fuse");
        QTest::newRow("loaded") << QByteArray("fuse 176128 3 - Live 0x0\n") << true;
        QTest::newRow("later line")
            << QByteArray("ext4 1 0 - Live 0x0\nfuse 1 0 - Live 0x0") << true;
        QTest::newRow("prefix only") << QByteArray("fuseblk 1 0 - Live 0x0\n") << false;
        QTest::newRow("not at start") << QByteArray("cuse fuse 1\n") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void modulesParsing()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, fuse);
        QCOMPARE(FuseDeviceCheck::modulesListFuse(content), fuse);
    }
};

QTEST_GUILESS_MAIN(tst_FuseDeviceCheck)
#include "tst_fusedevicecheck.moc"
