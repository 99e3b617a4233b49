// SPDX-License-Identifier: Apache-2.0
#include "EngineCall.h"

#include "EngineRequest.h"

namespace Wharf {

EngineCall::EngineCall(QObject *parent)
    : QObject(parent)
{ }

EngineCall::~EngineCall() = default;

void EngineCall::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    // The request reports Cancelled synchronously; the operation then reports and ends.
    if (m_current)
        m_current->cancel();
}

void EngineCall::setCurrentRequest(EngineRequest *request)
{
    m_current = request;
}

} // namespace Wharf
