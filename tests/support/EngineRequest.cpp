// SPDX-License-Identifier: Apache-2.0
#include "EngineRequest.h"

#include "engine/EngineClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

Result<HttpResponse> EngineRequest::sendAndWait(EngineClient *client, HttpRequest request)
{
    std::optional<Result<HttpResponse>> result;
    QObject context;
    client->send(std::move(request), &context, [&](const Result<HttpResponse> &answer) { result = answer; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 30000)
        QTest::qWait(20);
    return result ? *result : Result<HttpResponse>(Error(ErrorCode::Timeout, u"no answer"_s));
}

Result<HttpResponse> EngineRequest::sendAndWait(EngineClient *client, const QByteArray &method,
                                                const QByteArray &target, const QJsonObject &body)
{
    HttpRequest request;
    request.method = method;
    request.target = target;
    if (!body.isEmpty()) {
        request.headers.append({"Content-Type"_ba, "application/json"_ba});
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return sendAndWait(client, std::move(request));
}

} // namespace Wharf::Test
