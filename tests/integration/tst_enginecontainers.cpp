// SPDX-License-Identifier: Apache-2.0
// EngineClient's container calls against the real engines, Docker and Podman's compat
// service: inspect, start, stop, remove, and the log stream (multiplexed and TTY, followed,
// cancelled, ending with the container), and ContainerOutputFollower, which follows the output
// of a container that a terminal is about to create (the FUSE strategy's readiness lines).
#include "TestServices.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"
#include "launch/ContainerOutputFollower.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

constexpr int WaitMs = 20000;
using Chunk = ContainerLogDecoder::Chunk;
using Stream = ContainerLogDecoder::Stream;

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
    QString text() const
    {
        return result && !result->ok() ? result->error().toString() : QString();
    }
};

// What a log stream delivered, per stream.
struct Collected
{
    QByteArray out;
    QByteArray err;
    QByteArray system;
    int deliveries = 0;
    std::function<void(const EngineClient::LogChunks &)> sink()
    {
        return [this](const EngineClient::LogChunks &chunks) {
            ++deliveries;
            for (const Chunk &chunk : chunks) {
                switch (chunk.stream) {
                case Stream::Stdout: out += chunk.data; break;
                case Stream::Stderr: err += chunk.data; break;
                case Stream::System: system += chunk.data; break;
                }
            }
        };
    }
};

QString uniqueName(const QString &prefix)
{
    return prefix + u"-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
}

} // namespace

#define REQUIRE_ENGINE(name)                                                                       \
    do {                                                                                           \
        if ((name) == u"docker"_s)                                                                 \
            WHARF_REQUIRE_DOCKER();                                                                \
        else                                                                                       \
            WHARF_REQUIRE_PODMAN();                                                                \
    } while (false)

class tst_EngineContainers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void inspectAndStop();
    void removeRunningIsConflict();
    void missingContainer();
    void followMultiplexedLog();
    void followTtyLog();
    void logEndsWithTheContainer();
    void cancelQuietLog();
    void followerWaitsForTheContainer();
    void followerGivesUp();

private:
    std::unique_ptr<EngineClient> makeClient();
    // Creates and starts a busybox container running `script` with sh -c; empty on failure.
    // `name`: empty for a unique one.
    QString runContainer(EngineClient &client, const QString &script, bool tty = false,
                         const QString &name = {});
    void forceRemove(EngineClient &client, const QString &id);
};

void tst_EngineContainers::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("docker") << u"docker"_s;
    QTest::newRow("podman") << u"podman"_s;
}

std::unique_ptr<EngineClient> tst_EngineContainers::makeClient()
{
    QFETCH_GLOBAL(QString, engine);
    auto client = std::make_unique<EngineClient>(
        engine == u"docker"_s ? TestServices::dockerEndpoint() : TestServices::podmanEndpoint());
    Outcome<PingInfo> ping;
    client->ping(this, ping.callback(), 10000);
    if (QTest::qWaitFor([&] { return ping.result.has_value(); }, WaitMs) && ping.result->ok())
        client->setApiVersion(ping.result->value().apiVersion);
    return client;
}

QString tst_EngineContainers::runContainer(EngineClient &client, const QString &script, bool tty,
                                          const QString &name)
{
    HttpRequest create;
    create.method = "POST"_ba;
    create.target = "/containers/create?name="_ba + (name.isEmpty() ? uniqueName(u"wharf-cx"_s) : name).toLatin1();
    create.headers.append({ "Content-Type"_ba, "application/json"_ba });
    create.body
        = QJsonDocument(QJsonObject {
                            { u"Image"_s, u"localhost/test/busybox:1"_s },
                            { u"Cmd"_s, QJsonArray { u"sh"_s, u"-c"_s, script } },
                            { u"Tty"_s, tty },
                            { u"HostConfig"_s, QJsonObject { { u"NetworkMode"_s, u"none"_s } } },
                        })
              .toJson(QJsonDocument::Compact);
    Outcome<HttpResponse> created;
    client.send(create, this, created.callback());
    if (!QTest::qWaitFor([&] { return created.result.has_value(); }, WaitMs)
        || !created.result->ok() || created.result->value().status != 201) {
        qWarning() << "create failed:" << created.text()
                   << (created.result && created.result->ok() ? created.result->value().body
                                                              : QByteArray());
        return {};
    }
    const QString id
        = QJsonDocument::fromJson(created.result->value().body).object().value(u"Id"_s).toString();
    HttpRequest start;
    start.method = "POST"_ba;
    start.target = "/containers/"_ba + id.toLatin1() + "/start"_ba;
    Outcome<HttpResponse> started;
    client.send(start, this, started.callback());
    if (!QTest::qWaitFor([&] { return started.result.has_value(); }, WaitMs)
        || !started.result->ok() || started.result->value().status >= 300) {
        qWarning() << "start failed:" << started.text();
        forceRemove(client, id);
        return {};
    }
    return id;
}

