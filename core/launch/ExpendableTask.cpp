// SPDX-License-Identifier: Apache-2.0
#include "ExpendableTask.h"

#include <QMutex>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Wharf {

// Shared between the task and its worker: the task clears `receiver` under the mutex when it
// is deleted; the worker posts under the same mutex, so it never posts to a deleted object.
struct ExpendableTask::Mailbox
{
    QMutex mutex;
    ExpendableTask *receiver = nullptr;
};

ExpendableTask::ExpendableTask(QObject *parent) : QObject(parent), m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->receiver = this;
}

ExpendableTask::~ExpendableTask()
{
    QMutexLocker locker(&m_mailbox->mutex);
    m_mailbox->receiver = nullptr;
}

void ExpendableTask::startErased(std::function<std::any()> work, std::function<void(const std::any &)> done)
{
    if (m_started)
        return;
    m_started = true;
    m_done = std::move(done);
    QThread *worker = QThread::create([mailbox = m_mailbox, work = std::move(work)] {
        auto value = std::make_shared<std::any>(work());
        QMutexLocker locker(&mailbox->mutex);
        if (ExpendableTask *receiver = mailbox->receiver) {
            // Queued: delivered by the receiver's event loop, and discarded by QObject's
            // destructor if the receiver goes before it runs.
            QMetaObject::invokeMethod(
                receiver,
                [receiver, value] {
                    if (receiver->m_done)
                        receiver->m_done(*value);
                },
                Qt::QueuedConnection);
        }
    });
    worker->setObjectName(u"ExpendableTask"_s);
    // Deleted once run() returned (if ever); never waited for.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace Wharf
