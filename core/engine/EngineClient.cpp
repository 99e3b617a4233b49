// SPDX-License-Identifier: Apache-2.0
#include "EngineClient.h"

#include "EngineCall.h"
#include "EngineRequest.h"
#include "base/JsonLineSplitter.h"
#include "base/LogCategories.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr int PullIdleTimeoutMs = 5 * 60 * 1000; // extracting a big layer is quiet for a while
constexpr qsizetype MaxErrorBody = 64 * 1024; // an error reply is a sentence, not a novel
constexpr qsizetype ExcerptLength = 300;

// Where a callback goes: through its context object, never after that object is gone. A
// null context means "no guard": the callback is always called.
class Target
{
public:
    explicit Target(QObject *context)
        : m_context(context)
        , m_guarded(context != nullptr)
    { }

    template<typename Fn> void invoke(Fn fn) const
    {
        if (!m_guarded) {
            fn();
            return;
        }
        QObject *context = m_context.data();
        if (!context)
            return;
        if (context->thread() == QThread::currentThread())
            fn();
        else
            QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
    }

private:
    QPointer<QObject> m_context;
    bool m_guarded;
};

template<typename T>
void report(EngineCall *call, const Target &target, const EngineClient::Callback<T> &done,
    const Result<T> &result)
{
    if (done)
        target.invoke([done, result] { done(result); });
    call->deleteLater();
}

using ExchangeHandler = std::function<void(const Result<HttpResponse> &)>;

EngineRequest *startExchange(EngineCall *call, const EngineEndpoint &endpoint, HttpRequest request,
    EngineRequest::Mode mode, int connectTimeoutMs, int idleTimeoutMs, ExchangeHandler handle,
    int headersTimeoutMs = -1)
{
    auto *exchange = new EngineRequest(endpoint, std::move(request), mode, call);
    exchange->setConnectTimeout(connectTimeoutMs);
    exchange->setIdleTimeout(idleTimeoutMs);
    exchange->setHeadersTimeout(headersTimeoutMs);
    QObject::connect(exchange, &EngineRequest::finished, call,
        [handle = std::move(handle)](const Result<HttpResponse> &result) { handle(result); });
    call->setCurrentRequest(exchange);
    exchange->start();
    return exchange;
}

HttpRequest makeRequest(const QByteArray &method, const QByteArray &target)
{
    HttpRequest request;
    request.method = method;
    request.target = target;
    return request;
}

QByteArray pathSegment(const QString &text)
{
    // Image names carry '/' and ':'; encoded, they stay one path segment.
    return QUrl::toPercentEncoding(text);
}

QByteArray query(std::initializer_list<std::pair<QByteArray, QString>> items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        out += out.isEmpty() ? '?' : '&';
        out += key + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(ExcerptLength * 4)).simplified();
    // Control characters (binary garbage) help nobody in a message.
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    if (text.size() > ExcerptLength)
        text = text.left(ExcerptLength) + u'…';
    return text;
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

Error parseFailure(const QString &what, const Error &inner, const QByteArray &body)
{
    // The JSON parsers say what was wrong in a sentence; the caller says what was being done.
    return Error(ErrorCode::ParseError, EngineClient::tr("%1: %2").arg(what, inner.message()),
        inner.details().isEmpty() ? excerpt(body) : inner.details());
}

Error streamFailure(const QString &what, const Error &inner)
{
    // details hold the engine's own words; message wraps them in a sentence of its own.
    return Error(ErrorCode::EngineError,
        EngineClient::tr("%1: %2").arg(
            what, inner.details().isEmpty() ? inner.message() : inner.details()),
        inner.details());
}

} // namespace

