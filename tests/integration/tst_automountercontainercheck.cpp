// SPDX-License-Identifier: Apache-2.0
// The automounter-container check against the real engines of the fixture: a container that
// stands in for the cvmfs-automounter (busybox, under the name the settings give) is running,
// then stopped, then gone; the check says Ok, Failed with the commands that start it again and
// show its log, and not applicable.
#include "DiagnosticsFixtures.h"
#include "TestServices.h"
#include "diagnostics/AutomounterContainerCheck.h"
#include "diagnostics/CheckResult.h"
#include "diagnostics/HostEnvironment.h"

#include <QDir>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::AutomounterContainerCheck;
using Wharf::AutomounterSettings;
using Wharf::CheckResult;
using Wharf::CheckStatus;
using Wharf::EngineKind;
using Wharf::HostEnvironment;
using Wharf::Test::TestServices;

class tst_AutomounterContainerCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    // Only the fixture's engine is discovered, never one of the machine.
    HostEnvironment onlyEngine(const QString &variable, const QString &url) const
    {
        return Wharf::Test::hostWithOnlyEngine(m_root.path(), variable, url);
    }

    CheckResult check(const QString &variable, const QString &url, const AutomounterSettings &settings)
    {
        AutomounterContainerCheck check(QString(), settings);
        return Wharf::Test::runCheck(check, onlyEngine(variable, url), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        qRegisterMetaType<CheckResult>();
        QVERIFY(QDir().mkpath(m_root.path() + u"/home"_s));
    }

    void states_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("docker") << int(EngineKind::Docker);
        QTest::newRow("podman") << int(EngineKind::Podman);
    }

    void states()
    {
        QFETCH(int, engine);
        const auto kind = EngineKind(engine);
        if (kind == EngineKind::Docker)
            WHARF_REQUIRE_DOCKER();
        else
            WHARF_REQUIRE_PODMAN();
        const QString variable = kind == EngineKind::Docker ? u"DOCKER_HOST"_s : u"CONTAINER_HOST"_s;
        const QString url = TestServices::endpoint(kind).toUrl();
        AutomounterSettings settings;
        settings.containerName = u"wharf-automounter-%1"_s.arg(QRandomGenerator::global()->generate() % 1000000);
        settings.image = u"localhost/test/automounter-stand-in:none"_s; // matched by name here

        // None yet: only the automounter strategy uses one.
        CheckResult result = check(variable, url, settings);
        QCOMPARE(result.id, u"automounter-container"_s);
        QCOMPARE(result.status, CheckStatus::NotApplicable);

        const auto started = TestServices::runEngineCli(
            kind, {u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, settings.containerName,
                   u"localhost/test/busybox:1"_s, u"sleep"_s, u"300"_s});
        QVERIFY2(started.succeeded(), qPrintable(started.describe()));
        const auto remove = qScopeGuard([&] {
            TestServices::runEngineCli(kind, {u"rm"_s, u"-f"_s, settings.containerName});
        });
        result = check(variable, url, settings);
        QVERIFY2(result.status == CheckStatus::Ok, qPrintable(result.summary + u'\n' + result.evidence.join(u'\n')));
        QVERIFY(result.evidence.join(u'\n').contains(settings.containerName));

        const auto stopped = TestServices::runEngineCli(kind, {u"stop"_s, u"-t"_s, u"1"_s, settings.containerName});
        QVERIFY2(stopped.succeeded(), qPrintable(stopped.describe()));
        result = check(variable, url, settings);
        QVERIFY2(result.status == CheckStatus::Failed, qPrintable(result.summary));
        QCOMPARE(result.fixCommands.size(), 2);
        QVERIFY(result.fixCommands.constFirst().endsWith(settings.containerName));
        QVERIFY(result.fixCommands.constFirst().contains(u"start"_s));
        QVERIFY(result.fixCommands.constFirst().contains(url)); // on the engine Wharf looked at
        QVERIFY(result.fixCommands.constLast().contains(u"logs"_s));
    }

    void noEngineIsNotApplicable()
    {
        const CheckResult result = check({}, {}, AutomounterSettings{});
        QCOMPARE(result.status, CheckStatus::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(tst_AutomounterContainerCheck)
#include "tst_automountercontainercheck.moc"
