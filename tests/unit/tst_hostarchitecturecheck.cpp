// SPDX-License-Identifier: Apache-2.0
// HostArchitectureCheck: amd64 is fine, arm64 (Apple Silicon, ARM laptops) needs
// --platform linux/amd64 for the el7/cc7 images.
#include "DiagnosticsFixtures.h"
#include "diagnostics/HostArchitectureCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

class tst_HostArchitectureCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void architectures_data()
    {
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<int>("os");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("rosetta");
        QTest::newRow("x86_64") << u"x86_64"_s << int(HostEnvironment::Os::Linux)
                                << int(CheckStatus::Ok) << false;
        QTest::newRow("arm64 linux")
            << u"arm64"_s << int(HostEnvironment::Os::Linux) << int(CheckStatus::Warning) << false;
        QTest::newRow("aarch64") << u"aarch64"_s << int(HostEnvironment::Os::Linux)
                                 << int(CheckStatus::Warning) << false;
        QTest::newRow("apple silicon")
            << u"arm64"_s << int(HostEnvironment::Os::MacOs) << int(CheckStatus::Warning) << true;
        QTest::newRow("ppc64le") << u"power64"_s << int(HostEnvironment::Os::Linux)
                                 << int(CheckStatus::Warning) << false;
    }

    void architectures()
    {
        QFETCH(QString, architecture);
        QFETCH(int, os);
        QFETCH(int, status);
        QFETCH(bool, rosetta);
        DiagnosticsRoot root;
        HostEnvironment env = root.environment();
        env.cpuArchitecture = architecture;
        env.os = HostEnvironment::Os(os);
        HostArchitectureCheck check;
        const CheckResult result = runCheck(check, env);
        QCOMPARE(result.id, u"architecture"_s);
        QCOMPARE(result.group, CheckGroup::Host);
        QCOMPARE(int(result.status), status);
        QCOMPARE(result.evidence, QStringList { u"processor architecture: "_s + architecture });
        if (result.status == CheckStatus::Warning) {
            QVERIFY(anyContains(result.fixSteps, u"--platform linux/amd64"_s));
            QCOMPARE(result.catalogueId, u"no-matching-platform"_s);
        }
        if (architecture.startsWith(u"a"_s) && result.status == CheckStatus::Warning)
            QVERIFY(result.summary.contains(u"el7/cc7"_s));
        QCOMPARE(anyContains(result.fixSteps, u"Rosetta"_s), rosetta);
    }

    void emptyArchitectureUsesThisComputer()
    {
        DiagnosticsRoot root;
        HostEnvironment env = root.environment();
        env.cpuArchitecture.clear();
        HostArchitectureCheck check;
        const CheckResult result = runCheck(check, env);
        QVERIFY(result.status == CheckStatus::Ok || result.status == CheckStatus::Warning);
        QVERIFY(anyContains(result.evidence, QSysInfo::currentCpuArchitecture()));
    }
};

QTEST_GUILESS_MAIN(tst_HostArchitectureCheck)
#include "tst_hostarchitecturecheck.moc"