EngineClient::EngineClient(EngineEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{ }

EngineClient::~EngineClient() = default;

QString EngineClient::minimumApiVersion()
{
    return u"1.40"_s;
}

QByteArray EngineClient::versioned(const QByteArray &path) const
{
    if (m_apiVersion.isEmpty())
        return path;
    return "/v" + QUrl::toPercentEncoding(m_apiVersion) + path;
}

Error EngineClient::errorFromReply(const HttpResponse &response, const QString &what)
{
    QString engineText;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        engineText = object.value(u"message"_s).toString();
        if (engineText.isEmpty())
            engineText = object.value(u"cause"_s).toString();
    }
    if (engineText.isEmpty())
        engineText = excerpt(response.body);
    engineText = engineText.trimmed();
    const QString details = u"HTTP %1: %2"_s.arg(response.status).arg(excerpt(response.body));
    if (engineText.isEmpty())
        engineText = tr("HTTP status %1 without explanation").arg(response.status);

    const QString lower = engineText.toLower();
    const bool versionMismatch = lower.contains(u"is too old"_s) || lower.contains(u"is too new"_s)
        || lower.contains(u"minimum supported api version"_s)
        || lower.contains(u"maximum supported api version"_s)
        || (lower.contains(u"client version"_s) && lower.contains(u"too old"_s));
    if (versionMismatch) {
        return Error(ErrorCode::ApiTooOld,
            tr("%1: the engine and Wharf share no Engine API version (the engine says: %2). Wharf "
               "needs "
               "API %3 or newer: update the engine (Docker 19.03 or later, Podman 2.0 or later).")
                .arg(what, engineText, minimumApiVersion()),
            details);
    }
    switch (response.status) {
    case 404: return Error(ErrorCode::NotFound, tr("%1: %2").arg(what, engineText), details);
    case 409:
        return Error(ErrorCode::Conflict,
            tr("%1: %2. Something else uses it: remove that first, or force the operation.")
                .arg(what, engineText),
            details);
    default: break;
    }
    return Error(ErrorCode::HttpError,
        tr("%1: the engine answered with HTTP status %2: %3")
            .arg(what)
            .arg(response.status)
            .arg(engineText),
        details);
}

EngineCall *EngineClient::ping(QObject *context, Callback<PingInfo> done, int timeoutMs)
{
    auto *call = new EngineCall(this);
    const Target target(context);
    const QString what = tr("Cannot reach the engine at %1").arg(m_endpoint.toUrl());
    const EngineEndpoint endpoint = m_endpoint;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // Podman answers /libpod/_ping, even behind a Docker socket path; Docker says 404.
    startExchange(call, endpoint, makeRequest("GET", "/libpod/_ping"),
        EngineRequest::Mode::Buffered, timeoutMs, timeoutMs,
        [=](const Result<HttpResponse> &first) {
            if (!first) {
                report<PingInfo>(call, target, done, first.error());
                return;
            }
            if (first->status == 200) {
                PingInfo info;
                info.kind = EngineKind::Podman;
                info.apiVersion = QString::fromLatin1(first->header("Api-Version"));
                info.libpodApiVersion = QString::fromLatin1(first->header("Libpod-Api-Version"));
                info.roundTripMs = clock->elapsed();
                report<PingInfo>(call, target, done, info);
                return;
            }
            if (call->isCancelled()) {
                report<PingInfo>(call, target, done,
                    Error(ErrorCode::Cancelled, tr("The operation was cancelled.")));
                return;
            }
            clock->start();
            startExchange(call, endpoint, makeRequest("GET", "/_ping"),
                EngineRequest::Mode::Buffered, timeoutMs, timeoutMs,
                [=](const Result<HttpResponse> &second) {
                    if (!second) {
                        report<PingInfo>(call, target, done, second.error());
                        return;
                    }
                    if (second->status != 200) {
                        report<PingInfo>(call, target, done, errorFromReply(*second, what));
                        return;
                    }
                    PingInfo info;
                    info.kind = EngineKind::Docker;
                    info.apiVersion = QString::fromLatin1(second->header("Api-Version"));
                    info.roundTripMs = clock->elapsed();
                    report<PingInfo>(call, target, done, info);
                });
        });
    return call;
}

