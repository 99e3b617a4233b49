// SPDX-License-Identifier: Apache-2.0
// EngineClient against a misbehaving engine: the faults a real engine will not produce on
// request. Every case must end in one typed error, through the callback, exactly once.
#include "MisbehavingEngineServer.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

using Script = MisbehavingEngineServer::Script;
using Step = MisbehavingEngineServer::Step;
using Ending = MisbehavingEngineServer::Ending;

// Collects what a callback reports, and how often.
template<typename T> struct Outcome
{
    std::optional<Result<T>> result;
    int calls = 0;
    EngineClient::Callback<T> callback()
    {
        return [this](const Result<T> &r) {
            result = r;
            ++calls;
        };
    }
    ErrorCode code() const
    {
        return result && !result->ok() ? result->error().code() : ErrorCode::None;
    }
    QString text() const
    {
        return result && !result->ok() ? result->error().toString() : QString();
    }
};

const QByteArray ImageList
    = R"([{"Id":"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f","RepoTags":["localhost/test/busybox:1"],"RepoDigests":[],"Created":1795812197,"Size":1982305,"Containers":-1}])"_ba;

const QByteArray TagEvent
    = R"({"status":"tag","id":"sha256:7b4c","Type":"image","Action":"tag","Actor":{"ID":"sha256:7b4c","Attributes":{"name":"localhost/test/busybox:1"}},"scope":"local","time":1795812187,"timeNano":1795812187294212342})"_ba;
const QByteArray DeleteEvent
    = R"({"status":"delete","id":"sha256:7b4c","Type":"image","Action":"delete","Actor":{"ID":"sha256:7b4c","Attributes":{}},"time":1795812188})"_ba;

// A unix socket file nobody listens on: bound, never listened, so connect() says ECONNREFUSED.
bool makeDeadSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (size_t(native.size()) >= sizeof(address.sun_path)) {
        ::close(fd);
        return false;
    }
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return ok;
}

} // namespace

class tst_EngineFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closesMidBody();
    void closesMidChunkedBody();
    void closesWithoutAnswering();
    void replyIsNotJson_data();
    void replyIsNotJson();
    void replyIsNotHttp();
    void endlessHeaders();
    void apiTooOldFromVersion();
    void apiTooOldFromEngineMessage();
    void socketPathIsARegularFile();
    void socketMissing();
    void daemonNotRunning();
    void neverAnswers();
    void stallsMidBody();
    void cancelEventStream();
    void cancelPendingList();
    void eventHeadersOnlyWithFirstEvent();
    void callbackNotCalledAfterContextDestroyed();
    void errorReplies_data();
    void errorReplies();
    void pullFailsWithEnginesMessage();
    void pullReportsProgress();
    void eventsSplitAnywhere();
    void pingDetectsKind();
    void namesArePercentEncoded();
    void tcpTransport();
    void tcpRefused();
    void tlsAgainstPlainServer();
    void randomRepliesNeverCrash();

private:
    static EngineClient *clientFor(const EngineEndpoint &endpoint, QObject *parent)
    {
        auto *client = new EngineClient(endpoint, parent);
        client->setRequestTimeout(5000);
        client->setListTimeout(5000);
        return client;
    }
};

void tst_EngineFaults::closesMidBody()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/images/json",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"_ba
            + ImageList.left(40));
    EngineClient client(server.endpoint());
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::TruncatedReply);
    QVERIFY2(outcome.text().contains(u"closed the connection"_s), qPrintable(outcome.text()));
    QTest::qWait(50);
    QCOMPARE(outcome.calls, 1);
}

void tst_EngineFaults::closesMidChunkedBody()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/images/json",
        Script { { Step { MisbehavingEngineServer::chunkedHead(200), 0 },
                     Step { MisbehavingEngineServer::chunk(ImageList.left(30)), 20 },
                     Step { "40\r\n[{\"Id\""_ba, 20 } },
            Ending::Close });
    EngineClient client(server.endpoint());
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::TruncatedReply);
}

