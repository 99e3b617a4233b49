// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "engine/HttpMessage.h"

#include <QByteArray>
#include <QJsonObject>

namespace Wharf {
class EngineClient;
}

namespace Wharf::Test {

// A raw Engine API request for a test's own set-up (create a container, tag an image), sent
// and waited for with the event loop turning, at most 30 s. The code under test never waits.
class EngineRequest
{
public:
    static Result<HttpResponse> sendAndWait(EngineClient *client, HttpRequest request);
    // With a JSON body when `body` is not empty.
    static Result<HttpResponse> sendAndWait(EngineClient *client, const QByteArray &method, const QByteArray &target,
                                            const QJsonObject &body = {});
};

} // namespace Wharf::Test
