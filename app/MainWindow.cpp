// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "AboutDialog.h"
#include "Application.h"
#include "UnpackedPage.h"
#include "WharfSettings.h"

#include "EngineStatusBar.h"
#include "ContainersPage.h"
#include "ImagesPage.h"
#include "LaunchController.h"
#include "MessageBannerArea.h"
#include "RegistriesPage.h"
#include "RegistryDetailsPanel.h"
#include "RegistryServices.h"
#include "StartupProbe.h"
#include "TroubleshootingLauncher.h"
#include "TroubleshootingPage.h"
#include "credentials/RegistryAccounts.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "models/ImageInventory.h"
#include "models/ImageListCache.h"
#include "models/ImageListModel.h"
#include "registry/ImageReference.h"
#include "registry/RegistryConnections.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

EngineManager *systemEngineManager(QObject *parent)
{
    QSettings settings;
    const QString host = WharfSettings(&settings).engineHost();
    return new EngineManager(DiscoveryEnvironment::fromSystem(host), parent);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, Options{}, parent)
{
}

MainWindow::MainWindow(EngineManager *engines, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_engines(engines ? engines : systemEngineManager(this))
    , m_model(new ImageListModel(this))
    , m_cache(std::make_unique<ImageListCache>(options.cacheDirectory.isEmpty()
                                                   ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                                   : options.cacheDirectory))
    , m_inventory(new ImageInventory(m_model, m_cache.get(), this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_imagesPage(nullptr)
    , m_registries(options.registries ? options.registries : new RegistryServices(nullptr, nullptr, nullptr, this))
    , m_registriesPage(nullptr)
    , m_launcher(new TroubleshootingLauncher(this))
    , m_troubleshootingPage(nullptr)
    , m_statusBar(new EngineStatusBar(m_inventory, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"Wharf"_s);
    if (options.startEmbeddedPodman && !engines)
        m_engines->setEmbeddedPodman(EmbeddedPodmanService::Options{});

    // The last known state first: the cache fills the table before any engine is asked.
    m_inventory->loadCache();

    m_imagesPage = new ImagesPage(m_engines, m_model, m_inventory, this);

    m_sidebar->setObjectName(u"sidebarListWidget"_s);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(170);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    addPage(m_imagesPage, tr("Images"), u"images"_s);
    // Registries: nothing is fetched until a registry is expanded.
    m_registriesPage = new RegistriesPage(m_registries, m_engines, this);
    addPage(m_registriesPage, tr("Registries"), u"network-server"_s);
    connect(m_registriesPage, &RegistriesPage::pulled, this, [this](const QString &engineId, const QString &reference) {
        m_inventory->recheckImage(engineId, reference);
    });
    // Launches: from an engine's image, or from a registry tag (pulled first when needed).
    m_launches = new LaunchController(m_engines, m_registries, this, nullptr, this);
    connect(m_imagesPage, &ImagesPage::launchRequested, this, [this](const QString &engineId, const QString &reference) {
        m_launches->openDialog(engineId, reference, m_imagesPage->bannerArea());
    });
    connect(m_registriesPage, &RegistriesPage::launchRequested, this, [this](const QString &reference) {
        m_launches->openDialog(QString(), reference, m_registriesPage->bannerArea());
    });
    // unpacked.cern.ch: the saved scan at once, CVMFS read behind it (never on this thread).
    {
        QSettings store;
        m_unpackedPage = new UnpackedPage(WharfSettings(&store).unpackedRoots(),
                                          options.cacheDirectory.isEmpty()
                                              ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                              : options.cacheDirectory,
                                          this);
    }
    addPage(m_unpackedPage, tr("unpacked.cern.ch"), u"folder-remote"_s);
    connect(m_unpackedPage, &UnpackedPage::launchRequested, this,
            [this](const QString &path) { m_launches->openUnpackedDialog(path, m_unpackedPage->bannerArea()); });
    connect(m_registriesPage, &RegistriesPage::unpackedLaunchRequested, this,
            [this](const QString &path) { m_launches->openUnpackedDialog(path, m_registriesPage->bannerArea()); });
    // Cross-references: a registry tag published unpacked, an unpacked tag an engine has.
    connect(m_registriesPage, &RegistriesPage::tagShown, m_unpackedPage, &UnpackedPage::checkAvailability);
    connect(m_unpackedPage, &UnpackedPage::availabilityChecked, m_registriesPage->detailsPanel(),
            &RegistryDetailsPanel::setUnpackedAvailability);
    auto *crossReferences = new QTimer(this);
    crossReferences->setSingleShot(true);
    crossReferences->setInterval(500); // an engine's listing arrives in many row changes
    connect(crossReferences, &QTimer::timeout, this, [this] {
        QSet<QString> references;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString shown = m_model->index(row, 0).data(ImageListModel::ReferenceRole).toString();
            if (const Result<ImageReference> reference = ImageReference::parse(shown); reference)
                references.insert(reference->toString());
        }
        m_unpackedPage->setKnownReferences(references, tr("a local engine"));
    });
    const auto recheck = [crossReferences] { crossReferences->start(); };
    connect(m_model, &QAbstractItemModel::rowsInserted, crossReferences, recheck);
    connect(m_model, &QAbstractItemModel::rowsRemoved, crossReferences, recheck);
    connect(m_model, &QAbstractItemModel::modelReset, crossReferences, recheck);
    connect(m_model, &QAbstractItemModel::dataChanged, crossReferences, recheck);
    // Containers: live from each engine's events; the automounter's row is protected.
    m_containersPage = new ContainersPage(m_engines, AutomounterSettings{}, this); // applySettings() sets it
    addPage(m_containersPage, tr("Containers"), u"utilities-terminal"_s);
    connect(m_containersPage, &ContainersPage::imagesPageRequested, this,
            [this] { m_sidebar->setCurrentRow(m_pages->indexOf(m_imagesPage)); });
    // The checks run when the page is first shown, not now.
    m_troubleshootingPage = new TroubleshootingPage(this);
    m_troubleshootingPage->setEngineLinesProvider([this] { return engineLines(); });
    updateDiagnosticOptions();
    connect(m_registries->accounts(), &RegistryAccounts::registriesChanged, this, &MainWindow::updateDiagnosticOptions);
    addPage(m_troubleshootingPage, tr("Troubleshooting"), u"help-faq"_s);
    connect(m_launcher, &TroubleshootingLauncher::wizardRequested, m_troubleshootingPage,
            [this](std::optional<Symptom> symptom) { m_troubleshootingPage->startWizard(symptom); });
    // The catalogue's remedies under an error, wherever it is shown.
    connect(m_launcher, &TroubleshootingLauncher::settingsRequested, this, [this](const QString &page) {
        if (page == u"registries"_s)
            showPage(m_registriesPage); // registries, logins and their options live there
        else
            openSettings(SettingsDialog::Page::Engines);
    });
    connect(m_launcher, &TroubleshootingLauncher::automounterStartRequested, this,
            [this] { m_launches->startAutomounter(currentBannerArea()); });
    connect(m_launcher, &TroubleshootingLauncher::checkRequested, this, [this](const QString &checkId) {
        showPage(m_troubleshootingPage);
        m_troubleshootingPage->runChecksAndShow(checkId);
    });
    m_sidebar->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusBar, 1);
    statusBar()->setSizeGripEnabled(true);
    connect(m_launches, &LaunchController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_unpackedPage, &UnpackedPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    setUpMenus();
    applySettings();

    for (Engine *engine : m_engines->engines()) {
        m_statusBar->addEngine(engine);
        m_inventory->addEngine(engine);
    }
    connect(m_engines, &EngineManager::engineAdded, this, [this](Engine *engine) {
        m_statusBar->addEngine(engine);
        m_inventory->addEngine(engine);
    });
    connect(m_engines, &EngineManager::finished, this, [this] {
        m_statusBar->setDiscovering(false);
        QSet<QString> found;
        for (const Engine *engine : m_engines->engines())
            found.insert(engine->id());
        m_inventory->forgetEnginesOtherThan(found);
        m_statusBar->setNote(m_engines->embeddedPodmanStory());
        for (const Error &error : m_engines->errors())
            m_imagesPage->bannerArea()->showError(tr("An engine you chose cannot be used"), error);
    });
    connect(m_engines, &EngineManager::embeddedPodmanStarted, this, [this](const QString &why) {
        m_imagesPage->bannerArea()->show(MessageBanner::Kind::Information, tr("Wharf started Podman for you"), why);
    });

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!settings.contains(u"window/geometry"_s))
        resize(1260, 760);
    m_imagesPage->restoreState();
    m_registriesPage->restoreState();
    m_containersPage->restoreState();
    m_unpackedPage->restoreState();

    if (StartupProbe::enabled())
        new StartupProbe(m_imagesPage->tableView(), m_engines, m_inventory, this);

    // Discovery after the first paint: the window (and the cached rows) come first.
    if (!m_engines->isFinished())
        QTimer::singleShot(0, m_engines, &EngineManager::start);
}

MainWindow::~MainWindow()
{
    // The inventory saves pending changes to the cache as it goes: before the cache goes.
    delete m_inventory;
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &iconName)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_sidebar); // IconTheme draws each one
    item->setSizeHint(QSize(0, 36));
}

