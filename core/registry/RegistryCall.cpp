// SPDX-License-Identifier: Apache-2.0
#include "RegistryCall.h"

#include <QNetworkReply>

namespace Wharf {

RegistryCall::RegistryCall(QObject *parent)
    : QObject(parent)
{
}

RegistryCall::~RegistryCall()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void RegistryCall::addReply(QNetworkReply *reply)
{
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
}

void RegistryCall::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    if (m_onCancel) {
        std::function<void()> handler = std::move(m_onCancel);
        m_onCancel = nullptr;
        m_finished = true;
        handler();
    }
    deleteLater();
}

bool RegistryCall::finish()
{
    if (m_finished || m_cancelled)
        return false;
    m_finished = true;
    m_onCancel = nullptr;
    deleteLater();
    return true;
}

} // namespace Wharf