EngineCall *EngineClient::version(QObject *context, Callback<EngineVersion> done)
{
    auto *call = new EngineCall(this);
    const Target target(context);
    const QString what = tr("Cannot read the version of the engine at %1").arg(m_endpoint.toUrl());
    const EngineEndpoint endpoint = m_endpoint;
    // Unversioned: this is how the version is learnt.
    startExchange(call, endpoint, makeRequest("GET", "/version"), EngineRequest::Mode::Buffered,
        m_requestTimeoutMs, m_requestTimeoutMs, [=](const Result<HttpResponse> &result) {
            if (!result) {
                report<EngineVersion>(call, target, done, result.error());
                return;
            }
            if (result->status != 200) {
                report<EngineVersion>(call, target, done, errorFromReply(*result, what));
                return;
            }
            auto parsed = EngineVersion::fromJson(result->body);
            if (!parsed) {
                report<EngineVersion>(
                    call, target, done, parseFailure(what, parsed.error(), result->body));
                return;
            }
            if (parsed->apiVersion.isEmpty()) {
                report<EngineVersion>(call, target, done,
                    parseFailure(what,
                        Error(ErrorCode::ParseError,
                            tr("The engine did not say which API version it speaks.")),
                        result->body));
                return;
            }
            if (EngineVersion::compareApiVersions(parsed->apiVersion, minimumApiVersion()) < 0) {
                report<EngineVersion>(call, target, done,
                    Error(ErrorCode::ApiTooOld,
                        tr("The engine at %1 speaks Engine API %2, older than the %3 Wharf needs. "
                           "Update the engine "
                           "(Docker 19.03 or later, Podman 2.0 or later).")
                            .arg(endpoint.toUrl(), parsed->apiVersion, minimumApiVersion()),
                        u"ApiVersion %1, MinAPIVersion %2, Version %3"_s.arg(
                            parsed->apiVersion, parsed->minApiVersion, parsed->version)));
                return;
            }
            report<EngineVersion>(call, target, done, *parsed);
        });
    return call;
}

namespace {

// A buffered GET whose 200 body is parsed by `parse`.
template<typename T, typename Parse>
EngineCall *fetchJson(EngineClient *client, const EngineEndpoint &endpoint, HttpRequest request,
    int timeoutMs, const QString &what, QObject *context, EngineClient::Callback<T> done,
    Parse parse)
{
    auto *call = new EngineCall(client);
    const Target target(context);
    startExchange(call, endpoint, std::move(request), EngineRequest::Mode::Buffered, timeoutMs,
        timeoutMs, [=](const Result<HttpResponse> &result) {
            if (!result) {
                report<T>(call, target, done, result.error());
                return;
            }
            if (result->status != 200) {
                report<T>(call, target, done, EngineClient::errorFromReply(*result, what));
                return;
            }
            Result<T> parsed = parse(result->body);
            if (!parsed) {
                report<T>(call, target, done, parseFailure(what, parsed.error(), result->body));
                return;
            }
            report<T>(call, target, done, parsed);
        });
    return call;
}

// A buffered exchange that only needs a 2xx.
EngineCall *expectSuccess(EngineClient *client, const EngineEndpoint &endpoint, HttpRequest request,
    int timeoutMs, const QString &what, QObject *context, EngineClient::Callback<void> done)
{
    auto *call = new EngineCall(client);
    const Target target(context);
    startExchange(call, endpoint, std::move(request), EngineRequest::Mode::Buffered, timeoutMs,
        timeoutMs, [=](const Result<HttpResponse> &result) {
            if (!result) {
                report<void>(call, target, done, result.error());
                return;
            }
            if (!isSuccess(result->status)) {
                report<void>(call, target, done, EngineClient::errorFromReply(*result, what));
                return;
            }
            report<void>(call, target, done, VoidResult());
        });
    return call;
}

} // namespace

EngineCall *EngineClient::listImages(QObject *context, Callback<QList<ImageSummary>> done)
{
    return fetchJson<QList<ImageSummary>>(this, m_endpoint,
        makeRequest("GET", versioned("/images/json")), m_listTimeoutMs,
        tr("Cannot list the images of %1").arg(m_endpoint.toUrl()), context, std::move(done),
        &ImageSummary::listFromJson);
}

