// SPDX-License-Identifier: Apache-2.0
// The CVMFS strategies of issue 5 on real engines: the argument vectors LaunchPlanner makes,
// pointed at the fixture's dockerd and Podman service (LaunchRequest::engineHost), run for
// real, each on both engines:
//   host mount   a folder with a marker file stands in for /cvmfs (no CVMFS client here);
//                the container reads the marker through -v ROOT:/cvmfs:rslave
//   automounter  a stand-in automounter image built here from busybox mounts a tmpfs under
//                the shared mount root and writes a marker; the analysis container sees it
//                through -v ROOT/cvmfs:/cvmfs:rslave
//   FUSE         the container has /dev/fuse and CAP_SYS_ADMIN
// The preconditions of each plan are checked with LaunchPreconditionChecker first, as a
// launch does.
//
// Two changes to the planner's vectors, both forced by this machine and said where made:
// "--network none" after "run" (the fixture's engines have no bridge network), and no
// pseudo-terminal (see request()).
#include "TestServices.h"
#include "diagnostics/HostEnvironment.h"
#include "engine/EngineClient.h"
#include "launch/AutomounterStarter.h"
#include "launch/LaunchPlanner.h"
#include "launch/LaunchPreconditionChecker.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Wharf::Test::TestServices;

namespace Wharf::Test {

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate() % 1000000);
}

// The stand-in for gitlab-registry.cern.ch/vcs/cvmfs-automounter: it mounts "the repository"
// (a tmpfs) below the shared folder it is given at /cvmfsmounts, writes a marker into it, and
// stays up like the real one.
const QByteArray AutomountScript = R"(#!/bin/sh
set -e
mkdir -p /cvmfsmounts/cvmfs/cms.cern.ch
mount -t tmpfs tmpfs /cvmfsmounts/cvmfs/cms.cern.ch
echo automounted > /cvmfsmounts/cvmfs/cms.cern.ch/marker
exec sleep 600
)";

} // namespace

