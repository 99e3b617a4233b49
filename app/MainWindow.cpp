// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "Application.h"
#include "WharfSettings.h"

#include "EngineStatusBar.h"
#include "ContainersPage.h"
#include "ImagesPage.h"
#include "LaunchController.h"
#include "RegistriesPage.h"
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
    // Containers: live from each engine's events; the automounter's row is protected.
    m_containersPage = new ContainersPage(m_engines, AutomounterSettings{}, this); // applySettings() sets it
    addPage(m_containersPage, tr("Containers"), u"utilities-terminal"_s);
    connect(m_containersPage, &ContainersPage::imagesPageRequested, this,
            [this] { m_sidebar->setCurrentRow(m_pages->indexOf(m_imagesPage)); });
    // The checks run when the page is first shown, not now.
    m_troubleshootingPage = new TroubleshootingPage(this);
    m_troubleshootingPage->setEngineLinesProvider([this] { return engineLines(); });
    const auto updateDiagnosticOptions = [this] {
        DiagnosticOptions diagnosticOptions;
        QSettings settings;
        diagnosticOptions.engineHost = WharfSettings(&settings).engineHost();
        // The registry check asks the user's registries with the page's own logins.
        diagnosticOptions.registries = m_registries->accounts()->registries();
        diagnosticOptions.registryConnections = m_registries->connections();
        m_troubleshootingPage->setOptions(diagnosticOptions);
    };
    updateDiagnosticOptions();
    connect(m_registries->accounts(), &RegistryAccounts::registriesChanged, this, updateDiagnosticOptions);
    addPage(m_troubleshootingPage, tr("Troubleshooting"), u"help-faq"_s);
    connect(m_launcher, &TroubleshootingLauncher::wizardRequested, m_troubleshootingPage,
            [this](std::optional<Symptom> symptom) { m_troubleshootingPage->startWizard(symptom); });
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
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName, QIcon(u":/wharf/icons/cern.wharf.Wharf.svg"_s)), title, m_sidebar);
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
    help->addAction(tr("&Troubleshooting Wizard…"), this, [this] { m_troubleshootingPage->startWizard(); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Wharf"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QStringList engines;
    for (const Engine *engine : m_engines->engines()) {
        if (engine->state() == Engine::State::Ready)
            engines.append(tr("%1 %2 (API %3)")
                               .arg(engine->displayName(), engine->version().version, engine->client()->apiVersion())
                               .toHtmlEscaped());
    }
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Wharf"),
                                tr("<h3>Wharf %1</h3><p>Run analysis containers with CVMFS.</p>"
                                   "<p>Qt %2<br>%3</p><p>Licensed under the Apache License 2.0.</p>")
                                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                         engines.join(u"<br>"_s)),
                                QMessageBox::Close, this);
    box->setIconPixmap(QIcon(u":/wharf/icons/cern.wharf.Wharf.svg"_s).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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

void MainWindow::applySettings()
{
    QSettings store;
    const WharfSettings settings(&store);
    m_containersPage->setAutomounterSettings(settings.automounter());
    ContainersPage::TerminalOptions terminal = m_containersPage->terminalOptions();
    terminal.preferredTerminal = settings.terminalId();
    m_containersPage->setTerminalOptions(terminal);
    Application::applyNetworkProxy(settings.proxy());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    m_imagesPage->saveState();
    m_registriesPage->saveState();
    m_containersPage->saveState();
    QMainWindow::closeEvent(event);
}

} // namespace Wharf