void tst_EngineFaults::closesWithoutAnswering()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("", Script { {}, Ending::Close });
    EngineClient client(server.endpoint());
    Outcome<EngineVersion> outcome;
    client.version(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::TruncatedReply);
    QVERIFY2(outcome.text().contains(u"without answering"_s), qPrintable(outcome.text()));
}

void tst_EngineFaults::replyIsNotJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << "<html><body>502 Bad Gateway</body></html>"_ba;
    QTest::newRow("object, not array") << R"({"Id":"sha256:abc"})"_ba;
    QTest::newRow("cut JSON") << ImageList.left(60);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("NULs") << QByteArray("[\0\0\0]", 5);
    QTest::newRow("binary") << "\xff\xfe\x00\x01garbage"_ba;
}

void tst_EngineFaults::replyIsNotJson()
{
    QFETCH(QByteArray, body);
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/images/json", MisbehavingEngineServer::reply(200, body, "text/html"_ba));
    EngineClient client(server.endpoint());
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::ParseError);
    QVERIFY2(outcome.result->error().message().contains(u"list the images"_s),
        qPrintable(outcome.text()));
}

void tst_EngineFaults::replyIsNotHttp()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("", "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"_ba, Ending::KeepOpen);
    EngineClient client(server.endpoint());
    Outcome<PingInfo> outcome;
    client.ping(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::ProtocolError);
    QVERIFY2(outcome.result->error().details().contains(u"HPE_"_s), qPrintable(outcome.text()));
}

void tst_EngineFaults::endlessHeaders()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    Script script;
    script.steps.append(Step { "HTTP/1.1 200 OK\r\n"_ba, 0 });
    for (int i = 0; i < 40; ++i)
        script.steps.append(Step { "X-Padding: "_ba + QByteArray(4000, 'a') + "\r\n"_ba, 0 });
    script.ending = Ending::KeepOpen;
    server.on("", script);
    EngineClient client(server.endpoint());
    Outcome<EngineVersion> outcome;
    client.version(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::ProtocolError);
}

void tst_EngineFaults::apiTooOldFromVersion()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/version",
        MisbehavingEngineServer::reply(200,
            R"({"Version":"18.09.1","ApiVersion":"1.39","MinAPIVersion":"1.12","Os":"linux","Arch":"amd64"})"_ba));
    EngineClient client(server.endpoint());
    Outcome<EngineVersion> outcome;
    client.version(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::ApiTooOld);
    const QString message = outcome.result->error().message();
    QVERIFY2(message.contains(u"1.39"_s) && message.contains(u"1.40"_s), qPrintable(message));

    // And the minimum itself is fine.
    MisbehavingEngineServer ok;
    QVERIFY(ok.listen());
    ok.on("/version",
        MisbehavingEngineServer::reply(200, R"({"Version":"19.03.0","ApiVersion":"1.40"})"_ba));
    EngineClient okClient(ok.endpoint());
    Outcome<EngineVersion> fine;
    okClient.version(this, fine.callback());
    QTRY_VERIFY(fine.result.has_value());
    QVERIFY2(fine.result->ok(), qPrintable(fine.text()));
    QCOMPARE(fine.result->value().apiVersion, u"1.40"_s);
}

void tst_EngineFaults::apiTooOldFromEngineMessage()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/v1.41/",
        MisbehavingEngineServer::reply(400,
            R"({"message":"client version 1.41 is too new. Maximum supported API version is 1.39"})"_ba));
    EngineClient client(server.endpoint());
    client.setApiVersion(u"1.41"_s);
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::ApiTooOld);
    QVERIFY2(outcome.result->error().message().contains(u"Maximum supported API version is 1.39"_s),
        qPrintable(outcome.text()));
    QVERIFY(server.requests().first().startsWith("GET /v1.41/images/json HTTP/1.1\r\n"));
}

void tst_EngineFaults::socketPathIsARegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"docker.sock"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("I am not a socket\n");
    file.close();

    EngineClient client(EngineEndpoint::unixSocket(path));
    Outcome<PingInfo> outcome;
    client.ping(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::NotASocket);
    QVERIFY2(outcome.result->error().message().contains(path), qPrintable(outcome.text()));
    QVERIFY2(
        outcome.result->error().message().contains(u"regular file"_s), qPrintable(outcome.text()));
}