void tst_EngineContainers::forceRemove(EngineClient &client, const QString &id)
{
    if (id.isEmpty())
        return;
    Outcome<void> removed;
    client.removeContainer(id, true, this, removed.callback());
    if (!QTest::qWaitFor([&] { return removed.result.has_value(); }, WaitMs))
        qWarning() << "could not remove" << id;
}

void tst_EngineContainers::inspectAndStop()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString id = runContainer(*client, u"sleep 300"_s);
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] { forceRemove(*client, id); });

    Outcome<ContainerDetails> inspected;
    client->inspectContainer(id, this, inspected.callback());
    QTRY_VERIFY_WITH_TIMEOUT(inspected.result.has_value(), WaitMs);
    QVERIFY2(inspected.result->ok(), qPrintable(inspected.text()));
    const ContainerDetails &details = inspected.result->value();
    QCOMPARE(details.id, id);
    QVERIFY(details.name.startsWith(u"wharf-cx-"_s));
    QVERIFY(details.running);
    QCOMPARE(details.state, u"running"_s);
    QVERIFY(details.startedAt.isValid());
    QVERIFY(qAbs(details.startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(!details.finishedAt.isValid() || details.finishedAt < details.startedAt);
    QVERIFY(!details.tty);
    QCOMPARE(details.image, u"localhost/test/busybox:1"_s);
    QCOMPARE(details.command, (QStringList { u"sh"_s, u"-c"_s, u"sleep 300"_s }));

    // sleep ignores SIGTERM as PID 1: the engine kills it after the grace period.
    Outcome<void> stopped;
    client->stopContainer(id, 1, this, stopped.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stopped.result.has_value(), WaitMs);
    QVERIFY2(stopped.result->ok(), qPrintable(stopped.text()));

    Outcome<ContainerDetails> after;
    client->inspectContainer(id, this, after.callback());
    QTRY_VERIFY_WITH_TIMEOUT(after.result.has_value(), WaitMs);
    QVERIFY(after.result->ok());
    QVERIFY(!after.result->value().running);
    QCOMPARE(after.result->value().state, u"exited"_s);
    QVERIFY(after.result->value().finishedAt.isValid());

    // Stopping a stopped container is no failure (the engine says 304).
    Outcome<void> again;
    client->stopContainer(id, 1, this, again.callback());
    QTRY_VERIFY_WITH_TIMEOUT(again.result.has_value(), WaitMs);
    QVERIFY2(again.result->ok(), qPrintable(again.text()));

    // Start runs it again with its own command; starting it once more is no failure (304).
    Outcome<void> restarted;
    client->startContainer(id, this, restarted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(restarted.result.has_value(), WaitMs);
    QVERIFY2(restarted.result->ok(), qPrintable(restarted.text()));
    Outcome<ContainerDetails> running;
    client->inspectContainer(id, this, running.callback());
    QTRY_VERIFY_WITH_TIMEOUT(running.result.has_value(), WaitMs);
    QVERIFY(running.result->ok() && running.result->value().running);
    Outcome<void> startedAgain;
    client->startContainer(id, this, startedAgain.callback());
    QTRY_VERIFY_WITH_TIMEOUT(startedAgain.result.has_value(), WaitMs);
    QVERIFY2(startedAgain.result->ok(), qPrintable(startedAgain.text()));
    Outcome<void> stoppedAgain;
    client->stopContainer(id, 1, this, stoppedAgain.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stoppedAgain.result.has_value(), WaitMs);
    QVERIFY2(stoppedAgain.result->ok(), qPrintable(stoppedAgain.text()));

    Outcome<void> removed;
    client->removeContainer(id, false, this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), WaitMs);
    QVERIFY2(removed.result->ok(), qPrintable(removed.text()));
}

void tst_EngineContainers::removeRunningIsConflict()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString id = runContainer(*client, u"sleep 300"_s);
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] { forceRemove(*client, id); });

    Outcome<void> removed;
    client->removeContainer(id, false, this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), WaitMs);
    QVERIFY(!removed.result->ok());
    QCOMPARE(removed.result->error().code(), ErrorCode::Conflict);
    QVERIFY2(
        removed.result->error().message().contains(u"Stop it first"_s), qPrintable(removed.text()));

    Outcome<void> forced;
    client->removeContainer(id, true, this, forced.callback());
    QTRY_VERIFY_WITH_TIMEOUT(forced.result.has_value(), WaitMs);
    QVERIFY2(forced.result->ok(), qPrintable(forced.text()));
}

