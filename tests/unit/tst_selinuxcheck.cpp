// SPDX-License-Identifier: Apache-2.0
// SelinuxCheck against prepared roots: enforcing, permissive, absent, unreadable, garbage.
#include "DiagnosticsFixtures.h"
#include "diagnostics/SelinuxCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

class tst_SelinuxCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enforcingIsAWarningWithPerContainerFixesFirst()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/fs/selinux/enforce"_s, "1"));
        SelinuxCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.id, u"selinux"_s);
        QCOMPARE(result.group, CheckGroup::HostSecurity);
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(result.summary.contains(u"enforcing"_s));
        QVERIFY(anyContains(result.evidence, u"/sys/fs/selinux/enforce: 1"_s));
        const qsizetype labelDisable
            = indexContaining(result.fixSteps, u"--security-opt label=disable"_s);
        const qsizetype relabel = indexContaining(result.fixSteps, u":z"_s);
        const qsizetype setenforce = indexContaining(result.fixSteps, u"setenforce 0"_s);
        QVERIFY(labelDisable >= 0);
        QVERIFY(relabel >= 0);
        QVERIFY(setenforce >= 0);
        QVERIFY2(labelDisable < setenforce && relabel < setenforce,
            "per-container fixes come before setenforce 0");
        QVERIFY(result.fixCommands.contains(QStringList { u"sudo"_s, u"setenforce"_s, u"0"_s }));
        QCOMPARE(result.catalogueId, u"selinux-fuse-map-segment"_s);
        QVERIFY(result.elapsedMs >= 0);
    }

    void permissiveIsOk()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/fs/selinux/enforce"_s, "0\n"));
        SelinuxCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(anyContains(result.evidence, u"permissive"_s));
        QVERIFY(result.fixSteps.isEmpty());
    }

    void absentIsNotApplicable()
    {
        DiagnosticsRoot root;
        SelinuxCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::NotApplicable);
        QVERIFY(anyContains(result.evidence, u"not present"_s));
    }

    void selinuxfsWithoutEnforceFileIsAWarning()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/sys/fs/selinux"_s));
        SelinuxCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(result.fixCommands.contains(QStringList { u"getenforce"_s }));
    }

    void garbageIsAWarningAndNotEchoedRaw_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("word") << QByteArray("enforcing");
        QTest::newRow("two") << QByteArray("2");
        QTest::newRow("nul") << QByteArray("1\0", 2) + QByteArray("x");
        QTest::newRow("huge") << QByteArray(100000, '1');
        QTest::newRow("binary") << QByteArray("\xff\xfe\x01\n");
    }

    void garbageIsAWarningAndNotEchoedRaw()
    {
        QFETCH(QByteArray, content);
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/fs/selinux/enforce"_s, content));
        SelinuxCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        for (const QString &line : result.evidence) {
            QVERIFY(!line.contains(QChar(0)));
            QVERIFY(line.size() < 200);
        }
    }

    void notLinuxIsNotApplicable()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/fs/selinux/enforce"_s, "1"));
        HostEnvironment env = root.environment();
        env.os = HostEnvironment::Os::MacOs;
        SelinuxCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::NotApplicable);
    }

    void startsDeferredAndCanBeCancelled()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/fs/selinux/enforce"_s, "1"));
        SelinuxCheck check;
        QSignalSpy spy(&check, &DiagnosticCheck::finished);
        check.start(root.environment());
        QCOMPARE(spy.size(), 0); // nothing before the event loop turns
        check.cancel();
        QTest::qWait(50);
        QCOMPARE(spy.size(), 0);
        // And it runs again after a cancel.
        QCOMPARE(runCheck(check, root.environment()).status, CheckStatus::Warning);
    }
};

QTEST_GUILESS_MAIN(tst_SelinuxCheck)
#include "tst_selinuxcheck.moc"
