// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

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
    };

    explicit MainWindow(QWidget *parent = nullptr);
    MainWindow(EngineManager *engines, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ImagesPage *imagesPage() const { return m_imagesPage; }
    EngineManager *engineManager() const { return m_engines; }
    ImageInventory *inventory() const { return m_inventory; }
    EngineStatusBar *engineStatusBar() const { return m_statusBar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpMenus();
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void showAbout();

    EngineManager *m_engines;
    ImageListModel *m_model;
    std::unique_ptr<ImageListCache> m_cache;
    ImageInventory *m_inventory;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    ImagesPage *m_imagesPage;
    EngineStatusBar *m_statusBar;
};

} // namespace Wharf
