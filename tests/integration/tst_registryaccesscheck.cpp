// SPDX-License-Identifier: Apache-2.0
// The registry check against the real registries of the fixture: the Basic registry with the
// right login and with a wrong one, the TLS registry with and without its CA file, a port
// where nothing listens, and no registries at all.
#include "DiagnosticsFixtures.h"
#include "MisbehavingEngineServer.h"
#include "TestServices.h"
#include "diagnostics/CheckResult.h"
#include "diagnostics/DiagnosticOptions.h"
#include "diagnostics/DiagnosticSuite.h"
#include "diagnostics/HostEnvironment.h"
#include "diagnostics/RegistryAccessCheck.h"
#include "registry/RegistryConnections.h"

#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using Wharf::CheckResult;
using Wharf::CheckStatus;
using Wharf::HostEnvironment;
using Wharf::RegistryAccessCheck;
using Wharf::RegistryConnections;
using Wharf::RegistryOptions;
using Wharf::Test::MisbehavingEngineServer;
using Wharf::Test::TestServices;

class tst_RegistryAccessCheck : public QObject
{
    Q_OBJECT

private:
    // Connections whose logins and options come from these tables, as the window's come from
    // the keychain and the settings.
    std::unique_ptr<RegistryConnections> connections(const QHash<QString, RegistryConnections::Credential> &logins,
                                                     const QHash<QString, RegistryOptions> &options = {}) const
    {
        auto made = std::make_unique<RegistryConnections>();
        made->setCredentialLookup([logins](const QString &registry, auto answer) { answer(logins.value(registry)); });
        made->setOptionsLookup([options](const QString &registry) {
            RegistryOptions each = options.value(registry);
            each.timeoutMs = 5000;
            return each;
        });
        return made;
    }

    static QString describe(const CheckResult &result)
    {
        return result.summary + u'\n' + result.evidence.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CheckResult>(); }

    void nothingToCheck()
    {
        auto none = connections({});
        RegistryAccessCheck check({}, none.get());
        const CheckResult result = Wharf::Test::runCheck(check, HostEnvironment::fromSystem());
        QCOMPARE(result.status, CheckStatus::NotApplicable);
        // Built from the suite without registries it does not apply either.
        std::unique_ptr<Wharf::DiagnosticCheck> fromSuite(Wharf::DiagnosticSuite::create(u"registries"_s));
        QVERIFY(fromSuite);
        QCOMPARE(Wharf::Test::runCheck(*fromSuite, HostEnvironment::fromSystem()).status, CheckStatus::NotApplicable);
    }

