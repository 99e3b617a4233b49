// SPDX-License-Identifier: Apache-2.0
#include "EngineRequest.h"

#include "EngineConnectionErrors.h"
#include "HttpResponseParser.h"
#include "base/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A buffered reply larger than this is not an engine talking sense; refuse it rather
// than exhaust memory.
constexpr qsizetype MaxBufferedBody = qsizetype(512) * 1024 * 1024;

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == ':' || c == '(' || c == ')' || c == ',' || c == ';'
            || c == '"')
            return false;
    }
    return true;
}

bool isSafeValue(const QByteArray &text)
{
    for (const char c : text) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

bool isSafeTarget(const QByteArray &target)
{
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

QByteArray hostHeader(const EngineEndpoint &endpoint)
{
    if (endpoint.transport() == EngineEndpoint::Transport::Unix)
        return "docker"_ba; // what the docker CLI sends over a unix socket
    const QByteArray host = endpoint.host().toUtf8();
    const QByteArray bracketed = host.contains(':') ? '[' + host + ']' : host;
    return bracketed + ':' + QByteArray::number(endpoint.port());
}

} // namespace

struct EngineRequest::Private
{
    EngineRequest *q;
    int connectTimeoutMs = 10000;
    int idleTimeoutMs = 30000;
    int headersTimeoutMs = -1;
    int activeTimeoutMs = 0; // what connectTimer runs with now
    qint64 unsentBytes = 0;
    QTimer connectTimer;
    QTimer idleTimer;
    QLocalSocket *localSocket = nullptr;
    QTcpSocket *tcpSocket = nullptr; // a QSslSocket for TLS
    QStringList tlsErrors;
    HttpResponseParser parser;
    HttpResponse response;
    bool started = false;
    bool done = false;
    bool ready = false; // connected (and encrypted), request sent
    bool headersAnnounced = false;

    explicit Private(EngineRequest *owner)
        : q(owner)
    { }

    QIODevice *device() const
    {
        return localSocket ? static_cast<QIODevice *>(localSocket)
                           : static_cast<QIODevice *>(tcpSocket);
    }

    void open();
    void openUnix();
    void openTcp();
    bool openTls(QSslSocket *socket);
    void onReady();
    void onReadyRead();
    void onClosed();
    void onConnectFailed(EngineConnectionErrors::Facts facts);
    void process(const QByteArray &data);
    void fail(const Error &error) { finish(error); }
    void finish(const Result<HttpResponse> &result);
};

EngineRequest::EngineRequest(
    EngineEndpoint endpoint, HttpRequest request, Mode mode, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_mode(mode)
    , d(std::make_unique<Private>(this))
{
    d->connectTimer.setSingleShot(true);
    d->idleTimer.setSingleShot(true);
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        EngineConnectionErrors::Facts facts;
        facts.failure = EngineConnectionErrors::Failure::Timeout;
        facts.timeoutMs = d->activeTimeoutMs;
        facts.systemText = d->ready ? u"no reply headers in time"_s : u"no connection in time"_s;
        d->fail(EngineConnectionErrors::toError(m_endpoint, facts));
    });
    connect(&d->idleTimer, &QTimer::timeout, this, [this] {
        EngineConnectionErrors::Facts facts;
        facts.failure = EngineConnectionErrors::Failure::IdleTimeout;
        facts.timeoutMs = d->idleTimeoutMs;
        facts.systemText = u"reply stalled"_s;
        d->fail(EngineConnectionErrors::toError(m_endpoint, facts));
    });
}

EngineRequest::~EngineRequest()
{
    // Destroyed without finishing (its parent went away): close quietly, no signals.
    if (d->localSocket) {
        QObject::disconnect(d->localSocket, nullptr, this, nullptr);
        d->localSocket->abort();
    }
    if (d->tcpSocket) {
        QObject::disconnect(d->tcpSocket, nullptr, this, nullptr);
        d->tcpSocket->abort();
    }
}

void EngineRequest::setConnectTimeout(int milliseconds)
{
    d->connectTimeoutMs = milliseconds;
}

void EngineRequest::setIdleTimeout(int milliseconds)
{
    d->idleTimeoutMs = milliseconds;
}

void EngineRequest::setHeadersTimeout(int milliseconds)
{
    d->headersTimeoutMs = milliseconds;
}