EngineCall *EngineClient::info(QObject *context, Callback<EngineInfo> done)
{
    return fetchJson<EngineInfo>(this, m_endpoint, makeRequest("GET", versioned("/info")), m_requestTimeoutMs,
        tr("Cannot read the information of the engine at %1").arg(m_endpoint.toUrl()), context,
        std::move(done), &EngineInfo::fromJson);
}

EngineCall *EngineClient::listContainers(QObject *context, Callback<QList<ContainerSummary>> done)
{
    return fetchJson<QList<ContainerSummary>>(this, m_endpoint,
        makeRequest("GET", versioned("/containers/json?all=1")), m_listTimeoutMs,
        tr("Cannot list the containers of %1").arg(m_endpoint.toUrl()), context, std::move(done),
        &ContainerSummary::listFromJson);
}

EngineCall *EngineClient::inspectContainer(
    const QString &nameOrId, QObject *context, Callback<ContainerDetails> done)
{
    return fetchJson<ContainerDetails>(this, m_endpoint,
        makeRequest("GET", versioned("/containers/" + pathSegment(nameOrId) + "/json")),
        m_requestTimeoutMs, tr("Cannot inspect the container \"%1\"").arg(nameOrId), context,
        std::move(done), &ContainerDetails::fromJson);
}

EngineCall *EngineClient::stopContainer(
    const QString &nameOrId, int timeoutSeconds, QObject *context, Callback<void> done)
{
    const int grace = std::max(timeoutSeconds, 0);
    // The engine answers once the container is gone, which may take the whole grace period.
    const int timeoutMs = std::max(m_requestTimeoutMs, (grace + 30) * 1000);
    return postContainerAction(nameOrId, "stop", query({ { "t", QString::number(grace) } }),
        tr("Cannot stop the container \"%1\"").arg(nameOrId), timeoutMs, context, std::move(done));
}

EngineCall *EngineClient::startContainer(const QString &nameOrId, QObject *context, Callback<void> done)
{
    return postContainerAction(nameOrId, "start", QByteArray(),
        tr("Cannot start the container \"%1\"").arg(nameOrId), m_requestTimeoutMs, context, std::move(done));
}

EngineCall *EngineClient::postContainerAction(const QString &nameOrId, const QByteArray &action,
    const QByteArray &queryString, const QString &what, int timeoutMs, QObject *context, Callback<void> done)
{
    auto *call = new EngineCall(this);
    const Target target(context);
    const QByteArray path = versioned("/containers/" + pathSegment(nameOrId) + "/" + action) + queryString;
    startExchange(call, m_endpoint, makeRequest("POST", path), EngineRequest::Mode::Buffered,
        m_requestTimeoutMs, timeoutMs,
        [=](const Result<HttpResponse> &result) {
            if (!result) {
                report<void>(call, target, done, result.error());
                return;
            }
            if (isSuccess(result->status) || result->status == 304) {
                report<void>(call, target, done, VoidResult());
                return;
            }
            report<void>(call, target, done, errorFromReply(*result, what));
        },
        timeoutMs);
    return call;
}

EngineCall *EngineClient::removeContainer(
    const QString &nameOrId, bool force, QObject *context, Callback<void> done)
{
    auto *call = new EngineCall(this);
    const Target target(context);
    const QString what = tr("Cannot remove the container \"%1\"").arg(nameOrId);
    QByteArray path = versioned("/containers/" + pathSegment(nameOrId));
    if (force)
        path += "?force=1";
    startExchange(call, m_endpoint, makeRequest("DELETE", path), EngineRequest::Mode::Buffered,
        m_requestTimeoutMs, m_requestTimeoutMs, [=](const Result<HttpResponse> &result) {
            if (!result) {
                report<void>(call, target, done, result.error());
                return;
            }
            if (isSuccess(result->status)) {
                report<void>(call, target, done, VoidResult());
                return;
            }
            Error error = errorFromReply(*result, what);
            const QJsonObject reply = QJsonDocument::fromJson(result->body).object();
            // Docker says 409; Podman's compat service 500 with the cause "container state
            // improper". Either way: not "something else uses it", but the container is running.
            const bool running = error.code() == ErrorCode::Conflict
                || (result->status == 500
                    && reply.value(u"cause"_s).toString() == u"container state improper"_s);
            if (running) {
                const QString engineText = reply.value(u"message"_s).toString();
                error = Error(ErrorCode::Conflict,
                    tr("%1: the engine refuses while it is running (it says: %2). Stop it first, "
                       "or remove it by force.")
                        .arg(what, engineText.isEmpty() ? excerpt(result->body) : engineText.trimmed()),
                    error.details());
            }
            report<void>(call, target, done, error);
        });
    return call;
}

