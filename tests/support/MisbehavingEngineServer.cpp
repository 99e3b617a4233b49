// SPDX-License-Identifier: Apache-2.0
#include "MisbehavingEngineServer.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {
const char *const BufferProperty = "wharfBuffer";
const char *const AnsweredProperty = "wharfAnswered";
} // namespace

MisbehavingEngineServer::MisbehavingEngineServer(QObject *parent)
    : QObject(parent)
    , m_dir(u"/tmp/wharf-fake-XXXXXX"_s) // short: a socket path must fit in 108 bytes
{ }

MisbehavingEngineServer::~MisbehavingEngineServer()
{
    for (const QPointer<QIODevice> &connection : std::as_const(m_open)) {
        if (connection)
            QObject::disconnect(connection, nullptr, this, nullptr);
    }
}

bool MisbehavingEngineServer::listen()
{
    if (!m_dir.isValid())
        return false;
    m_localServer = new QLocalServer(this);
    connect(m_localServer, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_localServer->nextPendingConnection())
            accept(socket);
    });
    return m_localServer->listen(socketPath());
}

bool MisbehavingEngineServer::listenTcp()
{
    m_tcpServer = new QTcpServer(this);
    connect(m_tcpServer, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcpServer->nextPendingConnection())
            accept(socket);
    });
    return m_tcpServer->listen(QHostAddress::LocalHost, 0);
}

bool MisbehavingEngineServer::listenTls(const QSslConfiguration &configuration)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    m_tcpServer = server;
    // A TLS connection is pending only once its handshake is done.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_tcpServer->nextPendingConnection())
            accept(socket);
    });
    return server->listen(QHostAddress::LocalHost, 0);
}

QString MisbehavingEngineServer::socketPath() const
{
    return m_dir.filePath(u"engine.sock"_s);
}

EngineEndpoint MisbehavingEngineServer::endpoint() const
{
    if (m_tcpServer)
        return EngineEndpoint::tcp(u"127.0.0.1"_s, m_tcpServer->serverPort());
    return EngineEndpoint::unixSocket(socketPath());
}

void MisbehavingEngineServer::on(const QByteArray &pathPart, const Script &script)
{
    m_rules.append({ pathPart, script });
}

void MisbehavingEngineServer::on(const QByteArray &pathPart, const QByteArray &reply, Ending ending)
{
    on(pathPart, Script { { Step { reply, 0 } }, ending });
}

int MisbehavingEngineServer::openConnections() const
{
    int count = 0;
    for (const QPointer<QIODevice> &connection : m_open) {
        if (!connection)
            continue;
        if (auto *local = qobject_cast<QLocalSocket *>(connection.data()))
            count += local->state() == QLocalSocket::ConnectedState ? 1 : 0;
        else if (auto *tcp = qobject_cast<QTcpSocket *>(connection.data()))
            count += tcp->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    return count;
}

QByteArray MisbehavingEngineServer::reply(int status, const QByteArray &body,
    const QByteArray &contentType, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n"
        + body;
}

QByteArray MisbehavingEngineServer::chunkedHead(int status, const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: " + contentType
        + "\r\nTransfer-Encoding: chunked\r\n\r\n";
}

QByteArray MisbehavingEngineServer::chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray MisbehavingEngineServer::lastChunk()
{
    return "0\r\n\r\n"_ba;
}

void MisbehavingEngineServer::accept(QIODevice *connection)
{
    ++m_connections;
    connection->setParent(this);
    m_open.append(connection);
    if (!m_greeting.isEmpty()) {
        connection->setProperty(AnsweredProperty, true);
        connect(connection, &QIODevice::readyRead, this, [connection] { connection->readAll(); });
        play(connection, Script { { Step { m_greeting, 0 } }, Ending::Close }, 0);
        return;
    }
    connect(connection, &QIODevice::readyRead, this, [this, connection] { onData(connection); });
    onData(connection);
}

void MisbehavingEngineServer::onData(QIODevice *connection)
{
    if (connection->property(AnsweredProperty).toBool()) {
        connection->readAll(); // hijacked streams and stray bytes: ignored
        return;
    }
    QByteArray buffer = connection->property(BufferProperty).toByteArray() + connection->readAll();
    connection->setProperty(BufferProperty, buffer);
    // A TLS hello (record type 0x16) to this plain-HTTP server: answer as a plain HTTP server
    // does (400, close), so that clients that try HTTPS first learn it at once.
    if (buffer.startsWith('\x16') && !connection->inherits("QSslSocket")) {
        connection->setProperty(AnsweredProperty, true);
        connection->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        closeConnection(connection);
        return;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = buffer.left(headEnd);
    qsizetype bodyLength = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            bodyLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + bodyLength)
        return;
    connection->setProperty(AnsweredProperty, true);
    const QByteArray request = buffer.left(headEnd + 4 + bodyLength);
    m_requests.append(request);
    Q_EMIT requestReceived(request);

    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
    const QByteArray target = requestLine.size() > 1 ? requestLine.at(1) : QByteArray();
    for (const Rule &rule : std::as_const(m_rules)) {
        if (target.contains(rule.pathPart)) {
            play(connection, rule.script, 0);
            return;
        }
    }
    play(connection,
        Script { { Step { reply(404, R"({"message":"page not found"})"_ba), 0 } }, Ending::Close },
        0);
}

void MisbehavingEngineServer::play(QPointer<QIODevice> connection, Script script, int index)
{
    if (!connection)
        return;
    if (index >= script.steps.size()) {
        if (script.ending == Ending::Close)
            closeConnection(connection);
        return;
    }
    const Step step = script.steps.at(index);
    auto send = [this, connection, script, index, step] {
        if (!connection)
            return;
        connection->write(step.bytes);
        play(connection, script, index + 1);
    };
    if (step.delayMs > 0)
        QTimer::singleShot(step.delayMs, this, send);
    else
        send();
}

void MisbehavingEngineServer::closeConnection(QIODevice *connection)
{
    if (auto *local = qobject_cast<QLocalSocket *>(connection)) {
        local->flush();
        local->disconnectFromServer();
    } else if (auto *tcp = qobject_cast<QTcpSocket *>(connection)) {
        tcp->flush();
        tcp->disconnectFromHost();
    }
}

} // namespace Wharf::Test
