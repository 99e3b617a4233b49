// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ContainerDetails.h"
#include "ContainerLogDecoder.h"
#include "ContainerSummary.h"
#include "EngineEndpoint.h"
#include "EngineEvent.h"
#include "EngineInfo.h"
#include "EngineVersion.h"
#include "HttpMessage.h"
#include "ImageDetails.h"
#include "ImageSummary.h"
#include "PingInfo.h"
#include "PullProgress.h"
#include "base/Result.h"

#include <QObject>

#include <functional>

namespace Wharf {

class EngineCall;

// The Docker Engine API, as Docker and Podman's compat service speak it. Every call is
// asynchronous: it returns a handle (to cancel) and reports once through `done`, invoked in
// the thread of `context` and never after `context` is destroyed. Failures arrive as typed
// Errors with a clear message (socket missing, permission denied, daemon not running, API
// too old, not found, conflict, malformed or truncated reply, ...). `done` is never called
// before the call returns; EngineCall::cancel() reports Cancelled at once, from within
// cancel(). A null context means no guard. Destroying the client ends its calls silently.
class EngineClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    explicit EngineClient(EngineEndpoint endpoint, QObject *parent = nullptr);
    ~EngineClient() override;

    const EngineEndpoint &endpoint() const { return m_endpoint; }

    // The API version used as the path prefix (/v1.41/...); empty: unversioned paths.
    void setApiVersion(const QString &version) { m_apiVersion = version; }
    QString apiVersion() const { return m_apiVersion; }
    // The oldest Engine API Wharf works with.
    static QString minimumApiVersion();

    // Time allowed to connect and get the reply headers, and the longest silence within a
    // reply, for ordinary calls (default 30 s) and for the lists (default 180 s: Podman
    // takes seconds per thousand images before it sends a byte).
    void setRequestTimeout(int milliseconds) { m_requestTimeoutMs = milliseconds; }
    int requestTimeout() const { return m_requestTimeoutMs; }
    void setListTimeout(int milliseconds) { m_listTimeoutMs = milliseconds; }
    int listTimeout() const { return m_listTimeoutMs; }

    // /libpod/_ping (200 means Podman), then /_ping. Short timeout (default 2 s).
    EngineCall *ping(QObject *context, Callback<PingInfo> done, int timeoutMs = 2000);
    // GET /version; fails with ApiTooOld when the engine's API is older than the minimum.
    EngineCall *version(QObject *context, Callback<EngineVersion> done);
    // GET /info: data directory, OS, security options.
    EngineCall *info(QObject *context, Callback<EngineInfo> done);
    // GET /images/json (all=false: dangling images are included, intermediate layers not).
    EngineCall *listImages(QObject *context, Callback<QList<ImageSummary>> done);
    // GET /containers/json?all=1
    EngineCall *listContainers(QObject *context, Callback<QList<ContainerSummary>> done);
    // GET /containers/{id}/json
    EngineCall *inspectContainer(const QString &nameOrId, QObject *context, Callback<ContainerDetails> done);
    // POST /containers/{id}/stop?t=: SIGTERM, then SIGKILL after timeoutSeconds. A container
    // that is not running (304) is no failure: it is stopped, which is what was asked.
    EngineCall *stopContainer(const QString &nameOrId, int timeoutSeconds, QObject *context,
                              Callback<void> done);
    // POST /containers/{id}/start. A container already running (304) is no failure.
    EngineCall *startContainer(const QString &nameOrId, QObject *context, Callback<void> done);
    // DELETE /containers/{id}[?force=1]; Conflict while it is running (unless force).
    // Anonymous volumes stay, as with `docker rm`.
    EngineCall *removeContainer(const QString &nameOrId, bool force, QObject *context, Callback<void> done);
    using LogChunks = QList<ContainerLogDecoder::Chunk>;
    // GET /containers/{id}/logs?stdout=1&stderr=1&tail=&follow=: the last `tail` lines (-1:
    // all), then, with follow, whatever the container writes, until it stops (the engine ends
    // the stream: success), the call is cancelled or the connection breaks. Chunks arrive as
    // the engine sends them, already taken out of their frames. Framing: Auto unless the
    // caller knows whether the container has a TTY (ContainerDetails::tty). No idle timeout:
    // a quiet container is no failure.
    EngineCall *streamContainerLogs(const QString &nameOrId, int tail, bool follow,
                                    ContainerLogDecoder::Framing framing, QObject *context,
                                    std::function<void(const LogChunks &)> onChunks, Callback<void> ended);
    // GET /images/{name}/json
    EngineCall *inspectImage(const QString &nameOrId, QObject *context, Callback<ImageDetails> done);
    // DELETE /images/{name}; Conflict when a container uses it (unless force).
    EngineCall *removeImage(const QString &nameOrId, bool force, QObject *context, Callback<void> done);
    // POST /images/{name}/tag?repo=&tag=
    EngineCall *tagImage(const QString &nameOrId, const QString &repository, const QString &tag,
                         QObject *context, Callback<void> done);
    // POST /images/create?fromImage=&tag= with the JSON progress stream. registryAuth is the
    // base64url X-Registry-Auth value (empty for anonymous). An error message inside the
    // stream fails the pull with EngineError and the engine's text.
    EngineCall *pullImage(const QString &repository, const QString &tag, const QByteArray &registryAuth,
                          QObject *context, std::function<void(const PullProgress &)> progress,
                          Callback<void> done);
    // GET /events, streamed until cancelled or the connection ends; `ended` reports why.
    EngineCall *streamEvents(QObject *context, std::function<void(const EngineEvent &)> onEvent,
                             Callback<void> ended);
    // The same, with `opened` called once the subscription request has been sent: a listener
    // resynchronises there. (Docker and Podman send no headers until the first event, so
    // waiting for them is no option; an engine subscribes as it reads the request, before
    // it answers a list requested after it.)
    EngineCall *streamEvents(QObject *context, std::function<void()> opened,
                             std::function<void(const EngineEvent &)> onEvent, Callback<void> ended);

    // A raw exchange, prefixed with the API version; for callers that need something else.
    EngineCall *send(HttpRequest request, QObject *context, Callback<HttpResponse> done);

    // Maps an engine's error reply (status and {"message": ...} body) to a typed Error.
    static Error errorFromReply(const HttpResponse &response, const QString &what);

private:
    QByteArray versioned(const QByteArray &path) const;
    // POST /containers/{id}/{action}: success or 304 ("already so") is done, else `what` and
    // the engine's message.
    EngineCall *postContainerAction(const QString &nameOrId, const QByteArray &action, const QByteArray &query,
                                    const QString &what, int timeoutMs, QObject *context, Callback<void> done);

    EngineEndpoint m_endpoint;
    QString m_apiVersion;
    int m_requestTimeoutMs = 30000;
    int m_listTimeoutMs = 180000;
};

} // namespace Wharf