void tst_EngineContainers::missingContainer()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString missing = uniqueName(u"wharf-missing"_s);
    Outcome<void> stopped;
    client->stopContainer(missing, 1, this, stopped.callback());
    Outcome<void> removed;
    client->removeContainer(missing, false, this, removed.callback());
    Outcome<ContainerDetails> inspected;
    client->inspectContainer(missing, this, inspected.callback());
    Collected log;
    Outcome<void> logEnded;
    client->streamContainerLogs(missing, 10, true, ContainerLogDecoder::Framing::Auto, this,
        log.sink(), logEnded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(
        stopped.result && removed.result && inspected.result && logEnded.result, WaitMs);
    QCOMPARE(stopped.result->error().code(), ErrorCode::NotFound);
    QCOMPARE(removed.result->error().code(), ErrorCode::NotFound);
    QCOMPARE(inspected.result->error().code(), ErrorCode::NotFound);
    QCOMPARE(logEnded.result->error().code(), ErrorCode::NotFound);
    QVERIFY(logEnded.result->error().message().contains(missing));
}

void tst_EngineContainers::followMultiplexedLog()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString id = runContainer(*client,
        u"i=0; while true; do echo out $i; echo err $i >&2; i=$((i+1)); sleep 0.2; done"_s);
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] { forceRemove(*client, id); });

    Collected log;
    Outcome<void> ended;
    QPointer<EngineCall> call = client->streamContainerLogs(
        id, 0, true, ContainerLogDecoder::Framing::Auto, this, log.sink(), ended.callback());
    // Lines written after the stream opened arrive as they are written, stdout and stderr apart.
    QTRY_VERIFY_WITH_TIMEOUT(log.out.count('\n') >= 5 && log.err.count('\n') >= 5, WaitMs);
    QVERIFY2(log.deliveries >= 3, "the log came in one piece: it was not followed");
    QVERIFY(!log.out.contains("err"));
    QVERIFY(!log.err.contains("out"));
    QVERIFY(log.system.isEmpty());
    QVERIFY(!ended.result.has_value());

    call->cancel();
    QVERIFY(ended.result.has_value());
    QCOMPARE(ended.result->error().code(), ErrorCode::Cancelled);
    QTRY_VERIFY(call.isNull());
    QCOMPARE(ended.calls, 1);

    // The tail: the last lines of what was written, then (not following) the end.
    Collected tail;
    Outcome<void> tailEnded;
    client->streamContainerLogs(id, 4, false, ContainerLogDecoder::Framing::Multiplexed, this,
        tail.sink(), tailEnded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(tailEnded.result.has_value(), WaitMs);
    QVERIFY2(tailEnded.result->ok(), qPrintable(tailEnded.text()));
    QCOMPARE(tail.out.count('\n') + tail.err.count('\n'), 4);
}