EngineCall *EngineClient::inspectImage(
    const QString &nameOrId, QObject *context, Callback<ImageDetails> done)
{
    return fetchJson<ImageDetails>(this, m_endpoint,
        makeRequest("GET", versioned("/images/" + pathSegment(nameOrId) + "/json")),
        m_requestTimeoutMs, tr("Cannot inspect the image \"%1\"").arg(nameOrId), context,
        std::move(done), &ImageDetails::fromJson);
}

EngineCall *EngineClient::removeImage(
    const QString &nameOrId, bool force, QObject *context, Callback<void> done)
{
    QByteArray target = versioned("/images/" + pathSegment(nameOrId));
    if (force)
        target += "?force=1";
    return expectSuccess(this, m_endpoint, makeRequest("DELETE", target), m_requestTimeoutMs,
        tr("Cannot remove the image \"%1\"").arg(nameOrId), context, std::move(done));
}

EngineCall *EngineClient::tagImage(const QString &nameOrId, const QString &repository,
    const QString &tag, QObject *context, Callback<void> done)
{
    const QByteArray target = versioned("/images/" + pathSegment(nameOrId) + "/tag")
        + query({ { "repo", repository }, { "tag", tag } });
    return expectSuccess(this, m_endpoint, makeRequest("POST", target), m_requestTimeoutMs,
        tr("Cannot tag the image \"%1\" as \"%2:%3\"").arg(nameOrId, repository, tag), context,
        std::move(done));
}

namespace {

// The state of one streamed exchange: lines of JSON, or an error body to collect.
struct StreamState
{
    int status = 0;
    JsonLineSplitter splitter;
    QByteArray errorBody;
    std::optional<Error> failure; // set by the stream itself (an error message inside it)
};

} // namespace