void tst_EngineFaults::socketMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"nobody-here.sock"_s);
    EngineClient client(EngineEndpoint::unixSocket(path));
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::SocketMissing);
    QVERIFY2(outcome.result->error().message().contains(u"No engine socket at "_s + path),
        qPrintable(outcome.text()));
    QVERIFY2(
        outcome.result->error().message().contains(u"DOCKER_HOST"_s), qPrintable(outcome.text()));
}

void tst_EngineFaults::daemonNotRunning()
{
    QTemporaryDir dir(u"/tmp/wharf-dead-XXXXXX"_s);
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"dead.sock"_s);
    QVERIFY(makeDeadSocket(path));
    EngineClient client(EngineEndpoint::unixSocket(path));
    Outcome<PingInfo> outcome;
    client.ping(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::DaemonNotRunning);
    QVERIFY2(
        outcome.result->error().message().contains(u"not running"_s), qPrintable(outcome.text()));
}

void tst_EngineFaults::neverAnswers()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("", Script { {}, Ending::KeepOpen });
    EngineClient client(server.endpoint());
    client.setRequestTimeout(300);

    QElapsedTimer clock;
    clock.start();
    Outcome<PingInfo> ping;
    client.ping(this, ping.callback(), 300);
    Outcome<EngineVersion> version;
    client.version(this, version.callback());
    QTRY_VERIFY(ping.result.has_value() && version.result.has_value());
    QVERIFY2(clock.elapsed() < 3000, "the timeout did not fire in time");
    QCOMPARE(ping.code(), ErrorCode::Timeout);
    QCOMPARE(version.code(), ErrorCode::Timeout);
    QVERIFY2(version.result->error().message().contains(server.socketPath()),
        qPrintable(version.text()));
    QVERIFY2(
        version.result->error().message().contains(u"0.3 seconds"_s), qPrintable(version.text()));
}

void tst_EngineFaults::stallsMidBody()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/images/json",
        "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n"_ba + ImageList.left(20), Ending::KeepOpen);
    EngineClient client(server.endpoint());
    client.setListTimeout(300);
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::Timeout);
    QVERIFY2(outcome.result->error().message().contains(u"stopped sending"_s),
        qPrintable(outcome.text()));
}

void tst_EngineFaults::cancelEventStream()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/events",
        Script { { Step { MisbehavingEngineServer::chunkedHead(200), 0 },
                     Step { MisbehavingEngineServer::chunk(TagEvent + '\n'), 0 } },
            Ending::KeepOpen });
    EngineClient client(server.endpoint());
    client.setRequestTimeout(200); // must not apply once the stream is open
    QList<EngineEvent> events;
    Outcome<void> ended;
    QPointer<EngineCall> call = client.streamEvents(
        this, [&events](const EngineEvent &event) { events.append(event); }, ended.callback());
    QVERIFY(call);
    QTRY_COMPARE(events.size(), 1);
    QTest::qWait(400); // past the request timeout: an open stream stays open
    QVERIFY(!ended.result.has_value());
    QCOMPARE(server.openConnections(), 1);

    call->cancel();
    QVERIFY(ended.result.has_value()); // reported at once
    QCOMPARE(ended.code(), ErrorCode::Cancelled);
    QTRY_VERIFY(call.isNull()); // and the handle goes away
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(ended.calls, 1);
}

void tst_EngineFaults::eventHeadersOnlyWithFirstEvent()
{
    // Docker and Podman send the headers of /events with the first event, however late.
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/events",
        Script { { Step { MisbehavingEngineServer::chunkedHead(200)
                         + MisbehavingEngineServer::chunk(TagEvent + '\n'),
                     600 } },
            Ending::KeepOpen });
    EngineClient client(server.endpoint());
    client.setRequestTimeout(200);
    int opened = 0;
    QList<EngineEvent> events;
    Outcome<void> ended;
    QPointer<EngineCall> call = client.streamEvents(
        this, [&opened] { ++opened; },
        [&events](const EngineEvent &event) { events.append(event); }, ended.callback());
    QTRY_COMPARE(opened, 1);
    QCOMPARE(server.requests().size(), 1); // opened means the request is out
    QTRY_COMPARE(events.size(), 1);
    QVERIFY2(!ended.result.has_value(), qPrintable(ended.text()));
    call->cancel();
    QCOMPARE(ended.code(), ErrorCode::Cancelled);
    QCOMPARE(opened, 1);
}

