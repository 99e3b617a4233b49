// SPDX-License-Identifier: Apache-2.0
#include "UnpackedScanner.h"

#include "UnpackedDirectoryReader.h"
#include "UnpackedLayout.h"
#include "UnpackedLog.h"

#include <QHash>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray requestKey(const QString &root, const QByteArray &directory)
{
    return root.toUtf8() + '\0' + directory;
}

int countTags(const UnpackedListing &listing)
{
    return int(std::count_if(listing.entries.cbegin(), listing.entries.cend(), [](const UnpackedEntry &entry) {
        return entry.kind == UnpackedEntry::Kind::Tag;
    }));
}

} // namespace

struct UnpackedScanner::Task
{
    enum class Kind : quint8 { List, Inspect, Environment };
    Kind kind = Kind::List;
    quint64 job = 0; // 0: a request; else the scan it belongs to (a background task)
    int depth = 0;
    QString root;
    QByteArray path; // List: the directory; Environment: the target
    QList<QByteArray> targets; // Inspect
};

// One worker thread's state, read by the watchdog.
struct UnpackedScanner::Slot
{
    bool busy = false;
    bool abandoned = false; // the watchdog gave up on it: drop the answer, then end
    bool retired = false;   // fewer threads wanted: end when idle
    qint64 startedMs = 0;
    Task task;
};

// Shared by the scanner and its workers; outlives the scanner while a worker holds it.
// Everything in it is guarded by `mutex`.
struct UnpackedScanner::Shared
{
    struct Job
    {
        bool cancelled = false;
        int pending = 0; // tasks queued or running
    };

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Task> requests;   // first: what the user is waiting for
    std::deque<Task> background; // then: the scan
    std::vector<std::shared_ptr<Slot>> slots; // live workers (not abandoned)
    std::unordered_map<quint64, Job> jobs;
    UnpackedScanner *receiver = nullptr; // cleared by the destructor
    std::function<void(const QString &, const QByteArray &)> hook;
    QString cvmfsBase = UnpackedLayout::cvmfsBase();
    int timeoutMs = UnpackedScanner::DefaultTimeoutMs;
    int concurrency = 4;
    int stuck = 0;
    bool shutdown = false;

    // Posts `call` to the scanner's thread, unless the scanner is gone. Called with the
    // mutex held, so the destructor cannot run in between; QObject discards calls still
    // queued for a deleted object.
    template<typename Call> void post(Call &&call)
    {
        if (receiver)
            QMetaObject::invokeMethod(receiver, std::forward<Call>(call), Qt::QueuedConnection);
    }
};

UnpackedScanner::UnpackedScanner(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_roots { UnpackedLayout::defaultRoot() }
{
    m_shared->receiver = this;
    m_shared->concurrency = std::clamp(QThread::idealThreadCount(), 2, 4);
    m_watchdog.setInterval(std::clamp(DefaultTimeoutMs / 5, 10, 250));
    connect(&m_watchdog, &QTimer::timeout, this, &UnpackedScanner::checkTimeouts);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &UnpackedScanner::flushBatch);
    m_sinceFlush.invalidate();
}

UnpackedScanner::~UnpackedScanner()
{
    // Never wait for a worker: one may be blocked in the kernel for good. Idle workers wake
    // up and end; busy ones end when their call returns; their answers go nowhere.
    std::lock_guard lock(m_shared->mutex);
    m_shared->receiver = nullptr;
    m_shared->shutdown = true;
    m_shared->requests.clear();
    m_shared->background.clear();
    m_shared->jobs.clear();
    m_shared->wake.notify_all();
}

void UnpackedScanner::setRoots(const QStringList &roots)
{
    QStringList cleaned;
    for (QString root : roots) {
        root = root.trimmed();
        while (root.size() > 1 && root.endsWith(u'/'))
            root.chop(1);
        if (!root.isEmpty() && !cleaned.contains(root))
            cleaned.append(root);
    }
    if (cleaned == m_roots)
        return;
    m_roots = cleaned;
    Q_EMIT rootsChanged(m_roots);
}

void UnpackedScanner::setDirectoryTimeout(int milliseconds)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->timeoutMs = std::max(1, milliseconds);
    m_watchdog.setInterval(std::clamp(m_shared->timeoutMs / 5, 10, 250));
}