void tst_EngineContainers::followTtyLog()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString id = runContainer(
        *client, u"i=0; while true; do echo tty $i; i=$((i+1)); sleep 0.2; done"_s, true);
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] { forceRemove(*client, id); });

    Collected log;
    Outcome<void> ended;
    QPointer<EngineCall> call = client->streamContainerLogs(
        id, 100, true, ContainerLogDecoder::Framing::Auto, this, log.sink(), ended.callback());
    QTRY_VERIFY_WITH_TIMEOUT(log.out.count('\n') >= 5, WaitMs);
    // Raw bytes: the terminal's CR LF, no frame headers, nothing on stderr.
    QVERIFY2(log.out.startsWith("tty "), log.out.left(40).constData());
    QVERIFY(log.out.contains("\r\n"));
    QVERIFY(!log.out.contains('\0'));
    QVERIFY(log.err.isEmpty());
    call->cancel();
    QCOMPARE(ended.result->error().code(), ErrorCode::Cancelled);
}

void tst_EngineContainers::logEndsWithTheContainer()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString id = runContainer(*client, u"for i in 1 2 3; do echo bye $i; sleep 0.3; done"_s);
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] { forceRemove(*client, id); });

    Collected log;
    Outcome<void> ended;
    client->streamContainerLogs(
        id, -1, true, ContainerLogDecoder::Framing::Auto, this, log.sink(), ended.callback());
    QTRY_VERIFY_WITH_TIMEOUT(ended.result.has_value(), WaitMs);
    QVERIFY2(ended.result->ok(), qPrintable(ended.text()));
    QCOMPARE(log.out, "bye 1\nbye 2\nbye 3\n"_ba);
}

void tst_EngineContainers::cancelQuietLog()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString id = runContainer(*client, u"sleep 300"_s);
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] { forceRemove(*client, id); });

    // Podman sends not even the headers until the container writes: no timeout may fire.
    client->setRequestTimeout(1000);
    Collected log;
    Outcome<void> ended;
    QPointer<EngineCall> call = client->streamContainerLogs(
        id, 10, true, ContainerLogDecoder::Framing::Auto, this, log.sink(), ended.callback());
    QTest::qWait(2500);
    QVERIFY2(!ended.result.has_value(), qPrintable(ended.text()));
    call->cancel();
    QCOMPARE(ended.result->error().code(), ErrorCode::Cancelled);
    QVERIFY(log.out.isEmpty() && log.err.isEmpty());
    client->setRequestTimeout(30000);
}

// What the FUSE strategy relies on: the follower is started before the container exists (the
// terminal's `run` creates it a moment later), finds it, delivers its output, and ends with it.
void tst_EngineContainers::followerWaitsForTheContainer()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString name = uniqueName(u"wharf-follow"_s);
    ContainerOutputFollower follower;
    QByteArray output;
    connect(&follower, &ContainerOutputFollower::output, this, [&output](const QByteArray &chunk) { output += chunk; });
    QSignalSpy ended(&follower, &ContainerOutputFollower::ended);
    follower.follow(client.get(), name, WaitMs);
    QTest::qWait(1200); // a few "no such container" answers first
    QVERIFY(ended.isEmpty());
    const QString id = runContainer(*client, u"sleep 1; echo '::: Mounting CVMFS... [done]'; sleep 1"_s, true, name);
    QVERIFY(!id.isEmpty());
    auto cleanup = qScopeGuard([&] { forceRemove(*client, id); });
    QVERIFY(ended.wait(WaitMs));
    QVERIFY2(output.contains("::: Mounting CVMFS... [done]"), output.constData());
    QCOMPARE(ended.size(), 1);
}

// A container that never comes: the follower ends after its wait, with no output.
void tst_EngineContainers::followerGivesUp()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    ContainerOutputFollower follower;
    QSignalSpy output(&follower, &ContainerOutputFollower::output);
    QSignalSpy ended(&follower, &ContainerOutputFollower::ended);
    QElapsedTimer timer;
    timer.start();
    follower.follow(client.get(), uniqueName(u"wharf-never"_s), 1500);
    QVERIFY(ended.wait(WaitMs));
    QVERIFY(timer.elapsed() >= 1400);
    QVERIFY(output.isEmpty());
    // stop() after the end, and a second follow() then stop(), emit nothing more.
    follower.stop();
    follower.follow(client.get(), uniqueName(u"wharf-never"_s), 1500);
    follower.stop();
    QTest::qWait(700);
    QCOMPARE(ended.size(), 1);
}

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::tst_EngineContainers)
#include "tst_enginecontainers.moc"