void MainWindow::setUpMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *recent = file->addMenu(tr("&Recent Launches"));
    recent->setObjectName(u"recentLaunchesMenu"_s);
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        // Problems of a repeated launch are shown where launches start.
        m_launches->fillRecentMenu(recent, m_imagesPage->bannerArea());
    });
    file->addSeparator();
    QAction *settings = file->addAction(QIcon::fromTheme(u"configure"_s), tr("&Settings…"), this,
                                        [this] { openSettings(SettingsDialog::Page::Engines); });
    settings->setObjectName(u"settingsAction"_s);
    // Ctrl+, as most desktop programs; the platform's own Preferences key where it has one.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!settingsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        settingsKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setShortcuts(settingsKeys);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *image = menuBar()->addMenu(tr("&Image"));
    image->addAction(m_imagesPage->launchAction());
    image->addAction(m_imagesPage->pullAction());
    image->addAction(m_imagesPage->copyReferenceAction());
    image->addAction(m_imagesPage->tagAction());
    image->addSeparator();
    image->addAction(m_imagesPage->removeAction());

    // The registry actions without shortcuts: those act on the page that has focus.
    QMenu *registry = menuBar()->addMenu(tr("&Registry"));
    registry->addAction(m_registriesPage->addRegistryAction());
    registry->addAction(m_registriesPage->addRepositoryAction());
    registry->addSeparator();
    registry->addAction(m_registriesPage->loginAction());
    registry->addAction(m_registriesPage->logoutAction());
    registry->addAction(m_registriesPage->settingsAction());
    registry->addSeparator();
    registry->addAction(m_registriesPage->importLoginsAction());
    registry->addAction(m_registriesPage->shareLoginAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_imagesPage->refreshAction());
    view->addAction(m_imagesPage->filterAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1: help with the problem at hand, the wizard that checks this computer.
    QAction *wizard = help->addAction(tr("&Troubleshooting Wizard…"), this, [this] { m_troubleshootingPage->startWizard(); });
    wizard->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Wharf"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->setEngineVersions(AboutDialog::engineVersions(m_engines));
    about->open();
}