class TestLaunchEngines : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cvmfs;            // the stand-in /cvmfs: a shared mount holding cms.cern.ch/marker
    QString m_work;             // the working folder
    QString m_automounterImage; // built once per engine, removed at the end
    QList<EngineKind> m_imagesBuilt;
    QList<std::pair<EngineKind, QString>> m_containers; // removed at the end

    static EngineKind engineOf(int value) { return static_cast<EngineKind>(value); }

    // What the computer is, as a probe would find it here (root, Linux, no SELinux or
    // AppArmor on this machine).
    static HostFacts facts()
    {
        HostFacts facts;
        facts.os = HostFacts::Os::Linux;
        facts.architecture = HostFacts::ociArchitecture(QSysInfo::currentCpuArchitecture());
        facts.userId = ::getuid();
        facts.groupId = ::getgid();
        facts.userName = u"root"_s;
        return facts;
    }

    LaunchRequest request(EngineKind engine, LaunchStrategy strategy, const QStringList &command) const
    {
        LaunchRequest request;
        request.strategy = strategy;
        request.engine = engine;
        request.engineHost = TestServices::endpoint(engine).toUrl();
        request.image = TestServices::busyboxImage();
        request.workingFolder = m_work;
        request.cvmfsRoot = m_cvmfs;
        request.cvmfsRepositories = {u"cms.cern.ch"_s};
        request.command = command;
        // The test runs the CLI on pipes, without a terminal: "-t" would be refused ("the
        // input device is not a TTY"). pseudoTerminal=false is the planner's own answer to
        // that (`wharf launch` in a pipe uses it), so the vector stays the planner's, with
        // "-i" instead of "-it". "-it" itself runs in a real terminal in tst_launchrunner.
        request.pseudoTerminal = false;
        return request;
    }

    // The plan's vector with "--network none" after "run": the fixture's engines have no
    // bridge network (dockerd --bridge=none, see test-environment.md), so the test asks for
    // none rather than depend on each engine's fallback.
    static QStringList runnable(const LaunchPlan &plan)
    {
        QStringList argv = plan.argv();
        const qsizetype run = argv.indexOf(u"run"_s);
        if (run > 0) {
            argv.insert(run + 1, u"--network"_s);
            argv.insert(run + 2, u"none"_s);
        }
        return argv;
    }

    static TestServices::ProcessOutcome runArgv(const QStringList &argv, int timeoutMs = 60000)
    {
        return TestServices::run(argv.first(), argv.mid(1), timeoutMs);
    }

    // Checks the plan's preconditions as a launch would; empty when all hold, else why not.
    static QString failedPreconditions(const LaunchPlan &plan, EngineKind engine)
    {
        EngineClient client(TestServices::endpoint(engine));
        LaunchPreconditionChecker checker(HostEnvironment::fromSystem());
        checker.setEngineClient(&client);
        QSignalSpy finished(&checker, &LaunchPreconditionChecker::finished);
        checker.start(plan.preconditions);
        if (!finished.wait(20000))
            return u"the preconditions were not checked in time"_s;
        QStringList problems;
        for (const PreconditionResult &result : finished.first().first().value<QList<PreconditionResult>>()) {
            if (!result.ok())
                problems << PreconditionResult::statusName(result.status) + u": "_s + result.summary;
        }
        return problems.join(u"; "_s);
    }

    // The stand-in automounter image, imported from a busybox root file system with the
    // script as its command. A tag of its own per run, removed by name at the end (never
    // "rmi <id>": the fixture's own untagged image must stay).
    QString buildAutomounterImage(EngineKind engine)
    {
        if (m_imagesBuilt.contains(engine))
            return {};
        const QString root = m_dir.path() + u"/automounter-root"_s;
        const QString tar = m_dir.path() + u"/automounter.tar"_s;
        if (!QFile::exists(tar)) {
            if (!QDir().mkpath(root + u"/bin"_s) || !QFile::copy(u"/bin/busybox"_s, root + u"/bin/busybox"_s))
                return u"cannot copy /bin/busybox (package busybox-static)"_s;
            for (const QString &applet : {u"sh"_s, u"mkdir"_s, u"mount"_s, u"sleep"_s, u"echo"_s, u"cat"_s}) {
                if (!QFile::link(u"busybox"_s, root + u"/bin/"_s + applet))
                    return u"cannot link "_s + applet;
            }
            if (!writeFile(root + u"/bin/automount"_s, AutomountScript)
                || !QFile::setPermissions(root + u"/bin/automount"_s,
                                          QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther))
                return u"cannot write the automount script"_s;
            const auto packed = TestServices::run(u"tar"_s, {u"-C"_s, root, u"-cf"_s, tar, u"."_s});
            if (!packed.succeeded())
                return u"tar: "_s + packed.describe();
        }
        const auto imported = TestServices::runEngineCli(
            engine, {u"import"_s, u"--change"_s, u"CMD [\"/bin/automount\"]"_s, tar, m_automounterImage});
        if (!imported.succeeded())
            return u"import: "_s + imported.describe();
        m_imagesBuilt << engine;
        return {};
    }

    QString containerName(EngineKind engine, const QString &role)
    {
        const QString name = u"wharf-test-%1-%2"_s.arg(role, randomSuffix());
        m_containers << std::pair{engine, name};
        return name;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("docker") << int(EngineKind::Docker);
        QTest::newRow("podman") << int(EngineKind::Podman);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cvmfs = m_dir.path() + u"/cvmfs"_s;
        m_work = m_dir.path() + u"/work"_s;
        QVERIFY(writeFile(m_cvmfs + u"/cms.cern.ch/marker"_s, "cvmfs-marker-42\n"));
        QVERIFY(QDir().mkpath(m_work));
        // Like /cvmfs on a systemd host: a mount point with shared propagation. The engines
        // refuse ":rslave" for a folder on a private mount.
        const QString problem = TestServices::makeSharedMount(m_cvmfs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_automounterImage = u"localhost/wharf-test/automounter:"_s + randomSuffix();
    }

    void init()
    {
        QFETCH_GLOBAL(int, engine);
        WHARF_REQUIRE_SERVICE(TestServices::engineMissingReason(engineOf(engine)));
    }

    void cleanupTestCase()
    {
        for (const auto &[engine, name] : std::as_const(m_containers)) {
            if (TestServices::engineMissingReason(engine).isEmpty())
                TestServices::runEngineCli(engine, {u"rm"_s, u"-f"_s, name});
        }
        for (const EngineKind engine : std::as_const(m_imagesBuilt))
            TestServices::runEngineCli(engine, {u"rmi"_s, m_automounterImage});
        TestServices::unmountTree(m_cvmfs);
    }

    // (a) Host mount: the container reads the marker through the stand-in /cvmfs.
    void hostMount()
    {
        QFETCH_GLOBAL(int, engine);
        const EngineKind kind = engineOf(engine);
        const Result<LaunchPlan> plan = LaunchPlanner::plan(
            request(kind, LaunchStrategy::HostMount, {u"cat"_s, u"/cvmfs/cms.cern.ch/marker"_s}), facts());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message()));
        QVERIFY(plan->arguments.contains(m_cvmfs + u":/cvmfs:rslave"_s));
        // On the fixture's engine, not on the CLI's default one.
        const QStringList global = LaunchRequest::engineGlobalArguments(kind, TestServices::endpoint(kind).toUrl());
        QCOMPARE(plan->arguments.mid(0, global.size()), global);
        const QString failed = failedPreconditions(*plan, kind);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        const auto outcome = runArgv(runnable(*plan));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
        QCOMPARE(outcome.out, "cvmfs-marker-42\n"_ba);
    }

    // (b) Automounter: the stand-in shares a mount through the shared mount root; the
    // analysis container sees it through rslave.
    void automounter()
    {
        QFETCH_GLOBAL(int, engine);
        const EngineKind kind = engineOf(engine);
        const QString built = buildAutomounterImage(kind);
        QVERIFY2(built.isEmpty(), qPrintable(built));

        // The mount root (the documentation's /shared-mounts): a shared mount of its own.
        const QString mountRoot = m_dir.path() + u"/shared-mounts-"_s + engineKindName(kind).toLower();
        QVERIFY(QDir().mkpath(mountRoot));
        const QString shared = TestServices::makeSharedMount(mountRoot);
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        const auto unmount = qScopeGuard([mountRoot] { TestServices::unmountTree(mountRoot); });

        AutomounterSettings settings;
        settings.mountRoot = mountRoot;
        settings.image = m_automounterImage;
        settings.containerName = containerName(kind, u"automounter"_s);
        const QString host = TestServices::endpoint(kind).toUrl();
        const Result<LaunchPlan> startPlan = LaunchPlanner::automounterStartPlan(kind, settings, facts(), host);
        QVERIFY2(startPlan.ok(), startPlan.ok() ? "" : qPrintable(startPlan.error().message()));
        QVERIFY(startPlan->arguments.contains(u"--privileged"_s));
        QVERIFY(startPlan->arguments.contains(mountRoot + u":/cvmfsmounts:rshared"_s));

        // The documented flags include --privileged, which dockerd refuses on this machine
        // ("unable to apply caps: operation not permitted": the sandbox lacks
        // CAP_SYS_RESOURCE). So the stand-in runs with what the mount needs instead:
        // CAP_SYS_ADMIN, no AppArmor or seccomp filter. Everything else is the real start
        // plan. Podman's service accepts --privileged here, so it runs the plan as planned.
        LaunchPlan standIn = *startPlan;
        if (kind == EngineKind::Docker) {
            const qsizetype privileged = standIn.arguments.indexOf(u"--privileged"_s);
            standIn.arguments.remove(privileged);
            const QStringList instead{u"--cap-add"_s, u"SYS_ADMIN"_s, u"--security-opt"_s, u"apparmor=unconfined"_s,
                                      u"--security-opt"_s, u"seccomp=unconfined"_s};
            for (qsizetype i = 0; i < instead.size(); ++i)
                standIn.arguments.insert(privileged + i, instead.at(i));
        }
        const qsizetype run = standIn.arguments.indexOf(u"run"_s);
        standIn.arguments.insert(run + 1, u"--network"_s); // no bridge network here (see runnable())
        standIn.arguments.insert(run + 2, u"none"_s);

        // Started the way the window starts it: AutomounterStarter, its preconditions first.
        AutomounterStarter starter(HostEnvironment::fromSystem());
        QSignalSpy started(&starter, &AutomounterStarter::started);
        QSignalSpy startFailed(&starter, &AutomounterStarter::failed);
        QSignalSpy preconditionsFailed(&starter, &AutomounterStarter::preconditionsFailed);
        starter.startPlan(standIn);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !startFailed.isEmpty() || !preconditionsFailed.isEmpty(), 60000);
        QVERIFY2(startFailed.isEmpty(), qPrintable(startFailed.isEmpty() ? QString()
                                                                         : startFailed.first().first().value<Error>().toString()));
        QVERIFY(preconditionsFailed.isEmpty());
        QCOMPARE(started.first().first().toString().size(), 64); // the container ID

        // The stand-in has mounted "the repository" on the host, below the mount root.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(mountRoot + u"/cvmfs/cms.cern.ch/marker"_s), 20000);

        LaunchRequest analysis = request(kind, LaunchStrategy::Automounter, {u"cat"_s, u"/cvmfs/cms.cern.ch/marker"_s});
        analysis.automounter = settings;
        const Result<LaunchPlan> plan = LaunchPlanner::plan(analysis, facts());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message()));
        QVERIFY(plan->arguments.contains(mountRoot + u"/cvmfs:/cvmfs:rslave"_s));
        // The automounter runs, the root is shared, the repository answers.
        const QString failed = failedPreconditions(*plan, kind);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        const auto outcome = runArgv(runnable(*plan));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
        QCOMPARE(outcome.out, "automounted\n"_ba);
    }

    // The automounter's documented start plan, unchanged, on dockerd: refused here, and the
    // refusal comes back explained by the catalogue, with no container left behind.
    void automounterPrivilegedRefused()
    {
        QFETCH_GLOBAL(int, engine);
        const EngineKind kind = engineOf(engine);
        if (kind != EngineKind::Docker)
            QSKIP("Podman's service accepts --privileged on this machine (see automounter()); the refusal is dockerd's");
        const QString built = buildAutomounterImage(kind);
        QVERIFY2(built.isEmpty(), qPrintable(built));
        const QString mountRoot = m_dir.path() + u"/shared-mounts-refused"_s;
        QVERIFY(QDir().mkpath(mountRoot));
        const QString shared = TestServices::makeSharedMount(mountRoot);
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        const auto unmount = qScopeGuard([mountRoot] { TestServices::unmountTree(mountRoot); });

        AutomounterSettings settings;
        settings.mountRoot = mountRoot;
        settings.image = m_automounterImage;
        settings.containerName = containerName(kind, u"privileged"_s);
        AutomounterStarter starter(HostEnvironment::fromSystem());
        QSignalSpy planned(&starter, &AutomounterStarter::planned);
        QSignalSpy failed(&starter, &AutomounterStarter::failed);
        QSignalSpy started(&starter, &AutomounterStarter::started);
        starter.start(kind, settings, facts(), TestServices::endpoint(kind).toUrl());
        QVERIFY(failed.wait(60000));
        QCOMPARE(planned.size(), 1);
        QVERIFY(started.isEmpty());
        const Error error = failed.first().at(0).value<Error>();
        const auto explanation = failed.first().at(1).value<QList<CatalogueMatch>>();
        QCOMPARE(error.code(), ErrorCode::ProcessFailed);
        QVERIFY2(error.details().contains(u"unable to apply caps"_s), qPrintable(error.details()));
        QVERIFY(!explanation.isEmpty());
        QCOMPARE(explanation.first().entry.id(), u"privileged-not-permitted"_s);
        // The container the engine created but could not start is removed again.
        QTRY_VERIFY_WITH_TIMEOUT(
            TestServices::runEngineCli(kind, {u"ps"_s, u"-aq"_s, u"--filter"_s, u"name="_s + settings.containerName})
                .out.trimmed()
                .isEmpty(),
            15000);
    }

    // (c) FUSE: /dev/fuse and CAP_SYS_ADMIN (bit 21 of CapEff) inside; and, to show that the
    // check tells the difference, neither in a host-mount container.
    void fuse()
    {
        QFETCH_GLOBAL(int, engine);
        const EngineKind kind = engineOf(engine);
        const QStringList command{u"sh"_s, u"-c"_s,
                                  u"test -c /dev/fuse && echo fuse; grep '^CapEff:' /proc/self/status"_s};
        const Result<LaunchPlan> plan = LaunchPlanner::plan(request(kind, LaunchStrategy::Fuse, command), facts());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message()));
        QVERIFY(plan->arguments.contains(u"SYS_ADMIN"_s));
        QVERIFY(plan->arguments.contains(u"/dev/fuse"_s));
        const QString failed = failedPreconditions(*plan, kind);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        const auto capabilities = [](const QByteArray &output) -> qulonglong {
            const qsizetype at = output.indexOf("CapEff:");
            if (at < 0)
                return 0;
            bool ok = false;
            const qulonglong mask = output.mid(at + 7).trimmed().split('\n').first().toULongLong(&ok, 16);
            return ok ? mask : 0;
        };
        constexpr qulonglong CapSysAdmin = 1ULL << 21;

        const auto outcome = runArgv(runnable(*plan));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
        QVERIFY2(outcome.out.startsWith("fuse\n"), outcome.out.constData());
        QVERIFY2(capabilities(outcome.out) & CapSysAdmin, outcome.out.constData());

        const Result<LaunchPlan> plain = LaunchPlanner::plan(request(kind, LaunchStrategy::HostMount, command), facts());
        QVERIFY(plain.ok());
        const auto without = runArgv(runnable(*plain));
        QVERIFY2(without.succeeded(), qPrintable(without.describe()));
        QVERIFY2(!without.out.contains("fuse\n"), without.out.constData());
        QVERIFY2(!(capabilities(without.out) & CapSysAdmin), without.out.constData());
        QVERIFY(capabilities(without.out) != 0);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLaunchEngines)
#include "tst_launchengines.moc"