void tst_EngineFaults::cancelPendingList()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("", Script { {}, Ending::KeepOpen });
    EngineClient client(server.endpoint());
    Outcome<QList<ImageSummary>> outcome;
    QPointer<EngineCall> call = client.listImages(this, outcome.callback());
    QTRY_COMPARE(server.requests().size(), 1);
    call->cancel();
    call->cancel(); // twice is harmless
    QVERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::Cancelled);
    QTRY_VERIFY(call.isNull());
    QTest::qWait(50);
    QCOMPARE(outcome.calls, 1);

    // Cancelled before a byte went out: the same.
    Outcome<QList<ImageSummary>> early;
    QPointer<EngineCall> earlyCall = client.listImages(this, early.callback());
    earlyCall->cancel();
    QCOMPARE(early.code(), ErrorCode::Cancelled);
    QTRY_VERIFY(earlyCall.isNull());
    QTest::qWait(50);
    QCOMPARE(early.calls, 1);
}

void tst_EngineFaults::callbackNotCalledAfterContextDestroyed()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/images/json",
        Script { { Step { MisbehavingEngineServer::reply(200, ImageList), 200 } }, Ending::Close });
    EngineClient client(server.endpoint());
    auto *context = new QObject;
    bool called = false;
    QPointer<EngineCall> call = client.listImages(
        context, [&called](const Result<QList<ImageSummary>> &) { called = true; });
    QTRY_COMPARE(server.requests().size(), 1);
    delete context;
    QTRY_VERIFY(call.isNull()); // the operation still ends and cleans up
    QTest::qWait(100);
    QVERIFY(!called);
}

void tst_EngineFaults::errorReplies_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("404") << MisbehavingEngineServer::reply(
        404, R"({"message":"No such image: nope:1"})"_ba)
                         << int(ErrorCode::NotFound) << u"No such image: nope:1"_s;
    QTest::newRow("409") << MisbehavingEngineServer::reply(409,
        R"({"message":"conflict: unable to remove repository reference \"x:1\" (must force) - container 0a1b is using its referenced image 7b4c"})"_ba)
                         << int(ErrorCode::Conflict) << u"container 0a1b is using"_s;
    QTest::newRow("podman 409") << MisbehavingEngineServer::reply(409,
        R"({"cause":"image is in use by a container","message":"image used by 0a1b: image is in use by a container","response":409})"_ba)
                                << int(ErrorCode::Conflict) << u"image used by 0a1b"_s;
    QTest::newRow("500, text body")
        << MisbehavingEngineServer::reply(500, "Internal Server Error\n"_ba, "text/plain"_ba)
        << int(ErrorCode::HttpError) << u"Internal Server Error"_s;
    QTest::newRow("400, too old client") << MisbehavingEngineServer::reply(400,
        R"({"message":"client version 1.12 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version"})"_ba)
                                         << int(ErrorCode::ApiTooOld)
                                         << u"Minimum supported API version"_s;
    QTest::newRow("huge text body")
        << MisbehavingEngineServer::reply(503, QByteArray(100000, 'x'), "text/plain"_ba)
        << int(ErrorCode::HttpError) << u"503"_s;
}

void tst_EngineFaults::errorReplies()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, code);
    QFETCH(QString, mustMention);
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/images/", reply);
    EngineClient client(server.endpoint());
    Outcome<void> outcome;
    client.removeImage(u"x:1"_s, false, this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(int(outcome.code()), code);
    const Error &error = outcome.result->error();
    QVERIFY2(error.message().contains(mustMention), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"x:1"_s), qPrintable(error.message()));
    QVERIFY2(error.message().size() < 1000, "an error message must stay readable");
    QVERIFY(error.details().startsWith(u"HTTP "_s));
}

