// SPDX-License-Identifier: Apache-2.0
// MountPropagationCheck against prepared /proc/self/mountinfo files: /cvmfs on a shared, a
// slave and a private mount; /shared-mounts; unreadable and garbage tables.
#include "DiagnosticsFixtures.h"
#include "diagnostics/MountPropagationCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

const QByteArray sharedRootWithAutofs
    = "27 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw\n"
      "40 27 0:35 / /cvmfs rw,relatime shared:21 - autofs /etc/auto.cvmfs rw\n"
      "312 40 0:60 / /cvmfs/cms.cern.ch ro shared:160 - fuse cvmfs2 ro\n";
const QByteArray slaveRoot = "100 90 0:50 / / rw master:1 - overlay overlay rw\n";
const QByteArray privateRoot = "27 1 254:1 / / rw,relatime - ext4 /dev/vda1 rw\n";

} // namespace

class tst_MountPropagationCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedIsOk()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/proc/self/mountinfo"_s, sharedRootWithAutofs));
        MountPropagationCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.id, u"mount-propagation"_s);
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(anyContains(result.evidence,
            u"/cvmfs is held by /cvmfs (autofs from /etc/auto.cvmfs, mount 40): shared:21"_s));
        QVERIFY(anyContains(result.evidence, u"mounted below /cvmfs: /cvmfs/cms.cern.ch"_s));
        QVERIFY(anyContains(result.evidence, u"/shared-mounts: not present"_s));
    }

    void slaveIsOk()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/proc/self/mountinfo"_s, slaveRoot));
        MountPropagationCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(result.summary.contains(u"master:1"_s));
    }

    void privateIsAWarningThatExplainsRslave()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/proc/self/mountinfo"_s, privateRoot));
        MountPropagationCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(result.summary.contains(u"rslave"_s));
        QVERIFY(result.summary.contains(u"private"_s));
        QVERIFY(result.fixCommands.contains(
            QStringList { u"sudo"_s, u"mount"_s, u"--make-rshared"_s, u"/"_s }));
        QVERIFY(result.fixCommands.contains(
            QStringList { u"findmnt"_s, u"-o"_s, u"TARGET,PROPAGATION"_s, u"/cvmfs"_s }));
        QCOMPARE(result.catalogueId, u"mount-not-shared"_s);
    }

    void sharedMountsMustBeShared()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/shared-mounts"_s));
        QVERIFY(root.write(u"/proc/self/mountinfo"_s,
            slaveRoot + "120 100 0:51 / /shared-mounts rw master:7 - tmpfs tmpfs rw\n"));
        MountPropagationCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(result.summary.contains(u"/shared-mounts"_s));
        QVERIFY(result.fixCommands.contains(
            QStringList { u"sudo"_s, u"mount"_s, u"--make-rshared"_s, u"/shared-mounts"_s }));

        QVERIFY(root.write(u"/proc/self/mountinfo"_s,
            slaveRoot + "120 100 0:51 / /shared-mounts rw shared:9 - tmpfs tmpfs rw\n"));
        QCOMPARE(runCheck(check, root.environment()).status, CheckStatus::Ok);
    }

    void unreadableTableIsAWarning()
    {
        DiagnosticsRoot root;
        MountPropagationCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(anyContains(result.evidence, u"/proc/self/mountinfo: No such file or directory"_s));
    }

    void hostileTables_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x7f"
                                               "ELF\x02\x01\x01\n\n\n");
        QTest::newRow("nul") << QByteArray(4096, '\0');
        QTest::newRow("truncated") << privateRoot.left(20);
    }

    void hostileTables()
    {
        QFETCH(QByteArray, content);
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/proc/self/mountinfo"_s, content));
        MountPropagationCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(result.summary.contains(u"not understood"_s));
    }

    void skippedLinesAreCounted()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(
            u"/proc/self/mountinfo"_s, "garbage\n" + sharedRootWithAutofs + "more garbage\n"));
        MountPropagationCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(anyContains(result.evidence, u"lines not understood and skipped: 2"_s));
    }

    void notLinuxIsNotApplicable()
    {
        DiagnosticsRoot root;
        HostEnvironment env = root.environment();
        env.os = HostEnvironment::Os::MacOs;
        MountPropagationCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(tst_MountPropagationCheck)
#include "tst_mountpropagationcheck.moc"
