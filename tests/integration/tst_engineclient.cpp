// SPDX-License-Identifier: Apache-2.0
// EngineClient against the real engines the services fixture started: every test runs once
// against Docker and once against Podman's Docker-compatible service.
#include "TestServices.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

constexpr int WaitMs = 60000;

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

bool isDangling(const ImageSummary &image)
{
    return image.repoTags.isEmpty() || image.repoTags == QStringList { u"<none>:<none>"_s };
}

QString uniqueTag()
{
    return u"t%1"_s.arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
}

} // namespace

// Skips (or fails in CI) the row whose engine is missing.
#define REQUIRE_ENGINE(name)                                                                       \
    do {                                                                                           \
        if ((name) == u"docker"_s)                                                                 \
            WHARF_REQUIRE_DOCKER();                                                                \
        else                                                                                       \
            WHARF_REQUIRE_PODMAN();                                                                \
    } while (false)

class tst_EngineClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void ping();
    void version();
    void listImages();
    void listContainers();
    void inspectImage();
    void inspectMissingImage();
    void tagThenRemoveTag();
    void removeImageInUseIsConflict();
    void eventsReceiveTag();
    void cancelEventStream();

private:
    // A client for this row's engine, its API version negotiated as the application does.
    std::unique_ptr<EngineClient> makeClient();
    Result<QList<ImageSummary>> images(EngineClient &client);
};

void tst_EngineClient::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("kind");
    QTest::newRow("docker") << u"docker"_s << int(EngineKind::Docker);
    QTest::newRow("podman") << u"podman"_s << int(EngineKind::Podman);
}

std::unique_ptr<EngineClient> tst_EngineClient::makeClient()
{
    QFETCH_GLOBAL(QString, engine);
    const EngineEndpoint endpoint
        = engine == u"docker"_s ? TestServices::dockerEndpoint() : TestServices::podmanEndpoint();
    auto client = std::make_unique<EngineClient>(endpoint);
    Outcome<PingInfo> ping;
    client->ping(this, ping.callback(), 10000);
    if (!QTest::qWaitFor([&] { return ping.result.has_value(); }, WaitMs) || !ping.result->ok())
        return client; // the test's own call reports the problem
    client->setApiVersion(ping.result->value().apiVersion);
    return client;
}

Result<QList<ImageSummary>> tst_EngineClient::images(EngineClient &client)
{
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    if (!QTest::qWaitFor([&] { return outcome.result.has_value(); }, WaitMs))
        return Error(ErrorCode::Timeout, u"listImages did not report"_s);
    return *outcome.result;
}

void tst_EngineClient::ping()
{
    QFETCH_GLOBAL(QString, engine);
    QFETCH_GLOBAL(int, kind);
    REQUIRE_ENGINE(engine);
    EngineClient client(
        engine == u"docker"_s ? TestServices::dockerEndpoint() : TestServices::podmanEndpoint());
    Outcome<PingInfo> outcome;
    QPointer<EngineCall> call = client.ping(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), WaitMs);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.text()));
    const PingInfo &info = outcome.result->value();
    QCOMPARE(int(info.kind), kind);
    QVERIFY(
        EngineVersion::compareApiVersions(info.apiVersion, EngineClient::minimumApiVersion()) >= 0);
    if (info.kind == EngineKind::Podman)
        QVERIFY(!info.libpodApiVersion.isEmpty());
    QVERIFY(info.roundTripMs >= 0);
    QTRY_VERIFY(call.isNull());
    QCOMPARE(outcome.calls, 1);
}

void tst_EngineClient::version()
{
    QFETCH_GLOBAL(QString, engine);
    QFETCH_GLOBAL(int, kind);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    Outcome<EngineVersion> outcome;
    client->version(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), WaitMs);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.text()));
    const EngineVersion &version = outcome.result->value();
    QVERIFY(!version.version.isEmpty());
    QVERIFY(EngineVersion::compareApiVersions(version.apiVersion, u"1.40"_s) >= 0);
    QCOMPARE(version.podmanComponent, EngineKind(kind) == EngineKind::Podman);
}

void tst_EngineClient::listImages()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const auto list = images(*client);
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().toString()));

    QHash<QString, QString> idByTag;
    int dangling = 0;
    for (const ImageSummary &image : *list) {
        QVERIFY(image.id.startsWith(u"sha256:"_s) || image.id.size() == 64);
        QVERIFY(image.created.isValid());
        QVERIFY(image.size > 0);
        if (isDangling(image))
            ++dangling;
        for (const QString &tag : image.repoTags)
            idByTag.insert(tag, image.id);
    }
    for (const QString &seeded : TestServices::seededImages())
        QVERIFY2(idByTag.contains(seeded), qPrintable(seeded + u" is not listed"_s));
    QVERIFY(idByTag.contains(u"localhost/test/busybox:1"_s));
    QCOMPARE(
        idByTag.value(u"localhost/test/busybox:1"_s), idByTag.value(u"localhost/test/busybox:2"_s));
    QVERIFY(idByTag.value(u"localhost/test/other:latest"_s)
        != idByTag.value(u"localhost/test/busybox:1"_s));
    QVERIFY2(dangling >= 1, "the seeded dangling image is not listed");
}

