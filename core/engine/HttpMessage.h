// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Wharf {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Case-insensitive header lookup; the first match, or an empty array.
QByteArray httpHeaderValue(const HttpHeaders &headers, const QByteArray &name);

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target;      // path and query, already percent-encoded: "/v1.41/images/json"
    HttpHeaders headers;    // Host, Content-Length and Connection are added by the sender
    QByteArray body;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;        // complete body in buffered mode; empty in streaming mode

    QByteArray header(const QByteArray &name) const { return httpHeaderValue(headers, name); }
};

} // namespace Wharf
