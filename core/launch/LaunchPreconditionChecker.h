// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LaunchPrecondition.h"
#include "PreconditionResult.h"
#include "diagnostics/HostEnvironment.h"
#include "engine/EngineCall.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace Wharf {

class EngineClient;
class ErrorCatalogue;
struct PathProbeResult;

// Checks a plan's preconditions, all at once, never blocking the caller: each on a thread of
// its own or through the engine's asynchronous API, each with its own timeout, so a hung CVMFS
// repository is reported as such ("timed out") while the others answer.
//   PathExists           lstat() of the path (on an expendable thread: the path may be in /cvmfs)
//   RepositoryAnswers    PathProbe: stat and list the repository (this also mounts it by autofs);
//                        an empty directory is a repository that is not mounted
//   SharedMount          /proc/self/mountinfo: the mount holding the path propagates (shared)
//   ContainerRunning     EngineClient::listContainers: a container of that name is running
//   FileSharingIncludes  Docker Desktop's settings: its File Sharing list covers the path
//   ProgramFound         HostEnvironment::findProgram (the PATH may be on AFS)
// Files are looked up under the environment's root, so tests use prepared trees.
//
// Signals: resultReady() for each precondition as it is known, then finished() once with
// every result, in the order of the preconditions. Neither comes from within start().
// cancel() stops waiting and emits nothing more.
class LaunchPreconditionChecker : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMilliseconds = 5000;

    explicit LaunchPreconditionChecker(HostEnvironment environment, QObject *parent = nullptr);
    ~LaunchPreconditionChecker() override;

    // The engine of the plan, for ContainerRunning; not owned (guarded: a client deleted
    // meanwhile makes the check fail, not crash). Without one, ContainerRunning fails.
    void setEngineClient(EngineClient *client);
    // Time allowed to each precondition.
    void setTimeout(int milliseconds) { m_timeoutMilliseconds = milliseconds; }
    // The catalogue fixes come from (default: ErrorCatalogue::builtIn()); must outlive the checker.
    void setCatalogue(const ErrorCatalogue *catalogue) { m_catalogue = catalogue; }

    void start(const QList<LaunchPrecondition> &preconditions);
    void cancel();
    bool isRunning() const { return m_running; }
    // The results so far, in the order of the preconditions (unanswered ones are missing).
    QList<PreconditionResult> results() const;

Q_SIGNALS:
    void resultReady(const Wharf::PreconditionResult &result);
    void finished(const QList<Wharf::PreconditionResult> &results);

private:
    // One precondition being checked.
    struct Slot
    {
        LaunchPrecondition precondition;
        std::optional<PreconditionResult> result;
        QPointer<QObject> worker;     // the PathProbe or ExpendableTask, while it runs
        QPointer<EngineCall> call;    // the engine request, while it runs
        QTimer *timer = nullptr;
    };

    void startOne(int index);
    void checkPathExists(int index);
    void checkRepository(int index);
    void checkSharedMount(int index);
    void checkContainerRunning(int index);
    void checkFileSharing(int index);
    void checkProgram(int index);
    void timeOut(int index);
    void report(int index, PreconditionResult result);
    void adoptCatalogueFix(PreconditionResult &result, const QString &catalogueId) const;
    PreconditionResult repositoryResult(const LaunchPrecondition &precondition, const PathProbeResult &probe) const;
    const ErrorCatalogue &catalogue() const;

    HostEnvironment m_environment;
    QPointer<EngineClient> m_client;
    int m_timeoutMilliseconds = DefaultTimeoutMilliseconds;
    const ErrorCatalogue *m_catalogue = nullptr;

    QList<Slot> m_slots;
    QElapsedTimer m_clock;
    int m_pending = 0;
    bool m_running = false;
    quint64 m_generation = 0; // bumped by cancel(): callbacks of an earlier run are ignored
};

} // namespace Wharf
