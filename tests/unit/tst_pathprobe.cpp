// SPDX-License-Identifier: Apache-2.0
// PathProbe: what it finds at a directory, a file, a missing path and a link loop, answered
// from a worker thread; a probe deleted while its worker is blocked drops the late answer.
#include "diagnostics/PathProbe.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <cerrno>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_PathProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(u"repo/sub"_s);
        for (int i = 0; i < 30; ++i) {
            QFile file(m_dir.path() + u"/repo/f%1"_s.arg(i, 2, 10, QChar(u'0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QDir(m_dir.path()).mkpath(u"empty"_s);
        QFile file(m_dir.path() + u"/file"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(u"loop"_s, m_dir.path() + u"/loop"_s));
    }

    void inspect()
    {
        const PathProbeResult repo
            = PathProbe::inspect(u"/cvmfs/repo"_s, m_dir.path() + u"/repo"_s);
        QVERIFY(repo.answered);
        QVERIFY(repo.exists);
        QVERIFY(repo.isDirectory);
        QVERIFY(repo.failedCall.isEmpty());
        QCOMPARE(repo.path, u"/cvmfs/repo"_s);
        QCOMPARE(repo.entryCount, PathProbeResult::MaxEntries + 1); // it stops reading there
        QCOMPARE(repo.entries.size(), PathProbeResult::MaxEntries);
        QVERIFY(std::is_sorted(repo.entries.cbegin(), repo.entries.cend()));
        QVERIFY(repo.elapsedMs >= 0);

        const PathProbeResult empty = PathProbe::inspect(u"/e"_s, m_dir.path() + u"/empty"_s);
        QVERIFY(empty.isDirectory);
        QCOMPARE(empty.entryCount, 0);

        const PathProbeResult file = PathProbe::inspect(u"/f"_s, m_dir.path() + u"/file"_s);
        QVERIFY(file.exists);
        QVERIFY(!file.isDirectory);

        const PathProbeResult missing = PathProbe::inspect(u"/m"_s, m_dir.path() + u"/missing"_s);
        QVERIFY(missing.answered);
        QVERIFY(!missing.exists);
        QCOMPARE(missing.failedCall, u"stat"_s);
        QCOMPARE(missing.errorNumber, ENOENT);
        QVERIFY(!missing.errorText.isEmpty());

        const PathProbeResult loop = PathProbe::inspect(u"/l"_s, m_dir.path() + u"/loop"_s);
        QCOMPARE(loop.errorNumber, ELOOP);

        const PathProbeResult device = PathProbe::inspect(u"/dev/null"_s, u"/dev/null"_s);
        QVERIFY(device.isCharacterDevice);
    }

    void answersFromAWorker()
    {
        PathProbe probe(u"/cvmfs/repo"_s, m_dir.path() + u"/repo"_s);
        QSignalSpy spy(&probe, &PathProbe::finished);
        Qt::HANDLE workerThread = nullptr;
        probe.start(
            [&workerThread](const QString &) { workerThread = QThread::currentThreadId(); });
        QVERIFY(spy.wait(5000));
        QVERIFY(workerThread && workerThread != QThread::currentThreadId());
        QCOMPARE(spy.first().first().value<PathProbeResult>().path, u"/cvmfs/repo"_s);
        probe.start(); // once only
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1);
    }

    void deletedWhileBlocked()
    {
        auto semaphore = std::make_shared<QSemaphore>();
        auto entered = std::make_shared<std::atomic<bool>>(false);
        auto *probe = new PathProbe(u"/cvmfs/repo"_s, m_dir.path() + u"/repo"_s);
        QSignalSpy spy(probe, &PathProbe::finished);
        probe->start([semaphore, entered](const QString &) {
            *entered = true;
            semaphore->acquire();
        });
        QTRY_VERIFY(entered->load());
        delete probe; // does not wait for the worker
        semaphore->release();
        QTest::qWait(100);
        QCOMPARE(spy.size(), 0);
    }

    void manyHungProbesDoNotStarveNewOnes()
    {
        // Each probe has a thread of its own: ten stuck ones do not delay the next.
        auto semaphore = std::make_shared<QSemaphore>();
        QList<PathProbe *> stuck;
        for (int i = 0; i < 10; ++i) {
            auto *probe = new PathProbe(u"/x"_s, m_dir.path() + u"/repo"_s, this);
            probe->start([semaphore](const QString &) { semaphore->acquire(); });
            stuck.append(probe);
        }
        PathProbe fresh(u"/y"_s, m_dir.path() + u"/repo"_s);
        QSignalSpy spy(&fresh, &PathProbe::finished);
        fresh.start();
        QVERIFY(spy.wait(2000));
        qDeleteAll(stuck);
        semaphore->release(10);
        QTest::qWait(100);
    }
};

QTEST_GUILESS_MAIN(tst_PathProbe)
#include "tst_pathprobe.moc"
