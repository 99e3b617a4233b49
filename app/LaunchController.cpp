// SPDX-License-Identifier: Apache-2.0
#include "LaunchController.h"

#include "AutomounterOffer.h"
#include "DesktopNotifier.h"
#include "LaunchDialog.h"
#include "LoggedInPull.h"
#include "MessageBannerArea.h"
#include "PreconditionBanner.h"
#include "PullDialog.h"
#include "RegistryServices.h"
#include "WharfSettings.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "diagnostics/HostEnvironment.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "launch/ContainerOutputFollower.h"
#include "launch/EngineCliHost.h"
#include "launch/HostFactsProbe.h"
#include "launch/LaunchPlanner.h"
#include "launch/LaunchRequestValidator.h"
#include "launch/LaunchRunner.h"
#include "launch/RecentLaunches.h"
#include "launch/TerminalSession.h"
#include "registry/ImageReference.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// The engine a request names: same kind and same address for the CLI.
Engine *engineFor(EngineManager *engines, const LaunchRequest &request)
{
    for (Engine *engine : engines->engines()) {
        if (engine->kind() == request.engine && engineCliHost(engine->candidate()) == request.engineHost)
            return engine;
    }
    return nullptr;
}

QList<Engine *> readyEngines(EngineManager *engines)
{
    QList<Engine *> ready;
    for (Engine *engine : engines->engines()) {
        if (engine->state() == Engine::State::Ready)
            ready << engine;
    }
    return ready;
}

// The registry of an image reference, as the user's registry list names it; empty for an
// image ID or a path.
QString registryOf(const QString &image)
{
    if (image.startsWith(u'/') || LaunchRequestValidator::isImageId(image))
        return {};
    const Result<ImageReference> reference = ImageReference::parse(image);
    return reference ? reference->domain() : QString();
}

} // namespace