int UnpackedScanner::directoryTimeout() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->timeoutMs;
}

void UnpackedScanner::setConcurrency(int threads)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->concurrency = std::clamp(threads, 1, 32);
    int surplus = int(m_shared->slots.size()) - m_shared->concurrency;
    for (const auto &slot : m_shared->slots) {
        if (surplus <= 0)
            break;
        if (!slot->retired) {
            slot->retired = true;
            --surplus;
        }
    }
    m_shared->wake.notify_all();
}

int UnpackedScanner::concurrency() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->concurrency;
}

void UnpackedScanner::setCvmfsBase(const QString &base)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->cvmfsBase = base;
}

void UnpackedScanner::setWorkerHookForTesting(std::function<void(const QString &, const QByteArray &)> hook)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->hook = std::move(hook);
}

int UnpackedScanner::stuckThreads() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->stuck;
}

int UnpackedScanner::liveThreads() const
{
    std::lock_guard lock(m_shared->mutex);
    return int(std::count_if(m_shared->slots.cbegin(), m_shared->slots.cend(),
        [](const std::shared_ptr<Slot> &slot) { return !slot->retired; }));
}

UnpackedScanProgress UnpackedScanner::progress() const
{
    UnpackedScanProgress progress = m_progress;
    if (m_scanJob != 0) {
        progress.elapsedMs = m_scanTimer.elapsed();
        std::lock_guard lock(m_shared->mutex);
        const auto it = m_shared->jobs.find(m_scanJob);
        progress.directoriesPending = it == m_shared->jobs.end() ? 0 : it->second.pending;
    }
    return progress;
}

// --- requests ---------------------------------------------------------------------------

void UnpackedScanner::listDirectory(const QString &root, const QByteArray &directory)
{
    const QByteArray key = requestKey(root, directory);
    if (m_listsInFlight.contains(key))
        return;
    m_listsInFlight.insert(key);
    Task task;
    task.kind = Task::Kind::List;
    task.root = root;
    task.path = directory;
    submit(std::move(task));
}

void UnpackedScanner::inspectTargets(const QString &root, const QList<QByteArray> &targets)
{
    for (qsizetype i = 0; i < targets.size(); i += InspectChunk) {
        Task task;
        task.kind = Task::Kind::Inspect;
        task.root = root;
        task.targets = targets.mid(i, InspectChunk);
        submit(std::move(task));
    }
}

void UnpackedScanner::readEnvironment(const QString &root, const QByteArray &target)
{
    Task task;
    task.kind = Task::Kind::Environment;
    task.root = root;
    task.path = target;
    submit(std::move(task));
}

void UnpackedScanner::scanAll()
{
    if (m_scanJob != 0 || m_roots.isEmpty())
        return;
    m_scanJob = m_nextJob++;
    m_progress = {};
    m_progress.phase = UnpackedScanProgress::Phase::Running;
    m_scanTimer.start();
    bool accepted = false;
    {
        std::lock_guard lock(m_shared->mutex);
        ensureWorkersLocked();
        accepted = !m_shared->slots.empty();
        if (accepted) {
            m_shared->jobs[m_scanJob].pending = int(m_roots.size());
            for (const QString &root : std::as_const(m_roots)) {
                Task task;
                task.kind = Task::Kind::List;
                task.job = m_scanJob;
                task.root = root;
                m_shared->background.push_back(std::move(task));
            }
            m_shared->wake.notify_all();
        }
    }
    if (!accepted) {
        for (const QString &root : std::as_const(m_roots)) {
            Task task;
            task.job = m_scanJob;
            task.root = root;
            failTask(task, saturatedError(root, {}));
        }
        flushBatch();
        finishScan(UnpackedScanProgress::Phase::Failed);
        return;
    }
    if (!m_watchdog.isActive())
        m_watchdog.start();
    Q_EMIT scanProgress(progress());
}

void UnpackedScanner::cancelScan()
{
    if (m_scanJob == 0)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        const auto it = m_shared->jobs.find(m_scanJob);
        if (it != m_shared->jobs.end()) {
            it->second.cancelled = true;
            const quint64 job = m_scanJob;
            const auto removed = std::erase_if(m_shared->background, [job](const Task &task) { return task.job == job; });
            it->second.pending -= int(removed);
            if (it->second.pending <= 0)
                m_shared->jobs.erase(it);
        }
    }
    flushBatch();
    finishScan(UnpackedScanProgress::Phase::Cancelled);
}

