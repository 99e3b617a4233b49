// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineEndpoint.h"
#include "HttpMessage.h"
#include "base/Result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QIODevice;

namespace Wharf {

// One HTTP exchange with an engine over a fresh connection (unix socket, TCP or TLS).
// Asynchronous; never blocks. Create it, connect to its signals, call start(). It emits
// finished() exactly once (success, failure, timeout or cancel) and then deletes itself.
class EngineRequest : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Buffered,  // the body is collected and delivered in finished()
        Streaming, // the body is delivered piecewise through bodyData(); finished() carries none
    };

    EngineRequest(EngineEndpoint endpoint, HttpRequest request, Mode mode = Mode::Buffered,
                  QObject *parent = nullptr);
    ~EngineRequest() override;

    // Time allowed to connect and receive the response headers (default 10 s).
    void setConnectTimeout(int milliseconds);
    // Time allowed without receiving any byte once the headers are in; 0 disables it (event
    // streams, which are idle for long stretches). Default 30 s.
    void setIdleTimeout(int milliseconds);
    // Time allowed for the response headers once connected: -1 (default) the connect timeout
    // covers them; 0 no limit; >0 its own limit. Docker and Podman send the headers of
    // /events only with the first event, which may come hours later.
    void setHeadersTimeout(int milliseconds);

    const EngineEndpoint &endpoint() const { return m_endpoint; }
    const HttpRequest &request() const { return m_request; }

    void start();

    // Ends the exchange; finished() is emitted with a Cancelled error (unless it already was).
    void cancel();

    // The bytes sent for `request` (request line, Host, Connection, Content-Length, body).
    // Fails on a method, target or header that would break the framing (CR, LF, spaces).
    static Result<QByteArray> serialize(const EngineEndpoint &endpoint, const HttpRequest &request);

Q_SIGNALS:
    // The whole request has been handed to the connection.
    void requestSent();
    void headersReceived(int status, const Wharf::HttpHeaders &headers);
    void bodyData(const QByteArray &data);
    void finished(const Wharf::Result<Wharf::HttpResponse> &result);

private:
    struct Private;
    EngineEndpoint m_endpoint;
    HttpRequest m_request;
    Mode m_mode;
    std::unique_ptr<Private> d;
};

} // namespace Wharf

Q_DECLARE_METATYPE(Wharf::HttpHeaders)
