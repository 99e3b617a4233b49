// SPDX-License-Identifier: Apache-2.0
// The fixture itself: services.sh started real engines and a registry, seeded the images, and
// TestServices finds them. Talks plain HTTP/1.0 so it depends on nothing under test.
#include "TestServices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::Test::TestServices;

namespace {

constexpr int TimeoutMs = 20000;

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QString error;
};

HttpReply parseReply(const QByteArray &raw)
{
    HttpReply reply;
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        reply.error = u"no complete HTTP header in %1 bytes"_s.arg(raw.size());
        return reply;
    }
    const QList<QByteArray> statusLine = raw.left(raw.indexOf("\r\n")).split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.")) {
        reply.error = u"not an HTTP status line: %1"_s.arg(QString::fromLatin1(raw.left(80)));
        return reply;
    }
    reply.status = statusLine.at(1).toInt();
    reply.body = raw.mid(headerEnd + 4);
    return reply;
}

// HTTP/1.0: the server sends no chunked body and closes the connection at the end.
QByteArray request(const QByteArray &target, const QByteArray &host)
{
    return "GET " + target + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n";
}

// Connects first, then starts: a unix socket may connect (and emit connected()) inside
// connectToServer(). The socket is declared after the state its lambdas use, so it is gone
// (and cannot signal into them) before that state is.
template<typename Socket, typename Start>
HttpReply exchange(const QByteArray &requestBytes, Start start)
{
    QByteArray received;
    bool finished = false;
    QString error;
    Socket socket;
    QObject::connect(&socket, &Socket::connected, &socket, [&] { socket.write(requestBytes); });
    QObject::connect(&socket, &Socket::readyRead, &socket, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &Socket::disconnected, &socket, [&] { finished = true; });
    QObject::connect(&socket, &Socket::errorOccurred, &socket, [&] {
        // The server closing after the reply is the normal end of an HTTP/1.0 exchange.
        if (received.isEmpty())
            error = socket.errorString();
        finished = true;
    });
    start(socket);
    if (!QTest::qWaitFor([&] { return finished; }, TimeoutMs)) {
        HttpReply reply;
        reply.error = u"no complete reply within %1 ms (%2 bytes so far)"_s.arg(TimeoutMs).arg(received.size());
        return reply;
    }
    if (received.isEmpty()) {
        HttpReply reply;
        reply.error = error.isEmpty() ? u"connection closed without a reply"_s : error;
        return reply;
    }
    return parseReply(received);
}

HttpReply getUnix(const QString &socketPath, const QByteArray &target)
{
    return exchange<QLocalSocket>(request(target, "d"),
                                  [&](QLocalSocket &socket) { socket.connectToServer(socketPath); });
}

HttpReply getTcp(const QString &address, const QByteArray &target)
{
    const qsizetype colon = address.lastIndexOf(u':');
    return exchange<QTcpSocket>(request(target, address.toUtf8()), [&](QTcpSocket &socket) {
        socket.connectToHost(address.left(colon), address.mid(colon + 1).toUShort());
    });
}

QStringList repoTags(const QByteArray &json)
{
    QStringList tags;
    const QJsonArray images = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &image : images) {
        const QJsonArray names = image.toObject().value(u"RepoTags"_s).toArray();
        for (const QJsonValue &name : names)
            tags.append(name.toString());
    }
    return tags;
}

void restoreEnvironment(const char *name, const QByteArray &value, bool wasSet)
{
    if (wasSet)
        qputenv(name, value);
    else
        qunsetenv(name);
}

} // namespace

class tst_TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runtimeDirectoryIsSet();
    void enginesAnswerPing_data();
    void enginesAnswerPing();
    void podmanSocketIsPodman();
    void seededImagesInBothEngines_data();
    void seededImagesInBothEngines();
    void registryAnswers();
    void missingServicesAreExplained();
    void ciDetection_data();
    void ciDetection();
};

void tst_TestServices::runtimeDirectoryIsSet()
{
    WHARF_REQUIRE_DOCKER();
    const QString directory = TestServices::runtimeDirectory();
    QVERIFY(!directory.isEmpty());
    // sun_path holds 108 bytes: the fixture keeps its directory short.
    QVERIFY2(TestServices::podmanEndpoint().socketPath().toUtf8().size() < 108, qPrintable(directory));
    QVERIFY(TestServices::dockerEndpoint().isValid());
    QCOMPARE(TestServices::dockerEndpoint().socketPath(), directory + u"/docker.sock"_s);
    QCOMPARE(TestServices::podmanEndpoint().socketPath(), directory + u"/podman.sock"_s);
}

void tst_TestServices::enginesAnswerPing_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("docker") << u"docker"_s;
    QTest::newRow("podman") << u"podman"_s;
}

void tst_TestServices::enginesAnswerPing()
{
    QFETCH(QString, engine);
    const bool docker = engine == u"docker"_s;
    if (docker)
        WHARF_REQUIRE_DOCKER();
    else
        WHARF_REQUIRE_PODMAN();
    const QString socket = (docker ? TestServices::dockerEndpoint() : TestServices::podmanEndpoint()).socketPath();
    const HttpReply reply = getUnix(socket, "/_ping");
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed(), "OK"_ba);

    const HttpReply version = getUnix(socket, "/version");
    QCOMPARE(version.status, 200);
    const QJsonObject object = QJsonDocument::fromJson(version.body).object();
    QVERIFY2(!object.value(u"ApiVersion"_s).toString().isEmpty(), version.body.constData());
}

void tst_TestServices::podmanSocketIsPodman()
{
    WHARF_REQUIRE_PODMAN();
    const HttpReply reply = getUnix(TestServices::podmanEndpoint().socketPath(), "/libpod/_ping");
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
}