void UnpackedScanner::submit(Task task)
{
    bool accepted = false;
    {
        std::lock_guard lock(m_shared->mutex);
        ensureWorkersLocked();
        accepted = !m_shared->slots.empty();
        if (accepted) {
            m_shared->requests.push_back(task);
            m_shared->wake.notify_one();
        }
    }
    if (!accepted) {
        failTask(task, saturatedError(task.root, task.path));
        return;
    }
    if (!m_watchdog.isActive())
        m_watchdog.start();
}

// Called with the mutex held: starts workers until there are `concurrency` live ones,
// unless too many are stuck (then the file system hangs, and more threads would only hang
// too).
void UnpackedScanner::ensureWorkersLocked()
{
    Shared &shared = *m_shared;
    while (int(shared.slots.size()) < shared.concurrency && shared.stuck < MaxStuckThreads && !shared.shutdown) {
        auto slot = std::make_shared<Slot>();
        try {
            // Detached on purpose: a worker may be blocked in the kernel for good, and
            // nothing may ever wait for it (see the class comment).
            std::thread(&UnpackedScanner::workerMain, m_shared, slot).detach();
        } catch (const std::system_error &error) {
            qCWarning(lcUnpacked) << "Cannot start a scanner thread:" << error.what();
            break;
        }
        shared.slots.push_back(std::move(slot));
    }
}

void UnpackedScanner::workerMain(std::shared_ptr<Shared> shared, std::shared_ptr<Slot> slot)
{
    // One reader per root: it remembers what it learnt (.multiarch architectures).
    QHash<QString, std::shared_ptr<UnpackedDirectoryReader>> readers;
    std::unique_lock lock(shared->mutex);
    while (true) {
        shared->wake.wait(lock, [&] {
            return shared->shutdown || slot->retired || !shared->requests.empty() || !shared->background.empty();
        });
        if (shared->shutdown || slot->retired) {
            std::erase(shared->slots, slot);
            return;
        }
        std::deque<Task> &queue = shared->requests.empty() ? shared->background : shared->requests;
        Task task = std::move(queue.front());
        queue.pop_front();
        if (task.job != 0) {
            const auto job = shared->jobs.find(task.job);
            if (job == shared->jobs.end() || job->second.cancelled) {
                if (job != shared->jobs.end() && --job->second.pending <= 0)
                    shared->jobs.erase(job);
                continue;
            }
        }
        slot->busy = true;
        slot->task = task;
        slot->startedMs = steadyMs();
        const auto hook = shared->hook;
        const QString cvmfsBase = shared->cvmfsBase;
        lock.unlock();

        // The part that may block for good.
        if (hook)
            hook(task.root, task.kind == Task::Kind::Inspect && !task.targets.isEmpty() ? task.targets.first() : task.path);
        std::shared_ptr<UnpackedDirectoryReader> &reader = readers[task.root];
        if (!reader)
            reader = std::make_shared<UnpackedDirectoryReader>(task.root, cvmfsBase);
        UnpackedListing listing;
        QList<UnpackedImageInfo> infos;
        switch (task.kind) {
        case Task::Kind::List:
            listing = reader->list(task.path);
            break;
        case Task::Kind::Inspect:
            for (const QByteArray &target : std::as_const(task.targets))
                infos.append(reader->inspect(target, false));
            break;
        case Task::Kind::Environment:
            infos.append(reader->inspect(task.path, true));
            break;
        }

        lock.lock();
        if (slot->abandoned) {
            // The watchdog already reported this read as timed out and replaced us.
            --shared->stuck;
            shared->post([receiver = shared->receiver] { receiver->workerReleased(); });
            return;
        }
        slot->busy = false;
        slot->startedMs = 0;
        slot->task = {};
        if (task.kind != Task::Kind::List) {
            const bool environment = task.kind == Task::Kind::Environment;
            shared->post([receiver = shared->receiver, infos, environment] { receiver->receiveInfos(infos, environment); });
            continue;
        }
        if (task.job == 0) {
            shared->post([receiver = shared->receiver, listing] { receiver->receiveListing(listing, 0); });
            continue;
        }
        const auto job = shared->jobs.find(task.job);
        if (job == shared->jobs.end())
            continue;
        if (!job->second.cancelled) {
            // Post before queueing the children, so that a parent always reaches the
            // scanner before its children do.
            shared->post([receiver = shared->receiver, listing, id = task.job] { receiver->receiveListing(listing, id); });
            if (listing.ok() && task.depth + 1 < MaxDepth) {
                for (const UnpackedEntry &entry : std::as_const(listing.entries)) {
                    if (entry.kind != UnpackedEntry::Kind::Directory)
                        continue;
                    Task child;
                    child.kind = Task::Kind::List;
                    child.job = task.job;
                    child.depth = task.depth + 1;
                    child.root = task.root;
                    child.path = task.path.isEmpty() ? entry.rawName : task.path + '/' + entry.rawName;
                    shared->background.push_back(std::move(child));
                    ++job->second.pending;
                }
                shared->wake.notify_all();
            }
        }
        if (--job->second.pending <= 0) {
            if (!job->second.cancelled)
                shared->post([receiver = shared->receiver, id = task.job] { receiver->receiveJobFinished(id); });
            shared->jobs.erase(job);
        }
    }
}

