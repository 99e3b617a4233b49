// SPDX-License-Identifier: Apache-2.0
// The disk space check against the real engines of the fixture: their data directories
// (DockerRootDir from /info) are local here, so the free space is read and judged.
#include "DiagnosticsFixtures.h"
#include "TestServices.h"
#include "diagnostics/CheckResult.h"
#include "diagnostics/EngineDiskSpaceCheck.h"
#include "diagnostics/HostEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using Wharf::CheckResult;
using Wharf::CheckStatus;
using Wharf::EngineDiskSpaceCheck;
using Wharf::HostEnvironment;
using Wharf::Test::TestServices;

class tst_EngineDiskSpaceCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    HostEnvironment fixtureEngines() const
    {
        HostEnvironment env = HostEnvironment::fromSystem();
        env.homeDirectory = m_home.path();
        env.environment = QProcessEnvironment();
        env.environment.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        env.environment.insert(u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl());
        // The fixture's engines come first; the machine's own (if any) may add evidence lines,
        // which the assertions allow. Data directories are read at "/" + DockerRootDir, as on
        // a real machine.
        return env;
    }


private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qRegisterMetaType<CheckResult>();
    }

    void readsTheFreeSpaceOfEachEngine()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        EngineDiskSpaceCheck check;
        check.setMinimumFreeBytes(1); // whatever this machine has is enough
        const CheckResult result = Wharf::Test::runCheck(check, fixtureEngines());
        QCOMPARE(result.id, u"disk-space"_s);
        const QString evidence = result.evidence.join(u'\n');
        QVERIFY2(result.status == CheckStatus::Ok, qPrintable(result.summary + u'\n' + evidence));
        // The fixture keeps both engines' data in its runtime directory.
        QVERIFY2(evidence.contains(TestServices::runtimeDirectory()), qPrintable(evidence));
        QVERIFY(evidence.contains(u"Docker"_s));
        QVERIFY(evidence.contains(u"Podman"_s));
        QVERIFY(evidence.contains(u" free of "_s));
    }

    void tooLittleSpaceWarnsWithPrune()
    {
        WHARF_REQUIRE_DOCKER();
        EngineDiskSpaceCheck check;
        check.setMinimumFreeBytes(std::numeric_limits<qint64>::max() / 2); // no disk is that large
        const CheckResult result = Wharf::Test::runCheck(check, fixtureEngines());
        QVERIFY(result.status == CheckStatus::Warning || result.status == CheckStatus::Failed);
        QCOMPARE(result.catalogueId, u"no-space-left"_s);
        QVERIFY(result.fixCommands.contains(QStringList{u"docker"_s, u"system"_s, u"prune"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_EngineDiskSpaceCheck)
#include "tst_enginediskspacecheck.moc"
