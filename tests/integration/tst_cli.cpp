// SPDX-License-Identifier: Apache-2.0
// The `wharf` binary's commands against the real engines of the fixture.
#include "TestServices.h"
#include "WharfProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::Test::TestServices;

namespace {

using Run = Wharf::Test::WharfProcess::Outcome;

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run wharf(const QStringList &arguments, const QMap<QString, QString> &variables = {})
    {
        QProcessEnvironment env = Wharf::Test::WharfProcess::isolatedEnvironment(m_home.path());
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            env.insert(it.key(), it.value());
        return Wharf::Test::WharfProcess(env).run(arguments);
    }

    QMap<QString, QString> bothEngines() const
    {
        return {{u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl()},
                {u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl()}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariable("WHARF_BINARY").isEmpty(), "WHARF_BINARY names the wharf executable");
    }

    void versionAndHelp()
    {
        const Run version = wharf({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("wharf "));
        const Run help = wharf({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("engines"));
        QVERIFY(help.out.contains("images"));
        const Run unknown = wharf({u"frobnicate"_s});
        QVERIFY(unknown.exitCode != 0);
    }

    void enginesListsBoth()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        const Run run = wharf({u"engines"_s}, bothEngines());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Docker 20.") || run.out.contains("Docker "));
        QVERIFY(run.out.contains("Podman "));
        QVERIFY(run.out.contains("DOCKER_HOST"));
        QVERIFY(run.out.contains("CONTAINER_HOST"));
        QVERIFY(run.out.contains(TestServices::dockerEndpoint().toUrl().toUtf8()));

        const Run json = wharf({u"engines"_s, u"--json"_s}, bothEngines());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray engines = QJsonDocument::fromJson(json.out).object().value(u"engines"_s).toArray();
        QCOMPARE(engines.size(), 2);
        QCOMPARE(engines.at(0).toObject().value(u"kind"_s).toString(), u"Docker"_s);
        QCOMPARE(engines.at(1).toObject().value(u"kind"_s).toString(), u"Podman"_s);
        QVERIFY(engines.at(0).toObject().value(u"reachable"_s).toBool());
        QVERIFY(engines.at(0).toObject().value(u"default"_s).toBool());
    }

    void enginesExplainsFailures()
    {
        const Run run = wharf({u"engines"_s}, {{u"DOCKER_HOST"_s, u"unix://"_s + m_home.path() + u"/missing.sock"_s}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("does not answer"), run.out.constData());
        QVERIFY(run.err.contains("DOCKER_HOST"));

        const Run ssh = wharf({u"engines"_s}, {{u"DOCKER_HOST"_s, u"ssh://me@build-host"_s}});
        QCOMPARE(ssh.exitCode, 1);
        QVERIFY2(ssh.err.contains("ssh://"), ssh.err.constData());
    }

    void imagesJsonFromBothEngines()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        const Run run = wharf({u"images"_s, u"--json"_s}, bothEngines());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonArray images = QJsonDocument::fromJson(run.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QSet<QString> engines;
        bool dockerBusybox = false;
        bool podmanBusybox = false;
        for (const QJsonValue &value : images) {
            const QJsonObject image = value.toObject();
            engines.insert(image.value(u"engine"_s).toString());
            QVERIFY(image.value(u"id"_s).toString().startsWith(u"sha256:"_s));
            QVERIFY(image.value(u"size"_s).toInteger() > 0);
            QVERIFY(QDateTime::fromString(image.value(u"created"_s).toString(), Qt::ISODate).isValid());
            const bool busybox = image.value(u"repoTags"_s).toArray().contains(u"localhost/test/busybox:1"_s);
            if (image.value(u"engine"_s).toString() == u"Docker"_s)
                dockerBusybox = dockerBusybox || busybox;
            else
                podmanBusybox = podmanBusybox || busybox;
        }
        QCOMPARE(engines, (QSet<QString>{u"Docker"_s, u"Podman"_s}));
        QVERIFY(dockerBusybox);
        QVERIFY(podmanBusybox);
    }

    void imagesTableForOneEngine()
    {
        WHARF_REQUIRE_PODMAN();
        const Run run = wharf({u"images"_s, u"--engine"_s, u"podman"_s}, bothEngines());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QVERIFY(lines.size() > 3);
        QVERIFY(lines.first().startsWith("REPOSITORY"));
        for (const QByteArray &line : lines.mid(1))
            QVERIFY2(line.trimmed().endsWith("Podman"), line.constData());
        QVERIFY(run.out.contains("localhost/test/busybox"));

        const Run none = wharf({u"images"_s, u"--engine"_s, u"nosuch"_s}, bothEngines());
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("nosuch"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
