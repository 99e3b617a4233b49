// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HostFacts.h"
#include "diagnostics/HostEnvironment.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

namespace Wharf {

class MountInfo;

// Fills HostFacts from the computer, through a HostEnvironment (whose root tests point at a
// prepared tree). What the environment says (OS, CPU, user, DISPLAY) is known at once;
// everything that touches the filesystem runs off the calling thread: /afs and /eos through
// PathProbe (autofs and FUSE can hang for minutes), the PATH lookup of apptainer/singularity
// (a PATH entry may be on AFS) and the small system files (SELinux, AppArmor, mountinfo,
// the Kerberos cache) on expendable threads. After the timeout finished() reports the best
// facts it has: a part that did not answer keeps HostFacts' default (for /afs and /eos:
// absent, so no plan binds them) and is named by unanswered().
//
// One probe per look; finished() comes once, never from within start(). dockerDesktop is the
// engine's to say (EngineInfo::isDockerDesktop()), so the caller passes it.
class HostFactsProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMilliseconds = 3000;

    explicit HostFactsProbe(HostEnvironment environment, QObject *parent = nullptr);
    ~HostFactsProbe() override;

    void setDockerDesktop(bool dockerDesktop) { m_dockerDesktop = dockerDesktop; }
    // The user's primary group; default: this process's (getgid()).
    void setGroupId(uint groupId) { m_groupId = groupId; }
    void setTimeout(int milliseconds) { m_timeoutMilliseconds = milliseconds; }

    void start();
    // Stops waiting; finished() is not emitted. The worker threads are left to end alone.
    void cancel();
    bool isRunning() const { return m_running; }

    // The facts found so far; all of them once finished() came.
    const HostFacts &facts() const { return m_facts; }
    // The parts that did not answer within the timeout: "/afs", "/eos", "PATH", "files".
    QStringList unanswered() const;

    // What the environment alone says, touching no file: OS, architecture, user and ids,
    // DISPLAY, and dockerDesktop as given.
    static HostFacts environmentFacts(const HostEnvironment &environment, uint groupId, bool dockerDesktop);
    // The ticket cache file KRB5CCNAME names: "FILE:" stripped, a plain absolute path as it
    // is; empty for caches that are no file and so cannot be mounted into a container
    // (KEYRING:, KCM:, MEMORY:, API:, and DIR:, which the probe resolves on its own).
    static QString kerberosCacheFile(const QString &krb5ccname);
    // Where Apptainer (or Singularity) keeps its image cache: $APPTAINER_CACHEDIR,
    // $SINGULARITY_CACHEDIR, else ~/.apptainer/cache (~/.singularity/cache for singularity).
    static QString apptainerCacheDirectory(const HostEnvironment &environment, HostFacts::ApptainerProgram program);
    // Whether path lies on AFS: below /afs, or on a mount the mount table says is AFS (a
    // home directory bind-mounted from AFS). Touches no file.
    static bool isOnAfs(const QString &path, const MountInfo &mounts);

Q_SIGNALS:
    void finished(const Wharf::HostFacts &facts);

private:
    struct FileFacts;
    enum Part { AfsPart = 1, EosPart = 2, PathPart = 4, FilePart = 8 };

    void partDone(Part part);
    void finish();
    void applyFileFacts(const FileFacts &files);
    static FileFacts readFileFacts(const HostEnvironment &environment);

    HostEnvironment m_environment;
    bool m_dockerDesktop = false;
    uint m_groupId;
    int m_timeoutMilliseconds = DefaultTimeoutMilliseconds;

    HostFacts m_facts;
    QByteArray m_mountInfo; // read by the file part, for isOnAfs()
    int m_pending = 0;      // Part bits still out
    bool m_running = false;
    bool m_started = false;
    QTimer *m_timer = nullptr;
    QList<QPointer<QObject>> m_workers; // PathProbes and ExpendableTasks, deleted on finish
};

} // namespace Wharf
