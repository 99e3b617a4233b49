// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;

namespace Wharf {

// A handle on one asynchronous RegistryClient operation, which may take many HTTP exchanges
// (a token, pages of a catalog, a manifest then its config). Use it to cancel; it deletes
// itself once the operation has reported. Keep it in a QPointer.
class RegistryCall : public QObject
{
    Q_OBJECT

public:
    explicit RegistryCall(QObject *parent = nullptr);
    ~RegistryCall() override;

    // Aborts the exchanges in flight; the operation reports Cancelled at once (from within
    // cancel()) and the call is deleted later.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    // Used by RegistryClient.
    void addReply(QNetworkReply *reply);
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }
    // Marks the operation as reported and schedules deletion; false if it already was
    // (cancelled or finished), in which case the caller must not report.
    bool finish();

private:
    QList<QPointer<QNetworkReply>> m_replies;
    std::function<void()> m_onCancel;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Wharf
