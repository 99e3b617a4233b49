// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PathProbeResult.h"

#include <QObject>
#include <functional>
#include <memory>

namespace Wharf {

// Looks at one path that may hang (a /cvmfs repository: touching it makes autofs mount it,
// and a CVMFS client whose proxy is down can block a stat() for minutes) on a thread of its
// own, and reports finished() in the thread that owns the probe.
//
// Each probe gets a fresh thread instead of a pool: a thread stuck in the kernel cannot be
// interrupted (not even by SIGKILL), so it must never hold a pool slot that later probes
// need, and must never be joined. Nobody waits for it: the QThread deletes itself when (if
// ever) the call returns, and is leaked otherwise; QCoreApplication does not join it on exit.
// Deleting the probe detaches it from its worker; a late answer is then dropped.
class PathProbe : public QObject
{
    Q_OBJECT

public:
    // logicalPath is what evidence shows, hostPath what is touched (root prefix applied).
    PathProbe(QString logicalPath, QString hostPath, QObject *parent = nullptr);
    ~PathProbe() override;

    // Starts the worker. hook (may be empty) runs on the worker before the path is touched.
    void start(std::function<void(const QString &)> hook = {});

    const QString &logicalPath() const { return m_logicalPath; }

    // The blocking part, run on the worker; public for tests of the inspection itself.
    static PathProbeResult inspect(const QString &logicalPath, const QString &hostPath);

Q_SIGNALS:
    void finished(const Wharf::PathProbeResult &result);

private:
    struct Mailbox;
    void deliver(const PathProbeResult &result);

    QString m_logicalPath;
    QString m_hostPath;
    std::shared_ptr<Mailbox> m_mailbox;
    bool m_started = false;
};

} // namespace Wharf
