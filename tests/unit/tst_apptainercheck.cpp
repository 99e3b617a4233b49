// SPDX-License-Identifier: Apache-2.0
// ApptainerCheck with real little programs under a prepared root: apptainer or singularity on
// the PATH (their --version run through the CommandRunner), failing and hanging versions, and
// cache directories on AFS.
#include "DiagnosticsFixtures.h"
#include "diagnostics/ApptainerCheck.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

class tst_ApptainerCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absentIsNotApplicableWithHowToGetIt()
    {
        DiagnosticsRoot root;
        ApptainerCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.id, u"apptainer"_s);
        QCOMPARE(result.group, CheckGroup::Apptainer);
        QCOMPARE(result.status, CheckStatus::NotApplicable);
        QVERIFY(anyContains(result.fixSteps, u"dnf install apptainer"_s));
        QVERIFY(anyContains(result.fixSteps, u"/cvmfs/oasis.opensciencegrid.org/mis/apptainer"_s));
        QCOMPARE(result.catalogueId, u"apptainer-not-installed"_s);
    }

    void currentApptainerIsOk()
    {
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/usr/bin/apptainer"_s,
            "[ \"$1\" = --version ] || exit 3\necho 'apptainer version 1.2.5-1.el9'"));
        ApptainerCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Ok);
        QCOMPARE(result.summary, u"Apptainer 1.2.5-1.el9 is installed."_s);
        QVERIFY(anyContains(
            result.evidence, u"/usr/bin/apptainer --version: apptainer version 1.2.5-1.el9"_s));
        QVERIFY(anyContains(
            result.evidence, u"apptainer registry login --username USER docker://REGISTRY"_s));
        QVERIFY(anyContains(result.evidence,
            u"cache directory (default): "_s + root.home() + u"/.apptainer/cache"_s));
    }

    void oldSingularityIsAWarning()
    {
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/usr/bin/singularity"_s, "echo 'singularity version 3.5.3'"));
        ApptainerCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(result.summary.contains(u"Singularity 3.5.3 is old"_s));
        QVERIFY(anyContains(result.evidence, u"SINGULARITY_DOCKER_USERNAME"_s));
        QVERIFY(anyContains(result.evidence, u"/.singularity/cache"_s));
        QCOMPARE(result.catalogueId, u"singularity-environment-dirs"_s);
    }

    void apptainerIsPreferredOverSingularity()
    {
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/usr/bin/singularity"_s, "echo 'singularity version 3.5.3'"));
        QVERIFY(root.script(u"/usr/bin/apptainer"_s, "echo 'apptainer version 1.3.0'"));
        ApptainerCheck check;
        QCOMPARE(runCheck(check, root.environment()).status, CheckStatus::Ok);
    }

    void cacheOnAfsIsAWarning_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("home");
        QTest::addColumn<bool>("afs");
        QTest::newRow("lxplus home")
            << QString() << QString() << u"/afs/cern.ch/user/a/alice"_s << true;
        QTest::newRow("APPTAINER_CACHEDIR on afs")
            << u"APPTAINER_CACHEDIR"_s << u"/afs/cern.ch/work/a/alice/c"_s << QString() << true;
        QTest::newRow("SINGULARITY_CACHEDIR on afs")
            << u"SINGULARITY_CACHEDIR"_s << u"/afs"_s << QString() << true;
        QTest::newRow("lxplus home, cache in /tmp")
            << u"APPTAINER_CACHEDIR"_s << u"/tmp/alice/cache"_s << u"/afs/cern.ch/user/a/alice"_s
            << false;
        QTest::newRow("afs-like name")
            << u"APPTAINER_CACHEDIR"_s << u"/afsdata/cache"_s << QString() << false;
    }

    void cacheOnAfsIsAWarning()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, home);
        QFETCH(bool, afs);
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/usr/bin/apptainer"_s, "echo 'apptainer version 1.2.5'"));
        HostEnvironment env = root.environment();
        if (!variable.isEmpty())
            env.environment.insert(variable, value);
        if (!home.isEmpty())
            env.homeDirectory = home;
        ApptainerCheck check;
        const CheckResult result = runCheck(check, env);
        QCOMPARE(result.status, afs ? CheckStatus::Warning : CheckStatus::Ok);
        if (afs) {
            QVERIFY(result.summary.contains(u"AFS"_s));
            QVERIFY(anyContains(
                result.fixSteps, u"export APPTAINER_CACHEDIR=/tmp/$USER/apptainer-cache"_s));
        }
    }

    void failingVersionIsAWarning()
    {
        DiagnosticsRoot root;
        QVERIFY(
            root.script(u"/usr/bin/apptainer"_s, "echo 'FATAL: cannot read config' >&2\nexit 255"));
        ApptainerCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY(anyContains(result.evidence, u"exit code 255, \"FATAL: cannot read config\""_s));
        QVERIFY(
            result.fixCommands.contains(QStringList { u"/usr/bin/apptainer"_s, u"--version"_s }));
    }

    void hangingVersionIsAWarningAfterTheTimeout()
    {
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/usr/bin/apptainer"_s, "exec sleep 30"));
        ApptainerCheck check;
        check.setVersionTimeout(std::chrono::milliseconds(300));
        QElapsedTimer timer;
        timer.start();
        const CheckResult result = runCheck(check, root.environment());
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(result.status, CheckStatus::Warning);
        QVERIFY2(anyContains(result.evidence, u"gave no answer within 1 s"_s),
            qPrintable(result.evidence.join(u'\n')));
    }

    void cancelWhileTheVersionRuns()
    {
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/usr/bin/apptainer"_s, "exec sleep 30"));
        ApptainerCheck check;
        QSignalSpy spy(&check, &DiagnosticCheck::finished);
        check.start(root.environment());
        QTest::qWait(200);
        check.cancel();
        QTest::qWait(200);
        QCOMPARE(spy.size(), 0);
    }

    void notLinuxIsNotApplicable()
    {
        DiagnosticsRoot root;
        HostEnvironment env = root.environment();
        env.os = HostEnvironment::Os::MacOs;
        ApptainerCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(tst_ApptainerCheck)
#include "tst_apptainercheck.moc"
