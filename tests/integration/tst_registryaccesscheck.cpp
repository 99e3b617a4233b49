// SPDX-License-Identifier: Apache-2.0
// The registry check against the real registries of the fixture: the Basic registry with the
// right login and with a wrong one, the TLS registry with and without its CA file, a port
// where nothing listens, and no registries at all.
#include "DiagnosticsFixtures.h"
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
};

QTEST_GUILESS_MAIN(tst_RegistryAccessCheck)
#include "tst_registryaccesscheck.moc"
