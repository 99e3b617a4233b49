// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

namespace Wharf {

class EngineRequest;

// A handle on one asynchronous EngineClient operation, which may take several HTTP
// exchanges (ping: /libpod/_ping then /_ping). Use it to cancel; it deletes itself once the
// operation has reported. Holding a QPointer to it is the safe way to keep it.
class EngineCall : public QObject
{
    Q_OBJECT

public:
    explicit EngineCall(QObject *parent = nullptr);
    ~EngineCall() override;

    // Cancels the exchange in flight; the operation reports a Cancelled error to its callback
    // (if the callback's context is still alive) and the call is deleted.
    void cancel();
    bool isCancelled() const { return m_cancelled; }

    // Used by EngineClient: the exchange currently in flight.
    void setCurrentRequest(EngineRequest *request);

private:
    QPointer<EngineRequest> m_current;
    bool m_cancelled = false;
};

} // namespace Wharf
