// SPDX-License-Identifier: Apache-2.0
#include "engine/EngineEvent.h"

#include "EngineFixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

using Action = EngineEvent::Action;

QDateTime fromNanos(qint64 nanoseconds)
{
    return QDateTime::fromMSecsSinceEpoch(nanoseconds / 1000000, Qt::UTC);
}

} // namespace

class TestEngineEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every line captured from the real engines parses.
    void fixturesParse_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("count");
        QTest::newRow("docker") << u"docker"_s << 61;
        QTest::newRow("podman") << u"podman"_s << 35;
    }

    void fixturesParse()
    {
        QFETCH(QString, engine);
        QFETCH(int, count);
        const QByteArrayList lines = readEngineFixtureLines(engine, u"events.jsonl"_s);
        QCOMPARE(lines.size(), count);
        for (const QByteArray &line : lines) {
            const auto event = EngineEvent::fromJson(line);
            QVERIFY2(event.ok(), line.constData());
            QVERIFY(!event->type.isEmpty());
            QVERIFY(!event->actionText.isEmpty());
            QVERIFY(event->time.isValid());
        }
    }

    void fixtureEvents_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("type");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("actionText");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDateTime>("time");

        const QString dockerBusybox = u"sha256:7b4cf3d58770e68cc8b546f6e44316ba000a3383c598d48fc1940e28d1259f75"_s;
        QTest::newRow("docker tag") << u"docker"_s << 0 << u"image"_s << Action::Tag << u"tag"_s << dockerBusybox
                                    << u"localhost/test/busybox:1"_s << fromNanos(1795812187294212342);
        QTest::newRow("docker import") << u"docker"_s << 1 << u"image"_s << Action::Import << u"import"_s
                                       << dockerBusybox << dockerBusybox << fromNanos(1795812187294561455);
        QTest::newRow("docker create") << u"docker"_s << 2 << u"container"_s << Action::Create << u"create"_s
                                       << u"0bc5c84bf5224550160bd47a6db02566fbedef64ef2a2cdfd51753db8ff61c95"_s
                                       << u"c1"_s << fromNanos(1795812196043701092);
        QTest::newRow("docker network") << u"docker"_s << 4 << u"network"_s << Action::Other << u"connect"_s
                                        << u"0bea285bf5d94700e7bdb1ba8729a751abe8550dafb7cdb0c56ad68845eb5d77"_s
                                        << u"none"_s << fromNanos(1795812196059913935);
        QTest::newRow("docker start") << u"docker"_s << 5 << u"container"_s << Action::Start << u"start"_s
                                      << u"0bc5c84bf5224550160bd47a6db02566fbedef64ef2a2cdfd51753db8ff61c95"_s
                                      << u"c1"_s << fromNanos(1795812196385453663);
        QTest::newRow("docker die") << u"docker"_s << 6 << u"container"_s << Action::Die << u"die"_s
                                    << u"0bc5c84bf5224550160bd47a6db02566fbedef64ef2a2cdfd51753db8ff61c95"_s
                                    << u"c1"_s << fromNanos(1795812196438701726);
        QTest::newRow("docker commit") << u"docker"_s << 9 << u"container"_s << Action::Other << u"commit"_s
                                       << u"0bc5c84bf5224550160bd47a6db02566fbedef64ef2a2cdfd51753db8ff61c95"_s
                                       << u"c1"_s << fromNanos(1795812196644407441);
        QTest::newRow("docker destroy") << u"docker"_s << 10 << u"container"_s << Action::Destroy << u"destroy"_s
                                        << u"0bc5c84bf5224550160bd47a6db02566fbedef64ef2a2cdfd51753db8ff61c95"_s
                                        << u"c1"_s << fromNanos(1795812196703793372);
        QTest::newRow("docker push") << u"docker"_s << 21 << u"image"_s << Action::Other << u"push"_s
                                     << u"127.0.0.1:5557/test/layered:3"_s << u"127.0.0.1:5557/test/layered"_s
                                     << fromNanos(1795812198854276228);
        QTest::newRow("docker untag") << u"docker"_s << 22 << u"image"_s << Action::Untag << u"untag"_s
                                      << u"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f"_s
                                      << u"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f"_s
                                      << fromNanos(1795812202523161627);
        QTest::newRow("docker delete") << u"docker"_s << 24 << u"image"_s << Action::Delete << u"delete"_s
                                       << u"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f"_s
                                       << u"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f"_s
                                       << fromNanos(1795812202557949498);
        QTest::newRow("docker pull") << u"docker"_s << 27 << u"image"_s << Action::Pull << u"pull"_s
                                     << u"127.0.0.1:5557/test/layered:3"_s << u"127.0.0.1:5557/test/layered"_s
                                     << fromNanos(1795812203156340731);
        QTest::newRow("docker exec_start") << u"docker"_s << 46 << u"container"_s << Action::Other
                                           << u"exec_start: sh -c true"_s
                                           << u"29b340eadb835bb43201d803dc32c0e5f0099b597bff8cfc22e7a71fed20e981"_s
                                           << u"runner"_s << fromNanos(1795812226167699701);
        QTest::newRow("docker load") << u"docker"_s << 60 << u"image"_s << Action::Load << u"load"_s
                                     << u"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f"_s
                                     << u"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f"_s
                                     << fromNanos(1795812254972653834);

        const QString podmanBusybox = u"5f321ed8f3241beef84989b41dcbe1785a672a1a6abf5fc7438e65e9fc1ecd75"_s;
        QTest::newRow("podman tag") << u"podman"_s << 0 << u"image"_s << Action::Tag << u"tag"_s << podmanBusybox
                                    << u"localhost/test/busybox"_s << fromNanos(1795812187530082030);
        QTest::newRow("podman pull without ID") << u"podman"_s << 1 << u"image"_s << Action::Pull << u"pull"_s
                                                << u"127.0.0.1:5557/test/layered:3"_s
                                                << u"127.0.0.1:5557/test/layered:3"_s
                                                << fromNanos(1795812207260793404);
        QTest::newRow("podman untag") << u"podman"_s << 11 << u"image"_s << Action::Untag << u"untag"_s
                                      << podmanBusybox << u"localhost/test/busybox:extra"_s
                                      << fromNanos(1795812238987696002);
        QTest::newRow("podman delete") << u"podman"_s << 12 << u"image"_s << Action::Delete << u"delete"_s
                                       << podmanBusybox << u"localhost/test/busybox:extra"_s
                                       << fromNanos(1795812238987674996);
        QTest::newRow("podman init") << u"podman"_s << 14 << u"container"_s << Action::Other << u"init"_s
                                     << u"4260efe3958858ae61ce2f7cb2f53e4bdceabb32ff82b59905bab31fbce0b2af"_s
                                     << u"run1"_s << fromNanos(1795812239165361197);
        QTest::newRow("podman die") << u"podman"_s << 17 << u"container"_s << Action::Die << u"die"_s
                                    << u"4260efe3958858ae61ce2f7cb2f53e4bdceabb32ff82b59905bab31fbce0b2af"_s
                                    << u"run1"_s << fromNanos(1795812239239448025);
        QTest::newRow("podman container remove") << u"podman"_s << 27 << u"container"_s << Action::Destroy
                                                 << u"remove"_s
                                                 << u"4260efe3958858ae61ce2f7cb2f53e4bdceabb32ff82b59905bab31fbce0b2af"_s
                                                 << u"run1"_s << fromNanos(1795812253746345133);
        QTest::newRow("podman loadfromarchive") << u"podman"_s << 34 << u"image"_s << Action::Load
                                                << u"loadfromarchive"_s << QString()
                                                << u"/var/tmp/api_load.tar727377594"_s
                                                << fromNanos(1795812254187501518);
    }

    void fixtureEvents()
    {
        QFETCH(QString, engine);
        QFETCH(int, line);
        const QByteArrayList lines = readEngineFixtureLines(engine, u"events.jsonl"_s);
        QVERIFY(line < lines.size());
        const auto event = EngineEvent::fromJson(lines.at(line));
        QVERIFY(event.ok());
        QTEST(event->type, "type");
        QTEST(event->action, "action");
        QTEST(event->actionText, "actionText");
        QTEST(event->id, "id");
        QTEST(event->attributes.value(u"name"_s), "name");
        QTEST(event->time, "time");
    }

    void actionMapping_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Action>("action");

        QTest::newRow("pull") << u"image"_s << u"pull"_s << Action::Pull;
        QTest::newRow("tag") << u"image"_s << u"tag"_s << Action::Tag;
        QTest::newRow("untag") << u"image"_s << u"untag"_s << Action::Untag;
        QTest::newRow("delete") << u"image"_s << u"delete"_s << Action::Delete;
        QTest::newRow("image remove (Podman)") << u"image"_s << u"remove"_s << Action::Delete;
        QTest::newRow("container remove (Podman)") << u"container"_s << u"remove"_s << Action::Destroy;
        QTest::newRow("import") << u"image"_s << u"import"_s << Action::Import;
        QTest::newRow("load") << u"image"_s << u"load"_s << Action::Load;
        QTest::newRow("loadfromarchive") << u"image"_s << u"loadfromarchive"_s << Action::Load;
        QTest::newRow("create") << u"container"_s << u"create"_s << Action::Create;
        QTest::newRow("destroy") << u"container"_s << u"destroy"_s << Action::Destroy;
        QTest::newRow("start") << u"container"_s << u"start"_s << Action::Start;
        QTest::newRow("die") << u"container"_s << u"die"_s << Action::Die;
        QTest::newRow("exec_start: sh") << u"container"_s << u"exec_start: sh"_s << Action::Other;
        QTest::newRow("health_status: healthy") << u"container"_s << u"health_status: healthy"_s << Action::Other;
        QTest::newRow("prefix before colon") << u"container"_s << u"start: extra"_s << Action::Start;
        QTest::newRow("case matters") << u"image"_s << u"PULL"_s << Action::Other;
        QTest::newRow("prune") << u"image"_s << u"prune"_s << Action::Other;
        QTest::newRow("empty") << u"image"_s << QString() << Action::Other;
    }

    void actionMapping()
    {
        QFETCH(QString, type);
        QFETCH(QString, text);
        QTEST(EngineEvent::actionFromText(type, text), "action");
    }

    void legacyAndOddEvents_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("type");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDateTime>("time");

        QTest::newRow("legacy container") << "{\"status\":\"start\",\"id\":\"abc\",\"from\":\"busybox\",\"time\":1700000000}"_ba
                                          << u"container"_s << Action::Start << u"abc"_s
                                          << QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QTest::newRow("legacy image") << "{\"status\":\"untag\",\"id\":\"sha256:1\",\"time\":1700000000}"_ba
                                      << u"image"_s << Action::Untag << u"sha256:1"_s
                                      << QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QTest::newRow("Action wins over status") << "{\"Type\":\"image\",\"Action\":\"delete\",\"status\":\"untag\"}"_ba
                                                 << u"image"_s << Action::Delete << QString() << QDateTime();
        QTest::newRow("timeNano wins") << "{\"Action\":\"tag\",\"Type\":\"image\",\"time\":1,\"timeNano\":1700000000123456789}"_ba
                                       << u"image"_s << Action::Tag << QString()
                                       << QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        QTest::newRow("timeNano junk, time used") << "{\"Action\":\"tag\",\"Type\":\"image\",\"time\":1700000000,\"timeNano\":\"x\"}"_ba
                                                  << u"image"_s << Action::Tag << QString()
                                                  << QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QTest::newRow("timeNano huge") << "{\"Action\":\"tag\",\"Type\":\"image\",\"timeNano\":1e300}"_ba
                                       << u"image"_s << Action::Tag << QString() << QDateTime();
        QTest::newRow("time negative huge") << "{\"Action\":\"tag\",\"Type\":\"image\",\"time\":-1e300}"_ba
                                            << u"image"_s << Action::Tag << QString() << QDateTime();
        QTest::newRow("Actor of wrong type") << "{\"Action\":\"tag\",\"Type\":\"image\",\"Actor\":[\"x\"],\"id\":\"legacy\"}"_ba
                                             << u"image"_s << Action::Tag << u"legacy"_s << QDateTime();
        QTest::newRow("Actor ID of wrong type") << "{\"Action\":\"tag\",\"Type\":\"image\",\"Actor\":{\"ID\":5,\"Attributes\":7}}"_ba
                                                << u"image"_s << Action::Tag << QString() << QDateTime();
        QTest::newRow("Type of wrong type") << "{\"Action\":\"start\",\"Type\":3,\"from\":\"x\"}"_ba
                                            << u"container"_s << Action::Start << QString() << QDateTime();
    }

    void legacyAndOddEvents()
    {
        QFETCH(QByteArray, json);
        const auto event = EngineEvent::fromJson(json);
        QVERIFY2(event.ok(), json.constData());
        QTEST(event->type, "type");
        QTEST(event->action, "action");
        QTEST(event->id, "id");
        QTEST(event->time, "time");
    }

    void attributes()
    {
        const auto event = EngineEvent::fromJson(
            "{\"Type\":\"container\",\"Action\":\"die\",\"Actor\":{\"ID\":\"c\",\"Attributes\":"
            "{\"exitCode\":\"137\",\"image\":\"busybox\",\"n\":5,\"o\":{},\"nul\":null}}}"_ba);
        QVERIFY(event.ok());
        QCOMPARE(event->attributes.size(), 2);
        QCOMPARE(event->attributes.value(u"exitCode"_s), u"137"_s);
        QCOMPARE(event->attributes.value(u"image"_s), u"busybox"_s);
    }

    void unusable_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << "[{\"Action\":\"pull\"}]"_ba;
        QTest::newRow("no action") << "{\"Type\":\"image\",\"id\":\"x\"}"_ba;
        QTest::newRow("empty object") << "{}"_ba;
        QTest::newRow("action of wrong type") << "{\"Action\":1,\"status\":[]}"_ba;
        QTest::newRow("truncated") << "{\"status\":\"pull\",\"id\":\"busy"_ba;
        QTest::newRow("two objects") << "{\"Action\":\"pull\"}{\"Action\":\"tag\"}"_ba;
        QTest::newRow("invalid UTF-8") << "{\"Action\":\"p\xffll\"}"_ba;
        QTest::newRow("deep") << QByteArray(1500, '{');
        QTest::newRow("engine error message") << "{\"message\":\"context canceled\"}"_ba;
    }

    void unusable()
    {
        QFETCH(QByteArray, json);
        const auto event = EngineEvent::fromJson(json);
        QVERIFY(!event.ok());
        QCOMPARE(event.error().code(), ErrorCode::ParseError);
        QVERIFY(!event.error().message().isEmpty());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestEngineEvent)
#include "tst_engineevent.moc"
