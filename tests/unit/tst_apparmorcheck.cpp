// SPDX-License-Identifier: Apache-2.0
// AppArmorCheck against prepared roots: enabled, disabled, absent, garbage.
#include "DiagnosticsFixtures.h"
#include "diagnostics/AppArmorCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

class tst_AppArmorCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enabledWarnsAboutFuseInContainers()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/module/apparmor/parameters/enabled"_s, "Y\n"));
        AppArmorCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.id, u"apparmor"_s);
        QCOMPARE(result.group, CheckGroup::HostSecurity);
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(result.summary.contains(u"apparmor=unconfined"_s));
        QVERIFY(anyContains(result.fixSteps, u"--security-opt apparmor=unconfined"_s));
        QVERIFY(anyContains(result.evidence, u"enabled"_s));
    }

    void otherValues_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("disabled") << "N\n"_ba;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << "\x01\xff yes please"_ba;
    }

    void otherValues()
    {
        QFETCH(QByteArray, content);
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/module/apparmor/parameters/enabled"_s, content));
        AppArmorCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::NotApplicable);
        QVERIFY(!result.evidence.isEmpty());
    }

    void absentIsNotApplicable()
    {
        DiagnosticsRoot root;
        AppArmorCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::NotApplicable);
    }

    void otherSystemsAreNotApplicable()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/module/apparmor/parameters/enabled"_s, "Y"));
        HostEnvironment env = root.environment();
        env.os = HostEnvironment::Os::MacOs;
        AppArmorCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(tst_AppArmorCheck)
#include "tst_apparmorcheck.moc"
