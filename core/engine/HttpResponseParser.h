// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpMessage.h"
#include "base/Error.h"

#include <memory>

namespace Wharf {

// Incremental HTTP/1.1 response parser on top of the http-parser library: feed it bytes as
// they arrive; it decodes chunked bodies and reports protocol errors. Never crashes on
// hostile input, whatever the bytes.
class HttpResponseParser
{
public:
    HttpResponseParser();
    ~HttpResponseParser();
    HttpResponseParser(const HttpResponseParser &) = delete;
    HttpResponseParser &operator=(const HttpResponseParser &) = delete;

    // For a response to HEAD the body is absent whatever Content-Length says.
    void setExpectNoBody(bool noBody);

    // Feeds received bytes. Returns false on a protocol error (see error()); then the
    // parser stays failed. Bytes after a complete message are ignored.
    bool feed(const QByteArray &data);
    // The peer closed the connection: completes a close-delimited body, or fails with
    // TruncatedReply when the message was not complete.
    bool finish();

    bool headersComplete() const;
    bool messageComplete() const;
    // The reply was 101 Switching Protocols with Upgrade (exec, attach): the message is
    // complete, and every later byte fed is raw stream data, returned by takeBody().
    bool isUpgraded() const;
    bool failed() const;
    const Error &error() const;

    int statusCode() const;
    const HttpHeaders &headers() const;
    // Body bytes decoded since the last call (chunk framing removed).
    QByteArray takeBody();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Wharf
