// SPDX-License-Identifier: Apache-2.0
#include "RegistryRequestQueue.h"

#include "RegistryCall.h"

namespace Wharf {

RegistryRequestQueue::RegistryRequestQueue(int maxParallel, QObject *parent)
    : QObject(parent)
    , m_maxParallel(qMax(1, maxParallel))
{
}

RegistryRequestQueue::~RegistryRequestQueue()
{
    // Silent: nobody listens any more.
    ++m_generation;
    m_waiting.clear();
    const auto calls = m_calls;
    for (const QPointer<RegistryCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void RegistryRequestQueue::enqueue(Job job)
{
    m_waiting.enqueue(std::move(job));
    startMore();
}

void RegistryRequestQueue::cancelAll()
{
    m_waiting.clear();
    const auto calls = m_calls;
    for (const QPointer<RegistryCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void RegistryRequestQueue::startMore()
{
    while (m_running < m_maxParallel && !m_waiting.isEmpty()) {
        Job job = m_waiting.dequeue();
        ++m_running;
        const quint64 generation = m_generation;
        auto done = std::make_shared<bool>(false);
        QPointer<RegistryRequestQueue> self(this);
        RegistryCall *call = job([self, generation, done] {
            if (*done || !self || self->m_generation != generation)
                return;
            *done = true;
            --self->m_running;
            // Later, not inside the job's callback: the next jobs start from the event loop.
            QMetaObject::invokeMethod(self, [self] {
                if (!self)
                    return;
                self->m_calls.removeAll(nullptr);
                self->startMore();
                if (self->isIdle())
                    Q_EMIT self->idle();
            }, Qt::QueuedConnection);
        });
        if (call)
            m_calls.append(call);
    }
}

} // namespace Wharf
