// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MessageBannerArea.h"

#include "MessageBanner.h"
#include "base/Error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QProcessEnvironment>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;
class QVBoxLayout;

namespace Wharf {

class Engine;
class EngineManager;
class RegistryDetailsPanel;
class RegistryServices;
class RegistryTreeModel;
class RegistryTreeProxyModel;

// The user's registries as a tree, registry -> repositories -> tags, loaded lazily as rows
// are expanded, with type-to-filter on what is loaded, progress and Cancel for the loads
// in flight, and the details of the selected row beside it. From here the user adds
// registries and repository paths, logs in and out, changes a registry's settings, copies
// references and pulls a tag into an engine with the registry's login.
//
// The registries and their login states show at once (from the settings); nothing is
// fetched before a row is expanded, and nothing waits on the GUI thread.
class RegistriesPage : public QWidget
{
    Q_OBJECT

public:
    // `engines` may be null (no pull then).
    RegistriesPage(RegistryServices *services, EngineManager *engines, QWidget *parent = nullptr);
    ~RegistriesPage() override;

    QTreeView *treeView() const { return m_tree; }
    RegistryTreeModel *model() const { return m_model; }
    RegistryTreeProxyModel *proxyModel() const { return m_proxy; }
    RegistryDetailsPanel *detailsPanel() const { return m_details; }
    RegistryServices *services() const { return m_services; }
    QList<MessageBanner *> banners() const { return m_bannerArea->banners(); }
    MessageBannerArea *bannerArea() const { return m_bannerArea; }

    QAction *addRegistryAction() const { return m_addRegistryAction; }
    QAction *loginAction() const { return m_loginAction; }
    QAction *logoutAction() const { return m_logoutAction; }
    QAction *addRepositoryAction() const { return m_addRepositoryAction; }
    QAction *reloadAction() const { return m_reloadAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *filterAction() const { return m_filterAction; }
    QAction *copyReferenceAction() const { return m_copyAction; }
    QAction *pullAction() const { return m_pullAction; }
    QAction *launchAction() const { return m_launchAction; }
    QAction *importLoginsAction() const { return m_importLoginsAction; }
    QAction *shareLoginAction() const { return m_shareLoginAction; }

    // Where Docker's and Podman's files and credential helpers are looked for by the import
    // and share dialogs (HOME, DOCKER_CONFIG, PATH, ...): the system's unless a test sets it.
    void setCredentialToolEnvironment(const QProcessEnvironment &environment)
    {
        m_toolEnvironment = environment;
    }

    // The registry of the current row (any level), empty when none.
    QString currentRegistry() const;
    // The view's index of a registry, repository or tag row; invalid when not shown.
    QModelIndex viewIndex(
        const QString &registry, const QString &repository = {}, const QString &tag = {}) const;


    void saveState() const;
    void restoreState();

public Q_SLOTS:
    void addRegistry();
    void logIn(const QString &registry = {});
    void logOut(const QString &registry = {});
    void addRepository(const QString &registry = {});
    void openSettings(const QString &registry = {});
    // Opens the dialog that imports Docker's and Podman's logins into the keychain.
    void importLogins();
    // Opens the dialog that shares the registry's login with Docker and Podman.
    void shareLogin(const QString &registry = {});
    void reloadCurrent();
    void copyReference();
    // Opens the pull dialog for the current tag, with the registry's login; `engine` is
    // preselected (null: the default engine).
    void pull(Wharf::Engine *engine = nullptr);
    // Asks for a launch of the current tag (launchRequested()); nothing on other rows.
    void launch();

Q_SIGNALS:
    // A pull from this page finished ("127.0.0.1:5000/test/busybox:1" into engineId).
    void pulled(const QString &engineId, const QString &reference);
    // Launch… on a tag: the full reference ("registry.example:5000/team/app:1"). The window
    // pulls it first when the chosen engine does not have it.
    void launchRequested(const QString &reference);
    // A tag's details are shown: the window asks unpacked.cern.ch whether it is published there.
    void tagShown(const QString &reference);
    // The details' "launch the unpacked copy" link.
    void unpackedLaunchRequested(const QString &path);

private:
    void syncRegistries();
    void updateActions();
    void updateActivity();
    void updateHint();
    void onCurrentChanged(const QModelIndex &current);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onLoadFailed(const QModelIndex &sourceParent, const Error &error);
    void expandMatches(const QModelIndex &parent);
    void reloadIndex(const QModelIndex &viewIndex);
    void removeRepository(const QString &registry, const QString &repository);
    void removeBannersOf(const QString &registry);
    void selectViewIndex(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    void rebuildPullMenu();
    QList<Engine *> readyEngines() const;
    QModelIndex currentSourceIndex() const;

    RegistryServices *m_services;
    EngineManager *m_engines;
    RegistryTreeModel *m_model;
    RegistryTreeProxyModel *m_proxy;
    QLineEdit *m_filter;
    QToolButton *m_loginButton;
    QPushButton *m_pullButton;
    MessageBannerArea *m_bannerArea;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    QLabel *m_hintLabel;
    QWidget *m_activityRow;
    QProgressBar *m_activityBar;
    QLabel *m_activityLabel;
    QPushButton *m_cancelButton;
    QTimer *m_activityTimer;
    QElapsedTimer m_activityClock;
    RegistryDetailsPanel *m_details;
    QMenu *m_pullMenu;
    QAction *m_addRegistryAction;
    QAction *m_loginAction;
    QAction *m_logoutAction;
    QAction *m_addRepositoryAction;
    QAction *m_reloadAction;
    QAction *m_settingsAction;
    QAction *m_filterAction;
    QAction *m_copyAction;
    QAction *m_pullAction;
    QAction *m_launchAction;
    QAction *m_importLoginsAction;
    QAction *m_shareLoginAction;
    QProcessEnvironment m_toolEnvironment = QProcessEnvironment::systemEnvironment();
    // Banners about one registry, removed when it loads again.
    QMultiHash<QString, QPointer<MessageBanner>> m_registryBanners;
};

} // namespace Wharf
