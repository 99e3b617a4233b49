// SPDX-License-Identifier: Apache-2.0
// CvmfsMountCheck against prepared roots: /cvmfs absent, present without repositories, with
// repositories, an empty (unmounted) one, a symbolic-link loop, and hung paths.
//
// A hung repository is played through HostEnvironment::probeHook: the hook blocks the probe's
// worker thread on a semaphore before it touches the path, as a CVMFS client without a proxy
// blocks stat(). (A real hang needs a FUSE filesystem whose readdir sleeps; the timeout path
// in the check is the same.)
#include "DiagnosticsFixtures.h"
#include "diagnostics/CvmfsMountCheck.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

// Blocks the probes of chosen paths until released (at the latest when destroyed).
struct Gate
{
    QSemaphore semaphore;
    QStringList blocked;
    std::atomic<int> waiting { 0 };
    ~Gate() { release(); }
    void release() { semaphore.release(1000); }
};

std::function<void(const QString &)> hookFor(const std::shared_ptr<Gate> &gate)
{
    return [gate](const QString &path) {
        if (gate->blocked.contains(path)) {
            ++gate->waiting;
            gate->semaphore.acquire();
        }
    };
}

void populate(const DiagnosticsRoot &root, const QString &repository)
{
    QVERIFY(root.write(u"/cvmfs/"_s + repository + u"/.cvmfsdirtab"_s, "/*\n"));
    QVERIFY(root.mkdir(u"/cvmfs/"_s + repository + u"/cmssw"_s));
}

} // namespace

