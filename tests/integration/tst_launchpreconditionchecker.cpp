// SPDX-License-Identifier: Apache-2.0
// LaunchPreconditionChecker for real: each kind of precondition passing and failing on this
// machine (paths, a CVMFS repository stand-in, a real shared mount, programs on a PATH,
// Docker Desktop's settings file, a container on the fixture's dockerd), and a repository
// that hangs for real (a FUSE file system whose calls sleep, as CVMFS does when its proxy is
// down): it times out, and the test's event loop and the other checks carry on meanwhile.
#include "TestServices.h"
#include "diagnostics/ErrorCatalogue.h"
#include "diagnostics/HostEnvironment.h"
#include "engine/EngineClient.h"
#include "launch/LaunchPreconditionChecker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <sys/mount.h>

using namespace Qt::StringLiterals;
using Wharf::Test::TestServices;

namespace Wharf::Test {

namespace {

using Kind = LaunchPrecondition::Kind;
using Status = PreconditionResult::Status;

LaunchPrecondition precondition(Kind kind, const QString &subject)
{
    return LaunchPrecondition{kind, subject, u"test: "_s + subject};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool isMounted(const QString &path)
{
    QFile table(u"/proc/self/mountinfo"_s);
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray needle = ' ' + QFile::encodeName(path) + ' ';
    return table.readAll().contains(needle);
}

// A FUSE file system (python3-fusepy, run by Debian's python) whose lookups below the root
// and whose directory listings sleep for an hour: a CVMFS repository whose proxy is down.
// A thread blocked in it cannot be interrupted; only killing the daemon releases it (the
// call then fails with ENOTCONN), so stop() kills it and lazily unmounts what is left.
class HangingMount
{
public:
    ~HangingMount() { stop(); }

    // Empty when mounted at `mountPoint`, else why not.
    QString start(const QString &mountPoint, const QString &scriptPath)
    {
        static const QByteArray script = R"(import errno, stat, sys, time
import fusepy

class Hang(fusepy.Operations):
    def getattr(self, path, fh=None):
        if path == '/':
            return dict(st_mode=stat.S_IFDIR | 0o755, st_nlink=2)
        time.sleep(3600)
        raise fusepy.FuseOSError(errno.ENOENT)

    def readdir(self, path, fh):
        time.sleep(3600)
        return ['.', '..']

fusepy.FUSE(Hang(), sys.argv[1], foreground=True, nothreads=False)
)";
        if (!writeFile(scriptPath, script))
            return u"cannot write "_s + scriptPath;
        m_mountPoint = mountPoint;
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.start(u"/usr/bin/python3"_s, {scriptPath, mountPoint});
        if (!m_daemon.waitForStarted(5000))
            return u"/usr/bin/python3 did not start: "_s + m_daemon.errorString();
        if (!QTest::qWaitFor([this] { return isMounted(m_mountPoint) || m_daemon.state() == QProcess::NotRunning; },
                             10000)
            || !isMounted(m_mountPoint)) {
            const QString output = QString::fromLocal8Bit(m_daemon.readAll()).trimmed();
            stop();
            return u"the FUSE stand-in did not mount (Debian packages python3-fusepy and fuse3): "_s + output;
        }
        return {};
    }

    void stop()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill(); // SIGTERM is not enough: its threads sleep inside the calls
            m_daemon.waitForFinished(5000);
        }
        if (!m_mountPoint.isEmpty() && isMounted(m_mountPoint))
            ::umount2(QFile::encodeName(m_mountPoint).constData(), MNT_DETACH);
    }

private:
    QProcess m_daemon;
    QString m_mountPoint;
};

} // namespace

class TestLaunchPreconditionChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HangingMount m_hang;
    QStringList m_containers; // to remove at the end

    QString path(const QString &relative) const { return m_dir.path() + u'/' + relative; }

    // The real computer, with a PATH of the test's own and a home in the temporary folder.
    HostEnvironment environment() const
    {
        HostEnvironment env = HostEnvironment::fromSystem();
        env.homeDirectory = path(u"home"_s);
        env.environment.insert(u"PATH"_s, path(u"bin"_s) + u":/usr/bin:/bin"_s);
        return env;
    }

    // Checks and waits for finished(); the results (empty and a failed test when none came).
    QList<PreconditionResult> check(LaunchPreconditionChecker &checker, const QList<LaunchPrecondition> &list,
                                    int waitMs = 15000)
    {
        QSignalSpy finished(&checker, &LaunchPreconditionChecker::finished);
        checker.start(list);
        if (!finished.isEmpty()) {
            qWarning("finished() came from within start()");
            return {};
        }
        if (!finished.wait(waitMs)) {
            qWarning("no finished() in time");
            return {};
        }
        return finished.first().first().value<QList<PreconditionResult>>();
    }

    PreconditionResult checkOne(const LaunchPrecondition &one, const HostEnvironment &env, EngineClient *client = nullptr)
    {
        LaunchPreconditionChecker checker(env);
        checker.setEngineClient(client);
        const QList<PreconditionResult> results = check(checker, {one});
        return results.size() == 1 ? results.first() : PreconditionResult{};
    }

    QString uniqueName(const QString &prefix)
    {
        const QString name = u"%1-%2"_s.arg(prefix).arg(QRandomGenerator::global()->generate() % 1000000);
        m_containers << name;
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(u"home"_s)));
        QVERIFY(QDir().mkpath(path(u"bin"_s)));
        QVERIFY(writeFile(path(u"cvmfs/cms.cern.ch/marker"_s), "marker\n"));
        QVERIFY(QDir().mkpath(path(u"cvmfs/empty.cern.ch"_s)));
        QVERIFY(writeFile(path(u"cvmfs/file.cern.ch"_s), "not a directory"));
    }

    void cleanupTestCase()
    {
        m_hang.stop();
        if (!m_containers.isEmpty() && TestServices::dockerMissingReason().isEmpty())
            TestServices::runEngineCli(EngineKind::Docker, QStringList{u"rm"_s, u"-f"_s} + m_containers);
    }

    void pathExists()
    {
        QVERIFY(QFile::link(path(u"nowhere"_s), path(u"dangling"_s)));
        const HostEnvironment env = environment();

        const PreconditionResult folder = checkOne(precondition(Kind::PathExists, path(u"cvmfs"_s)), env);
        QCOMPARE(folder.status, Status::Ok);
        QVERIFY(folder.fixSteps.isEmpty());
        QVERIFY2(folder.evidence.join(u'\n').contains(u"directory"_s), qPrintable(folder.evidence.join(u'\n')));
        QVERIFY(folder.elapsedMs >= 0);

        // lstat: a dangling link (an automount trigger) is there and is not followed.
        QCOMPARE(checkOne(precondition(Kind::PathExists, path(u"dangling"_s)), env).status, Status::Ok);

        const PreconditionResult missing = checkOne(precondition(Kind::PathExists, path(u"missing"_s)), env);
        QCOMPARE(missing.status, Status::Failed);
        QVERIFY(missing.summary.contains(path(u"missing"_s)));
        QVERIFY(missing.catalogueId.isEmpty());
        QCOMPARE(missing.fixSteps.size(), 1); // the specific sentence
        QVERIFY(missing.fixSteps.first().contains(path(u"missing"_s)));
    }

    // Under a prepared root the logical paths the catalogue knows get its fix.
    void pathExistsCatalogueFixes_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("catalogueId");
        QTest::newRow("/dev/fuse") << u"/dev/fuse"_s << u"host-dev-fuse-missing"_s;
        QTest::newRow("/cvmfs") << u"/cvmfs"_s << u"cvmfs-path-missing"_s;
        QTest::newRow("a CMS wrapper") << u"/cvmfs/cms.cern.ch/common/cmssw-el9"_s << u"cvmfs-path-missing"_s;
    }

    void pathExistsCatalogueFixes()
    {
        QFETCH(QString, subject);
        QFETCH(QString, catalogueId);
        HostEnvironment env = environment();
        env.root = path(u"emptyroot"_s);
        QVERIFY(QDir().mkpath(env.root));
        const PreconditionResult result = checkOne(precondition(Kind::PathExists, subject), env);
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(result.catalogueId, catalogueId);
        const KnownError *entry = ErrorCatalogue::builtIn().entry(catalogueId);
        QVERIFY(entry);
        QCOMPARE(result.fixSteps, entry->fixSteps());
        // Evidence names the logical path, not the prefixed one.
        QVERIFY(!result.evidence.join(u'\n').contains(env.root));
    }

    void repositoryAnswers()
    {
        const HostEnvironment env = environment();
        const PreconditionResult good
            = checkOne(precondition(Kind::RepositoryAnswers, path(u"cvmfs/cms.cern.ch"_s)), env);
        QCOMPARE(good.status, Status::Ok);

        // An empty mount point: autofs did not mount the repository.
        const PreconditionResult empty
            = checkOne(precondition(Kind::RepositoryAnswers, path(u"cvmfs/empty.cern.ch"_s)), env);
        QCOMPARE(empty.status, Status::Failed);
        QVERIFY(empty.summary.contains(u"empty"_s));
        QCOMPARE(empty.catalogueId, u"cvmfs-path-missing"_s);
        QVERIFY(empty.fixCommands.contains(QStringList{u"cvmfs_config"_s, u"probe"_s, u"empty.cern.ch"_s}));
        QVERIFY(empty.fixSteps.size() >= 2); // the specific step, then the catalogue's

        const PreconditionResult missing
            = checkOne(precondition(Kind::RepositoryAnswers, path(u"cvmfs/atlas.cern.ch"_s)), env);
        QCOMPARE(missing.status, Status::Failed);
        QCOMPARE(missing.catalogueId, u"cvmfs-path-missing"_s);

        const PreconditionResult file
            = checkOne(precondition(Kind::RepositoryAnswers, path(u"cvmfs/file.cern.ch"_s)), env);
        QCOMPARE(file.status, Status::Failed);
        QVERIFY(!file.fixSteps.isEmpty());
    }

    // The real thing: a repository that hangs times out after the checker's timeout, says
    // which one, while the other preconditions answer at once and the event loop keeps going.
    void hungRepositoryTimesOut()
    {
        if (!QFile::exists(u"/dev/fuse"_s) || QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s}).isEmpty()) {
            if (TestServices::inCi())
                QFAIL("/dev/fuse and /usr/bin/python3 (python3-fusepy) are needed for the hanging repository");
            QSKIP("/dev/fuse and /usr/bin/python3 (python3-fusepy) are needed for the hanging repository");
        }
        const QString mountPoint = path(u"hung/cvmfs/sft.cern.ch"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        const QString problem = m_hang.start(mountPoint, path(u"hang.py"_s));
        if (!problem.isEmpty()) {
            if (TestServices::inCi())
                QFAIL(qPrintable(problem));
            QSKIP(qPrintable(problem));
        }

        LaunchPreconditionChecker checker(environment());
        checker.setTimeout(1500);
        QSignalSpy each(&checker, &LaunchPreconditionChecker::resultReady);
        QSignalSpy finished(&checker, &LaunchPreconditionChecker::finished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        QElapsedTimer clock;
        clock.start();
        const QList<LaunchPrecondition> list{precondition(Kind::RepositoryAnswers, mountPoint),
                                             precondition(Kind::RepositoryAnswers, path(u"cvmfs/cms.cern.ch"_s)),
                                             precondition(Kind::PathExists, path(u"cvmfs"_s))};
        checker.start(list);
        QVERIFY(checker.isRunning());
        // The healthy ones answer long before the hung one gives up.
        QTRY_COMPARE_WITH_TIMEOUT(each.size(), 2, 1000);
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks))); // the loop never stopped
        const auto results = finished.first().first().value<QList<PreconditionResult>>();
        QCOMPARE(results.size(), 3);
        // In the order of the preconditions, whatever the order of the answers.
        QCOMPARE(results.at(0).precondition, list.at(0));
        QCOMPARE(results.at(0).status, Status::TimedOut);
        QVERIFY(results.at(0).summary.contains(mountPoint));
        QVERIFY(results.at(0).fixCommands.contains(QStringList{u"cvmfs_config"_s, u"probe"_s, u"sft.cern.ch"_s}));
        QCOMPARE(results.at(1).status, Status::Ok);
        QCOMPARE(results.at(2).status, Status::Ok);
        QVERIFY(!PreconditionResult::allOk(results));
        QVERIFY(!checker.isRunning());
        m_hang.stop(); // releases the abandoned probe thread (ENOTCONN)
    }

    // Cancelled while a repository hangs (the probeHook plays the hang here): nothing more.
    void cancelledWhileHung()
    {
        auto released = std::make_shared<std::atomic_bool>(false);
        HostEnvironment env = environment();
        env.probeHook = [released](const QString &) {
            while (!released->load())
                QThread::msleep(20);
        };
        auto *checker = new LaunchPreconditionChecker(env);
        QSignalSpy each(checker, &LaunchPreconditionChecker::resultReady);
        QSignalSpy finished(checker, &LaunchPreconditionChecker::finished);
        checker->start({precondition(Kind::RepositoryAnswers, path(u"cvmfs/cms.cern.ch"_s))});
        QTest::qWait(100);
        checker->cancel();
        QVERIFY(!checker->isRunning());
        released->store(true);
        QTest::qWait(200);
        QCOMPARE(each.size(), 0);
        QCOMPARE(finished.size(), 0);
        delete checker;
    }

    void sharedMount()
    {
        const QString shared = path(u"shared-mounts"_s);
        QVERIFY(QDir().mkpath(shared));
        const QString problem = TestServices::makeSharedMount(shared);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto unmount = qScopeGuard([shared] { TestServices::unmountTree(shared); });
        const HostEnvironment env = environment();

        const PreconditionResult ok = checkOne(precondition(Kind::SharedMount, shared), env);
        QCOMPARE(ok.status, Status::Ok);
        QVERIFY2(ok.evidence.join(u'\n').contains(u"a mount point"_s), qPrintable(ok.evidence.join(u'\n')));

        // The same mount, private: what `-v ...:rshared` refuses.
        QVERIFY(::mount(nullptr, QFile::encodeName(shared).constData(), nullptr, MS_PRIVATE, nullptr) == 0);
        const PreconditionResult refused = checkOne(precondition(Kind::SharedMount, shared), env);
        QCOMPARE(refused.status, Status::Failed);
        QCOMPARE(refused.catalogueId, u"mount-not-shared"_s);
        QVERIFY(refused.fixSteps.first().contains(shared));
        QVERIFY(refused.fixCommands.contains(QStringList{u"sudo"_s, u"mount"_s, u"--make-rshared"_s, shared}));
    }

    // Mount tables as files under a prepared root.
    void sharedMountFromTable_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("own shared mount") << "20 1 8:1 / / rw shared:1 - ext4 /dev/sda1 rw\n"
                                             "30 20 8:1 /srv /shared-mounts rw shared:5 - ext4 /dev/sda1 rw\n"_ba
                                          << int(Status::Ok) << u"a mount point"_s;
        QTest::newRow("on a shared /") << "20 1 8:1 / / rw shared:1 - ext4 /dev/sda1 rw\n"_ba << int(Status::Ok)
                                       << u"on the mount /"_s;
        QTest::newRow("private /") << "20 1 8:1 / / rw - ext4 /dev/sda1 rw\n"_ba << int(Status::Failed)
                                   << u"private"_s;
        QTest::newRow("slave only") << "20 1 8:1 / / rw master:1 - ext4 /dev/sda1 rw\n"_ba << int(Status::Failed)
                                    << u"master:1"_s;
        QTest::newRow("garbage") << "\x01garbage\n- - -\n"_ba << int(Status::Failed) << u"none holds"_s;
        QTest::newRow("empty") << QByteArray() << int(Status::Failed) << u"none holds"_s;
    }

    void sharedMountFromTable()
    {
        QFETCH(QByteArray, table);
        QFETCH(int, status);
        QFETCH(QString, evidence);
        QTemporaryDir root;
        QVERIFY(writeFile(root.path() + u"/proc/self/mountinfo"_s, table));
        HostEnvironment env = environment();
        env.root = root.path();
        const PreconditionResult result = checkOne(precondition(Kind::SharedMount, u"/shared-mounts/"_s), env);
        QCOMPARE(int(result.status), status);
        QVERIFY2(result.evidence.join(u'\n').contains(evidence), qPrintable(result.evidence.join(u'\n')));

        // No table at all.
        env.root = path(u"emptyroot"_s);
        QDir().mkpath(env.root);
        const PreconditionResult unreadable = checkOne(precondition(Kind::SharedMount, u"/shared-mounts"_s), env);
        QCOMPARE(unreadable.status, Status::Failed);
        QVERIFY(unreadable.fixCommands.contains(
            QStringList{u"findmnt"_s, u"-o"_s, u"TARGET,PROPAGATION"_s, u"/shared-mounts"_s}));
    }

    void programFound()
    {
        QVERIFY(writeFile(path(u"bin/cmssw-tool"_s), "#!/bin/sh\nexit 0\n"));
        QVERIFY(QFile::setPermissions(path(u"bin/cmssw-tool"_s), QFile::ReadOwner | QFile::ExeOwner));
        HostEnvironment env = environment();
        const PreconditionResult found = checkOne(precondition(Kind::ProgramFound, u"cmssw-tool"_s), env);
        QCOMPARE(found.status, Status::Ok);
        QVERIFY(found.evidence.first().contains(path(u"bin/cmssw-tool"_s)));

        env.environment.insert(u"PATH"_s, path(u"bin"_s));
        const PreconditionResult docker = checkOne(precondition(Kind::ProgramFound, u"docker"_s), env);
        QCOMPARE(docker.status, Status::Failed);
        QCOMPARE(docker.catalogueId, u"engine-not-installed"_s);
        const PreconditionResult apptainer = checkOne(precondition(Kind::ProgramFound, u"apptainer"_s), env);
        QCOMPARE(apptainer.catalogueId, u"apptainer-not-installed"_s);
        const PreconditionResult other = checkOne(precondition(Kind::ProgramFound, u"cmssw-el9"_s), env);
        QCOMPARE(other.status, Status::Failed);
        QVERIFY(other.catalogueId.isEmpty());
        QVERIFY(other.fixSteps.first().contains(u"cmssw-el9"_s));
    }

    void fileSharing()
    {
        QTemporaryDir home;
        HostEnvironment env = environment();
        env.os = HostEnvironment::Os::Linux;
        env.homeDirectory = home.path();
        const QString settings = home.path() + u"/.docker/desktop/settings-store.json"_s;

        // No settings file: Docker Desktop shares the home directory only.
        QCOMPARE(checkOne(precondition(Kind::FileSharingIncludes, home.path() + u"/work"_s), env).status, Status::Ok);
        QCOMPARE(checkOne(precondition(Kind::FileSharingIncludes, u"/cvmfs"_s), env).status, Status::Failed);

        QVERIFY(writeFile(settings, R"({"FilesharingDirectories": ["/home", "/cvmfs", 42]})"));
        const PreconditionResult shared = checkOne(precondition(Kind::FileSharingIncludes, u"/cvmfs/cms.cern.ch"_s), env);
        QCOMPARE(shared.status, Status::Ok);
        QVERIFY(shared.summary.contains(u"/cvmfs"_s));
        const PreconditionResult notShared = checkOne(precondition(Kind::FileSharingIncludes, u"/cvmfs2"_s), env);
        QCOMPARE(notShared.status, Status::Failed);
        QCOMPARE(notShared.catalogueId, u"docker-desktop-mounts-denied"_s);
        QVERIFY(!notShared.fixSteps.isEmpty());

        QVERIFY(writeFile(settings, "{broken"));
        const PreconditionResult broken = checkOne(precondition(Kind::FileSharingIncludes, u"/cvmfs"_s), env);
        QCOMPARE(broken.status, Status::Failed);
        QVERIFY(broken.evidence.first().contains(settings));

        env.os = HostEnvironment::Os::Windows; // WSL 2: no list to check
        QCOMPARE(checkOne(precondition(Kind::FileSharingIncludes, u"/cvmfs"_s), env).status, Status::Ok);
    }

    void containerRunning()
    {
        WHARF_REQUIRE_DOCKER();
        const QString running = uniqueName(u"wharf-test-running"_s);
        const QString created = uniqueName(u"wharf-test-created"_s);
        const auto start = TestServices::runEngineCli(
            EngineKind::Docker, {u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, running,
                                 TestServices::busyboxImage(), u"sleep"_s, u"120"_s});
        QVERIFY2(start.succeeded(), qPrintable(start.describe()));
        const auto create = TestServices::runEngineCli(
            EngineKind::Docker,
            {u"create"_s, u"--network"_s, u"none"_s, u"--name"_s, created, TestServices::busyboxImage(), u"true"_s});
        QVERIFY2(create.succeeded(), qPrintable(create.describe()));

        EngineClient client(TestServices::dockerEndpoint());
        const HostEnvironment env = environment();
        const PreconditionResult ok = checkOne(precondition(Kind::ContainerRunning, running), env, &client);
        QCOMPARE(ok.status, Status::Ok);
        QVERIFY(ok.evidence.first().contains(running));

        const PreconditionResult stopped = checkOne(precondition(Kind::ContainerRunning, created), env, &client);
        QCOMPARE(stopped.status, Status::Failed);
        QVERIFY2(stopped.summary.contains(u"created"_s), qPrintable(stopped.summary));

        const PreconditionResult missing
            = checkOne(precondition(Kind::ContainerRunning, u"cvmfs-nonexistent-x"_s), env, &client);
        QCOMPARE(missing.status, Status::Failed);
        QVERIFY(missing.fixSteps.first().contains(u"cvmfs-nonexistent-x"_s));

        const PreconditionResult noClient = checkOne(precondition(Kind::ContainerRunning, running), env, nullptr);
        QCOMPARE(noClient.status, Status::Failed);

        // An engine that is not there: the engine's error, explained by the catalogue.
        EngineClient gone(EngineEndpoint::unixSocket(path(u"no-engine.sock"_s)));
        const PreconditionResult unreachable = checkOne(precondition(Kind::ContainerRunning, running), env, &gone);
        QCOMPARE(unreachable.status, Status::Failed);
        QVERIFY2(!unreachable.catalogueId.isEmpty(), qPrintable(unreachable.evidence.join(u'\n')));
    }

    void emptyListFinishesLater()
    {
        LaunchPreconditionChecker checker(environment());
        const QList<PreconditionResult> results = check(checker, {});
        QVERIFY(results.isEmpty());
        QVERIFY(!checker.isRunning());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLaunchPreconditionChecker)
#include "tst_launchpreconditionchecker.moc"