EngineCall *EngineClient::pullImage(const QString &repository, const QString &tag,
    const QByteArray &registryAuth, QObject *context,
    std::function<void(const PullProgress &)> progress, Callback<void> done)
{
    auto *call = new EngineCall(this);
    const Target target(context);
    // Without a tag the engine pulls every tag of the repository: never what the user meant.
    const QString effectiveTag = tag.isEmpty() && !repository.contains(u'@') ? u"latest"_s : tag;
    const QString reference
        = effectiveTag.isEmpty() ? repository : repository + u':' + effectiveTag;
    const QString what = tr("Cannot pull \"%1\"").arg(reference);

    HttpRequest request = makeRequest("POST",
        versioned("/images/create")
            + (effectiveTag.isEmpty()
                    ? query({ { "fromImage", repository } })
                    : query({ { "fromImage", repository }, { "tag", effectiveTag } })));
    if (!registryAuth.isEmpty())
        request.headers.append({ "X-Registry-Auth"_ba, registryAuth });

    auto state = std::make_shared<StreamState>();
    auto pullState = std::make_shared<PullProgress>();
    EngineRequest *exchange
        = startExchange(call, m_endpoint, std::move(request), EngineRequest::Mode::Streaming,
            m_requestTimeoutMs, PullIdleTimeoutMs, [=](const Result<HttpResponse> &result) {
                if (state->failure) {
                    report<void>(call, target, done, *state->failure);
                    return;
                }
                if (!result) {
                    report<void>(call, target, done, result.error());
                    return;
                }
                if (!isSuccess(state->status)) {
                    HttpResponse reply = *result;
                    reply.status = state->status;
                    reply.body = state->errorBody;
                    report<void>(call, target, done, errorFromReply(reply, what));
                    return;
                }
                const QByteArray last = state->splitter.takeRemainder();
                if (!last.trimmed().isEmpty()) {
                    pullState->apply(last);
                    if (pullState->hasError()) {
                        report<void>(call, target, done, streamFailure(what, pullState->error()));
                        return;
                    }
                }
                report<void>(call, target, done, VoidResult());
            });
    QObject::connect(exchange, &EngineRequest::headersReceived, call,
        [state](int status, const HttpHeaders &) { state->status = status; });
    QObject::connect(exchange, &EngineRequest::bodyData, call, [=](const QByteArray &data) {
        if (state->failure)
            return;
        if (!isSuccess(state->status)) {
            if (state->errorBody.size() < MaxErrorBody)
                state->errorBody += data.left(MaxErrorBody - state->errorBody.size());
            return;
        }
        const QByteArrayList lines = state->splitter.feed(data);
        for (const QByteArray &line : lines) {
            if (!pullState->apply(line)) {
                qCDebug(lcEngine) << "pull: ignoring a line that is not a JSON object:"
                                  << line.left(200);
                continue;
            }
            if (pullState->hasError()) {
                state->failure = streamFailure(what, pullState->error());
                exchange->cancel(); // reports through the finished handler, which sees the failure
                return;
            }
            if (progress) {
                const PullProgress snapshot = *pullState;
                target.invoke([progress, snapshot] { progress(snapshot); });
            }
        }
    });
    return call;
}

EngineCall *EngineClient::streamEvents(
    QObject *context, std::function<void(const EngineEvent &)> onEvent, Callback<void> ended)
{
    return streamEvents(context, {}, std::move(onEvent), std::move(ended));
}

EngineCall *EngineClient::streamEvents(QObject *context, std::function<void()> opened,
    std::function<void(const EngineEvent &)> onEvent, Callback<void> ended)
{
    auto *call = new EngineCall(this);
    const Target target(context);
    const QString what = tr("Cannot follow the events of %1").arg(m_endpoint.toUrl());
    auto state = std::make_shared<StreamState>();
    auto deliver = [target, onEvent](const QByteArray &line) {
        auto event = EngineEvent::fromJson(line);
        if (!event) {
            // One unreadable event must not end the stream.
            qCWarning(lcEngine) << "ignoring an event Wharf cannot read:"
                                << event.error().toString();
            return;
        }
        if (onEvent) {
            const EngineEvent value = *event;
            target.invoke([onEvent, value] { onEvent(value); });
        }
    };
    // No idle and no headers timeout: an event stream is quiet for as long as nothing
    // happens, and Docker and Podman send even the headers only with the first event.
    EngineRequest *exchange = startExchange(
        call, m_endpoint, makeRequest("GET", versioned("/events")), EngineRequest::Mode::Streaming,
        m_requestTimeoutMs, 0,
        [=](const Result<HttpResponse> &result) {
            if (!result) {
                report<void>(call, target, ended, result.error());
                return;
            }
            if (!isSuccess(state->status)) {
                HttpResponse reply = *result;
                reply.status = state->status;
                reply.body = state->errorBody;
                report<void>(call, target, ended, errorFromReply(reply, what));
                return;
            }
            const QByteArray last = state->splitter.takeRemainder();
            if (!last.trimmed().isEmpty())
                deliver(last);
            report<void>(call, target, ended, VoidResult());
        },
        0);
    // The engine subscribes as it reads the request; its headers would come too late to wait for.
    QObject::connect(exchange, &EngineRequest::requestSent, call, [target, opened] {
        if (opened)
            target.invoke([opened] { opened(); });
    });
    QObject::connect(exchange, &EngineRequest::headersReceived, call,
        [state](int status, const HttpHeaders &) { state->status = status; });
    QObject::connect(exchange, &EngineRequest::bodyData, call, [=](const QByteArray &data) {
        if (!isSuccess(state->status)) {
            if (state->errorBody.size() < MaxErrorBody)
                state->errorBody += data.left(MaxErrorBody - state->errorBody.size());
            return;
        }
        const QByteArrayList lines = state->splitter.feed(data);
        for (const QByteArray &line : lines)
            deliver(line);
    });
    return call;
}

