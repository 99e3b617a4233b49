// SPDX-License-Identifier: Apache-2.0
// CvmfsClientCheck: cvmfs_config on the PATH under a prepared root, or not.
#include "DiagnosticsFixtures.h"
#include "diagnostics/CvmfsClientCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

class tst_CvmfsClientCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installedIsOk()
    {
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/usr/bin/cvmfs_config"_s, "exit 0"));
        CvmfsClientCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.id, u"cvmfs-client"_s);
        QCOMPARE(result.status, CheckStatus::Ok);
        QCOMPARE(result.evidence, QStringList { u"cvmfs_config: /usr/bin/cvmfs_config"_s });
    }

    void foundInUsrBinEvenWithAMinimalPath()
    {
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/usr/bin/cvmfs_config"_s, "exit 0"));
        HostEnvironment env = root.environment();
        env.environment.insert(u"PATH"_s, u"/opt/nothing"_s);
        CvmfsClientCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::Ok);
    }

    void pathEntriesUnderCvmfsAreNotSearched()
    {
        // cmsenv puts /cvmfs directories on the PATH; a stat() there may hang.
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/cvmfs/cms.cern.ch/common/cvmfs_config"_s, "exit 0"));
        HostEnvironment env = root.environment();
        env.environment.insert(u"PATH"_s, u"/cvmfs/cms.cern.ch/common:/opt/none"_s);
        CvmfsClientCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::Warning);
        QVERIFY(env.findProgram(u"cvmfs_config"_s).isEmpty());
        QVERIFY(env.findProgram(u"cvmfs_config"_s, { u"/cvmfs/cms.cern.ch/common"_s }).isEmpty());
    }

    void notExecutableIsNotInstalled()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/usr/bin/cvmfs_config"_s, "#!/bin/sh\n"));
        CvmfsClientCheck check;
        QCOMPARE(runCheck(check, root.environment()).status, CheckStatus::Warning);
    }

    void missingIsAWarningWithInstallSteps()
    {
        DiagnosticsRoot root;
        CvmfsClientCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(anyContains(result.evidence, u"not found on the PATH (/usr/bin:/bin)"_s));
        QVERIFY(anyContains(result.fixSteps, u"apt-get install cvmfs"_s));
        QVERIFY(anyContains(result.fixSteps, u"dnf install cvmfs"_s));
        QVERIFY(
            result.fixCommands.contains(QStringList { u"sudo"_s, u"cvmfs_config"_s, u"setup"_s }));
        QCOMPARE(result.catalogueId, u"cvmfs-client-missing"_s);
    }

    void macosGetsItsOwnAdvice()
    {
        DiagnosticsRoot root;
        HostEnvironment env = root.environment();
        env.os = HostEnvironment::Os::MacOs;
        CvmfsClientCheck check;
        const CheckResult result = runCheck(check, env);
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(anyContains(result.fixSteps, u"macFUSE"_s));
    }

    void windowsIsNotApplicable()
    {
        DiagnosticsRoot root;
        HostEnvironment env = root.environment();
        env.os = HostEnvironment::Os::Windows;
        CvmfsClientCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(tst_CvmfsClientCheck)
#include "tst_cvmfsclientcheck.moc"
