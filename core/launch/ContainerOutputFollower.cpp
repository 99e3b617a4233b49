// SPDX-License-Identifier: Apache-2.0
#include "ContainerOutputFollower.h"

#include "engine/EngineCall.h"
#include "engine/EngineClient.h"

#include <QDateTime>
#include <QTimer>

namespace Wharf {

namespace {
constexpr int kRetryMilliseconds = 500;
}

ContainerOutputFollower::ContainerOutputFollower(QObject *parent)
    : QObject(parent)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMilliseconds);
    connect(m_retry, &QTimer::timeout, this, &ContainerOutputFollower::ask);
}

ContainerOutputFollower::~ContainerOutputFollower()
{
    stop();
}

void ContainerOutputFollower::follow(EngineClient *client, const QString &containerName, int waitMilliseconds)
{
    stop();
    m_client = client;
    m_name = containerName;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + waitMilliseconds;
    m_receivedAny = false;
    m_active = true;
    // Queued: nothing is emitted from within follow().
    m_retry->start(0);
}

void ContainerOutputFollower::stop()
{
    m_active = false;
    m_retry->stop();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void ContainerOutputFollower::ask()
{
    if (!m_active)
        return;
    if (!m_client) {
        finish();
        return;
    }
    // The whole output from the start (tail -1): the readiness line may come before the
    // stream is attached.
    m_call = m_client->streamContainerLogs(
        m_name, -1, true, ContainerLogDecoder::Framing::Auto, this,
        [this](const EngineClient::LogChunks &chunks) {
            if (!m_active)
                return;
            m_receivedAny = true;
            for (const ContainerLogDecoder::Chunk &chunk : chunks)
                Q_EMIT output(chunk.data);
        },
        [this](const Result<void> &result) {
            m_call = nullptr;
            if (!m_active)
                return;
            // Not there yet (404), or only created (an empty stream that ends at once): ask
            // again. A stream that gave output has said what there was to say.
            const bool cancelled = !result && result.error().code() == ErrorCode::Cancelled;
            if (!cancelled && !m_receivedAny && QDateTime::currentMSecsSinceEpoch() < m_deadline) {
                m_retry->start();
                return;
            }
            finish();
        });
}

void ContainerOutputFollower::finish()
{
    m_active = false;
    Q_EMIT ended();
}

} // namespace Wharf