void tst_EngineFaults::pullFailsWithEnginesMessage()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    const QByteArray lines
        = R"({"status":"Pulling from test/nope","id":"3"})"
          "\n"
          R"({"errorDetail":{"message":"manifest for 127.0.0.1:5557/test/nope:3 not found: manifest unknown"},"error":"manifest for 127.0.0.1:5557/test/nope:3 not found: manifest unknown"})"
          "\n"_ba;
    server.on("/images/create",
        Script { { Step { MisbehavingEngineServer::chunkedHead(200), 0 },
                     Step { MisbehavingEngineServer::chunk(lines.left(30)), 10 },
                     Step { MisbehavingEngineServer::chunk(lines.mid(30)), 10 } },
            Ending::KeepOpen });
    EngineClient client(server.endpoint());
    int progressCalls = 0;
    Outcome<void> outcome;
    client.pullImage(
        u"127.0.0.1:5557/test/nope"_s, u"3"_s, QByteArray(), this,
        [&progressCalls](const PullProgress &) { ++progressCalls; }, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::EngineError);
    QVERIFY2(outcome.result->error().message().contains(u"manifest unknown"_s),
        qPrintable(outcome.text()));
    QVERIFY2(outcome.result->error().message().contains(u"127.0.0.1:5557/test/nope:3"_s),
        qPrintable(outcome.text()));
    QCOMPARE(progressCalls, 1);
    const QByteArray request = server.requests().first();
    QVERIFY2(request.startsWith(
                 "POST /images/create?fromImage=127.0.0.1%3A5557%2Ftest%2Fnope&tag=3 HTTP/1.1"),
        request.constData());
    QTRY_COMPARE(server.openConnections(), 0); // the stream was abandoned
}

void tst_EngineFaults::pullReportsProgress()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    const QByteArray lines
        = R"({"status":"Pulling from test/layered","id":"3"})"
          "\r\n"
          R"({"status":"Downloading","progressDetail":{"current":50,"total":100},"id":"9d4452172019"})"
          "\r\n"
          R"({"status":"Pull complete","progressDetail":{},"id":"9d4452172019"})"
          "\r\n"
          R"({"status":"Status: Downloaded newer image for 127.0.0.1:5557/test/layered:3"})"_ba;
    server.on("/images/create",
        Script { { Step { MisbehavingEngineServer::chunkedHead(200), 0 },
                     Step { MisbehavingEngineServer::chunk(lines), 0 },
                     Step { MisbehavingEngineServer::lastChunk(), 0 } },
            Ending::Close });
    EngineClient client(server.endpoint());
    client.setApiVersion(u"1.41"_s);
    QList<PullProgress> seen;
    Outcome<void> outcome;
    client.pullImage(
        u"127.0.0.1:5557/test/layered"_s, QString(), "eyJ1c2VybmFtZSI6InUifQ=="_ba, this,
        [&seen](const PullProgress &progress) { seen.append(progress); }, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.text()));
    QCOMPARE(seen.size(), 3); // the last line has no terminator: folded in at the end
    QCOMPARE(seen.at(1).layers().size(), 1);
    QCOMPARE(seen.at(1).layers().first().current, 50);
    const QByteArray request = server.requests().first();
    QVERIFY2(request.contains(
                 "/v1.41/images/create?fromImage=127.0.0.1%3A5557%2Ftest%2Flayered&tag=latest "),
        request.constData());
    QVERIFY(request.contains("\r\nX-Registry-Auth: eyJ1c2VybmFtZSI6InUifQ==\r\n"));
}

