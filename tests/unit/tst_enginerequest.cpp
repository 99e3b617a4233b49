// SPDX-License-Identifier: Apache-2.0
#include "engine/EngineRequest.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

// What goes on the wire. The exchanges themselves are covered by the integration tests
// (tst_enginefaults against a misbehaving server, tst_engineclient against real engines).
class tst_EngineRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serializeGetOverUnix();
    void serializeTcpHost_data();
    void serializeTcpHost();
    void serializePostHasContentLength();
    void serializeOwnsFramingHeaders();
    void serializeUpgrade();
    void serializeRefusesInjection_data();
    void serializeRefusesInjection();
};

void tst_EngineRequest::serializeGetOverUnix()
{
    HttpRequest request;
    request.target = "/v1.41/images/json?all=0"_ba;
    const auto bytes
        = EngineRequest::serialize(EngineEndpoint::unixSocket(u"/run/docker.sock"_s), request);
    QVERIFY(bytes.ok());
    QVERIFY(bytes->startsWith("GET /v1.41/images/json?all=0 HTTP/1.1\r\nHost: docker\r\n"));
    QVERIFY(bytes->contains("\r\nConnection: close\r\n"));
    QVERIFY(bytes->contains("\r\nUser-Agent: Wharf/"));
    QVERIFY(!bytes->contains("Content-Length"));
    QVERIFY(bytes->endsWith("\r\n\r\n"));
}

void tst_EngineRequest::serializeTcpHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("hostHeader");
    QTest::newRow("name") << u"engine.example.org"_s << 2375
                          << "Host: engine.example.org:2375\r\n"_ba;
    QTest::newRow("IPv4") << u"127.0.0.1"_s << 2376 << "Host: 127.0.0.1:2376\r\n"_ba;
    QTest::newRow("IPv6") << u"::1"_s << 2375 << "Host: [::1]:2375\r\n"_ba;
}

void tst_EngineRequest::serializeTcpHost()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArray, hostHeader);
    HttpRequest request;
    request.target = "/_ping"_ba;
    const auto bytes = EngineRequest::serialize(EngineEndpoint::tcp(host, quint16(port)), request);
    QVERIFY(bytes.ok());
    QVERIFY2(bytes->contains(hostHeader), bytes->constData());
}

void tst_EngineRequest::serializePostHasContentLength()
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.target = "/images/x/tag?repo=a&tag=b"_ba;
    auto bytes = EngineRequest::serialize(EngineEndpoint::unixSocket(u"/d.sock"_s), request);
    QVERIFY(bytes.ok());
    QVERIFY(bytes->contains("\r\nContent-Length: 0\r\n"));

    request.target = "/containers/create"_ba;
    request.headers.append({ "Content-Type"_ba, "application/json"_ba });
    request.body = "{\"Image\":\"busybox\"}"_ba;
    bytes = EngineRequest::serialize(EngineEndpoint::unixSocket(u"/d.sock"_s), request);
    QVERIFY(bytes.ok());
    QVERIFY(bytes->contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(bytes->contains("\r\nContent-Length: 19\r\n"));
    QVERIFY(bytes->endsWith("\r\n\r\n{\"Image\":\"busybox\"}"));
}

void tst_EngineRequest::serializeOwnsFramingHeaders()
{
    HttpRequest request;
    request.target = "/_ping"_ba;
    request.headers = { { "Host"_ba, "evil"_ba }, { "content-length"_ba, "99"_ba },
        { "Connection"_ba, "keep-alive"_ba }, { "X-Registry-Auth"_ba, "e30="_ba } };
    const auto bytes = EngineRequest::serialize(EngineEndpoint::unixSocket(u"/d.sock"_s), request);
    QVERIFY(bytes.ok());
    QVERIFY(!bytes->contains("evil"));
    QVERIFY(!bytes->contains("99"));
    QVERIFY(!bytes->contains("keep-alive"));
    QVERIFY(bytes->contains("\r\nX-Registry-Auth: e30=\r\n"));
}

void tst_EngineRequest::serializeUpgrade()
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.target = "/exec/abc/start"_ba;
    request.headers = { { "Upgrade"_ba, "tcp"_ba } };
    const auto bytes = EngineRequest::serialize(EngineEndpoint::unixSocket(u"/d.sock"_s), request);
    QVERIFY(bytes.ok());
    QVERIFY(bytes->contains("\r\nUpgrade: tcp\r\n"));
    QVERIFY(bytes->contains("\r\nConnection: Upgrade\r\n"));
}

void tst_EngineRequest::serializeRefusesInjection_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::newRow("CRLF in target") << "GET"_ba
                                    << "/_ping HTTP/1.1\r\nX: y"_ba << QByteArray() << QByteArray();
    QTest::newRow("space in target") << "GET"_ba
                                     << "/images/a b/json"_ba << QByteArray() << QByteArray();
    QTest::newRow("relative target") << "GET"_ba
                                     << "images/json"_ba << QByteArray() << QByteArray();
    QTest::newRow("empty method") << QByteArray() << "/_ping"_ba << QByteArray() << QByteArray();
    QTest::newRow("space in method") << "GET /"_ba
                                     << "/_ping"_ba << QByteArray() << QByteArray();
    QTest::newRow("CRLF in header value") << "GET"_ba
                                          << "/_ping"_ba
                                          << "X-A"_ba
                                          << "a\r\nHost: evil"_ba;
    QTest::newRow("NUL in header value") << "GET"_ba
                                         << "/_ping"_ba
                                         << "X-A"_ba << QByteArray("a\0b", 3);
    QTest::newRow("colon in header name") << "GET"_ba
                                          << "/_ping"_ba
                                          << "X:A"_ba
                                          << "b"_ba;
}

void tst_EngineRequest::serializeRefusesInjection()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    HttpRequest request;
    request.method = method;
    request.target = target;
    if (!headerName.isEmpty())
        request.headers.append({ headerName, headerValue });
    const auto bytes = EngineRequest::serialize(EngineEndpoint::unixSocket(u"/d.sock"_s), request);
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code(), ErrorCode::InvalidConfiguration);
}

} // namespace Wharf::Test

QTEST_APPLESS_MAIN(Wharf::Test::tst_EngineRequest)
#include "tst_enginerequest.moc"