void tst_TestServices::seededImagesInBothEngines_data()
{
    enginesAnswerPing_data();
}

void tst_TestServices::seededImagesInBothEngines()
{
    QFETCH(QString, engine);
    const bool docker = engine == u"docker"_s;
    if (docker)
        WHARF_REQUIRE_DOCKER();
    else
        WHARF_REQUIRE_PODMAN();
    const QStringList seeded = TestServices::seededImages();
    QVERIFY(!seeded.isEmpty());
    QVERIFY(seeded.contains(u"localhost/test/busybox:1"_s));
    QVERIFY(seeded.contains(u"localhost/test/busybox:2"_s));
    QVERIFY(seeded.contains(u"localhost/test/other:latest"_s));

    const QString socket = (docker ? TestServices::dockerEndpoint() : TestServices::podmanEndpoint()).socketPath();
    const HttpReply reply = getUnix(socket, "/v1.41/images/json");
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
    const QStringList tags = repoTags(reply.body);
    for (const QString &image : seeded)
        QVERIFY2(tags.contains(image), qPrintable(image + u" not in "_s + tags.join(u", "_s)));

    // The dangling image the fixture imported without a name.
    const HttpReply dangling = getUnix(socket, "/v1.41/images/json?filters=%7B%22dangling%22%3A%5B%22true%22%5D%7D");
    QCOMPARE(dangling.status, 200);
    QVERIFY2(!QJsonDocument::fromJson(dangling.body).array().isEmpty(), dangling.body.constData());
}

void tst_TestServices::registryAnswers()
{
    WHARF_REQUIRE_REGISTRY();
    const QString address = TestServices::registryAddress();
    QVERIFY(address.startsWith(u"127.0.0.1:"_s));

    const HttpReply base = getTcp(address, "/v2/");
    QVERIFY2(base.error.isEmpty(), qPrintable(base.error));
    QCOMPARE(base.status, 200);

    const HttpReply tags = getTcp(address, "/v2/test/busybox/tags/list");
    QCOMPARE(tags.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(tags.body).object().value(u"tags"_s).toArray();
    QVERIFY2(list.contains(u"1"_s) && list.contains(u"2"_s), tags.body.constData());
}

void tst_TestServices::missingServicesAreExplained()
{
    const QByteArray saved = qgetenv("WHARF_TEST_RUNTIME_DIR");
    const bool wasSet = qEnvironmentVariableIsSet("WHARF_TEST_RUNTIME_DIR");
    auto restore = qScopeGuard([&] { restoreEnvironment("WHARF_TEST_RUNTIME_DIR", saved, wasSet); });

    qunsetenv("WHARF_TEST_RUNTIME_DIR");
    QVERIFY(TestServices::runtimeDirectory().isEmpty());
    QVERIFY(!TestServices::dockerEndpoint().isValid());
    QVERIFY(TestServices::dockerMissingReason().contains(u"WHARF_TEST_RUNTIME_DIR"_s));
    QVERIFY(TestServices::registryMissingReason().contains(u"services.sh start"_s));
    QVERIFY(TestServices::seededImages().isEmpty());

    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    qputenv("WHARF_TEST_RUNTIME_DIR", QFile::encodeName(empty.path()));
    QCOMPARE(TestServices::runtimeDirectory(), empty.path());
    const QString docker = TestServices::dockerMissingReason();
    QVERIFY2(docker.contains(u"does not exist"_s) && docker.contains(u"services.sh start "_s + empty.path()),
             qPrintable(docker));
    QVERIFY(TestServices::podmanMissingReason().contains(empty.path() + u"/podman.sock"_s));
    QVERIFY(TestServices::registryMissingReason().contains(u"registry.address"_s));
    QVERIFY(TestServices::registryAddress().isEmpty());

    // A regular file where the socket should be.
    QFile file(empty.filePath(u"docker.sock"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY2(TestServices::dockerMissingReason().contains(u"not a unix socket"_s),
             qPrintable(TestServices::dockerMissingReason()));

    QFile address(empty.filePath(u"registry.address"_s));
    QVERIFY(address.open(QIODevice::WriteOnly));
    address.write("127.0.0.1:5000\n");
    address.close();
    QVERIFY(TestServices::registryMissingReason().isEmpty());
    QCOMPARE(TestServices::registryAddress(), u"127.0.0.1:5000"_s);

    QFile seeded(empty.filePath(u"seeded-images"_s));
    QVERIFY(seeded.open(QIODevice::WriteOnly));
    seeded.write("a:1\n\n  b:2  \n");
    seeded.close();
    QCOMPARE(TestServices::seededImages(), (QStringList{u"a:1"_s, u"b:2"_s}));
}

void tst_TestServices::ciDetection_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("ci");
    QTest::newRow("true") << "true"_ba << true;
    QTest::newRow("TRUE") << "TRUE"_ba << true;
    QTest::newRow("1") << "1"_ba << true;
    QTest::newRow("false") << "false"_ba << false;
    QTest::newRow("0") << "0"_ba << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_TestServices::ciDetection()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ci);
    const QByteArray saved = qgetenv("CI");
    const bool wasSet = qEnvironmentVariableIsSet("CI");
    auto restore = qScopeGuard([&] { restoreEnvironment("CI", saved, wasSet); });
    if (value.isEmpty())
        qunsetenv("CI");
    else
        qputenv("CI", value);
    QCOMPARE(TestServices::inCi(), ci);
}

QTEST_GUILESS_MAIN(tst_TestServices)
#include "tst_testservices.moc"