EngineCall *EngineClient::streamContainerLogs(const QString &nameOrId, int tail, bool follow,
    ContainerLogDecoder::Framing framing, QObject *context, std::function<void(const LogChunks &)> onChunks,
    Callback<void> ended)
{
    auto *call = new EngineCall(this);
    const Target target(context);
    const QString what = tr("Cannot read the log of the container \"%1\"").arg(nameOrId);
    const QByteArray path = versioned("/containers/" + pathSegment(nameOrId) + "/logs")
        + query({ { "stdout", u"1"_s }, { "stderr", u"1"_s }, { "follow", follow ? u"1"_s : u"0"_s },
            { "tail", tail < 0 ? u"all"_s : QString::number(tail) } });
    auto state = std::make_shared<StreamState>();
    auto decoder = std::make_shared<ContainerLogDecoder>(framing);
    auto deliver = [target, onChunks](const LogChunks &chunks) {
        if (chunks.isEmpty() || !onChunks)
            return;
        target.invoke([onChunks, chunks] { onChunks(chunks); });
    };
    auto garbled = [what](const Error &inner) {
        return Error(ErrorCode::ProtocolError, tr("%1: %2").arg(what, inner.message()), inner.details());
    };
    // Podman sends no headers until the container writes something, and a followed log may
    // be quiet for hours: neither a headers nor an idle timeout while following.
    const int quietMs = follow ? 0 : m_requestTimeoutMs;
    EngineRequest *exchange = startExchange(
        call, m_endpoint, makeRequest("GET", path), EngineRequest::Mode::Streaming,
        m_requestTimeoutMs, quietMs,
        [=](const Result<HttpResponse> &result) {
            if (state->failure) {
                report<void>(call, target, ended, *state->failure);
                return;
            }
            if (!result) {
                report<void>(call, target, ended, result.error());
                return;
            }
            if (!isSuccess(state->status)) {
                HttpResponse reply = *result;
                reply.status = state->status;
                reply.body = state->errorBody;
                report<void>(call, target, ended, errorFromReply(reply, what));
                return;
            }
            deliver(decoder->finish());
            if (decoder->isTruncated())
                qCDebug(lcEngine) << "the log of" << nameOrId << "ended inside a frame";
            report<void>(call, target, ended, VoidResult());
        },
        quietMs);
    QObject::connect(exchange, &EngineRequest::headersReceived, call,
        [state, decoder](int status, const HttpHeaders &headers) {
            state->status = status;
            decoder->setContentType(httpHeaderValue(headers, "Content-Type"_ba));
        });
    QObject::connect(exchange, &EngineRequest::bodyData, call, [=](const QByteArray &data) {
        if (state->failure)
            return;
        if (!isSuccess(state->status)) {
            if (state->errorBody.size() < MaxErrorBody)
                state->errorBody += data.left(MaxErrorBody - state->errorBody.size());
            return;
        }
        deliver(decoder->feed(data));
        if (decoder->hasError()) {
            state->failure = garbled(decoder->error());
            exchange->cancel(); // reports through the finished handler, which sees the failure
        }
    });
    return call;
}

EngineCall *EngineClient::send(HttpRequest request, QObject *context, Callback<HttpResponse> done)
{
    auto *call = new EngineCall(this);
    const Target target(context);
    request.target = versioned(request.target);
    startExchange(call, m_endpoint, std::move(request), EngineRequest::Mode::Buffered,
        m_requestTimeoutMs, m_requestTimeoutMs, [=](const Result<HttpResponse> &result) {
            report<HttpResponse>(call, target, done, result);
        });
    return call;
}

} // namespace Wharf
