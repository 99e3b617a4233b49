// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "HangingFuseMount.h"
#include "UnpackedFixture.h"
#include "unpacked/UnpackedScanner.h"
#include "unpacked/UnpackedTreeModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Wharf::Error;
using Wharf::ErrorCode;
using Wharf::UnpackedImageInfo;
using Wharf::UnpackedListing;
using Wharf::UnpackedScanner;
using Wharf::UnpackedScanProgress;
using Wharf::UnpackedTreeModel;
using Wharf::Test::UnpackedFixture;

namespace {

// Blocks the workers that read a chosen path until released: a hang that a test controls.
// Shared with the workers, which may outlive the test function.
struct Gate
{
    std::mutex mutex;
    std::condition_variable released;
    bool open = false;
    int waiting = 0;

    void wait()
    {
        std::unique_lock lock(mutex);
        ++waiting;
        released.wait(lock, [this] { return open; });
        --waiting;
    }
    void release()
    {
        std::lock_guard lock(mutex);
        open = true;
        released.notify_all();
    }
    int blocked()
    {
        std::lock_guard lock(mutex);
        return waiting;
    }
};

// Measures the longest pause of the event loop while it runs.
class LoopWatch : public QObject
{
public:
    LoopWatch()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
        });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestPauseMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

QList<UnpackedListing> collect(const QSignalSpy &spy)
{
    QList<UnpackedListing> all;
    for (const QList<QVariant> &arguments : spy)
        all += arguments.at(0).value<QList<UnpackedListing>>();
    return all;
}

} // namespace

