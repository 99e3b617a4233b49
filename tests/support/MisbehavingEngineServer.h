// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/EngineEndpoint.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <memory>

class QIODevice;
class QLocalServer;
class QSslConfiguration;
class QTcpServer;

namespace Wharf::Test {

// A tiny engine that answers with scripted bytes, for the faults a real engine will not
// produce on request: closing mid-body, replies that are not JSON or not HTTP, a chunked
// body that stops, never answering, an API that is too old. Listens on a unix socket in a
// private temporary directory (or on 127.0.0.1); each request gets the script of the first
// rule whose text occurs in its request target.
class MisbehavingEngineServer : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QByteArray bytes;
        int delayMs = 0; // wait this long before sending the bytes
    };
    enum class Ending { Close, KeepOpen };
    struct Script
    {
        QList<Step> steps;
        Ending ending = Ending::Close;
    };

    explicit MisbehavingEngineServer(QObject *parent = nullptr);
    ~MisbehavingEngineServer() override;

    bool listen(); // unix socket, see socketPath()
    bool listenTcp(); // 127.0.0.1, a free port
    // 127.0.0.1, a free port, TLS with this configuration (certificate, key, client CA).
    bool listenTls(const QSslConfiguration &configuration);
    EngineEndpoint endpoint() const;
    QString socketPath() const;

    // Requests whose target contains pathPart get the script (first rule added wins; an
    // empty pathPart matches everything). Unmatched requests get a 404 JSON reply.
    void on(const QByteArray &pathPart, const Script &script);
    void on(const QByteArray &pathPart, const QByteArray &reply, Ending ending = Ending::Close);
    void clearRules() { m_rules.clear(); }

    // Sends these bytes as soon as a client connects, before any request, then hangs up
    // (what a plain HTTP server does to a TLS hello).
    void greet(const QByteArray &bytes) { m_greeting = bytes; }

    // The requests received so far (request line and headers, then the body).
    QByteArrayList requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    // Connections the server still holds open (a client that cancelled closes its end).
    int openConnections() const;

    // Canned replies.
    static QByteArray reply(int status, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/json"),
        const QByteArray &extraHeaders = {});
    static QByteArray chunkedHead(
        int status, const QByteArray &contentType = QByteArrayLiteral("application/json"));
    static QByteArray chunk(const QByteArray &data);
    static QByteArray lastChunk();

Q_SIGNALS:
    void requestReceived(const QByteArray &request);

private:
    struct Rule
    {
        QByteArray pathPart;
        Script script;
    };
    void accept(QIODevice *connection);
    void onData(QIODevice *connection);
    void play(QPointer<QIODevice> connection, Script script, int index);
    static void closeConnection(QIODevice *connection);

    QTemporaryDir m_dir;
    QLocalServer *m_localServer = nullptr;
    QTcpServer *m_tcpServer = nullptr;
    QList<Rule> m_rules;
    QByteArrayList m_requests;
    QList<QPointer<QIODevice>> m_open;
    int m_connections = 0;
    QByteArray m_greeting;
};

} // namespace Wharf::Test
