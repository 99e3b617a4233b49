// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MessageBannerArea.h"

#include "MessageBanner.h"
#include "base/Error.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace Wharf {

class Engine;
class EngineManager;
class ImageDetailsPanel;
class ImageFilterProxyModel;
class ImageInventory;
class ImageListModel;
class NoEngineWidget;

// Every local image of every engine, in one live list: filter, sort, show or hide untagged
// images, and act on the selection (launch, copy the reference, inspect, tag, remove, pull).
class ImagesPage : public QWidget
{
    Q_OBJECT

public:
    ImagesPage(EngineManager *engines, ImageListModel *model, ImageInventory *inventory, QWidget *parent = nullptr);
    ~ImagesPage() override;

    QTableView *tableView() const { return m_table; }
    ImageFilterProxyModel *proxyModel() const { return m_proxy; }
    ImageDetailsPanel *detailsPanel() const { return m_details; }
    QList<MessageBanner *> banners() const { return m_bannerArea->banners(); }
    MessageBannerArea *bannerArea() const { return m_bannerArea; }

    QAction *copyReferenceAction() const { return m_copyAction; }
    QAction *tagAction() const { return m_tagAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *pullAction() const { return m_pullAction; }
    QAction *launchAction() const { return m_launchAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *filterAction() const { return m_filterAction; }

    // Shows an inline banner (replacing one with the same title).
    // An error banner: the title says what failed, the error what happened, the known-error
    // catalogue why and how to fix it.

    void saveState() const;
    void restoreState();

public Q_SLOTS:
    void copySelectedReferences();
    void tagSelected();
    void removeSelected(bool force = false);
    void pull(const QString &reference = {});
    // Asks for a launch of the one selected image (launchRequested()); nothing without one.
    void launchSelected();

Q_SIGNALS:
    // Launch… on an image: `reference` is its repo:tag, or its full ID ("sha256:...") when it
    // has no tag. The window opens the launch dialog with it.
    void launchRequested(const QString &engineId, const QString &reference);

private:
    struct SelectedRow
    {
        QString engineId;
        QString imageId;
        QString reference;
        bool dangling = false;
    };

    QList<SelectedRow> selectedRows() const;
    void updateActions();
    void updateDetails();
    void updateEmptyState();
    void addEngineToFilter(Engine *engine);
    void showContextMenu(const QPoint &position);

    EngineManager *m_engines;
    ImageListModel *m_model;
    ImageInventory *m_inventory;
    ImageFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_showDangling;
    QComboBox *m_engineFilter;
    QToolButton *m_refreshButton;
    QPushButton *m_pullButton;
    QPushButton *m_launchButton;
    MessageBannerArea *m_bannerArea;
    QHash<QString, QPointer<MessageBanner>> m_stoppedBanners; // engine id -> "stopped answering"
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QTableView *m_table;
    ImageDetailsPanel *m_details;
    NoEngineWidget *m_noEngine;
    QAction *m_copyAction;
    QAction *m_tagAction;
    QAction *m_removeAction;
    QAction *m_pullAction;
    QAction *m_launchAction;
    QAction *m_refreshAction;
    QAction *m_filterAction;
};

} // namespace Wharf