class tst_UnpackedScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qRegisterMetaType<UnpackedListing>();
        qRegisterMetaType<QList<UnpackedListing>>();
        qRegisterMetaType<UnpackedScanProgress>();
        qRegisterMetaType<UnpackedImageInfo>();
        qRegisterMetaType<QList<UnpackedImageInfo>>();
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(u"unpacked.cern.ch"_s);
        m_fixture = std::make_unique<UnpackedFixture>(m_root);
        m_typical = m_fixture->buildTypical();
    }

    void cleanupTestCase()
    {
        stopFuse();
    }

    void listOneDirectory()
    {
        UnpackedScanner scanner;
        scanner.setRoots({ m_root });
        QSignalSpy ready(&scanner, &UnpackedScanner::listingsReady);
        scanner.listDirectory(m_root, "registry.hub.docker.com/cmssw");
        scanner.listDirectory(m_root, "registry.hub.docker.com/cmssw"); // merged with the first
        QVERIFY(ready.wait(5000));
        QTest::qWait(100);
        const QList<UnpackedListing> listings = collect(ready);
        QCOMPARE(listings.size(), 1);
        QCOMPARE(listings.first().root, m_root);
        QCOMPARE(listings.first().directory, "registry.hub.docker.com/cmssw"_ba);
        QCOMPARE(listings.first().entries.size(), 4);
    }

    void inspectAndReadEnvironment()
    {
        UnpackedScanner scanner;
        QSignalSpy inspected(&scanner, &UnpackedScanner::targetsInspected);
        QSignalSpy environment(&scanner, &UnpackedScanner::environmentRead);
        const QByteArray el8 = UnpackedFixture::flatPath(m_typical.hashOf.value("registry.hub.docker.com/cmssw/el8:x86_64"));
        QList<QByteArray> targets { el8, ".flat/00/missing" };
        for (int i = 0; i < 10; ++i)
            targets.append(".flat/00/missing" + QByteArray::number(i)); // two tasks of at most 8
        scanner.inspectTargets(m_root, targets);
        scanner.readEnvironment(m_root, el8);
        QTRY_COMPARE_WITH_TIMEOUT(inspected.size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(environment.size(), 1, 5000);
        QList<UnpackedImageInfo> infos;
        for (const QList<QVariant> &arguments : inspected)
            infos += arguments.at(0).value<QList<UnpackedImageInfo>>();
        QCOMPARE(infos.size(), 12);
        for (const UnpackedImageInfo &info : infos)
            QCOMPARE(info.state, info.target == el8 ? UnpackedImageInfo::State::Runnable : UnpackedImageInfo::State::Missing);
        const auto info = environment.first().at(0).value<UnpackedImageInfo>();
        QVERIFY(info.environment.contains(u"CMSSW_VERSION"_s));
    }

    void scanEverythingIntoTheModel()
    {
        UnpackedScanner scanner;
        scanner.setRoots({ m_root });
        UnpackedTreeModel model(&scanner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(&scanner, &UnpackedScanner::scanProgress);
        QSignalSpy finished(&scanner, &UnpackedScanner::scanFinished);
        QSignalSpy ready(&scanner, &UnpackedScanner::listingsReady);
        scanner.scanAll();
        QVERIFY(scanner.isScanning());
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().at(0).value<UnpackedScanProgress>();
        QCOMPARE(result.phase, UnpackedScanProgress::Phase::Finished);
        QCOMPARE(result.tagsFound, UnpackedFixture::Typical::Tags);
        QCOMPARE(result.directoriesListed, UnpackedFixture::Typical::Directories + 1); // and the root
        QCOMPARE(result.directoriesFailed, 0);
        QVERIFY(result.problems.isEmpty());
        QVERIFY(!scanner.isScanning());
        QVERIFY(!progress.isEmpty());
        QVERIFY(ready.size() < result.directoriesListed); // handed over in batches
        QCOMPARE(model.tagCount(), UnpackedFixture::Typical::Tags);
        QCOMPARE(model.directoryCount(), UnpackedFixture::Typical::Directories);

        // The model's rows carry what the page shows.
        const QModelIndex x86 = model.indexForPath(m_root, "registry.hub.docker.com/cmssw/el8:x86_64");
        QVERIFY(x86.isValid());
        QCOMPARE(x86.data(UnpackedTreeModel::SyncedRole).toDateTime(), m_typical.el8Synced);
        QCOMPARE(x86.data(UnpackedTreeModel::PathRole).toString(), QDir::toNativeSeparators(m_root + u"/registry.hub.docker.com/cmssw/el8:x86_64"_s));
        const QModelIndex multi = model.indexForPath(m_root, "docker.io/user/multi:latest");
        QCOMPARE(multi.data(UnpackedTreeModel::ArchitecturesRole).toStringList(), QStringList({ u"amd64"_s, u"arm64"_s }));
        // Runnable is checked when an image is opened, not during the scan.
        QCOMPARE(x86.data(UnpackedTreeModel::RunnableRole).toInt(), int(UnpackedImageInfo::State::Unknown));
        model.requestInspection(x86.parent());
        QTRY_COMPARE_WITH_TIMEOUT(x86.data(UnpackedTreeModel::RunnableRole).toInt(), int(UnpackedImageInfo::State::Runnable), 5000);
        const QModelIndex gone = model.indexForPath(m_root, "gitlab-registry.cern.ch/broken/gone:1");
        model.requestInspection(gone);
        QTRY_COMPARE_WITH_TIMEOUT(gone.data(UnpackedTreeModel::RunnableRole).toInt(), int(UnpackedImageInfo::State::Missing), 5000);
        // Type to filter over what was scanned.
        model.setFilterText(u"payload"_s);
        QCOMPARE(model.matchingTagCount(), 1);
    }

    void severalRootsAndMissingOnes()
    {
        QTemporaryDir other;
        UnpackedFixture second(other.filePath(u"singularity.opensciencegrid.org"_s));
        second.addTag("opensciencegrid/osgvo-el7:latest", second.addFlatImage("osg"), QDateTime::currentDateTimeUtc());
        QTemporaryDir fakeCvmfs;
        UnpackedScanner scanner;
        scanner.setCvmfsBase(fakeCvmfs.path());
        const QString notMounted = fakeCvmfs.filePath(u"unpacked.cern.ch"_s);
        scanner.setRoots({ m_root, second.root(), notMounted });
        UnpackedTreeModel model(&scanner);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy failed(&scanner, &UnpackedScanner::directoryFailed);
        QSignalSpy finished(&scanner, &UnpackedScanner::scanFinished);
        scanner.scanAll();
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().at(0).value<UnpackedScanProgress>();
        QCOMPARE(result.tagsFound, UnpackedFixture::Typical::Tags + 1);
        QCOMPARE(result.directoriesFailed, 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), notMounted);
        const auto error = failed.first().at(2).value<Error>();
        QCOMPARE(error.code(), ErrorCode::NotFound);
        QVERIFY2(error.message().contains(u"cvmfs_config probe unpacked.cern.ch"_s), qPrintable(error.message()));
        const QModelIndex missing = model.index(2, 0);
        QCOMPARE(missing.data(UnpackedTreeModel::StateRole).toInt(), int(UnpackedTreeModel::State::Failed));
        QVERIFY(model.indexForPath(second.root(), "opensciencegrid/osgvo-el7:latest").isValid());
        QCOMPARE(model.indexForPath(second.root(), "opensciencegrid/osgvo-el7:latest").data(UnpackedTreeModel::ReferenceRole).toString(),
            u"docker.io/opensciencegrid/osgvo-el7:latest"_s);
    }

    void timeoutAbandonsTheThreadAndGoesOn()
    {
        auto gate = std::make_shared<Gate>();
        UnpackedScanner scanner;
        scanner.setRoots({ m_root });
        scanner.setDirectoryTimeout(300);
        scanner.setWorkerHookForTesting([gate](const QString &, const QByteArray &path) {
            if (path == "gitlab-registry.cern.ch/a")
                gate->wait();
        });
        QSignalSpy failed(&scanner, &UnpackedScanner::directoryFailed);
        QSignalSpy finished(&scanner, &UnpackedScanner::scanFinished);
        LoopWatch watch;
        QElapsedTimer timer;
        timer.start();
        scanner.scanAll();
        QVERIFY(finished.wait(10000));
        const qint64 took = timer.elapsed();
        const auto result = finished.first().at(0).value<UnpackedScanProgress>();
        QCOMPARE(result.phase, UnpackedScanProgress::Phase::Finished);
        QCOMPARE(result.directoriesFailed, 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toByteArray(), "gitlab-registry.cern.ch/a");
        const auto error = failed.first().at(2).value<Error>();
        QCOMPARE(error.code(), ErrorCode::Timeout);
        QVERIFY(error.message().contains(m_root + u"/gitlab-registry.cern.ch/a"_s));
        QVERIFY(error.message().contains(u"did not answer"_s));
        // Everything else was read: all tags but deep-image:1.0 below the blocked directory.
        QCOMPARE(result.tagsFound, UnpackedFixture::Typical::Tags - 1);
        QVERIFY2(took < 5000, qPrintable(QString::number(took)));
        QVERIFY2(watch.longestPauseMs() < 500, qPrintable(QString::number(watch.longestPauseMs())));
        QCOMPARE(scanner.stuckThreads(), 1);
        QCOMPARE(scanner.liveThreads(), scanner.concurrency()); // replaced
        gate->release();
        QTRY_COMPARE_WITH_TIMEOUT(scanner.stuckThreads(), 0, 5000);
    }

    void cancelWhileBlocked()
    {
        auto gate = std::make_shared<Gate>();
        UnpackedScanner scanner;
        scanner.setRoots({ m_root });
        scanner.setDirectoryTimeout(60'000);
        scanner.setWorkerHookForTesting([gate](const QString &, const QByteArray &path) {
            if (path == "registry.hub.docker.com")
                gate->wait();
        });
        QSignalSpy finished(&scanner, &UnpackedScanner::scanFinished);
        scanner.scanAll();
        QTRY_COMPARE_WITH_TIMEOUT(gate->blocked(), 1, 5000);
        QTest::qWait(200);
        QVERIFY(scanner.isScanning());
        QElapsedTimer timer;
        timer.start();
        scanner.cancelScan();
        QVERIFY(timer.elapsed() < 100);
        QCOMPARE(finished.size(), 1); // at once, not when the read returns
        QCOMPARE(finished.first().at(0).value<UnpackedScanProgress>().phase, UnpackedScanProgress::Phase::Cancelled);
        QVERIFY(!scanner.isScanning());
        // The blocked read's answer is dropped when it comes.
        QSignalSpy ready(&scanner, &UnpackedScanner::listingsReady);
        gate->release();
        QTest::qWait(300);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(finished.size(), 1);
        // And the scanner works again.
        scanner.scanAll();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).value<UnpackedScanProgress>().phase, UnpackedScanProgress::Phase::Finished);
    }

    void tooManyStuckThreads()
    {
        auto gate = std::make_shared<Gate>();
        UnpackedScanner scanner;
        scanner.setDirectoryTimeout(100);
        scanner.setConcurrency(2);
        scanner.setWorkerHookForTesting([gate](const QString &, const QByteArray &) { gate->wait(); });
        QSignalSpy failed(&scanner, &UnpackedScanner::directoryFailed);
        for (int i = 0; i < UnpackedScanner::MaxStuckThreads + 4; ++i)
            scanner.listDirectory(m_root, "dir" + QByteArray::number(i));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), UnpackedScanner::MaxStuckThreads + 4, 10000);
        // No thread starts once MaxStuckThreads are stuck; the live ones may still get stuck.
        const int stuck = scanner.stuckThreads();
        QVERIFY2(stuck >= UnpackedScanner::MaxStuckThreads && stuck < UnpackedScanner::MaxStuckThreads + 2,
            qPrintable(QString::number(stuck)));
        QCOMPARE(scanner.liveThreads(), 0);
        int saturated = 0;
        for (const QList<QVariant> &arguments : failed) {
            const auto error = arguments.at(2).value<Error>();
            QCOMPARE(error.code(), ErrorCode::Timeout);
            if (error.message().contains(u"seems to hang"_s))
                ++saturated;
        }
        QCOMPARE(saturated, UnpackedScanner::MaxStuckThreads + 4 - stuck);
        // A new request fails at once instead of starting yet another thread.
        failed.clear();
        scanner.listDirectory(m_root, "registry.hub.docker.com");
        QCOMPARE(failed.size(), 1);
        // When the file system answers again, the scanner recovers.
        gate->release();
        QTRY_COMPARE_WITH_TIMEOUT(scanner.stuckThreads(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(scanner.liveThreads(), 2, 5000);
        QSignalSpy ready(&scanner, &UnpackedScanner::listingsReady);
        scanner.listDirectory(m_root, "registry.hub.docker.com");
        QVERIFY(ready.wait(5000));
    }

    void destroyingNeverWaits()
    {
        auto gate = std::make_shared<Gate>();
        auto scanner = std::make_unique<UnpackedScanner>();
        scanner->setWorkerHookForTesting([gate](const QString &, const QByteArray &) { gate->wait(); });
        scanner->listDirectory(m_root, {});
        scanner->inspectTargets(m_root, { ".flat/x" });
        QTRY_COMPARE_WITH_TIMEOUT(gate->blocked(), 2, 5000);
        QElapsedTimer timer;
        timer.start();
        scanner.reset();
        QVERIFY(timer.elapsed() < 100);
        gate->release(); // the workers end without touching the scanner
        QTRY_COMPARE_WITH_TIMEOUT(gate->blocked(), 0, 5000);
        QTest::qWait(100);
    }

    // Nothing waits for a blocked worker at exit either: the test runs itself in a child that
    // leaves a worker blocked for good and returns from main.
    void exitsWithABlockedWorker()
    {
        if (qEnvironmentVariableIsSet("WHARF_UNPACKED_EXIT_CHILD")) {
            auto gate = std::make_shared<Gate>(); // never opened
            auto *scanner = new UnpackedScanner(this); // deleted with the test object at exit
            scanner->setWorkerHookForTesting([gate](const QString &, const QByteArray &) { gate->wait(); });
            scanner->listDirectory(m_root, {});
            QTRY_COMPARE_WITH_TIMEOUT(gate->blocked(), 1, 5000);
            return;
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"WHARF_UNPACKED_EXIT_CHILD"_s, u"1"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), { u"exitsWithABlockedWorker"_s });
        QVERIFY(child.waitForStarted(5000));
        QVERIFY2(child.waitForFinished(20000), "the process did not exit with a blocked worker");
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    }

    // The real thing: a FUSE file system whose readdir sleeps, like CVMFS with its proxy
    // down. A thread in that readdir cannot be interrupted; only killing the daemon frees it.
    void hangingFileSystem()
    {
        startFuse();
        UnpackedScanner scanner;
        scanner.setRoots({ m_mountpoint });
        scanner.setDirectoryTimeout(500);
        UnpackedTreeModel model(&scanner);
        QSignalSpy finished(&scanner, &UnpackedScanner::scanFinished);
        QSignalSpy failed(&scanner, &UnpackedScanner::directoryFailed);
        LoopWatch watch;
        QElapsedTimer timer;
        timer.start();
        scanner.scanAll();
        QVERIFY(finished.wait(15000));
        const auto result = finished.first().at(0).value<UnpackedScanProgress>();
        QCOMPARE(result.phase, UnpackedScanProgress::Phase::Finished);
        QCOMPARE(result.tagsFound, 2);
        QCOMPARE(result.directoriesFailed, 2);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(watch.longestPauseMs() < 500, qPrintable(QString::number(watch.longestPauseMs())));
        QHash<QByteArray, Error> errors;
        for (const QList<QVariant> &arguments : failed)
            errors.insert(arguments.at(1).toByteArray(), arguments.at(2).value<Error>());
        QCOMPARE(errors.value("hang.example.org").code(), ErrorCode::Timeout);
        QVERIFY(errors.value("hang.example.org").message().contains(m_mountpoint + u"/hang.example.org"_s));
        QCOMPARE(errors.value("denied.example.org").code(), ErrorCode::PermissionDenied);
        QCOMPARE(scanner.stuckThreads(), 1);
        const QModelIndex tag = model.indexForPath(m_mountpoint, "ok.example.org/ns/image:1");
        QVERIFY(tag.isValid());
        QCOMPARE(tag.data(UnpackedTreeModel::SyncedRole).toDateTime(), QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(model.indexForPath(m_mountpoint, "hang.example.org").data(UnpackedTreeModel::StateRole).toInt(),
            int(UnpackedTreeModel::State::Failed));

        // Cancel while blocked: a scanner with a long timeout, stuck in the same readdir.
        auto patient = std::make_unique<UnpackedScanner>();
        patient->setRoots({ m_mountpoint });
        patient->setDirectoryTimeout(120'000);
        QSignalSpy patientFinished(patient.get(), &UnpackedScanner::scanFinished);
        patient->scanAll();
        QTRY_VERIFY_WITH_TIMEOUT(patient->progress().directoriesListed >= 3, 5000);
        QTest::qWait(300);
        QVERIFY(patient->isScanning()); // still waiting for hang.example.org
        timer.restart();
        patient->cancelScan();
        QCOMPARE(patientFinished.size(), 1);
        QCOMPARE(patientFinished.first().at(0).value<UnpackedScanProgress>().phase, UnpackedScanProgress::Phase::Cancelled);
        // Destroying it does not wait for its blocked thread either.
        patient.reset();
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));

        // Only the file system going away releases the blocked threads.
        stopFuse();
        QTRY_COMPARE_WITH_TIMEOUT(scanner.stuckThreads(), 0, 10000);
    }

private:
    void startFuse()
    {
        WHARF_REQUIRE_SERVICE(Wharf::Test::HangingFuseMount::missingReason());
        m_mountpoint = m_dir.filePath(u"hanging"_s);
        const QString mounted = m_fuse.mount(m_mountpoint);
        QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    }

    void stopFuse() { m_fuse.unmount(); }

    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<UnpackedFixture> m_fixture;
    UnpackedFixture::Typical m_typical;
    Wharf::Test::HangingFuseMount m_fuse;
    QString m_mountpoint;
};

QTEST_GUILESS_MAIN(tst_UnpackedScanner)
#include "tst_unpackedscanner.moc"
