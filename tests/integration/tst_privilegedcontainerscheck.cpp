// SPDX-License-Identifier: Apache-2.0
// The privileged-containers check against the real engines of the fixture. On the CI machine
// dockerd refuses --privileged ("unable to apply caps") while the Podman service grants it, so
// both verdicts are met for real. The test tries the same privileged container itself and
// checks the verdict agrees, so it holds on machines that differ.
#include "DiagnosticsFixtures.h"
#include "TestServices.h"
#include "diagnostics/CheckResult.h"
#include "diagnostics/HostEnvironment.h"
#include "diagnostics/PrivilegedContainersCheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::CheckResult;
using Wharf::CheckStatus;
using Wharf::HostEnvironment;
using Wharf::PrivilegedContainersCheck;
using Wharf::Test::TestServices;

class tst_PrivilegedContainersCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    // Only the fixture's engine is discovered, never one of the machine.
    HostEnvironment onlyEngine(const QString &variable, const QString &url) const
    {
        return Wharf::Test::hostWithOnlyEngine(m_root.path(), variable, url);
    }

    // What the engine itself says to a privileged container: granted or not.
    static bool privilegedWorks(const QStringList &cli)
    {
        QProcess process;
        process.start(cli.first(), cli.mid(1)
                                       + QStringList{u"run"_s, u"--rm"_s, u"--privileged"_s, u"--network"_s, u"none"_s,
                                                     u"localhost/test/busybox:1"_s, u"true"_s});
        return process.waitForFinished(60000) && process.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        qRegisterMetaType<CheckResult>();
        QVERIFY(QDir().mkpath(m_root.path() + u"/usr/bin"_s));
        QVERIFY(QDir().mkpath(m_root.path() + u"/home"_s));
        for (const QString &program : {u"docker"_s, u"podman"_s})
            QVERIFY(QFile::link(u"/usr/bin/"_s + program, m_root.path() + u"/usr/bin/"_s + program));
    }

    void verdict_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QStringList>("cli");
        QTest::newRow("docker") << u"DOCKER_HOST"_s
                                << QStringList{u"docker"_s, u"--host"_s, TestServices::dockerEndpoint().toUrl()};
        QTest::newRow("podman") << u"CONTAINER_HOST"_s
                                << QStringList{u"podman"_s, u"--remote"_s, u"--url"_s,
                                               TestServices::podmanEndpoint().toUrl()};
    }

    void verdict()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        QFETCH(QString, variable);
        QFETCH(QStringList, cli);
        const QString url = variable == u"DOCKER_HOST"_s ? TestServices::dockerEndpoint().toUrl()
                                                         : TestServices::podmanEndpoint().toUrl();
        PrivilegedContainersCheck check;
        const CheckResult result = Wharf::Test::runCheck(check, onlyEngine(variable, url), 90000);
        QCOMPARE(result.id, u"privileged-containers"_s);
        const QString evidence = result.evidence.join(u'\n');
        if (privilegedWorks(cli)) {
            QVERIFY2(result.status == CheckStatus::Ok, qPrintable(result.summary + u'\n' + evidence));
            QVERIFY(evidence.contains(u"starts privileged containers"_s));
            QVERIFY(result.catalogueId.isEmpty());
        } else {
            QVERIFY2(result.status == CheckStatus::Failed, qPrintable(result.summary + u'\n' + evidence));
            QVERIFY2(evidence.contains(u"unable to apply caps"_s), qPrintable(evidence));
            QCOMPARE(result.catalogueId, u"privileged-not-permitted"_s);
            QVERIFY(!result.fixSteps.isEmpty());
        }
    }

    void noEngineIsNotApplicable()
    {
        PrivilegedContainersCheck check;
        const CheckResult result = Wharf::Test::runCheck(check, onlyEngine({}, {}));
        QCOMPARE(result.status, CheckStatus::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(tst_PrivilegedContainersCheck)
#include "tst_privilegedcontainerscheck.moc"
