// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingsDialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace Wharf {

class EngineManager;
class EngineStatusBar;
class ImageInventory;
class ImageListCache;
class ImageListModel;
class ImagesPage;
class RegistriesPage;
class RegistryServices;
class ContainersPage;
class UnpackedPage;
class LaunchController;
class MessageBannerArea;
class TroubleshootingLauncher;
class TroubleshootingPage;

// The window: a sidebar of pages, the pages, and a status line per engine. It shows the
// last known images at once (from the cache) and finds the engines behind them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool startEmbeddedPodman = true;
        QString cacheDirectory; // empty: the platform's cache location
        // The registries, their logins and connections (not owned; must outlive the
        // window). Null: the window makes them, from the application's settings and the
        // system keychain.
        RegistryServices *registries = nullptr;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    MainWindow(EngineManager *engines, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ImagesPage *imagesPage() const { return m_imagesPage; }
    RegistriesPage *registriesPage() const { return m_registriesPage; }
    UnpackedPage *unpackedPage() const { return m_unpackedPage; }
    RegistryServices *registryServices() const { return m_registries; }
    TroubleshootingPage *troubleshootingPage() const { return m_troubleshootingPage; }
    // Error messages anywhere in the window open the troubleshooting wizard through it.
    TroubleshootingLauncher *troubleshootingLauncher() const { return m_launcher; }
    LaunchController *launchController() const { return m_launches; }
    EngineManager *engineManager() const { return m_engines; }
    ImageInventory *inventory() const { return m_inventory; }
    EngineStatusBar *engineStatusBar() const { return m_statusBar; }
    // Reads WharfSettings again and hands each page what it uses (after Settings… or at start).
    void applySettings();
    // Settings… at `page` (one dialog at a time: an open one is raised).
    SettingsDialog *openSettings(SettingsDialog::Page page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The troubleshooting checks' options from the settings and the registries.
    void updateDiagnosticOptions();
    void setUpMenus();
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void showAbout();
    // The current page's banners (where a remedy started from an error reports).
    MessageBannerArea *currentBannerArea() const;
    void showPage(QWidget *page);
    // One line per engine for the diagnostics bundle: name, version, API, endpoint, state.
    QStringList engineLines() const;

    EngineManager *m_engines;
    ImageListModel *m_model;
    std::unique_ptr<ImageListCache> m_cache;
    ImageInventory *m_inventory;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    ImagesPage *m_imagesPage;
    RegistryServices *m_registries;
    RegistriesPage *m_registriesPage;
    TroubleshootingLauncher *m_launcher;
    LaunchController *m_launches = nullptr;
    ContainersPage *m_containersPage = nullptr;
    UnpackedPage *m_unpackedPage = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    TroubleshootingPage *m_troubleshootingPage;
    EngineStatusBar *m_statusBar;
};

} // namespace Wharf