void EngineRequest::start()
{
    if (d->started || d->done)
        return;
    d->started = true;
    if (d->connectTimeoutMs > 0) {
        d->activeTimeoutMs = d->connectTimeoutMs;
        d->connectTimer.start(d->connectTimeoutMs);
    }
    // Deferred, so that every outcome (even an immediate one) arrives after start() returns.
    QMetaObject::invokeMethod(
        this, [this] { d->open(); }, Qt::QueuedConnection);
}

void EngineRequest::cancel()
{
    d->fail(Error(ErrorCode::Cancelled, tr("The operation was cancelled."), m_endpoint.toUrl()));
}

Result<QByteArray> EngineRequest::serialize(
    const EngineEndpoint &endpoint, const HttpRequest &request)
{
    if (!isToken(request.method) || !isSafeTarget(request.target)) {
        return Error(ErrorCode::InvalidConfiguration,
            tr("Wharf built an invalid request; this is a bug in Wharf."),
            QString::fromLatin1(request.method + ' ' + request.target.left(200)));
    }
    QByteArray out;
    out.reserve(256 + request.body.size());
    out += request.method + ' ' + request.target + " HTTP/1.1\r\n";
    out += "Host: " + hostHeader(endpoint) + "\r\n";
    out += "User-Agent: Wharf/" WHARF_VERSION "\r\n";
    for (const auto &header : request.headers) {
        if (!isToken(header.first) || !isSafeValue(header.second)) {
            return Error(ErrorCode::InvalidConfiguration,
                tr("Wharf built an invalid request; this is a bug in Wharf."),
                QString::fromLatin1(header.first.left(100)));
        }
        const QByteArray name = header.first.toLower();
        if (name == "host" || name == "content-length" || name == "connection"
            || name == "transfer-encoding")
            continue; // ours to set
        out += header.first + ": " + header.second + "\r\n";
    }
    const bool upgrade = !httpHeaderValue(request.headers, "Upgrade"_ba).isEmpty();
    // A fresh connection per exchange: no pooling to get wrong, and the engine's reply
    // ends with the connection when it has no length.
    out += upgrade ? "Connection: Upgrade\r\n"_ba : "Connection: close\r\n"_ba;
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT"
        || request.method == "PATCH")
        out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    out += "\r\n";
    out += request.body;
    return out;
}

void EngineRequest::Private::open()
{
    if (done)
        return;
    if (!q->m_endpoint.isValid()) {
        fail(Error(ErrorCode::InvalidConfiguration, tr("The engine address is incomplete."),
            q->m_endpoint.toUrl()));
        return;
    }
    if (q->m_request.method == "HEAD")
        parser.setExpectNoBody(true);
    switch (q->m_endpoint.transport()) {
    case EngineEndpoint::Transport::Unix: openUnix(); return;
    case EngineEndpoint::Transport::Tcp:
    case EngineEndpoint::Transport::Tls: openTcp(); return;
    }
}

