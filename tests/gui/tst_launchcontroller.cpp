// SPDX-License-Identifier: Apache-2.0
// The window's launch flow against the fixture's dockerd: a precondition that fails stops the
// launch with its reason in the page's banner (nothing runs); a registry image the engine does
// not have is pulled first, in the pull dialog, with the saved login; recent launches fill the
// menu and a repeat goes through the same path. An automounter launch with no automounter
// running offers to start it; the start runs the documented command after the confirmation
// (dockerd here refuses --privileged: the refusal is what the banner then explains; the
// successful start is tested with the stand-in in tst_launchengines).
#include "ConfirmationDialog.h"
#include "LaunchController.h"
#include "LaunchDialog.h"
#include "AutomounterOffer.h"
#include "MessageBannerArea.h"
#include "WharfSettings.h"
#include "PullDialog.h"
#include "RegistryServices.h"
#include "TestServices.h"
#include "credentials/SessionSecretStore.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/Engine.h"
#include "engine/EngineManager.h"
#include "launch/EngineCliHost.h"
#include "launch/RecentLaunches.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

class tst_LaunchController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionSecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<RegistryServices> m_services;
    std::unique_ptr<EngineManager> m_engines;
    std::unique_ptr<QWidget> m_window;
    MessageBannerArea *m_banners = nullptr;

    LaunchRequest dockerRequest(const QString &image) const
    {
        Engine *docker = m_engines->defaultEngine();
        LaunchRequest request;
        request.strategy = LaunchStrategy::HostMount;
        request.engine = docker->kind();
        request.engineHost = engineCliHost(docker->candidate());
        request.image = image;
        request.workingFolder = m_dir.path();
        request.cvmfsRoot = m_dir.path() + u"/no-cvmfs-here"_s;
        return request;
    }

    static MessageBanner *bannerTitled(MessageBannerArea *area, const QString &title)
    {
        for (MessageBanner *banner : area->banners()) {
            if (banner->title() == title)
                return banner;
        }
        return nullptr;
    }

    static QList<PullDialog *> pullDialogs()
    {
        QList<PullDialog *> found;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<PullDialog *>(widget); dialog && dialog->isVisible())
                found << dialog;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        WHARF_REQUIRE_DOCKER();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings->clear();
        m_keychain = std::make_unique<SessionSecretStore>();
        m_session = std::make_unique<SessionSecretStore>();
        m_services = std::make_unique<RegistryServices>(m_settings.get(), m_keychain.get(), m_session.get());
        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home"_s;
        env.systemRoot = m_dir.path() + u"/root"_s;
        env.environment.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        m_engines = std::make_unique<EngineManager>(env);
        m_engines->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engines->isFinished(), 20000);
        QVERIFY(m_engines->defaultEngine());
        m_window = std::make_unique<QWidget>();
        m_banners = new MessageBannerArea(m_window.get());
        m_window->show();
    }

    void cleanup()
    {
        for (PullDialog *dialog : pullDialogs())
            dialog->close();
        m_window.reset();
        m_engines.reset();
        m_services.reset();
    }

    void failedPreconditionStopsWithTheReason()
    {
        LaunchController controller(m_engines.get(), m_services.get(), m_window.get(), m_settings.get());
        QSignalSpy launched(&controller, &LaunchController::launched);
        controller.launch(dockerRequest(u"localhost/test/busybox:1"_s), m_banners);
        QTRY_VERIFY_WITH_TIMEOUT(!m_banners->banners().isEmpty(), 20000);
        MessageBanner *banner = m_banners->banners().constFirst();
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner->body().contains(u"no-cvmfs-here"_s) || banner->body().contains(u"CVMFS"_s),
                 qPrintable(banner->body()));
        QCOMPARE(launched.size(), 0);
        QVERIFY(controller.recentLaunches()->entries().isEmpty());
    }

    // The engine lacks this registry image: the launch pulls it first, in the pull dialog,
    // rather than leaving `docker run` to pull it without the user's login.
    void registryImageIsPulledFirst()
    {
        WHARF_REQUIRE_REGISTRY();
        LaunchController controller(m_engines.get(), m_services.get(), m_window.get(), m_settings.get());
        const QString reference = TestServices::registryAddress() + u"/multi/arch:list"_s;
        controller.launch(dockerRequest(reference), m_banners);
        QTRY_VERIFY_WITH_TIMEOUT(!pullDialogs().isEmpty(), 20000);
        PullDialog *dialog = pullDialogs().constFirst();
        QCOMPARE(dialog->reference(), reference);
        QCOMPARE(dialog->windowTitle(), u"Pull Before Launch"_s);
    }

    void dialogOpensForTheEngineAndImage()
    {
        LaunchController controller(m_engines.get(), m_services.get(), m_window.get(), m_settings.get());
        LaunchDialog *dialog = controller.openDialog(m_engines->defaultEngine()->id(), u"localhost/test/busybox:1"_s,
                                                     m_banners);
        QVERIFY(dialog);
        QCOMPARE(dialog->engineId(), m_engines->defaultEngine()->id());
        QCOMPARE(dialog->request().image, u"localhost/test/busybox:1"_s);
        QCOMPARE(dialog->request().engineHost, TestServices::dockerEndpoint().toUrl());
        dialog->close();
    }

    void automounterOfferedWhenNotRunning()
    {
        const QString mountRoot = m_dir.path() + u"/shared-mounts"_s;
        QVERIFY(QDir().mkpath(mountRoot));
        const QString shared = TestServices::makeSharedMount(mountRoot);
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        LaunchRequest request = dockerRequest(u"localhost/test/busybox:1"_s);
        request.strategy = LaunchStrategy::Automounter;
        request.automounter.mountRoot = mountRoot;
        request.automounter.image = u"localhost/test/busybox:1"_s;
        request.automounter.containerName = u"wharf-offer-%1"_s.arg(QCoreApplication::applicationPid());
        const auto cleanup = qScopeGuard([&] {
            TestServices::runEngineCli(EngineKind::Docker, {u"rm"_s, u"-f"_s, request.automounter.containerName});
            TestServices::unmountTree(mountRoot);
            ConfirmationDialog::setPresetAnswer(std::nullopt);
        });

        LaunchController controller(m_engines.get(), m_services.get(), m_window.get(), m_settings.get());
        controller.launch(request, m_banners);
        const QString stopped = u"The launch was stopped before anything ran"_s;
        QTRY_VERIFY_WITH_TIMEOUT(bannerTitled(m_banners, stopped), 20000);
        MessageBanner *banner = bannerTitled(m_banners, stopped);
        QVERIFY2(banner->body().contains(request.automounter.containerName), qPrintable(banner->body()));
        QPushButton *offer = nullptr;
        for (QPushButton *button : banner->findChildren<QPushButton *>()) {
            if (button->text().startsWith(u"Start the cvmfs-automounter"_s))
                offer = button;
        }
        QVERIFY(offer);

        // Confirmed: the documented command runs (the question names its privileges).
        ConfirmationDialog::setPresetAnswer(true);
        offer->click();
        QVERIFY2(ConfirmationDialog::lastQuestion().contains(u"--privileged"_s),
                 qPrintable(ConfirmationDialog::lastQuestion()));
        const QString refused = u"The cvmfs-automounter could not start"_s;
        QTRY_VERIFY_WITH_TIMEOUT(bannerTitled(m_banners, refused), 60000);
        QVERIFY(!bannerTitled(m_banners, u"Starting the cvmfs-automounter"_s));
    }

    // No automounter offer where starting one would not help (here: no CVMFS at all).
    void noAutomounterOfferForOtherFailures()
    {
        LaunchRequest request = dockerRequest(u"localhost/test/busybox:1"_s);
        QVERIFY(!AutomounterOffer::applies(request, {}));
        PreconditionResult missing;
        missing.precondition.kind = LaunchPrecondition::Kind::ContainerRunning;
        missing.precondition.subject = request.automounter.containerName;
        missing.status = PreconditionResult::Status::Failed;
        QVERIFY(!AutomounterOffer::applies(request, {missing})); // host-mount strategy
        request.strategy = LaunchStrategy::Automounter;
        QVERIFY(AutomounterOffer::applies(request, {missing}));
        PreconditionResult notShared;
        notShared.precondition.kind = LaunchPrecondition::Kind::SharedMount;
        notShared.status = PreconditionResult::Status::Failed;
        QVERIFY(!AutomounterOffer::applies(request, {missing, notShared}));
        missing.status = PreconditionResult::Status::TimedOut; // the engine did not answer
        QVERIFY(!AutomounterOffer::applies(request, {missing}));
    }

    // The page's settings reach the dialog: CVMFS root and automounter.
    void settingsReachTheDialog()
    {
        WharfSettings settings(m_settings.get());
        settings.setCvmfsRoot(m_dir.path() + u"/cvmfs-elsewhere"_s);
        AutomounterSettings automounter;
        automounter.mountRoot = u"/srv/mounts"_s;
        settings.setAutomounter(automounter);
        LaunchController controller(m_engines.get(), m_services.get(), m_window.get(), m_settings.get());
        LaunchDialog *dialog = controller.openUnpackedDialog(u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/library/centos:centos7"_s, m_banners);
        QCOMPARE(dialog->request().cvmfsRoot, m_dir.path() + u"/cvmfs-elsewhere"_s);
        QCOMPARE(dialog->request().automounter.mountRoot, u"/srv/mounts"_s);
        QCOMPARE(dialog->request().strategy, LaunchStrategy::Apptainer);
        QCOMPARE(dialog->request().image, u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/library/centos:centos7"_s);
        dialog->close();
    }

    void recentLaunchesFillTheMenu()
    {
        LaunchController controller(m_engines.get(), m_services.get(), m_window.get(), m_settings.get());
        QMenu menu;
        controller.fillRecentMenu(&menu, m_banners);
        QCOMPARE(menu.actions().size(), 1);
        QVERIFY(!menu.actions().constFirst()->isEnabled());
        controller.recentLaunches()->add(dockerRequest(u"localhost/test/busybox:1"_s));
        controller.fillRecentMenu(&menu, m_banners);
        QVERIFY(menu.actions().constFirst()->text().contains(u"localhost/test/busybox:1"_s));
        // Repeating it goes through the same checks: the missing /cvmfs stops it again.
        menu.actions().constFirst()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_banners->banners().isEmpty(), 20000);
    }
};

QTEST_MAIN(tst_LaunchController)
#include "tst_launchcontroller.moc"
