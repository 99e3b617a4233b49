// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineEvent.h"
#include "base/Error.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace Wharf {

class EngineCall;
class EngineClient;

// Keeps an /events stream open to one engine. When the stream breaks (the engine restarted,
// the laptop slept) it reconnects with exponential backoff; every (re)connection emits
// connected(), after which the listener resynchronises, since events were missed meanwhile.
class EngineEventWatcher : public QObject
{
    Q_OBJECT

public:
    explicit EngineEventWatcher(EngineClient *client, QObject *parent = nullptr);
    ~EngineEventWatcher() override;

    // Backoff between reconnection attempts: starts at initialMs, doubles up to maxMs.
    void setBackoff(int initialMs, int maxMs);

    void start();
    void stop();
    bool isConnected() const { return m_connected; }
    int currentBackoffMs() const { return m_backoffMs; }

Q_SIGNALS:
    void connected();
    void eventReceived(const Wharf::EngineEvent &event);
    void disconnected(const Wharf::Error &error);

private:
    void open();
    void scheduleReconnect();

    EngineClient *m_client;
    QPointer<EngineCall> m_call;
    QTimer *m_retryTimer;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    int m_backoffMs = 1000;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace Wharf