class tst_CvmfsMountCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingCvmfsFailsWithThreeWaysToGetIt()
    {
        DiagnosticsRoot root;
        CvmfsMountCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.id, u"cvmfs-repositories"_s);
        QCOMPARE(result.group, CheckGroup::Cvmfs);
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(result.summary.contains(u"/cvmfs does not exist"_s));
        QVERIFY(anyContains(result.evidence, u"No such file or directory"_s));
        QCOMPARE(result.fixSteps.size(), 3);
        QVERIFY(anyContains(result.fixSteps, u"sudo cvmfs_config setup"_s));
        QVERIFY(anyContains(result.fixSteps, u"automounter"_s));
        QVERIFY(anyContains(result.fixSteps, u"--device /dev/fuse"_s));
        QVERIFY(
            result.fixCommands.contains(QStringList { u"sudo"_s, u"cvmfs_config"_s, u"setup"_s }));
        QCOMPARE(result.catalogueId, u"cvmfs-path-missing"_s);
    }

    void presentWithoutRepositoriesFails()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs"_s));
        CvmfsMountCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY2(
            result.summary.contains(u"cms.cern.ch (does not exist)"_s), qPrintable(result.summary));
        QVERIFY(result.summary.contains(u"unpacked.cern.ch (does not exist)"_s));
        QVERIFY(anyContains(result.fixSteps, u"cvmfs_config showconfig cms.cern.ch"_s));
        QVERIFY(result.fixCommands.contains(
            QStringList { u"cvmfs_config"_s, u"probe"_s, u"cms.cern.ch"_s }));
    }

    void repositoriesThatAnswerAreOk()
    {
        DiagnosticsRoot root;
        populate(root, u"cms.cern.ch"_s);
        populate(root, u"unpacked.cern.ch"_s);
        CvmfsMountCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(result.summary.contains(u"cms.cern.ch, unpacked.cern.ch"_s));
        QVERIFY(anyContains(result.evidence, u"/cvmfs/cms.cern.ch: directory, entries: 2"_s));
        QVERIFY(result.fixSteps.isEmpty());
    }

    void configurableRepositoryList()
    {
        DiagnosticsRoot root;
        populate(root, u"sft.cern.ch"_s);
        CvmfsMountCheck check;
        check.setRepositories(
            { u"sft.cern.ch"_s, u"../etc"_s, u"a/b"_s, QString(), u".."_s, u"sft.cern.ch"_s });
        QCOMPARE(check.repositories(), QStringList { u"sft.cern.ch"_s });
        QCOMPARE(runCheck(check, root.environment()).status, CheckStatus::Ok);
        check.setRepositories({});
        const CheckResult none = runCheck(check, root.environment());
        QCOMPARE(none.status, CheckStatus::Ok);
        QVERIFY(none.summary.contains(u"no repository chosen"_s));
    }

    void emptyRepositoryIsNotMounted()
    {
        DiagnosticsRoot root;
        populate(root, u"cms.cern.ch"_s);
        QVERIFY(root.mkdir(u"/cvmfs/unpacked.cern.ch"_s));
        CvmfsMountCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(result.summary.contains(u"unpacked.cern.ch (empty: not mounted)"_s));
        QVERIFY(!result.summary.contains(u"cms.cern.ch ("_s));
        QVERIFY(anyContains(result.fixSteps, u":rslave"_s));
    }

    void symbolicLinkLoop()
    {
        DiagnosticsRoot root;
        populate(root, u"unpacked.cern.ch"_s);
        QVERIFY(QFile::link(u"cms.cern.ch"_s, root.path(u"/cvmfs/cms.cern.ch"_s)));
        CvmfsMountCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY2(result.summary.contains(u"too many levels of symbolic links"_s),
            qPrintable(result.summary));
        QVERIFY(anyContains(result.fixSteps, u"-v /cvmfs:/cvmfs:rslave"_s));
        QCOMPARE(result.catalogueId, u"cvmfs-too-many-symlinks"_s);
    }

    void hungRepositoryIsReportedAfterTheTimeout()
    {
        DiagnosticsRoot root;
        populate(root, u"cms.cern.ch"_s);
        populate(root, u"unpacked.cern.ch"_s);
        auto gate = std::make_shared<Gate>();
        gate->blocked = { u"/cvmfs/cms.cern.ch"_s };
        HostEnvironment env = root.environment();
        env.probeHook = hookFor(gate);
        CvmfsMountCheck check;
        check.setRepositoryTimeout(std::chrono::milliseconds(300));
        QElapsedTimer timer;
        timer.start();
        const CheckResult result = runCheck(check, env, 5000);
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(gate->waiting.load(), 1);
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY2(result.summary.contains(u"cms.cern.ch (no answer within 1 s)"_s),
            qPrintable(result.summary));
        QVERIFY(!result.summary.contains(u"unpacked.cern.ch"_s));
        QVERIFY(anyContains(result.evidence, u"/cvmfs/cms.cern.ch: no answer within 1 s"_s));
        QVERIFY(anyContains(result.evidence, u"/cvmfs/unpacked.cern.ch: directory"_s));
        QVERIFY(anyContains(result.fixSteps, u"CVMFS_HTTP_PROXY"_s));

        // The stuck worker is abandoned: when it finally returns, nothing arrives any more,
        // and the check can run again meanwhile.
        QSignalSpy late(&check, &DiagnosticCheck::finished);
        gate->release();
        QTest::qWait(200);
        QCOMPARE(late.size(), 0);
        env.probeHook = {};
        QCOMPARE(runCheck(check, env).status, CheckStatus::Ok);
    }

    void hungCvmfsItself()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs"_s));
        auto gate = std::make_shared<Gate>();
        gate->blocked = { u"/cvmfs"_s, u"/cvmfs/cms.cern.ch"_s, u"/cvmfs/unpacked.cern.ch"_s };
        HostEnvironment env = root.environment();
        env.probeHook = hookFor(gate);
        CvmfsMountCheck check;
        check.setRepositoryTimeout(std::chrono::milliseconds(200));
        const CheckResult result = runCheck(check, env, 5000);
        QCOMPARE(result.status, CheckStatus::Failed);
        QCOMPARE(result.summary, u"/cvmfs does not answer."_s);
        QVERIFY(result.fixCommands.contains(
            QStringList { u"sudo"_s, u"systemctl"_s, u"restart"_s, u"autofs"_s }));
        gate->release();
    }

    void deletingTheCheckWhileAWorkerHangsIsSafe()
    {
        DiagnosticsRoot root;
        populate(root, u"cms.cern.ch"_s);
        auto gate = std::make_shared<Gate>();
        gate->blocked = { u"/cvmfs/cms.cern.ch"_s };
        HostEnvironment env = root.environment();
        env.probeHook = hookFor(gate);
        auto *check = new CvmfsMountCheck;
        check->start(env);
        QTRY_COMPARE(gate->waiting.load(), 1);
        check->cancel();
        delete check;
        gate->release();
        QTest::qWait(100); // the worker posts to nobody, and its thread object goes away
    }

    void windowsIsNotApplicable()
    {
        DiagnosticsRoot root;
        HostEnvironment env = root.environment();
        env.os = HostEnvironment::Os::Windows;
        CvmfsMountCheck check;
        QCOMPARE(runCheck(check, env).status, CheckStatus::NotApplicable);
    }

    void repositoryNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("cms") << u"cms.cern.ch"_s << true;
        QTest::newRow("dash") << u"cms-ib.cern.ch"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("parent") << u".."_s << false;
        QTest::newRow("dot start") << u".hidden"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("traversal") << u"cms..cern.ch"_s << false;
        QTest::newRow("space") << u"cms cern"_s << false;
        QTest::newRow("nul") << u"cms\0x"_s << false;
        QTest::newRow("long") << QString(200, u'a') << false;
    }

    void repositoryNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(CvmfsMountCheck::isValidRepositoryName(name), valid);
    }
};

QTEST_GUILESS_MAIN(tst_CvmfsMountCheck)
#include "tst_cvmfsmountcheck.moc"