    void loginAcceptedAndAnonymous()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        WHARF_REQUIRE_REGISTRY();
        const QString basic = TestServices::basicRegistryAddress();
        const QString plain = TestServices::registryAddress();
        auto made = connections({ { basic, { TestServices::registryUser(), TestServices::registryPassword() } } });
        RegistryAccessCheck check({ basic, plain }, made.get());
        const CheckResult result = Wharf::Test::runCheck(check, HostEnvironment::fromSystem());
        QVERIFY2(result.status == CheckStatus::Ok, qPrintable(describe(result)));
        QCOMPARE(result.evidence.size(), 2);
        QVERIFY(result.evidence.at(0).contains(TestServices::registryUser()));
        QVERIFY(result.evidence.at(1).contains(u"anonymous"_s));
    }

    void wrongPasswordFailsWithTheCataloguesFix()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        const QString basic = TestServices::basicRegistryAddress();
        const QString wrong = u"not-the-password"_s;
        auto made = connections({ { basic, { TestServices::registryUser(), wrong } } });
        RegistryAccessCheck check({ basic }, made.get());
        const CheckResult result = Wharf::Test::runCheck(check, HostEnvironment::fromSystem());
        QVERIFY2(result.status == CheckStatus::Failed, qPrintable(describe(result)));
        QVERIFY2(result.catalogueId.startsWith(u"registry-"_s), qPrintable(result.catalogueId));
        QVERIFY(!result.fixSteps.isEmpty());
        // The secret appears nowhere in what the check reports.
        QVERIFY(!describe(result).contains(wrong));
        QVERIFY(!result.fixSteps.join(u'\n').contains(wrong));
    }

    void tlsWithAndWithoutTheCaFile()
    {
        WHARF_REQUIRE_TLS_REGISTRY();
        const QString tls = TestServices::tlsRegistryAddress();
        {
            auto made = connections({});
            RegistryAccessCheck check({ tls }, made.get());
            const CheckResult result = Wharf::Test::runCheck(check, HostEnvironment::fromSystem());
            QVERIFY2(result.status == CheckStatus::Failed, qPrintable(describe(result)));
            QVERIFY2(result.catalogueId.contains(u"tls"_s) || result.catalogueId.contains(u"x509"_s),
                     qPrintable(result.catalogueId));
        }
        {
            RegistryOptions options;
            options.caFile = TestServices::tlsRegistryCaFile();
            auto made = connections({}, { { tls, options } });
            RegistryAccessCheck check({ tls }, made.get());
            const CheckResult result = Wharf::Test::runCheck(check, HostEnvironment::fromSystem());
            QVERIFY2(result.status == CheckStatus::Ok, qPrintable(describe(result)));
        }
    }

    void nothingListensAndOneAnswers()
    {
        WHARF_REQUIRE_REGISTRY();
        // A loopback port that was free a moment ago: the connection is refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString closed = u"127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        auto made = connections({});
        RegistryAccessCheck check({ TestServices::registryAddress(), closed }, made.get());
        const CheckResult result = Wharf::Test::runCheck(check, HostEnvironment::fromSystem());
        QVERIFY2(result.status == CheckStatus::Failed, qPrintable(describe(result)));
        QVERIFY(result.summary.contains(closed));
        QCOMPARE(result.evidence.size(), 2);
        QVERIFY(result.evidence.at(1).startsWith(closed));
    }

    void dockerHubPullAllowance_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<CheckStatus>("status");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("plenty") << "RateLimit-Limit: 100;w=21600\r\nRateLimit-Remaining: 76;w=21600\r\n"_ba
                                << CheckStatus::Ok << u"76 of 100 requests left per 6 h"_s;
        QTest::newRow("few") << "RateLimit-Limit: 100;w=21600\r\nRateLimit-Remaining: 5;w=21600\r\n"_ba
                             << CheckStatus::Warning << u"5 of 100 requests left per 6 h"_s;
        QTest::newRow("none") << "RateLimit-Limit: 100;w=21600\r\nRateLimit-Remaining: 0;w=21600\r\n"_ba
                              << CheckStatus::Failed << u"0 of 100 requests left per 6 h"_s;
        QTest::newRow("no limit (a paid account)") << QByteArray() << CheckStatus::Ok << u"no pull rate limit"_s;
        QTest::newRow("garbage") << "RateLimit-Limit: lots\r\nRateLimit-Remaining: -3;w=x\r\n"_ba << CheckStatus::Ok
                                 << u"no pull rate limit"_s;
    }

    // Docker Hub cannot be reached from CI: a scripted server stands in for it, answering the
    // HEAD of Docker's probe repository with Docker Hub's RateLimit-* headers.
    void dockerHubPullAllowance()
    {
        QFETCH(QByteArray, headers);
        QFETCH(CheckStatus, status);
        QFETCH(QString, evidence);
        MisbehavingEngineServer hub;
        QVERIFY(hub.listenTcp());
        hub.on("/v2/ratelimitpreview/test/manifests/latest",
               MisbehavingEngineServer::reply(200, {}, "application/vnd.docker.distribution.manifest.v2+json", headers));
        hub.on("/v2/", MisbehavingEngineServer::reply(200, "{}"));
        const QString registry = u"127.0.0.1:%1"_s.arg(hub.endpoint().port());
        auto made = connections({});
        RegistryAccessCheck check({registry}, made.get());
        check.setPullAllowanceRepository(registry, u"ratelimitpreview/test"_s);
        const CheckResult result = Wharf::Test::runCheck(check, HostEnvironment::fromSystem());
        QVERIFY2(result.status == status, qPrintable(describe(result)));
        QVERIFY2(Wharf::Test::anyContains(result.evidence, evidence), qPrintable(describe(result)));
        if (status != CheckStatus::Ok)
            QCOMPARE(result.catalogueId, u"dockerhub-rate-limit"_s);
        // Asked with HEAD, which Docker Hub does not count as a pull.
        bool head = false;
        for (const QByteArray &request : hub.requests())
            head = head || request.startsWith("HEAD /v2/ratelimitpreview/test/manifests/latest ");
        QVERIFY(head);
    }

    void onlyDockerHubIsAskedForItsAllowance()
    {
        QCOMPARE(RegistryAccessCheck::pullAllowanceRepository(u"docker.io"_s), u"ratelimitpreview/test"_s);
        QCOMPARE(RegistryAccessCheck::pullAllowanceRepository(u"registry-1.docker.io"_s), u"ratelimitpreview/test"_s);
        QVERIFY(RegistryAccessCheck::pullAllowanceRepository(u"gitlab-registry.cern.ch"_s).isEmpty());
        QVERIFY(RegistryAccessCheck::pullAllowanceRepository(u"not a host"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RegistryAccessCheck)
#include "tst_registryaccesscheck.moc"