// --- the watchdog -----------------------------------------------------------------------

void UnpackedScanner::checkTimeouts()
{
    QList<Task> timedOut;
    QList<Task> dropped;
    QList<quint64> finishedJobs;
    int timeoutMs = 0;
    bool idle = false;
    {
        std::lock_guard lock(m_shared->mutex);
        Shared &shared = *m_shared;
        timeoutMs = shared.timeoutMs;
        const qint64 now = steadyMs();
        for (auto it = shared.slots.begin(); it != shared.slots.end();) {
            Slot &slot = **it;
            if (!slot.busy || now - slot.startedMs < timeoutMs) {
                ++it;
                continue;
            }
            // Give up on this worker: it may never come back. Its answer will be dropped.
            slot.abandoned = true;
            ++shared.stuck;
            timedOut.append(slot.task);
            if (slot.task.job != 0) {
                const auto job = shared.jobs.find(slot.task.job);
                if (job != shared.jobs.end() && --job->second.pending <= 0) {
                    if (!job->second.cancelled)
                        finishedJobs.append(slot.task.job);
                    shared.jobs.erase(job);
                }
            }
            it = shared.slots.erase(it);
        }
        if (!timedOut.isEmpty())
            ensureWorkersLocked();
        if (shared.slots.empty()) {
            // Every worker is stuck and no more may start: fail what waits, at once.
            for (std::deque<Task> *queue : { &shared.requests, &shared.background }) {
                for (Task &task : *queue) {
                    if (task.job != 0) {
                        const auto job = shared.jobs.find(task.job);
                        if (job != shared.jobs.end() && --job->second.pending <= 0) {
                            if (!job->second.cancelled)
                                finishedJobs.append(task.job);
                            shared.jobs.erase(job);
                        }
                    }
                    dropped.append(std::move(task));
                }
                queue->clear();
            }
        }
        idle = shared.requests.empty() && shared.background.empty()
            && std::none_of(shared.slots.cbegin(), shared.slots.cend(), [](const auto &slot) { return slot->busy; });
    }
    for (const Task &task : std::as_const(timedOut)) {
        qCWarning(lcUnpacked) << "No answer within" << timeoutMs << "ms from"
                              << UnpackedDirectoryReader::displayPath(task.root, task.path) << "- abandoning its thread";
        failTask(task, UnpackedDirectoryReader::timeoutError(task.root, task.path, timeoutMs));
    }
    for (const Task &task : std::as_const(dropped))
        failTask(task, saturatedError(task.root, task.path));
    for (const quint64 job : std::as_const(finishedJobs)) {
        if (job == m_scanJob) {
            flushBatch();
            finishScan(dropped.isEmpty() ? UnpackedScanProgress::Phase::Finished : UnpackedScanProgress::Phase::Failed);
        }
    }
    if (idle)
        m_watchdog.stop();
}

