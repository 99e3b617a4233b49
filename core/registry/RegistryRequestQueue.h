// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>

namespace Wharf {

class RegistryCall;

// Runs registry operations with bounded concurrency: details for a page of tags, tags for
// many repositories. A job starts its call and must invoke `finished` exactly once when the
// call reports (a cancelled call reports too). Jobs start in the order they were queued.
class RegistryRequestQueue : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<RegistryCall *(std::function<void()> finished)>;

    explicit RegistryRequestQueue(int maxParallel, QObject *parent = nullptr);
    ~RegistryRequestQueue() override;

    void enqueue(Job job);
    // Drops the jobs that have not started and cancels the running ones.
    void cancelAll();

    int maxParallel() const { return m_maxParallel; }
    qsizetype waiting() const { return m_waiting.size(); }
    int running() const { return m_running; }
    bool isIdle() const { return m_running == 0 && m_waiting.isEmpty(); }

Q_SIGNALS:
    // Everything queued has finished.
    void idle();

private:
    void startMore();

    int m_maxParallel;
    int m_running = 0;
    quint64 m_generation = 0;
    QQueue<Job> m_waiting;
    QList<QPointer<RegistryCall>> m_calls;
};

} // namespace Wharf
