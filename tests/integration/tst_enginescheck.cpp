// SPDX-License-Identifier: Apache-2.0
// The engines check against the real Docker daemon and Podman service of the fixture: both
// answer; an explicit endpoint that is missing fails with the catalogue's fix; and, run as an
// unprivileged user through the `wharf diagnose` binary, a socket that user may not open fails
// with "permission denied" and the group fix.
#include "DiagnosticsFixtures.h"
#include "TestServices.h"
#include "WharfProcess.h"
#include "diagnostics/CheckResult.h"
#include "diagnostics/EnginesCheck.h"
#include "diagnostics/HostEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Wharf::CheckResult;
using Wharf::CheckStatus;
using Wharf::EnginesCheck;
using Wharf::HostEnvironment;
using Wharf::Test::TestServices;

class tst_EnginesCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root; // an empty system root: the machine's own sockets stay out of it

    HostEnvironment environmentWith(const QMap<QString, QString> &variables) const
    {
        HostEnvironment env = HostEnvironment::fromSystem();
        env.root = m_root.path();
        env.homeDirectory = m_root.path() + u"/home"_s;
        env.environment = QProcessEnvironment();
        env.environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            env.environment.insert(it.key(), it.value());
        return env;
    }


private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        qRegisterMetaType<CheckResult>();
    }

    void bothEnginesAnswer()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        EnginesCheck check;
        const CheckResult result = Wharf::Test::runCheck(check, environmentWith({
            {u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl()},
            {u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl()},
        }));
        QCOMPARE(result.id, u"engines"_s);
        QVERIFY2(result.status == CheckStatus::Ok, qPrintable(result.summary + u'\n' + result.evidence.join(u'\n')));
        QCOMPARE(result.evidence.size(), 2);
        QVERIFY(result.evidence.join(u'\n').contains(TestServices::dockerEndpoint().toUrl()));
        QVERIFY(result.evidence.join(u'\n').contains(u"Podman"_s));
    }

    void explicitMissingSocketFailsWithTheCataloguesFix()
    {
        WHARF_REQUIRE_DOCKER();
        EnginesCheck check;
        const QString missing = u"unix://"_s + m_root.path() + u"/nowhere/docker.sock"_s;
        const CheckResult result = Wharf::Test::runCheck(check, environmentWith({
            {u"DOCKER_HOST"_s, missing},
            {u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl()},
        }));
        QVERIFY2(result.status == CheckStatus::Failed, qPrintable(result.summary));
        QCOMPARE(result.catalogueId, u"engine-socket-missing"_s);
        QVERIFY(!result.fixSteps.isEmpty());
        QVERIFY(result.evidence.join(u'\n').contains(u"nowhere/docker.sock"_s));
    }

    void nothingFoundFails()
    {
        EnginesCheck check;
        const CheckResult result = Wharf::Test::runCheck(check, environmentWith({}));
        QVERIFY(result.status == CheckStatus::Failed);
        QCOMPARE(result.catalogueId, u"engine-not-installed"_s);
    }

    void unprivilegedUserIsToldAboutTheGroup()
    {
        WHARF_REQUIRE_DOCKER();
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (::getuid() != 0 || setpriv.isEmpty()) {
            if (TestServices::inCi())
                QFAIL("CI runs as root with setpriv (util-linux): this case must run there");
            WHARF_REQUIRE_SERVICE(u"needs root and setpriv to run wharf as an unprivileged user"_s);
        }
        // The fixture's socket is root's (0660 root:root in a 0700 directory): nobody may open it.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadOther | QFileDevice::WriteOther
                                               | QFileDevice::ExeOther);
        QProcess process;
        QProcessEnvironment env = Wharf::Test::WharfProcess::isolatedEnvironment(home.path());
        env.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        env.insert(u"WHARF_DIAGNOSE_ROOT"_s, m_root.path());
        process.setProcessEnvironment(env);
        process.start(setpriv, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                qEnvironmentVariable("WHARF_BINARY"), u"diagnose"_s, u"--symptom"_s,
                                u"permission-denied"_s, u"--json"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1); // a check failed
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QJsonObject engines;
        for (const QJsonValue &check : report.value(u"checks"_s).toArray()) {
            if (check.toObject().value(u"id"_s).toString() == u"engines"_s)
                engines = check.toObject();
        }
        QVERIFY2(!engines.isEmpty(), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QCOMPARE(engines.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(engines.value(u"catalogueId"_s).toString(), u"engine-socket-permission-denied"_s);
        const QString summary = engines.value(u"summary"_s).toString();
        QVERIFY2(summary.contains(u"ermission"_s), qPrintable(summary));
        QVERIFY(!engines.value(u"fixSteps"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EnginesCheck)
#include "tst_enginescheck.moc"