void EngineRequest::Private::openUnix()
{
    const QString path = q->m_endpoint.socketPath();
    // connect() says ECONNREFUSED for a regular file and ENOENT for nothing: look first, so
    // the user hears what is really there.
    if (const auto facts = EngineConnectionErrors::probeSocketPath(path)) {
        onConnectFailed(*facts);
        return;
    }
    localSocket = new QLocalSocket(q);
    QObject::connect(localSocket, &QLocalSocket::connected, q, [this] { onReady(); });
    QObject::connect(localSocket, &QLocalSocket::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(localSocket, &QLocalSocket::disconnected, q, [this] { onClosed(); });
    QObject::connect(
        localSocket, &QLocalSocket::errorOccurred, q, [this](QLocalSocket::LocalSocketError error) {
            if (done)
                return;
            if (ready || error == QLocalSocket::PeerClosedError) {
                onClosed(); // the exchange ends here; the parser tells if the reply was whole
                return;
            }
            EngineConnectionErrors::Facts facts;
            facts.failure = EngineConnectionErrors::failureFromLocalSocketError(error);
            facts.systemText = localSocket->errorString();
            onConnectFailed(facts);
        });
    qCDebug(lcEngineHttp) << "connecting to" << path;
    localSocket->connectToServer(path, QIODevice::ReadWrite);
}

void EngineRequest::Private::openTcp()
{
    const EngineEndpoint &endpoint = q->m_endpoint;
    const bool useTls = endpoint.transport() == EngineEndpoint::Transport::Tls;
    if (useTls && !QSslSocket::supportsSsl()) {
        EngineConnectionErrors::Facts facts;
        facts.failure = EngineConnectionErrors::Failure::Tls;
        facts.systemText
            = u"TLS is not available: Qt has no TLS backend (install OpenSSL's libssl)"_s;
        onConnectFailed(facts);
        return;
    }
    auto *ssl = useTls ? new QSslSocket(q) : nullptr;
    tcpSocket = ssl ? ssl : new QTcpSocket(q);
    if (ssl) {
        QObject::connect(ssl, &QSslSocket::encrypted, q, [this] { onReady(); });
        QObject::connect(ssl, &QSslSocket::sslErrors, q, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                tlsErrors.append(error.errorString());
        });
    } else {
        QObject::connect(tcpSocket, &QTcpSocket::connected, q, [this] { onReady(); });
    }
    QObject::connect(tcpSocket, &QTcpSocket::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(tcpSocket, &QTcpSocket::disconnected, q, [this] { onClosed(); });
    QObject::connect(tcpSocket, &QTcpSocket::errorOccurred, q,
        [this, useTls](QAbstractSocket::SocketError error) {
            if (done)
                return;
            if (ready) {
                onClosed();
                return;
            }
            EngineConnectionErrors::Facts facts;
            facts.failure = EngineConnectionErrors::failureFromSocketError(error);
            // Connected over TCP, then dropped before the handshake ended: a TLS problem.
            if (useTls && facts.failure == EngineConnectionErrors::Failure::Other
                && tcpSocket->state() != QAbstractSocket::HostLookupState)
                facts.failure = EngineConnectionErrors::Failure::Tls;
            facts.systemText = tcpSocket->errorString();
            if (!tlsErrors.isEmpty())
                facts.systemText += u": "_s + tlsErrors.join(u"; "_s);
            onConnectFailed(facts);
        });
    qCDebug(lcEngineHttp) << "connecting to" << endpoint.toUrl() << (useTls ? "with TLS" : "");
    if (ssl) {
        if (!openTls(ssl))
            return;
        ssl->connectToHostEncrypted(endpoint.host(), endpoint.port());
    } else {
        tcpSocket->connectToHost(endpoint.host(), endpoint.port());
    }
}

bool EngineRequest::Private::openTls(QSslSocket *socket)
{
    const EngineEndpoint &endpoint = q->m_endpoint;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    auto tlsFailure = [this](const QString &text) {
        EngineConnectionErrors::Facts facts;
        facts.failure = EngineConnectionErrors::Failure::Tls;
        facts.systemText = text;
        onConnectFailed(facts);
        return false;
    };
    if (!endpoint.certDirectory().isEmpty()) {
        const QDir dir(endpoint.certDirectory());
        const QString caPath = dir.filePath(u"ca.pem"_s);
        const QString certPath = dir.filePath(u"cert.pem"_s);
        const QString keyPath = dir.filePath(u"key.pem"_s);
        if (QFile::exists(caPath)) {
            const auto ca = QSslCertificate::fromPath(caPath, QSsl::Pem);
            if (ca.isEmpty())
                return tlsFailure(u"%1 holds no PEM certificate"_s.arg(caPath));
            config.addCaCertificates(ca);
        }
        const bool hasCert = QFile::exists(certPath);
        const bool hasKey = QFile::exists(keyPath);
        if (hasCert != hasKey)
            return tlsFailure(u"%1 needs both cert.pem and key.pem"_s.arg(dir.path()));
        if (hasCert) {
            const auto certs = QSslCertificate::fromPath(certPath, QSsl::Pem);
            if (certs.isEmpty())
                return tlsFailure(u"%1 holds no PEM certificate"_s.arg(certPath));
            QFile keyFile(keyPath);
            if (!keyFile.open(QIODevice::ReadOnly))
                return tlsFailure(u"cannot read %1: %2"_s.arg(keyPath, keyFile.errorString()));
            const QByteArray keyData = keyFile.readAll();
            QSslKey key(keyData, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
            if (key.isNull())
                key = QSslKey(keyData, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
            if (key.isNull())
                return tlsFailure(
                    u"%1 is not an unencrypted RSA or EC private key in PEM form"_s.arg(keyPath));
            config.setLocalCertificate(certs.first());
            config.setPrivateKey(key);
        }
    }
    config.setPeerVerifyMode(
        endpoint.verifyPeer() ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    socket->setSslConfiguration(config);
    return true;
}

void EngineRequest::Private::onConnectFailed(EngineConnectionErrors::Facts facts)
{
    if (done)
        return;
    if (facts.failure == EngineConnectionErrors::Failure::Timeout && facts.timeoutMs == 0)
        facts.timeoutMs = connectTimeoutMs;
    if (facts.failure == EngineConnectionErrors::Failure::AccessDenied
        && q->m_endpoint.transport() == EngineEndpoint::Transport::Unix)
        facts.socketGroup = EngineConnectionErrors::owningGroup(q->m_endpoint.socketPath());
    fail(EngineConnectionErrors::toError(q->m_endpoint, facts));
}

void EngineRequest::Private::onReady()
{
    if (done || ready)
        return;
    ready = true;
    auto bytes = EngineRequest::serialize(q->m_endpoint, q->m_request);
    if (!bytes) {
        fail(bytes.error());
        return;
    }
    if (headersTimeoutMs >= 0) {
        connectTimer.stop();
        if (headersTimeoutMs > 0) {
            activeTimeoutMs = headersTimeoutMs;
            connectTimer.start(headersTimeoutMs);
        }
    }
    qCDebug(lcEngineHttp) << q->m_request.method << q->m_request.target;
    unsentBytes = bytes->size();
    QObject::connect(device(), &QIODevice::bytesWritten, q, [this](qint64 written) {
        if (done || unsentBytes <= 0)
            return;
        unsentBytes -= written;
        if (unsentBytes <= 0)
            Q_EMIT q->requestSent();
    });
    device()->write(*bytes);
}

void EngineRequest::Private::onReadyRead()
{
    if (done)
        return;
    process(device()->readAll());
}

void EngineRequest::Private::process(const QByteArray &data)
{
    if (done || data.isEmpty())
        return;
    if (!parser.feed(data)) {
        fail(parser.error());
        return;
    }
    if (parser.headersComplete() && !headersAnnounced) {
        headersAnnounced = true;
        connectTimer.stop();
        response.status = parser.statusCode();
        response.headers = parser.headers();
        qCDebug(lcEngineHttp) << "status" << response.status << "for" << q->m_request.target;
        Q_EMIT q->headersReceived(response.status, response.headers);
        if (done)
            return;
    }
    if (headersAnnounced && idleTimeoutMs > 0)
        idleTimer.start(idleTimeoutMs);

    const bool streaming = q->m_mode == Mode::Streaming;
    const QByteArray body = parser.takeBody();
    if (!body.isEmpty()) {
        if (streaming) {
            Q_EMIT q->bodyData(body);
            if (done)
                return;
        } else {
            if (response.body.size() + body.size() > MaxBufferedBody) {
                fail(Error(ErrorCode::ProtocolError,
                    tr("The engine's reply is larger than %1 MiB; Wharf does not accept it.")
                        .arg(MaxBufferedBody / (1024 * 1024)),
                    q->m_request.target.isEmpty() ? QString()
                                                  : QString::fromLatin1(q->m_request.target)));
                return;
            }
            response.body.append(body);
        }
    }
    // An upgraded stream goes on until the connection closes.
    if (parser.messageComplete() && !(streaming && parser.isUpgraded()))
        finish(response);
}

void EngineRequest::Private::onClosed()
{
    if (done)
        return;
    if (QIODevice *dev = device())
        process(dev->readAll());
    if (done)
        return;
    if (!parser.finish()) {
        fail(parser.error());
        return;
    }
    finish(response);
}

void EngineRequest::Private::finish(const Result<HttpResponse> &result)
{
    if (done)
        return;
    done = true;
    connectTimer.stop();
    idleTimer.stop();
    if (localSocket) {
        QObject::disconnect(localSocket, nullptr, q, nullptr);
        localSocket->abort();
    }
    if (tcpSocket) {
        QObject::disconnect(tcpSocket, nullptr, q, nullptr);
        tcpSocket->abort();
    }
    if (!result)
        qCDebug(lcEngineHttp) << q->m_request.target << "failed:" << result.error().toString();
    Q_EMIT q->finished(result);
    q->deleteLater();
}

} // namespace Wharf
