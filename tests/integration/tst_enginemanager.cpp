// SPDX-License-Identifier: Apache-2.0
// Discovery and probing against the real engines of the test fixture, and the embedded
// Podman service against a private Podman.
#include "PrivatePodman.h"
#include "TestServices.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

class tst_EngineManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    DiscoveryEnvironment isolatedEnvironment() const
    {
        // Nothing of the machine's own engines: a fake home and root, no inherited variables.
        DiscoveryEnvironment env;
        env.homeDirectory = m_home.path() + u"/home"_s;
        env.systemRoot = m_home.path() + u"/root"_s;
        env.environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.path() + u"/run"_s);
        return env;
    }

    static void runToCompletion(EngineManager &manager)
    {
        QSignalSpy finished(&manager, &EngineManager::finished);
        manager.start();
        if (!manager.isFinished())
            QVERIFY(finished.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        QVERIFY(m_home.isValid());
    }

    void bothEnginesSideBySide()
    {
        DiscoveryEnvironment env = isolatedEnvironment();
        env.environment.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        env.environment.insert(u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl());
        EngineManager manager(env);
        QSignalSpy added(&manager, &EngineManager::engineAdded);
        runToCompletion(manager);
        QCOMPARE(added.size(), 2);
        QCOMPARE(manager.engines().size(), 2);
        Engine *docker = manager.engines().at(0);
        Engine *podman = manager.engines().at(1);
        QCOMPARE(docker->state(), Engine::State::Ready);
        QCOMPARE(podman->state(), Engine::State::Ready);
        QCOMPARE(docker->kind(), EngineKind::Docker);
        QCOMPARE(podman->kind(), EngineKind::Podman);
        QCOMPARE(docker->displayName(), u"Docker"_s);
        QCOMPARE(podman->displayName(), u"Podman"_s);
        QCOMPARE(docker->candidate().origin, EndpointOrigin::DockerHost);
        QCOMPARE(podman->candidate().origin, EndpointOrigin::ContainerHost);
        QVERIFY(!docker->version().version.isEmpty());
        QVERIFY(!docker->client()->apiVersion().isEmpty());
        QCOMPARE(manager.defaultEngine(), docker);
        QVERIFY(manager.errors().isEmpty());
    }

    void podmanBehindDockerPathIsPodman()
    {
        // Docker Desktop's socket path, but Podman answers there (podman-mac-helper, or a
        // user's symlink): it must be recognised by /libpod/_ping, and counted once.
        DiscoveryEnvironment env = isolatedEnvironment();
        QDir().mkpath(env.homeDirectory + u"/.docker/run"_s);
        QFile::remove(env.homeDirectory + u"/.docker/run/docker.sock"_s);
        QVERIFY(QFile::link(TestServices::podmanEndpoint().socketPath(), env.homeDirectory + u"/.docker/run/docker.sock"_s));
        env.environment.insert(u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl());
        EngineManager manager(env);
        runToCompletion(manager);
        QCOMPARE(manager.engines().size(), 1);
        QCOMPARE(manager.engines().first()->kind(), EngineKind::Podman);

        DiscoveryEnvironment onlyLink = isolatedEnvironment();
        EngineManager second(onlyLink);
        runToCompletion(second);
        QCOMPARE(second.engines().size(), 1);
        QCOMPARE(second.engines().first()->kind(), EngineKind::Podman);
        QCOMPARE(second.engines().first()->candidate().origin, EndpointOrigin::WellKnownSocket);
        QFile::remove(env.homeDirectory + u"/.docker/run/docker.sock"_s);
    }

    void explicitHostThatFailsIsAnError()
    {
        DiscoveryEnvironment env = isolatedEnvironment();
        env.environment.insert(u"DOCKER_HOST"_s, u"unix://"_s + m_home.path() + u"/nothing-here.sock"_s);
        env.environment.insert(u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl());
        EngineManager manager(env);
        runToCompletion(manager);
        QCOMPARE(manager.engines().size(), 2);
        QCOMPARE(manager.engines().at(0)->state(), Engine::State::Unreachable);
        QCOMPARE(manager.engines().at(0)->lastError().code(), ErrorCode::SocketMissing);
        // Not a silent fallback: the error is reported, and the other engine still works.
        QCOMPARE(manager.errors().size(), 1);
        QVERIFY(manager.errors().first().message().contains(u"DOCKER_HOST"_s));
        QCOMPARE(manager.defaultEngine(), manager.engines().at(1));
    }

    void socketPathThatIsARegularFile()
    {
        DiscoveryEnvironment env = isolatedEnvironment();
        const QString path = m_home.path() + u"/regular-file.sock"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        env.explicitHost = u"unix://"_s + path;
        EngineManager manager(env);
        runToCompletion(manager);
        QCOMPARE(manager.engines().size(), 1);
        QCOMPARE(manager.engines().first()->lastError().code(), ErrorCode::NotASocket);
        QCOMPARE(manager.errors().size(), 1);
    }

    void rediscoveryProbesAgain()
    {
        DiscoveryEnvironment env = isolatedEnvironment();
        env.environment.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        EngineManager manager(env);
        runToCompletion(manager);
        QCOMPARE(manager.engines().size(), 1);
        runToCompletion(manager);
        QCOMPARE(manager.engines().size(), 1);
        QCOMPARE(manager.engines().first()->state(), Engine::State::Ready);
    }

    void embeddedPodmanWhenNothingAnswers()
    {
        Test::PrivatePodman podman;
        WHARF_REQUIRE_SERVICE(podman.missingReason());
        QVERIFY2(podman.seed().isEmpty(), qPrintable(podman.lastOutput()));

        QString socketPath;
        {
            EngineManager manager(isolatedEnvironment());
            manager.setEmbeddedPodman(podman.serviceOptions());
            QSignalSpy started(&manager, &EngineManager::embeddedPodmanStarted);
            runToCompletion(manager);
            QCOMPARE(started.size(), 1);
            QVERIFY(!manager.embeddedPodmanStory().isEmpty());
            QCOMPARE(manager.engines().size(), 1);
            Engine *engine = manager.engines().first();
            QCOMPARE(engine->candidate().origin, EndpointOrigin::Embedded);
            QCOMPARE(engine->state(), Engine::State::Ready);
            QCOMPARE(engine->kind(), EngineKind::Podman);
            QCOMPARE(manager.defaultEngine(), engine);
            socketPath = engine->candidate().endpoint.socketPath();

            // It serves the private storage.
            QSignalSpy listed(this, &QObject::objectNameChanged);
            bool found = false;
            engine->client()->listImages(this, [&](const Result<QList<ImageSummary>> &images) {
                QVERIFY(images.ok());
                for (const ImageSummary &image : *images)
                    found = found || image.repoTags.contains(u"localhost/private/busybox:1"_s);
                setObjectName(u"listed"_s);
            });
            QVERIFY(listed.wait(20000));
            QVERIFY(found);
        }
        // The manager is gone: the service stops and removes its socket.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(socketPath), 15000);
    }

    void noEmbeddedWhenDisabledOrMissing()
    {
        EngineManager manager(isolatedEnvironment());
        EmbeddedPodmanService::Options options;
        options.program = u"no-such-podman-binary"_s;
        manager.setEmbeddedPodman(options);
        runToCompletion(manager);
        QVERIFY(manager.engines().isEmpty());
        QVERIFY(manager.embeddedPodmanStory().contains(u"not installed"_s));
    }
};

QTEST_GUILESS_MAIN(tst_EngineManager)
#include "tst_enginemanager.moc"