void tst_EngineClient::listContainers()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    Outcome<QList<ContainerSummary>> outcome;
    client->listContainers(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), WaitMs);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.text()));
    for (const ContainerSummary &container : outcome.result->value())
        QVERIFY(!container.id.isEmpty());
}

void tst_EngineClient::inspectImage()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const auto list = images(*client);
    QVERIFY(list.ok());
    QString listedId;
    for (const ImageSummary &image : *list) {
        if (image.repoTags.contains(u"localhost/test/busybox:1"_s))
            listedId = image.id;
    }
    QVERIFY(!listedId.isEmpty());

    Outcome<ImageDetails> outcome;
    client->inspectImage(u"localhost/test/busybox:1"_s, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), WaitMs);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.text()));
    const ImageDetails &details = outcome.result->value();
    QVERIFY2(
        details.id == listedId || listedId.endsWith(details.id) || details.id.endsWith(listedId),
        qPrintable(details.id + u" vs "_s + listedId));
    QVERIFY(details.repoTags.contains(u"localhost/test/busybox:1"_s));
    QVERIFY(details.repoTags.contains(u"localhost/test/busybox:2"_s));
    QVERIFY(!details.os.isEmpty());
    QVERIFY(!details.layers.isEmpty());
    QVERIFY(!details.raw.isEmpty());

    // By id, too.
    Outcome<ImageDetails> byId;
    client->inspectImage(listedId, this, byId.callback());
    QTRY_VERIFY_WITH_TIMEOUT(byId.result.has_value(), WaitMs);
    QVERIFY2(byId.result->ok(), qPrintable(byId.text()));
    QCOMPARE(byId.result->value().repoTags, details.repoTags);
}

void tst_EngineClient::inspectMissingImage()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    Outcome<ImageDetails> outcome;
    client->inspectImage(u"localhost/test/does-not-exist:never"_s, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), WaitMs);
    QVERIFY(!outcome.result->ok());
    QCOMPARE(outcome.result->error().code(), ErrorCode::NotFound);
    QVERIFY2(outcome.result->error().message().contains(u"does-not-exist"_s),
        qPrintable(outcome.text()));
}

void tst_EngineClient::tagThenRemoveTag()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    const QString repository = u"localhost/test/wharf-tagtest"_s;
    const QString tag = uniqueTag();
    const QString reference = repository + u':' + tag;

    Outcome<void> tagged;
    client->tagImage(u"localhost/test/busybox:1"_s, repository, tag, this, tagged.callback());
    QTRY_VERIFY_WITH_TIMEOUT(tagged.result.has_value(), WaitMs);
    QVERIFY2(tagged.result->ok(), qPrintable(tagged.text()));

    auto hasTag = [&](const QString &name) {
        const auto list = images(*client);
        if (!list.ok())
            return false;
        for (const ImageSummary &image : *list) {
            if (image.repoTags.contains(name))
                return true;
        }
        return false;
    };
    QVERIFY(hasTag(reference));

    Outcome<void> removed;
    client->removeImage(reference, false, this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), WaitMs);
    QVERIFY2(removed.result->ok(), qPrintable(removed.text()));
    QVERIFY(!hasTag(reference));
    QVERIFY(hasTag(u"localhost/test/busybox:1"_s)); // only the tag went away

    Outcome<void> again;
    client->removeImage(reference, false, this, again.callback());
    QTRY_VERIFY_WITH_TIMEOUT(again.result.has_value(), WaitMs);
    QVERIFY(!again.result->ok());
    QCOMPARE(again.result->error().code(), ErrorCode::NotFound);
}