Error UnpackedScanner::saturatedError(const QString &root, const QByteArray &path) const
{
    return Error(ErrorCode::Timeout,
        tr("%1 was not read: %2 other folders have not answered, so the file system seems to "
           "hang (CVMFS waiting for a proxy or server?). Wharf tries again when they answer; "
           "check the network and \"cvmfs_config stat -v\".")
            .arg(UnpackedDirectoryReader::displayPath(root, path))
            .arg(MaxStuckThreads),
        UnpackedDirectoryReader::displayPath(root, path));
}

void UnpackedScanner::failTask(const Task &task, const Error &error)
{
    switch (task.kind) {
    case Task::Kind::List: {
        UnpackedListing listing;
        listing.root = task.root;
        listing.directory = task.path;
        listing.error = error;
        receiveListing(listing, task.job);
        break;
    }
    case Task::Kind::Inspect:
    case Task::Kind::Environment: {
        QList<UnpackedImageInfo> infos;
        const QList<QByteArray> targets = task.kind == Task::Kind::Inspect ? task.targets : QList<QByteArray> { task.path };
        for (const QByteArray &target : targets) {
            UnpackedImageInfo info;
            info.root = task.root;
            info.target = target;
            info.state = UnpackedImageInfo::State::Unreadable;
            info.error = error;
            infos.append(info);
        }
        receiveInfos(infos, task.kind == Task::Kind::Environment);
        break;
    }
    }
}

void UnpackedScanner::workerReleased()
{
    std::lock_guard lock(m_shared->mutex);
    ensureWorkersLocked();
}

// --- results ----------------------------------------------------------------------------

void UnpackedScanner::receiveListing(const UnpackedListing &listing, quint64 job)
{
    if (job == 0) {
        m_listsInFlight.remove(requestKey(listing.root, listing.directory));
    } else if (job != m_scanJob) {
        return; // a cancelled scan
    } else if (listing.ok()) {
        ++m_progress.directoriesListed;
        m_progress.tagsFound += countTags(listing);
    } else {
        ++m_progress.directoriesFailed;
        if (m_progress.problems.size() < UnpackedScanProgress::MaxProblems)
            m_progress.problems.append(listing.error);
    }
    if (!listing.ok())
        Q_EMIT directoryFailed(listing.root, listing.directory, listing.error);
    m_batch.append(listing);
    qsizetype entries = 0;
    for (const UnpackedListing &pending : std::as_const(m_batch))
        entries += pending.entries.size();
    const bool quiet = !m_sinceFlush.isValid() || m_sinceFlush.elapsed() >= m_batchInterval;
    if (quiet || entries >= 5000) {
        flushBatch();
    } else if (!m_batchTimer.isActive()) {
        m_batchTimer.start(int(std::max<qint64>(1, m_batchInterval - m_sinceFlush.elapsed())));
    }
}

void UnpackedScanner::receiveInfos(const QList<UnpackedImageInfo> &infos, bool environment)
{
    if (environment) {
        for (const UnpackedImageInfo &info : infos)
            Q_EMIT environmentRead(info);
    } else {
        Q_EMIT targetsInspected(infos);
    }
}

void UnpackedScanner::receiveJobFinished(quint64 job)
{
    if (job != m_scanJob)
        return;
    flushBatch();
    finishScan(UnpackedScanProgress::Phase::Finished);
}

void UnpackedScanner::flushBatch()
{
    m_batchTimer.stop();
    if (m_batch.isEmpty())
        return;
    const QList<UnpackedListing> batch = std::exchange(m_batch, {});
    m_sinceFlush.start();
    Q_EMIT listingsReady(batch);
    if (m_scanJob != 0)
        Q_EMIT scanProgress(progress());
}

void UnpackedScanner::finishScan(UnpackedScanProgress::Phase phase)
{
    if (m_scanJob == 0)
        return;
    m_progress.elapsedMs = m_scanTimer.elapsed();
    m_progress.directoriesPending = 0;
    m_progress.phase = phase;
    m_scanJob = 0;
    qCInfo(lcUnpacked) << "Scan ended:" << m_progress.directoriesListed << "directories,"
                       << m_progress.tagsFound << "names," << m_progress.directoriesFailed << "failed, in"
                       << m_progress.elapsedMs << "ms";
    const UnpackedScanProgress result = m_progress;
    Q_EMIT scanFinished(result);
}

} // namespace Wharf
