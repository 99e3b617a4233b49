// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "UnpackedImageInfo.h"
#include "UnpackedListing.h"
#include "UnpackedScanProgress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace Wharf {

// Reads unpacked.cern.ch-style trees (several roots) without ever blocking the thread that
// owns it: one directory when asked (a node is expanded, a search needs it), or every
// directory in the background ("scan everything", with progress and cancel). Results come
// back as signals in the owner's thread, listings in batches.
//
// Never hang: CVMFS can block readdir or stat for minutes, and a thread blocked in such a
// call cannot be interrupted, not even by SIGKILL. So the reads run on worker threads of
// this scanner's own (std::thread, detached, not a QThreadPool: a stuck thread must not
// hold a slot that others wait for), and every directory has a time limit
// (setDirectoryTimeout). When one is exceeded, the scanner reports that directory as timed
// out (directoryFailed, and a listing whose error is ErrorCode::Timeout), ABANDONS the
// worker, starts a fresh one and goes on with the other directories. An abandoned worker
// drops its answer and ends if the call ever returns. Once MaxStuckThreads are abandoned
// no thread is started any more (so at most MaxStuckThreads + concurrency - 1 are ever
// stuck): the file system is taken to hang and further reads fail at once, until one of
// them comes back. Nothing ever joins a worker: not the destructor, not
// application exit (the threads are detached on purpose, and leaked if they never return;
// the process can still exit).
class UnpackedScanner : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 15'000;
    static constexpr int MaxStuckThreads = 8;
    static constexpr int MaxDepth = 32;       // deeper directories are not walked
    static constexpr int InspectChunk = 8;    // targets per inspection task (each has the timeout)

    explicit UnpackedScanner(QObject *parent = nullptr);
    ~UnpackedScanner() override; // returns at once: workers are detached, never waited for

    // The roots to browse; default {UnpackedLayout::defaultRoot()}.
    void setRoots(const QStringList &roots);
    QStringList roots() const { return m_roots; }
    void setDirectoryTimeout(int milliseconds);
    int directoryTimeout() const;
    // Reads at once (default 4; a CVMFS read waits on the network more than on a core).
    void setConcurrency(int threads);
    int concurrency() const;
    // How long listings are gathered before listingsReady (default 30 ms; the first listing
    // after a quiet period is handed over at once).
    void setBatchInterval(int milliseconds) { m_batchInterval = std::max(0, milliseconds); }
    // Where CVMFS repositories are mounted (/cvmfs), for explaining missing roots. Tests.
    void setCvmfsBase(const QString &base);

    // Lists one directory (relative to root, raw bytes; empty = the root). A request for a
    // directory already being read is merged with it.
    void listDirectory(const QString &root, const QByteArray &directory);
    // Checks where names lead (exists? runnable?): targetsInspected. Cheap on a local disk,
    // one catalog download per image on CVMFS: ask for what the user is looking at.
    void inspectTargets(const QString &root, const QList<QByteArray> &targets);
    // Reads an image's environment file: environmentRead.
    void readEnvironment(const QString &root, const QByteArray &target);

    // Walks every root in the background, breadth first, hidden trees skipped.
    void scanAll();
    // Stops the walk at once: scanFinished(Cancelled) is emitted before this returns; reads
    // in progress are dropped when they end.
    void cancelScan();
    bool isScanning() const { return m_scanJob != 0; }
    UnpackedScanProgress progress() const;

    // Workers abandoned and still blocked in a read; workers alive and usable.
    int stuckThreads() const;
    int liveThreads() const;

    // Test seam: runs on the worker before each read (root, path); may block to simulate a
    // hang.
    void setWorkerHookForTesting(std::function<void(const QString &, const QByteArray &)> hook);

Q_SIGNALS:
    void rootsChanged(const QStringList &roots);
    // Listings in the order they were read; a listing with an error explains it.
    void listingsReady(const QList<Wharf::UnpackedListing> &listings);
    // A directory could not be listed (timeout, permission, missing root...). Also part of
    // listingsReady, for whoever only wants the failures.
    void directoryFailed(const QString &root, const QByteArray &directory, const Wharf::Error &error);
    void targetsInspected(const QList<Wharf::UnpackedImageInfo> &infos);
    void environmentRead(const Wharf::UnpackedImageInfo &info);
    void scanProgress(const Wharf::UnpackedScanProgress &progress);
    void scanFinished(const Wharf::UnpackedScanProgress &result);

private:
    struct Shared;
    struct Slot;
    struct Task;

    static void workerMain(std::shared_ptr<Shared> shared, std::shared_ptr<Slot> slot);
    void submit(Task task);
    void ensureWorkersLocked();
    void checkTimeouts();
    void failTask(const Task &task, const Error &error);
    void receiveListing(const UnpackedListing &listing, quint64 job);
    void receiveInfos(const QList<UnpackedImageInfo> &infos, bool environment);
    void receiveJobFinished(quint64 job);
    void workerReleased();
    void flushBatch();
    void finishScan(UnpackedScanProgress::Phase phase);
    Error saturatedError(const QString &root, const QByteArray &path) const;

    std::shared_ptr<Shared> m_shared;
    QStringList m_roots;
    QTimer m_watchdog;
    QTimer m_batchTimer;
    QElapsedTimer m_sinceFlush;
    QList<UnpackedListing> m_batch;
    int m_batchInterval = 30;
    QSet<QByteArray> m_listsInFlight;
    quint64 m_scanJob = 0;
    quint64 m_nextJob = 1;
    QElapsedTimer m_scanTimer;
    UnpackedScanProgress m_progress;
};

} // namespace Wharf
