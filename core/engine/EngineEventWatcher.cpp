// SPDX-License-Identifier: Apache-2.0
#include "EngineEventWatcher.h"

#include "EngineCall.h"
#include "EngineClient.h"
#include "base/LogCategories.h"

#include <QTimer>

namespace Wharf {

EngineEventWatcher::EngineEventWatcher(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &EngineEventWatcher::open);
}

EngineEventWatcher::~EngineEventWatcher()
{
    stop();
}

void EngineEventWatcher::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = initialMs;
    m_maxBackoffMs = maxMs;
    m_backoffMs = initialMs;
}

void EngineEventWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffMs = m_initialBackoffMs;
    open();
}

void EngineEventWatcher::stop()
{
    m_running = false;
    m_retryTimer->stop();
    if (m_call)
        m_call->cancel();
    m_connected = false;
}

void EngineEventWatcher::open()
{
    if (!m_running)
        return;
    m_call = m_client->streamEvents(
        this,
        [this] {
            m_connected = true;
            m_backoffMs = m_initialBackoffMs;
            qCDebug(lcEngine) << "event stream open on" << m_client->endpoint().toUrl();
            Q_EMIT connected();
        },
        [this](const EngineEvent &event) { Q_EMIT eventReceived(event); },
        [this](const Result<void> &ended) {
            const bool wasConnected = m_connected;
            m_connected = false;
            if (!m_running)
                return;
            const Error error = ended ? Error(ErrorCode::TruncatedReply, tr("The engine closed its event stream."))
                                      : ended.error();
            if (error.code() == ErrorCode::Cancelled)
                return;
            qCInfo(lcEngine) << "event stream of" << m_client->endpoint().toUrl() << "ended:" << error.toString()
                             << "- retrying in" << m_backoffMs << "ms";
            if (wasConnected || m_backoffMs == m_initialBackoffMs)
                Q_EMIT disconnected(error);
            scheduleReconnect();
        });
}

void EngineEventWatcher::scheduleReconnect()
{
    m_retryTimer->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
}

} // namespace Wharf
