// SPDX-License-Identifier: Apache-2.0
#include "engine/EngineVersion.h"

#include "EngineFixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class TestEngineVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docker()
    {
        const auto version = EngineVersion::fromJson(readEngineFixture(u"docker"_s, u"version.json"_s));
        QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().toString()));
        QCOMPARE(version->version, u"20.10.24+dfsg1"_s);
        QCOMPARE(version->apiVersion, u"1.41"_s);
        QCOMPARE(version->minApiVersion, u"1.12"_s);
        QCOMPARE(version->os, u"linux"_s);
        QCOMPARE(version->arch, u"amd64"_s);
        QVERIFY(!version->kernelVersion.isEmpty());
        QVERIFY(!version->podmanComponent);
        QCOMPARE(version->kind(), EngineKind::Docker);
    }

    void podman()
    {
        const auto version = EngineVersion::fromJson(readEngineFixture(u"podman"_s, u"version.json"_s));
        QVERIFY(version.ok());
        QCOMPARE(version->version, u"4.3.1"_s);
        // The compat API version, not the "Podman Engine" component's libpod API version.
        QCOMPARE(version->apiVersion, u"1.41"_s);
        QCOMPARE(version->minApiVersion, u"1.24"_s);
        QVERIFY(version->podmanComponent);
        QCOMPARE(version->kind(), EngineKind::Podman);
    }

    // Only the components carry the versions: the "Engine" component fills the gaps, the
    // Podman one never gives its libpod API version as the Docker API version.
    void fromComponents_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("podman");

        QTest::newRow("engine component")
            << "{\"Components\":[{\"Name\":\"Engine\",\"Version\":\"24.0.7\",\"Details\":{\"ApiVersion\":\"1.43\","
               "\"MinAPIVersion\":\"1.12\",\"Os\":\"linux\",\"Arch\":\"arm64\"}}]}"_ba
            << true << u"1.43"_s << u"24.0.7"_s << false;
        QTest::newRow("podman component only")
            << "{\"Components\":[{\"Name\":\"Podman Engine\",\"Version\":\"4.3.1\",\"Details\":{\"APIVersion\":\"4.3.1\"}}]}"_ba
            << false << QString() << QString() << true;
        QTest::newRow("top level wins")
            << "{\"ApiVersion\":\"1.41\",\"Version\":\"x\",\"Components\":[{\"Name\":\"Engine\",\"Version\":\"y\","
               "\"Details\":{\"ApiVersion\":\"1.40\"}}]}"_ba
            << true << u"1.41"_s << u"x"_s << false;
        QTest::newRow("components of wrong types")
            << "{\"ApiVersion\":\"1.41\",\"Components\":[null,1,\"Podman Engine\",{\"Name\":5},{\"Name\":\"Engine\",\"Details\":[]}]}"_ba
            << true << u"1.41"_s << QString() << false;
        QTest::newRow("components not an array")
            << "{\"ApiVersion\":\"1.41\",\"Components\":{\"Name\":\"Podman Engine\"}}"_ba
            << true << u"1.41"_s << QString() << false;
        QTest::newRow("ApiVersion a number") << "{\"ApiVersion\":1.41}"_ba << false << QString() << QString() << false;
        QTest::newRow("ApiVersion blank") << "{\"ApiVersion\":\"  \"}"_ba << false << QString() << QString() << false;
        QTest::newRow("error body") << "{\"message\":\"Forbidden\"}"_ba << false << QString() << QString() << false;
        QTest::newRow("array") << "[]"_ba << false << QString() << QString() << false;
        QTest::newRow("empty") << ""_ba << false << QString() << QString() << false;
        QTest::newRow("truncated") << readEngineFixture(u"podman"_s, u"version.json"_s).left(200) << false
                                   << QString() << QString() << false;
        QTest::newRow("invalid UTF-8") << "{\"ApiVersion\":\"1.4\x80\"}"_ba << false << QString() << QString() << false;
    }

    void fromComponents()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto version = EngineVersion::fromJson(body);
        QCOMPARE(version.ok(), ok);
        if (!ok) {
            QCOMPARE(version.error().code(), ErrorCode::ParseError);
            QVERIFY(!version.error().message().isEmpty());
            return;
        }
        QTEST(version->apiVersion, "apiVersion");
        QTEST(version->version, "version");
        QTEST(version->podmanComponent, "podman");
    }

    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");

        QTest::newRow("equal") << u"1.41"_s << u"1.41"_s << 0;
        QTest::newRow("1.9 < 1.10") << u"1.9"_s << u"1.10"_s << -1;
        QTest::newRow("1.10 < 1.41") << u"1.10"_s << u"1.41"_s << -1;
        QTest::newRow("1.41 > 1.9") << u"1.41"_s << u"1.9"_s << 1;
        QTest::newRow("1.24 < 1.41") << u"1.24"_s << u"1.41"_s << -1;
        QTest::newRow("major wins") << u"2.0"_s << u"1.99"_s << 1;
        QTest::newRow("missing part is 0") << u"1.41"_s << u"1.41.0"_s << 0;
        QTest::newRow("extra part") << u"1.41.1"_s << u"1.41"_s << 1;
        QTest::newRow("leading zeros") << u"1.041"_s << u"1.41"_s << 0;
        QTest::newRow("v prefix") << u"v1.41"_s << u"1.41"_s << 0;
        QTest::newRow("suffix ignored") << u"1.41-rc1"_s << u"1.41"_s << 0;
        QTest::newRow("spaces") << u" 1.41 "_s << u"1.41"_s << 0;
        QTest::newRow("empty vs 0") << QString() << u"0"_s << 0;
        QTest::newRow("empty < 1.12") << QString() << u"1.12"_s << -1;
        QTest::newRow("junk is 0") << u"abc"_s << u"0.0"_s << 0;
        QTest::newRow("huge") << u"1.99999999999999999999999999"_s << u"1.99999999999999999999999998"_s << 1;
        QTest::newRow("huge vs small") << u"1.100000000000000000000"_s << u"1.41"_s << 1;
        QTest::newRow("many parts") << u"1.2.3.4.5.6"_s << u"1.2.3.4.5.7"_s << -1;
        QTest::newRow("dots only") << u"..."_s << u"0"_s << 0;
        QTest::newRow("libpod") << u"4.3.1"_s << u"4.0.0"_s << 1;
    }

    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(EngineVersion::compareApiVersions(a, b), expected);
        QCOMPARE(EngineVersion::compareApiVersions(b, a), -expected);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestEngineVersion)
#include "tst_engineversion.moc"