void tst_EngineFaults::eventsSplitAnywhere()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    const QByteArray stream
        = TagEvent + "\n"_ba + DeleteEvent + "\n"_ba + "not json at all\n"_ba + TagEvent;
    Script script;
    script.steps.append(Step { MisbehavingEngineServer::chunkedHead(200), 0 });
    // Chunks that cut lines and JSON documents at odd places.
    for (qsizetype offset = 0; offset < stream.size(); offset += 37)
        script.steps.append(Step { MisbehavingEngineServer::chunk(stream.mid(offset, 37)), 0 });
    script.steps.append(Step { MisbehavingEngineServer::lastChunk(), 0 });
    server.on("/events", script);

    EngineClient client(server.endpoint());
    QList<EngineEvent> events;
    Outcome<void> ended;
    client.streamEvents(
        this, [&events](const EngineEvent &event) { events.append(event); }, ended.callback());
    QTRY_VERIFY(ended.result.has_value());
    QVERIFY2(ended.result->ok(), qPrintable(ended.text()));
    QCOMPARE(events.size(), 3); // the garbage line is skipped, the unterminated last one kept
    QCOMPARE(events.at(0).action, EngineEvent::Action::Tag);
    QCOMPARE(events.at(0).attributes.value(u"name"_s), u"localhost/test/busybox:1"_s);
    QCOMPARE(events.at(1).action, EngineEvent::Action::Delete);
    QCOMPARE(events.at(2).action, EngineEvent::Action::Tag);
}

void tst_EngineFaults::pingDetectsKind()
{
    MisbehavingEngineServer podman;
    QVERIFY(podman.listen());
    podman.on("/libpod/_ping",
        MisbehavingEngineServer::reply(200, "OK"_ba, "text/plain"_ba,
            "Api-Version: 1.41\r\nLibpod-Api-Version: 4.3.1\r\n"_ba));
    EngineClient podmanClient(podman.endpoint());
    Outcome<PingInfo> asPodman;
    podmanClient.ping(this, asPodman.callback());
    QTRY_VERIFY(asPodman.result.has_value());
    QVERIFY2(asPodman.result->ok(), qPrintable(asPodman.text()));
    QCOMPARE(asPodman.result->value().kind, EngineKind::Podman);
    QCOMPARE(asPodman.result->value().apiVersion, u"1.41"_s);
    QCOMPARE(asPodman.result->value().libpodApiVersion, u"4.3.1"_s);

    // Docker answers /libpod/_ping with 404, then /_ping.
    Outcome<PingInfo> asDocker;
    MisbehavingEngineServer docker2;
    QVERIFY(docker2.listen());
    docker2.on(
        "/libpod/", MisbehavingEngineServer::reply(404, R"({"message":"page not found"})"_ba));
    docker2.on("/_ping",
        MisbehavingEngineServer::reply(200, "OK"_ba, "text/plain"_ba, "Api-Version: 1.41\r\n"_ba));
    EngineClient docker2Client(docker2.endpoint());
    docker2Client.ping(this, asDocker.callback());
    QTRY_VERIFY(asDocker.result.has_value());
    QVERIFY2(asDocker.result->ok(), qPrintable(asDocker.text()));
    QCOMPARE(asDocker.result->value().kind, EngineKind::Docker);
    QCOMPARE(asDocker.result->value().apiVersion, u"1.41"_s);
    QCOMPARE(docker2.requests().size(), 2);
    QVERIFY(docker2.requests().at(0).startsWith("GET /libpod/_ping HTTP/1.1\r\nHost: docker\r\n"));
    QVERIFY(docker2.requests().at(1).startsWith("GET /_ping HTTP/1.1\r\n"));
}