LaunchController::LaunchController(EngineManager *engines, RegistryServices *registries, QWidget *window,
                                   QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_engines(engines)
    , m_registries(registries)
    , m_window(window)
    , m_settings(settings ? settings : new QSettings(this))
    , m_recent(new RecentLaunches(m_settings, QDir::homePath(), this))
    , m_facts(LaunchDialog::localHostFacts())
    , m_wharfBinary(QCoreApplication::applicationFilePath())
    , m_automounterOffer(new AutomounterOffer(window, this))
{
    // What cannot be told at once (/afs, /eos, SELinux, the Apptainer cache) comes from a
    // probe that may take seconds on a hung network file system: dialogs get it later.
    auto *probe = new HostFactsProbe(HostEnvironment::fromSystem(), this);
    connect(probe, &HostFactsProbe::finished, this, [this, probe](const HostFacts &facts) {
        m_facts = facts;
        m_factsProbed = true;
        for (const QPointer<LaunchDialog> &dialog : std::as_const(m_dialogs)) {
            if (dialog)
                dialog->setHostFacts(m_facts);
        }
        probe->deleteLater();
    });
    probe->start();
}

LaunchController::~LaunchController() = default;

LaunchDialog *LaunchController::openDialog(const QString &engineId, const QString &image, MessageBannerArea *banners)
{
    QList<LaunchDialog::EngineChoice> choices;
    for (Engine *engine : readyEngines(m_engines))
        choices.append({engine->id(), engine->displayName(), engine->kind(), engineCliHost(engine->candidate())});
    auto *dialog = new LaunchDialog(choices, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!engineId.isEmpty())
        dialog->setEngine(engineId);
    else if (Engine *fallback = m_engines->defaultEngine())
        dialog->setEngine(fallback->id());
    dialog->setImage(image);
    dialog->setHostFacts(m_facts);
    const WharfSettings settings(m_settings);
    dialog->setCvmfsRoot(settings.cvmfsRoot());
    dialog->setAutomounterSettings(settings.automounter());
    const QPointer<MessageBannerArea> target(banners);
    connect(dialog, &LaunchDialog::launchRequested, this,
            [this, target](const LaunchRequest &request) { launch(request, target); });
    m_dialogs.removeAll(nullptr);
    m_dialogs << dialog;
    dialog->show();
    return dialog;
}

LaunchDialog *LaunchController::openUnpackedDialog(const QString &unpackedPath, MessageBannerArea *banners)
{
    LaunchDialog *dialog = openDialog(QString(), unpackedPath, banners);
    // An unpacked directory is Apptainer's to run: the engines take images, not folders.
    dialog->setStrategy(LaunchStrategy::Apptainer);
    return dialog;
}

void LaunchController::startAutomounter(MessageBannerArea *banners)
{
    Engine *engine = m_engines->defaultEngine();
    if (!engine) {
        banners->show(MessageBanner::Kind::Error, tr("No engine to start the cvmfs-automounter with"),
                      tr("Start Docker (or Podman as root), then try again."));
        return;
    }
    LaunchRequest request;
    request.strategy = LaunchStrategy::Automounter;
    request.engine = engine->kind();
    request.engineHost = engineCliHost(engine->candidate());
    request.automounter = WharfSettings(m_settings).automounter();
    m_automounterOffer->confirmAndStart(request, m_facts, banners, nullptr);
}

void LaunchController::launch(const LaunchRequest &original, MessageBannerArea *banners)
{
    LaunchRequest request = original;
    const QString registry = registryOf(request.image);
    // Apptainer pulls docker:// itself: it gets the saved login through its environment.
    if (request.strategy == LaunchStrategy::Apptainer && !registry.isEmpty() && m_registries
        && m_registries->isLoggedIn(registry)) {
        request.registryUsername = m_registries->accounts()->username(registry);
    }
    Engine *engine = launchStrategyUsesEngine(request.strategy) ? engineFor(m_engines, request) : nullptr;
    if (!engine || registry.isEmpty()) {
        run(request, banners);
        return;
    }
    // A registry image the engine lacks is pulled first, with progress and the user's login,
    // rather than by `run`, which would pull without Wharf's login.
    const QPointer<MessageBannerArea> target(banners);
    engine->client()->inspectImage(request.image, this, [this, request, target](const Result<ImageDetails> &found) {
        if (found || found.error().code() != ErrorCode::NotFound)
            run(request, target);
        else
            pullThenRun(request, target);
    });
}

void LaunchController::pullThenRun(const LaunchRequest &request, MessageBannerArea *banners)
{
    const QPointer<MessageBannerArea> target(banners);
    const QPointer<LaunchController> self(this);
    LoggedInPull::open(
        m_registries, readyEngines(m_engines), engineFor(m_engines, request), request.image, registryOf(request.image),
        m_window,
        [self, request, target](PullDialog *dialog) {
            // The pull dialog starts at once for this one purpose; the launch follows its end.
            connect(dialog, &PullDialog::pulled, self, [self, request, target, dialog](const QString &, const QString &) {
                if (!self)
                    return;
                dialog->close();
                self->run(request, target);
            });
            dialog->setWindowTitle(tr("Pull Before Launch"));
        },
        [target](const QString &title, const QString &body, const QString &details) {
            if (target)
                target->show(MessageBanner::Kind::Warning, title, body, details);
        });
}

void LaunchController::withSecrets(const LaunchRequest &request,
                                   std::function<void(QList<QPair<QString, QString>> secrets)> next)
{
    const Result<LaunchPlan> plan = LaunchPlanner::plan(request, m_facts);
    const QString registry = registryOf(request.image);
    if (!plan || plan->secretEnvironment.isEmpty() || registry.isEmpty() || !m_registries) {
        next({});
        return;
    }
    const QStringList names = plan->secretEnvironment;
    const QPointer<LaunchController> self(this);
    m_registries->credentials()->credential(registry, [self, names, next](Result<RegistryCredential> found) {
        if (!self)
            return;
        QList<QPair<QString, QString>> secrets;
        if (found) {
            for (const QString &name : names)
                secrets.append({name, found->secret});
        }
        next(secrets);
    });
}

void LaunchController::run(const LaunchRequest &request, MessageBannerArea *banners)
{
    const QPointer<MessageBannerArea> target(banners);
    withSecrets(request, [this, request, target](QList<QPair<QString, QString>> secrets) {
        auto *runner = new LaunchRunner(m_wharfBinary, HostEnvironment::fromSystem(), this);
        if (Engine *engine = engineFor(m_engines, request))
            runner->setEngineClient(engine->client());
        runner->setSecrets(secrets);
        runner->setPreferredTerminalId(WharfSettings(m_settings).terminalId());
        for (auto &[name, value] : secrets)
            value.fill(u'\0');
        connect(runner, &LaunchRunner::preconditionsFailed, this,
                [this, runner, target](const QList<PreconditionResult> &results) {
                    runner->deleteLater();
                    if (!target)
                        return;
                    MessageBanner *banner = PreconditionBanner::show(
                        target, tr("The launch was stopped before anything ran"), results);
                    const LaunchRequest stopped = runner->request();
                    if (AutomounterOffer::applies(stopped, results)) {
                        m_automounterOffer->offer(banner, stopped, m_facts, target, [this, stopped, target] {
                            if (target)
                                run(stopped, target);
                        });
                    }
                });
        connect(runner, &LaunchRunner::started, this, [this, runner, target] {
            followFuseReadiness(runner, target);
            m_recent->add(runner->request());
            Q_EMIT statusMessage(tr("Opened a terminal: %1")
                                     .arg(RecentLaunches::title(runner->request(), QDir::homePath())));
            Q_EMIT launched(runner->request());
        });
        connect(runner, &LaunchRunner::failedQuickly, this,
                [runner, target](const RunReport &report, const QList<CatalogueMatch> &) {
                    if (!target)
                        return;
                    DesktopNotifier::notifyIfAway(target, DesktopNotifier::Kind::Failure,
                                                  tr("The container stopped at once"), report.outcomeText());
                    // The banner explains it through the catalogue from the command's own words.
                    target->showError(tr("The container stopped at once"),
                                      Error(ErrorCode::ProcessFailed,
                                            tr("%1 %2").arg(runner->plan().program, report.outcomeText()),
                                            report.stderrTail().trimmed()));
                });
        connect(runner, &LaunchRunner::finished, runner, &QObject::deleteLater);
        connect(runner, &LaunchRunner::failed, this, [runner, target](const Error &error) {
            runner->deleteLater();
            if (target)
                target->showError(tr("The launch failed"), error);
        });
        runner->start(request, m_facts);
    });
}

void LaunchController::followFuseReadiness(LaunchRunner *runner, MessageBannerArea *banners)
{
    Engine *engine = engineFor(m_engines, runner->request());
    if (runner->request().strategy != LaunchStrategy::Fuse || !engine || runner->containerName().isEmpty())
        return;
    // The image mounts CVMFS after the terminal opened; its output says how that went.
    auto *follower = new ContainerOutputFollower(runner);
    connect(follower, &ContainerOutputFollower::output, runner,
            [runner](const QByteArray &chunk) { runner->feedContainerOutput(chunk); });
    connect(follower, &ContainerOutputFollower::ended, runner, &LaunchRunner::containerOutputEnded);
    const QPointer<MessageBannerArea> target(banners);
    const QString name = runner->containerName();
    connect(runner, &LaunchRunner::fuseReadiness, this,
            [this, target, name](FuseReadinessScanner::State state, const QString &line) {
                if (state == FuseReadinessScanner::State::Ready) {
                    Q_EMIT statusMessage(tr("CVMFS is mounted in %1").arg(name));
                } else if (state == FuseReadinessScanner::State::Failed && target) {
                    target->show(MessageBanner::Kind::Error, tr("CVMFS could not be mounted in %1").arg(name),
                                 tr("The image said: %1\n\nThe container has no /cvmfs. Check that this "
                                    "computer reaches the CVMFS servers (and the proxy, if you need one), "
                                    "then launch again, or pick another strategy.")
                                     .arg(line));
                }
            });
    follower->follow(engine->client(), name);
}

void LaunchController::fillRecentMenu(QMenu *menu, MessageBannerArea *banners)
{
    menu->clear();
    const QList<RecentLaunches::Entry> entries = m_recent->entries();
    const QPointer<MessageBannerArea> target(banners);
    for (const RecentLaunches::Entry &entry : entries) {
        QAction *action = menu->addAction(entry.title);
        action->setToolTip(entry.time.isValid() ? QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat)
                                                : QString());
        const LaunchRequest request = entry.request;
        connect(action, &QAction::triggered, this, [this, request, target] { launch(request, target); });
    }
    if (entries.isEmpty()) {
        menu->addAction(tr("No launches yet"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("Clear Recent Launches"), m_recent, &RecentLaunches::clear);
}

} // namespace Wharf
