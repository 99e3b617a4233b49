// SPDX-License-Identifier: Apache-2.0
#include "engine/EndpointDiscovery.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void writeContext(const QString &home, const QString &name, const QString &host)
{
    const QJsonObject meta{
        {u"Name"_s, name},
        {u"Metadata"_s, QJsonObject{}},
        {u"Endpoints"_s, QJsonObject{{u"docker"_s, QJsonObject{{u"Host"_s, host}, {u"SkipTLSVerify"_s, false}}}}},
    };
    writeFile(home + u"/.docker/contexts/meta/"_s + EndpointDiscovery::contextDirectoryName(name) + u"/meta.json"_s,
              QJsonDocument(meta).toJson());
}

QStringList urls(const EndpointDiscovery::Outcome &outcome)
{
    QStringList list;
    for (const EndpointCandidate &c : outcome.candidates)
        list.append(c.endpoint.toUrl());
    return list;
}

} // namespace

class tst_EndpointDiscovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DiscoveryEnvironment environment() const
    {
        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home"_s;
        env.systemRoot = m_dir.path() + u"/root"_s;
        env.environment.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path() + u"/run-user"_s);
        return env;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void nothingFound()
    {
        const auto outcome = EndpointDiscovery(environment()).discover();
        QVERIFY(outcome.candidates.isEmpty());
        QVERIFY(outcome.errors.isEmpty());
    }

    void contextDirectoryIsSha256OfName()
    {
        // `echo -n desktop-linux | sha256sum`
        QCOMPARE(EndpointDiscovery::contextDirectoryName(u"desktop-linux"_s),
                 u"fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e"_s);
    }

    void orderFollowsUserExpectations()
    {
        DiscoveryEnvironment env = environment();
        env.explicitHost = u"unix:///explicit.sock"_s;
        env.environment.insert(u"DOCKER_HOST"_s, u"tcp://127.0.0.1:2375"_s);
        env.environment.insert(u"DOCKER_CONTEXT"_s, u"colima"_s);
        env.environment.insert(u"CONTAINER_HOST"_s, u"unix:///run/user/1000/podman/podman.sock"_s);
        writeContext(env.homeDirectory, u"colima"_s, u"unix:///home/u/.colima/default/docker.sock"_s);
        writeFile(env.systemRoot + u"/var/run/docker.sock"_s, {});
        writeFile(env.environment.value(u"XDG_RUNTIME_DIR"_s) + u"/podman/podman.sock"_s, {});
        writeFile(env.homeDirectory + u"/.docker/desktop/docker.sock"_s, {});
        writeFile(env.homeDirectory + u"/.orbstack/run/docker.sock"_s, {});
        writeFile(env.homeDirectory + u"/.rd/docker.sock"_s, {});
        writeFile(env.homeDirectory + u"/.colima/default/docker.sock"_s, {});

        const auto outcome = EndpointDiscovery(env).discover();
        QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.value(0).toString()));
        const QStringList expected{
            u"unix:///explicit.sock"_s,
            u"tcp://127.0.0.1:2375"_s,
            u"unix:///home/u/.colima/default/docker.sock"_s,
            u"unix:///run/user/1000/podman/podman.sock"_s,
            u"unix://"_s + env.systemRoot + u"/var/run/docker.sock"_s,
            u"unix://"_s + env.homeDirectory + u"/.docker/desktop/docker.sock"_s,
            u"unix://"_s + env.homeDirectory + u"/.colima/default/docker.sock"_s,
            u"unix://"_s + env.homeDirectory + u"/.orbstack/run/docker.sock"_s,
            u"unix://"_s + env.homeDirectory + u"/.rd/docker.sock"_s,
            u"unix://"_s + env.environment.value(u"XDG_RUNTIME_DIR"_s) + u"/podman/podman.sock"_s,
        };
        QCOMPARE(urls(outcome), expected);
        QCOMPARE(outcome.candidates.at(0).origin, EndpointOrigin::Setting);
        QCOMPARE(outcome.candidates.at(1).origin, EndpointOrigin::DockerHost);
        QCOMPARE(outcome.candidates.at(2).origin, EndpointOrigin::DockerContext);
        QCOMPARE(outcome.candidates.at(2).originDetail, u"colima"_s);
        QCOMPARE(outcome.candidates.at(3).origin, EndpointOrigin::ContainerHost);
        QCOMPARE(outcome.candidates.at(4).origin, EndpointOrigin::WellKnownSocket);
        QCOMPARE(outcome.candidates.at(5).productHint, u"Docker Desktop"_s);
        QCOMPARE(outcome.candidates.at(8).productHint, u"Rancher Desktop"_s);
        for (int i = 0; i < 4; ++i)
            QVERIFY(outcome.candidates.at(i).explicitChoice);
        for (int i = 4; i < outcome.candidates.size(); ++i)
            QVERIFY(!outcome.candidates.at(i).explicitChoice);
    }

    void socketFoundTwiceCountsOnce()
    {
        DiscoveryEnvironment env = environment();
        const QString real = env.environment.value(u"XDG_RUNTIME_DIR"_s) + u"/podman/podman.sock"_s;
        writeFile(real, {});
        // Docker Desktop's path, but a link to Podman's socket (podman-mac-helper does this).
        QDir().mkpath(env.homeDirectory + u"/.docker/run"_s);
        QVERIFY(QFile::link(real, env.homeDirectory + u"/.docker/run/docker.sock"_s));
        env.environment.insert(u"DOCKER_HOST"_s, u"unix://"_s + real);

        const auto outcome = EndpointDiscovery(env).discover();
        QCOMPARE(outcome.candidates.size(), 1);
        QCOMPARE(outcome.candidates.first().origin, EndpointOrigin::DockerHost);
    }

    void currentContextFromConfigFile()
    {
        DiscoveryEnvironment env = environment();
        writeFile(env.homeDirectory + u"/.docker/config.json"_s,
                  R"({"auths":{},"currentContext":"desktop-linux"})"_ba);
        writeContext(env.homeDirectory, u"desktop-linux"_s, u"unix:///home/u/.docker/desktop/docker.sock"_s);
        const auto outcome = EndpointDiscovery(env).discover();
        QCOMPARE(urls(outcome), QStringList{u"unix:///home/u/.docker/desktop/docker.sock"_s});
        QCOMPARE(outcome.candidates.first().describeOrigin(), u"docker context \"desktop-linux\""_s);
    }

    void dockerConfigVariableMovesTheConfigDirectory()
    {
        DiscoveryEnvironment env = environment();
        const QString config = m_dir.path() + u"/elsewhere"_s;
        env.environment.insert(u"DOCKER_CONFIG"_s, config);
        writeFile(config + u"/config.json"_s, R"({"currentContext":"remote"})"_ba);
        const QJsonObject meta{{u"Endpoints"_s, QJsonObject{{u"docker"_s, QJsonObject{{u"Host"_s, u"tcp://10.0.0.2:2376"_s}}}}}};
        writeFile(config + u"/contexts/meta/"_s + EndpointDiscovery::contextDirectoryName(u"remote"_s) + u"/meta.json"_s,
                  QJsonDocument(meta).toJson());
        writeFile(config + u"/contexts/tls/"_s + EndpointDiscovery::contextDirectoryName(u"remote"_s) + u"/docker/ca.pem"_s, "x");
        const auto outcome = EndpointDiscovery(env).discover();
        QCOMPARE(outcome.candidates.size(), 1);
        QCOMPARE(outcome.candidates.first().endpoint.transport(), EngineEndpoint::Transport::Tls);
        QVERIFY(outcome.candidates.first().endpoint.certDirectory().endsWith(u"/docker"_s));
    }

    void defaultContextMeansNoContext()
    {
        DiscoveryEnvironment env = environment();
        env.environment.insert(u"DOCKER_CONTEXT"_s, u"default"_s);
        const auto outcome = EndpointDiscovery(env).discover();
        QVERIFY(outcome.candidates.isEmpty());
        QVERIFY(outcome.errors.isEmpty());
    }

    void tlsFromDockerVariables()
    {
        DiscoveryEnvironment env = environment();
        env.environment.insert(u"DOCKER_HOST"_s, u"tcp://build.example.org:2376"_s);
        env.environment.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
        env.environment.insert(u"DOCKER_CERT_PATH"_s, u"/certs"_s);
        const auto outcome = EndpointDiscovery(env).discover();
        QCOMPARE(outcome.candidates.size(), 1);
        const EngineEndpoint &ep = outcome.candidates.first().endpoint;
        QCOMPARE(ep.transport(), EngineEndpoint::Transport::Tls);
        QCOMPARE(ep.host(), u"build.example.org"_s);
        QCOMPARE(ep.port(), quint16(2376));
        QCOMPARE(ep.certDirectory(), u"/certs"_s);
        QVERIFY(ep.verifyPeer());
    }

    void explicitMistakesAreErrors_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("ssh DOCKER_HOST") << u"DOCKER_HOST"_s << u"ssh://user@host"_s;
        QTest::newRow("garbage DOCKER_HOST") << u"DOCKER_HOST"_s << u"::::"_s;
        QTest::newRow("npipe") << u"DOCKER_HOST"_s << u"npipe:////./pipe/docker_engine"_s;
        QTest::newRow("missing context") << u"DOCKER_CONTEXT"_s << u"nosuchcontext"_s;
        QTest::newRow("ssh CONTAINER_HOST") << u"CONTAINER_HOST"_s << u"ssh://core@localhost:53210/run/podman.sock"_s;
    }

    void explicitMistakesAreErrors()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        DiscoveryEnvironment env = environment();
        env.environment.insert(variable, value);
        writeFile(env.systemRoot + u"/var/run/docker.sock"_s, {});
        const auto outcome = EndpointDiscovery(env).discover();
        QCOMPARE(outcome.errors.size(), 1);
        QCOMPARE(outcome.errors.first().code(), ErrorCode::InvalidConfiguration);
        QVERIFY2(outcome.errors.first().message().contains(variable) || outcome.errors.first().message().contains(value),
                 qPrintable(outcome.errors.first().message()));
        // The well-known socket is still found: the error is shown, nothing else is hidden.
        QCOMPARE(outcome.candidates.size(), 1);
    }

    void hostileConfigFiles_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << "\x00\xff{{{"_ba;
        QTest::newRow("array") << "[1,2,3]"_ba;
        QTest::newRow("context not a string") << R"({"currentContext": {"a": 1}})"_ba;
        QTest::newRow("huge") << QByteArray(2 * 1024 * 1024, 'x');
    }

    void hostileConfigFiles()
    {
        QFETCH(QByteArray, config);
        DiscoveryEnvironment env = environment();
        writeFile(env.homeDirectory + u"/.docker/config.json"_s, config);
        const auto outcome = EndpointDiscovery(env).discover();
        QVERIFY(outcome.candidates.isEmpty());
    }

    void hostileContextMeta_data()
    {
        QTest::addColumn<QByteArray>("meta");
        QTest::newRow("garbage") << "not json"_ba;
        QTest::newRow("no endpoints") << R"({"Name":"x"})"_ba;
        QTest::newRow("host not string") << R"({"Endpoints":{"docker":{"Host":42}}})"_ba;
        QTest::newRow("bad url") << R"({"Endpoints":{"docker":{"Host":"gopher://x"}}})"_ba;
    }

    void hostileContextMeta()
    {
        QFETCH(QByteArray, meta);
        DiscoveryEnvironment env = environment();
        env.environment.insert(u"DOCKER_CONTEXT"_s, u"x"_s);
        writeFile(env.homeDirectory + u"/.docker/contexts/meta/"_s + EndpointDiscovery::contextDirectoryName(u"x"_s)
                      + u"/meta.json"_s,
                  meta);
        const auto outcome = EndpointDiscovery(env).discover();
        QVERIFY(outcome.candidates.isEmpty());
        QCOMPARE(outcome.errors.size(), 1);
        QVERIFY(outcome.errors.first().message().contains(u"\"x\""_s));
    }
};

QTEST_GUILESS_MAIN(tst_EndpointDiscovery)
#include "tst_endpointdiscovery.moc"
