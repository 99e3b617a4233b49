// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <any>
#include <functional>
#include <memory>

namespace Wharf {

// Runs one blocking function (an lstat, a PATH lookup, a file read) on a thread of its own
// and hands its result to `done` in the thread that owns the task. For anything that may
// touch /cvmfs, /afs, /eos or a home directory on a network file system: a call stuck there
// cannot be interrupted, so, like PathProbe, the thread is never joined nor pooled. The
// owner stops waiting (a timeout, cancel()) by deleting the task; a late answer is dropped.
class ExpendableTask : public QObject
{
    Q_OBJECT

public:
    explicit ExpendableTask(QObject *parent = nullptr);
    ~ExpendableTask() override;

    // Once per task. `work` runs on the worker and must not touch objects of other threads;
    // `done` runs here, later (never from within start()), unless the task was deleted.
    template<typename T>
    void start(std::function<T()> work, std::function<void(const T &)> done)
    {
        startErased([work = std::move(work)]() -> std::any { return std::any(work()); },
                    [done = std::move(done)](const std::any &value) { done(std::any_cast<const T &>(value)); });
    }

    bool isStarted() const { return m_started; }

private:
    struct Mailbox;
    void startErased(std::function<std::any()> work, std::function<void(const std::any &)> done);

    std::shared_ptr<Mailbox> m_mailbox;
    std::function<void(const std::any &)> m_done;
    bool m_started = false;
};

} // namespace Wharf