SettingsDialog *MainWindow::openSettings(SettingsDialog::Page page)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(nullptr, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
        const auto showRegistries = [this] { m_settingsDialog->setRegistries(m_registries->accounts()->registries()); };
        showRegistries();
        connect(m_registries->accounts(), &RegistryAccounts::registriesChanged, m_settingsDialog, showRegistries);
        connect(m_settingsDialog, &SettingsDialog::registriesPageRequested, this, [this] {
            showPage(m_registriesPage);
            raise();
            activateWindow();
        });
    }
    m_settingsDialog->showPage(page);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

MessageBannerArea *MainWindow::currentBannerArea() const
{
    QWidget *page = m_pages->currentWidget();
    auto *area = page ? page->findChild<MessageBannerArea *>() : nullptr;
    return area ? area : m_imagesPage->bannerArea();
}

void MainWindow::showPage(QWidget *page)
{
    m_sidebar->setCurrentRow(m_pages->indexOf(page));
}

QStringList MainWindow::engineLines() const
{
    QStringList lines;
    for (const Engine *engine : m_engines->engines()) {
        QString state;
        switch (engine->state()) {
        case Engine::State::Ready: state = tr("answers"); break;
        case Engine::State::Probing: state = tr("not probed yet"); break;
        case Engine::State::Unreachable: state = tr("does not answer: %1").arg(engine->lastError().toString()); break;
        }
        const QString version = engine->version().version.isEmpty() ? tr("(version unknown)") : engine->version().version;
        const QString api = engine->client()->apiVersion().isEmpty() ? tr("(unknown)") : engine->client()->apiVersion();
        //: One engine in a diagnostics bundle: "Docker 20.10.24 API 1.41 at unix:///run/docker.sock: answers"
        lines.append(tr("%1 %2 API %3 at %4: %5")
                         .arg(engine->displayName(), version, api, engine->client()->endpoint().toUrl(), state));
    }
    if (lines.isEmpty())
        lines.append(m_engines->isFinished() ? tr("No engine found.") : tr("The engines are still being looked for."));
    return lines;
}

void MainWindow::updateDiagnosticOptions()
{
    DiagnosticOptions options;
    QSettings store;
    const WharfSettings settings(&store);
    options.engineHost = settings.engineHost();
    options.automounter = settings.automounter();
    options.cvmfsRepositories = settings.cvmfsRepositories();
    // The registry check asks the user's registries with the page's own logins.
    options.registries = m_registries->accounts()->registries();
    options.registryConnections = m_registries->connections();
    m_troubleshootingPage->setOptions(options);
}

void MainWindow::applySettings()
{
    QSettings store;
    const WharfSettings settings(&store);
    m_containersPage->setAutomounterSettings(settings.automounter());
    ContainersPage::TerminalOptions terminal = m_containersPage->terminalOptions();
    terminal.preferredTerminal = settings.terminalId();
    m_containersPage->setTerminalOptions(terminal);
    Application::applyNetworkProxy(settings.proxy());
    if (const QStringList roots = settings.unpackedRoots(); roots != m_unpackedPage->roots())
        m_unpackedPage->setRoots(roots);
    updateDiagnosticOptions(); // the engine address, the automounter, the repositories
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    m_imagesPage->saveState();
    m_registriesPage->saveState();
    m_containersPage->saveState();
    m_unpackedPage->saveState();
    QMainWindow::closeEvent(event);
}

} // namespace Wharf