void tst_EngineFaults::namesArePercentEncoded()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    server.on("/tag", MisbehavingEngineServer::reply(201, QByteArray(), "text/plain"_ba));
    server.on("/images/", MisbehavingEngineServer::reply(404, R"({"message":"No such image"})"_ba));
    EngineClient client(server.endpoint());
    Outcome<ImageDetails> inspect;
    client.inspectImage(u"localhost/test/busybox:1"_s, this, inspect.callback());
    QTRY_VERIFY(inspect.result.has_value());
    QCOMPARE(inspect.code(), ErrorCode::NotFound);
    QVERIFY2(server.requests().at(0).startsWith(
                 "GET /images/localhost%2Ftest%2Fbusybox%3A1/json HTTP/1.1"),
        server.requests().at(0).constData());

    Outcome<void> tag;
    client.tagImage(u"sha256:abc"_s, u"my repo&x=1"_s, u"v1+2"_s, this, tag.callback());
    QTRY_VERIFY(tag.result.has_value());
    QVERIFY2(tag.result->ok(), qPrintable(tag.text()));
    QVERIFY2(server.requests().at(1).startsWith(
                 "POST /images/sha256%3Aabc/tag?repo=my%20repo%26x%3D1&tag=v1%2B2 HTTP/1.1"),
        server.requests().at(1).constData());

    Outcome<void> remove;
    client.removeImage(u"a b"_s, true, this, remove.callback());
    QTRY_VERIFY(remove.result.has_value());
    QVERIFY(server.requests().at(2).startsWith("DELETE /images/a%20b?force=1 HTTP/1.1"));
}

void tst_EngineFaults::tcpTransport()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("/images/json", MisbehavingEngineServer::reply(200, ImageList));
    EngineClient client(server.endpoint());
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result->value().size(), 1);
    const QByteArray host
        = "\r\nHost: 127.0.0.1:"_ba + QByteArray::number(server.endpoint().port()) + "\r\n"_ba;
    QVERIFY(server.requests().first().contains(host));
}

void tst_EngineFaults::tcpRefused()
{
    quint16 port = 0;
    {
        MisbehavingEngineServer gone;
        QVERIFY(gone.listenTcp());
        port = gone.endpoint().port();
    }
    EngineClient client(EngineEndpoint::tcp(u"127.0.0.1"_s, port));
    Outcome<PingInfo> outcome;
    client.ping(this, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::DaemonNotRunning);
}

void tst_EngineFaults::tlsAgainstPlainServer()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    // A plain server answers the TLS hello with bytes that are not TLS, then hangs up.
    server.greet(
        "HTTP/1.1 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n"_ba);
    QTemporaryDir certs;
    EngineClient client(
        EngineEndpoint::tls(u"127.0.0.1"_s, server.endpoint().port(), certs.path(), true));
    client.setRequestTimeout(3000);
    Outcome<PingInfo> outcome;
    client.ping(this, outcome.callback(), 3000);
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.code(), ErrorCode::TlsFailed);
    QVERIFY2(outcome.result->error().message().contains(u"TLS"_s), qPrintable(outcome.text()));
}

void tst_EngineFaults::randomRepliesNeverCrash()
{
    // Whatever an engine sends, each call reports exactly once and nothing crashes.
    MisbehavingEngineServer server;
    QVERIFY(server.listen());
    EngineClient client(server.endpoint());
    client.setRequestTimeout(2000);
    client.setListTimeout(2000);
    QRandomGenerator random(4242);
    const QByteArray valid = MisbehavingEngineServer::chunkedHead(200)
        + MisbehavingEngineServer::chunk(ImageList.left(50)) + MisbehavingEngineServer::chunk(ImageList.mid(50))
        + MisbehavingEngineServer::lastChunk();
    for (int round = 0; round < 60; ++round) {
        QByteArray bytes = valid;
        if (round % 3 == 0) {
            bytes.resize(random.bounded(1, 300));
            for (char &c : bytes)
                c = char(random.bounded(256));
        } else {
            const int flips = random.bounded(1, 4);
            for (int i = 0; i < flips; ++i)
                bytes[random.bounded(bytes.size())] = char(random.bounded(256));
            if (round % 3 == 2)
                bytes.truncate(random.bounded(bytes.size()));
        }
        Script script;
        for (qsizetype offset = 0; offset < bytes.size(); offset += 17)
            script.steps.append(Step { bytes.mid(offset, 17), 0 });
        server.clearRules();
        server.on("", script);
        Outcome<QList<ImageSummary>> outcome;
        client.listImages(this, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 10000);
        QCOMPARE(outcome.calls, 1);
        if (!outcome.result->ok())
            QVERIFY(!outcome.result->error().message().isEmpty());
    }
}

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::tst_EngineFaults)
#include "tst_enginefaults.moc"