void tst_EngineClient::removeImageInUseIsConflict()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();

    Outcome<ImageDetails> inspected;
    client->inspectImage(u"localhost/test/other:latest"_s, this, inspected.callback());
    QTRY_VERIFY_WITH_TIMEOUT(inspected.result.has_value(), WaitMs);
    QVERIFY2(inspected.result->ok(), qPrintable(inspected.text()));
    const QString imageId = inspected.result->value().id;

    // A stopped container is enough to keep an image in use.
    HttpRequest create;
    create.method = "POST"_ba;
    create.target = "/containers/create?name=wharf-inuse-"_ba + uniqueTag().toLatin1();
    create.headers.append({ "Content-Type"_ba, "application/json"_ba });
    create.body
        = QJsonDocument(QJsonObject {
                            { u"Image"_s, u"localhost/test/other:latest"_s },
                            { u"Cmd"_s, QJsonArray { u"true"_s } },
                            { u"HostConfig"_s, QJsonObject { { u"NetworkMode"_s, u"none"_s } } },
                        })
              .toJson(QJsonDocument::Compact);
    Outcome<HttpResponse> created;
    client->send(create, this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.result.has_value(), WaitMs);
    QVERIFY2(created.result->ok(), qPrintable(created.text()));
    QVERIFY2(created.result->value().status == 201, created.result->value().body.constData());
    const QString containerId
        = QJsonDocument::fromJson(created.result->value().body).object().value(u"Id"_s).toString();
    QVERIFY(!containerId.isEmpty());

    Outcome<void> removed;
    client->removeImage(imageId, false, this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), WaitMs);

    // Clean up before judging, so a failure leaves no container behind.
    HttpRequest destroy;
    destroy.method = "DELETE"_ba;
    destroy.target = "/containers/"_ba + containerId.toLatin1() + "?force=1"_ba;
    Outcome<HttpResponse> destroyed;
    client->send(destroy, this, destroyed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(destroyed.result.has_value(), WaitMs);
    QVERIFY2(destroyed.result->ok() && destroyed.result->value().status < 300,
        qPrintable(destroyed.text()));

    QVERIFY(!removed.result->ok());
    QCOMPARE(removed.result->error().code(), ErrorCode::Conflict);
    QVERIFY2(removed.result->error().message().contains(imageId), qPrintable(removed.text()));

    // The image is still there.
    Outcome<ImageDetails> still;
    client->inspectImage(u"localhost/test/other:latest"_s, this, still.callback());
    QTRY_VERIFY_WITH_TIMEOUT(still.result.has_value(), WaitMs);
    QVERIFY(still.result->ok());
}

void tst_EngineClient::eventsReceiveTag()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    // A second client for the stream: the one that tags must not be the one that listens.
    EngineClient listener(client->endpoint());
    listener.setApiVersion(client->apiVersion());

    QList<EngineEvent> events;
    bool opened = false;
    Outcome<void> ended;
    QPointer<EngineCall> stream = listener.streamEvents(
        this, [&opened] { opened = true; },
        [&events](const EngineEvent &event) { events.append(event); }, ended.callback());
    QTRY_VERIFY_WITH_TIMEOUT(opened, WaitMs);
    QTest::qWait(300); // let the engine register the subscription

    const QString repository = u"localhost/test/wharf-eventtest"_s;
    const QString tag = uniqueTag();
    const QString reference = repository + u':' + tag;
    Outcome<void> tagged;
    client->tagImage(u"localhost/test/busybox:1"_s, repository, tag, this, tagged.callback());
    QTRY_VERIFY_WITH_TIMEOUT(tagged.result.has_value(), WaitMs);
    QVERIFY2(tagged.result->ok(), qPrintable(tagged.text()));

    auto sawTag = [&] {
        for (const EngineEvent &event : std::as_const(events)) {
            if (event.type == u"image"_s && event.action == EngineEvent::Action::Tag
                && event.attributes.value(u"name"_s) == reference)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawTag(), WaitMs);
    QVERIFY2(!ended.result.has_value(), qPrintable(ended.text()));

    Outcome<void> removed;
    client->removeImage(reference, false, this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), WaitMs);
    QVERIFY2(removed.result->ok(), qPrintable(removed.text()));
    auto sawUntag = [&] {
        for (const EngineEvent &event : std::as_const(events)) {
            if (event.action == EngineEvent::Action::Untag)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawUntag(), WaitMs);

    stream->cancel();
    QCOMPARE(ended.result->error().code(), ErrorCode::Cancelled);
}

void tst_EngineClient::cancelEventStream()
{
    QFETCH_GLOBAL(QString, engine);
    REQUIRE_ENGINE(engine);
    auto client = makeClient();
    bool opened = false;
    Outcome<void> ended;
    QPointer<EngineCall> stream = client->streamEvents(
        this, [&opened] { opened = true; }, [](const EngineEvent &) {}, ended.callback());
    QTRY_VERIFY_WITH_TIMEOUT(opened, WaitMs);
    QTest::qWait(200);
    QVERIFY(!ended.result.has_value()); // an open stream stays open while nothing happens
    stream->cancel();
    QVERIFY(ended.result.has_value());
    QCOMPARE(ended.result->error().code(), ErrorCode::Cancelled);
    QTRY_VERIFY(stream.isNull());
    QCOMPARE(ended.calls, 1);

    // The engine is unharmed and answers the next call.
    Outcome<PingInfo> ping;
    client->ping(this, ping.callback());
    QTRY_VERIFY_WITH_TIMEOUT(ping.result.has_value(), WaitMs);
    QVERIFY2(ping.result->ok(), qPrintable(ping.text()));
}

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::tst_EngineClient)
#include "tst_engineclient.moc"
