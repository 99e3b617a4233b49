// SPDX-License-Identifier: Apache-2.0
#include "RegistriesPage.h"

#include "AddRegistryDialog.h"
#include "AddRepositoryDialog.h"
#include "ConfirmationDialog.h"
#include "LoggedInPull.h"
#include "ImportLoginsDialog.h"
#include "LoginDialog.h"
#include "PageLayoutSettings.h"
#include "PullDialog.h"
#include "RegistryDetailsPanel.h"
#include "RegistryServices.h"
#include "RegistrySettingsDialog.h"
#include "RegistryTreeProxyModel.h"
#include "UnpackedRequestDialog.h"
#include "ShareLoginDialog.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "engine/Engine.h"
#include "engine/EngineManager.h"
#include "models/RegistryTreeModel.h"
#include "registry/RegistryConnections.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

using Kind = RegistryTreeModel::Kind;
using State = RegistryTreeModel::State;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(RegistryTreeModel::KindRole).toInt());
}

QToolButton *toolButton(QAction *action, QWidget *parent, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

RegistriesPage::RegistriesPage(RegistryServices *services, EngineManager *engines, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_engines(engines)
    , m_model(new RegistryTreeModel(services->connections(), this))
    , m_proxy(new RegistryTreeProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_bannerArea(new MessageBannerArea(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(this))
    , m_hintLabel(new QLabel(this))
    , m_activityRow(new QWidget(this))
    , m_activityBar(new QProgressBar(m_activityRow))
    , m_activityLabel(new QLabel(m_activityRow))
    , m_cancelButton(new QPushButton(tr("Cancel"), m_activityRow))
    , m_activityTimer(new QTimer(this))
    , m_details(new RegistryDetailsPanel(services, this))
    , m_pullMenu(new QMenu(this))
{
    setObjectName(u"registriesPage"_s);
    m_proxy->setSourceModel(m_model);
    // The proxy outlives this page's destructor by a moment (children go last): it must not
    // call back into the page.
    m_proxy->setLoginText([services = QPointer<RegistryServices>(services)](const QString &registry) {
        return services ? services->loginText(registry) : QString();
    });

    // Actions: shared by the toolbar, the context menu and the window's menus.
    m_addRegistryAction = new QAction(QIcon::fromTheme(u"list-add"_s), tr("Add Registry…"), this);
    m_addRegistryAction->setObjectName(u"addRegistryAction"_s);
    m_addRegistryAction->setToolTip(tr("Add a registry by its host name (and port)"));
    connect(m_addRegistryAction, &QAction::triggered, this, [this] { addRegistry(); });

    m_loginAction = new QAction(QIcon::fromTheme(u"dialog-password"_s), tr("Log In…"), this);
    m_loginAction->setObjectName(u"loginAction"_s);
    m_loginAction->setToolTip(tr("Log in to the selected registry to see private images"));
    connect(m_loginAction, &QAction::triggered, this, [this] { logIn(); });
    m_logoutAction = new QAction(QIcon::fromTheme(u"system-log-out"_s), tr("Log Out"), this);
    m_logoutAction->setObjectName(u"logoutAction"_s);
    m_logoutAction->setToolTip(tr("Forget the login for the selected registry"));
    connect(m_logoutAction, &QAction::triggered, this, [this] { logOut(); });

    m_addRepositoryAction
        = new QAction(QIcon::fromTheme(u"folder-new"_s), tr("Add Repository…"), this);
    m_addRepositoryAction->setObjectName(u"addRepositoryAction"_s);
    m_addRepositoryAction->setToolTip(
        tr("Remember a repository path, for registries that do not list theirs"));
    connect(m_addRepositoryAction, &QAction::triggered, this, [this] { addRepository(); });

    m_reloadAction
        = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reload"), this);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reloadAction->setToolTip(tr("List the selected registry or repository again (F5)"));
    connect(m_reloadAction, &QAction::triggered, this, &RegistriesPage::reloadCurrent);

    m_settingsAction
        = new QAction(QIcon::fromTheme(u"configure"_s), tr("Registry Settings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setToolTip(tr("Rename, connection security, CA file, remove"));
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });

    m_filterAction = new QAction(tr("Filter"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_copyAction = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy Reference"), this);
    m_copyAction->setObjectName(u"copyReferenceAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &RegistriesPage::copyReference);

    m_pullAction = new QAction(QIcon::fromTheme(u"download"_s), tr("Pull…"), this);
    m_pullAction->setObjectName(u"pullAction"_s);
    m_pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pullAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pullAction->setToolTip(tr("Pull the selected tag into a container engine (Ctrl+P)"));
    connect(m_pullAction, &QAction::triggered, this, [this] { pull(); });
    m_launchAction = new QAction(QIcon::fromTheme(u"utilities-terminal"_s), tr("Launch…"), this);
    m_launchAction->setObjectName(u"launchAction"_s);
    m_launchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_launchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_launchAction->setToolTip(
        tr("Open a shell in the selected tag, with CVMFS and your folder; pulled first if needed (Ctrl+L)"));
    connect(m_launchAction, &QAction::triggered, this, &RegistriesPage::launch);
    addActions({ m_reloadAction, m_filterAction, m_copyAction, m_pullAction, m_launchAction });

    m_importLoginsAction = new QAction(
        QIcon::fromTheme(u"document-import"_s), tr("Import Logins from Docker and Podman…"), this);
    m_importLoginsAction->setObjectName(u"importLoginsAction"_s);
    m_importLoginsAction->setToolTip(
        tr("Copy the logins Docker and Podman already have into the system keychain"));
    connect(m_importLoginsAction, &QAction::triggered, this, [this] { importLogins(); });
    m_shareLoginAction = new QAction(
        QIcon::fromTheme(u"document-export"_s), tr("Share Login with Docker and Podman…"), this);
    m_shareLoginAction->setObjectName(u"shareLoginAction"_s);
    m_shareLoginAction->setToolTip(
        tr("Let docker pull and podman pull use the selected registry's login, through the "
           "system keychain"));
    connect(m_shareLoginAction, &QAction::triggered, this, [this] { shareLogin(); });

    // Toolbar: what changes the list, the filter ... Pull (the page's primary action).
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(2);
    QToolButton *addRegistryButton = toolButton(m_addRegistryAction, this, u"addRegistryButton"_s);
    toolbar->addWidget(addRegistryButton);
    m_loginButton = toolButton(m_loginAction, this, u"loginToolButton"_s);
    toolbar->addWidget(m_loginButton);
    QToolButton *addRepositoryButton = toolButton(m_addRepositoryAction, this, u"addRepositoryToolButton"_s);
    toolbar->addWidget(addRepositoryButton);
    QToolButton *settingsButton = toolButton(m_settingsAction, this, u"settingsToolButton"_s);
    toolbar->addWidget(settingsButton);
    QToolButton *reload = toolButton(m_reloadAction, this, u"reloadButton"_s);
    reload->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolbar->addWidget(reload);
    toolbar->addSpacing(8);
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter loaded names (Ctrl+F)"));
    m_filter->setToolTip(
        tr("Shows the registries, repositories and tags loaded so far whose names contain "
           "this text. Expand a registry or repository to load more."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter loaded names"));
    m_filter->setMinimumWidth(200);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (!text.trimmed().isEmpty())
            expandMatches({});
        updateHint();
    });
    toolbar->addWidget(m_filter, 1);
    toolbar->addSpacing(8);
    m_pullButton = new QPushButton(m_pullAction->icon(), tr("Pull…"), this);
    m_pullButton->setObjectName(u"pullButton"_s);
    m_pullButton->setToolTip(m_pullAction->toolTip());
    connect(m_pullButton, &QPushButton::clicked, m_pullAction, &QAction::trigger);
    toolbar->addWidget(m_pullButton);

    // The tree.
    m_tree->setObjectName(u"registryTreeView"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Registries"));
    m_tree->setExpandsOnDoubleClick(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RegistryTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RegistryTreeModel::InfoColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RegistryTreeModel::SizeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RegistryTreeModel::CreatedColumn, QHeaderView::Interactive);
    const QFontMetrics metrics = m_tree->fontMetrics();
    // The name takes what is left; the others fit their usual content.
    m_tree->setColumnWidth(RegistryTreeModel::InfoColumn,
        metrics.horizontalAdvance(u"anonymous · 1200 repositories"_s) + 16);
    m_tree->setColumnWidth(
        RegistryTreeModel::SizeColumn, metrics.horizontalAdvance(u"999.9 MB"_s) + 16);
    m_tree->setColumnWidth(
        RegistryTreeModel::CreatedColumn, metrics.horizontalAdvance(u"59 minutes ago"_s) + 16);
    header->setMinimumSectionSize(50);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &RegistriesPage::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegistriesPage::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegistriesPage::updateHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RegistriesPage::updateHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegistriesPage::updateHint);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });

    m_hintLabel->setObjectName(u"hintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hintLabel->hide();

    // Loads in flight: one bar and one Cancel for all of them.
    m_activityRow->setObjectName(u"activityRow"_s);
    m_activityBar->setObjectName(u"activityProgressBar"_s);
    m_activityBar->setRange(0, 0);
    m_activityBar->setTextVisible(false);
    m_activityBar->setMaximumWidth(160);
    m_activityLabel->setObjectName(u"activityLabel"_s);
    m_cancelButton->setObjectName(u"cancelLoadsButton"_s);
    m_cancelButton->setToolTip(tr("Stop every load in flight; reload a row to try it again"));
    connect(m_cancelButton, &QPushButton::clicked, m_model, &RegistryTreeModel::cancelAll);
    auto *activityLayout = new QHBoxLayout(m_activityRow);
    activityLayout->setContentsMargins(0, 0, 0, 0);
    activityLayout->addWidget(m_activityBar);
    activityLayout->addWidget(m_activityLabel, 1);
    activityLayout->addWidget(m_cancelButton);
    m_activityRow->hide();
    m_activityTimer->setInterval(1000);
    connect(m_activityTimer, &QTimer::timeout, this, &RegistriesPage::updateActivity);
    connect(m_model, &RegistryTreeModel::activityChanged, this, &RegistriesPage::updateActivity);
    connect(m_model, &RegistryTreeModel::loadFailed, this, &RegistriesPage::onLoadFailed);

    auto *treeSide = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_hintLabel);
    treeLayout->addWidget(m_activityRow);

    // The details panel.
    m_details->setModel(m_proxy);
    m_details->setPullMenu(m_pullMenu);
    connect(m_pullMenu, &QMenu::aboutToShow, this, &RegistriesPage::rebuildPullMenu);
    connect(m_details, &RegistryDetailsPanel::pullRequested, this, [this] { pull(); });
    connect(m_details, &RegistryDetailsPanel::unpackedLaunchRequested, this, &RegistriesPage::unpackedLaunchRequested);
    connect(m_details, &RegistryDetailsPanel::loadAllDetailsRequested, this,
        [this](
            const QModelIndex &index) { m_model->fetchAllDetails(m_proxy->mapToSource(index)); });
    connect(m_details, &RegistryDetailsPanel::retryRequested, this,
        [this](const QModelIndex &index) { m_model->fetchDetails(m_proxy->mapToSource(index)); });
    connect(m_details, &RegistryDetailsPanel::reloadRequested, this, &RegistriesPage::reloadIndex);
    connect(m_details, &RegistryDetailsPanel::loginRequested, this,
        [this](const QString &registry) { logIn(registry); });
    connect(m_details, &RegistryDetailsPanel::logoutRequested, this,
        [this](const QString &registry) { logOut(registry); });
    connect(m_details, &RegistryDetailsPanel::settingsRequested, this,
        [this](const QString &registry) { openSettings(registry); });
    connect(m_details, &RegistryDetailsPanel::addRepositoryRequested, this,
        [this](const QString &registry) { addRepository(registry); });
    connect(m_details, &RegistryDetailsPanel::removeRepositoryRequested, this,
        &RegistriesPage::removeRepository);

    m_splitter->setObjectName(u"registriesSplitter"_s);
    m_splitter->addWidget(treeSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 640, 440 });
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_bannerArea);
    layout->addWidget(m_splitter, 1);

    // Tab follows the toolbar from left to right, then the tree, then the details (the
    // toolbar's buttons are made after the filter and the tree, so set it here).
    setTabOrder(addRegistryButton, m_loginButton);
    setTabOrder(m_loginButton, addRepositoryButton);
    setTabOrder(addRepositoryButton, settingsButton);
    setTabOrder(settingsButton, reload);
    setTabOrder(reload, m_filter);
    setTabOrder(m_filter, m_pullButton);
    setTabOrder(m_pullButton, m_tree);
    setTabOrder(m_tree, m_cancelButton);
    // setTabOrder() moves one widget, not the details panel's children: move each of them.
    QList<QWidget *> detailsChain;
    for (QWidget *widget = m_details->nextInFocusChain(); m_details->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            detailsChain.append(widget);
    }
    QWidget *previous = m_cancelButton;
    for (QWidget *widget : std::as_const(detailsChain)) {
        setTabOrder(previous, widget);
        previous = widget;
    }

    // The registries and how each is logged in, from the settings, at once.
    RegistryAccounts *accounts = m_services->accounts();
    connect(accounts, &RegistryAccounts::registriesChanged, this, &RegistriesPage::syncRegistries);
    connect(accounts, &RegistryAccounts::accountChanged, this, [this](const QString &registry) {
        m_model->setManualRepositories(registry, m_services->accounts()->repositories(registry));
        m_proxy->refreshRegistry(registry);
        updateActions();
    });
    connect(
        m_services, &RegistryServices::loginStateChanged, this, [this](const QString &registry) {
            m_proxy->refreshRegistry(registry);
            removeBannersOf(registry);
            updateActions();
        });
    connect(m_services->connections(), &RegistryConnections::clientReset, this,
        &RegistriesPage::removeBannersOf);
    connect(m_services, &RegistryServices::credentialUnavailable, this,
        [this](const QString &registry, const Error &error) {
            MessageBanner *banner = m_bannerArea->show(MessageBanner::Kind::Warning,
                tr("Wharf cannot read your login for %1").arg(registry),
                tr("%1 Wharf shows what anonymous users may see. Unlock your keychain and reload, "
                   "or log in "
                   "again for this session.")
                    .arg(error.message()),
                error.details());
            banner->addAction(tr("Log In…"), [this, registry] { logIn(registry); });
            m_registryBanners.insert(registry, banner);
        });
    if (m_engines) {
        connect(m_engines, &EngineManager::engineAdded, this, [this](Engine *engine) {
            connect(engine, &Engine::stateChanged, this, &RegistriesPage::updateActions);
            updateActions();
        });
        for (Engine *engine : m_engines->engines())
            connect(engine, &Engine::stateChanged, this, &RegistriesPage::updateActions);
        connect(m_engines, &EngineManager::finished, this, &RegistriesPage::updateActions);
    }
    syncRegistries();
    updateActions();
}

RegistriesPage::~RegistriesPage()
{
    // The model reports to the page's widgets while it cancels: stop listening first.
    disconnect(m_model, nullptr, this, nullptr);
    m_model->cancelAll();
}

void RegistriesPage::syncRegistries()
{
    RegistryAccounts *accounts = m_services->accounts();
    const QStringList registries = accounts->registries();
    for (const QString &registry : registries)
        m_model->setManualRepositories(registry, accounts->repositories(registry));
    m_model->setRegistries(registries);
    updateHint();
    updateActions();
}

void RegistriesPage::removeBannersOf(const QString &registry)
{
    const QList<QPointer<MessageBanner>> banners = m_registryBanners.values(registry);
    for (const QPointer<MessageBanner> &banner : banners) {
        if (banner)
            banner->deleteLater(); // the registry is loaded again: the problem may be gone
    }
    m_registryBanners.remove(registry);
}

void RegistriesPage::onLoadFailed(const QModelIndex &sourceParent, const Error &error)
{
    const QString registry = sourceParent.data(RegistryTreeModel::RegistryRole).toString();
    const QString title = kindOf(sourceParent) == Kind::Registry
        ? tr("Cannot list the repositories of %1").arg(registry)
        : tr("Cannot list the tags of %1")
              .arg(sourceParent.data(RegistryTreeModel::ReferenceRole).toString());
    // The banner says what failed; the explanation (cause and fix) is in the details of the
    // message row the model put under the parent, so it is not shown twice.
    MessageBanner *banner = m_bannerArea->show(MessageBanner::Kind::Error, title, error.message(), error.details());
    const QPersistentModelIndex where(sourceParent);
    banner->addAction(tr("Try Again"), [this, where] {
        if (where.isValid())
            m_model->reload(where);
    });
    banner->addAction(tr("How to Fix…"), [this, where] {
        if (!where.isValid())
            return;
        for (int row = 0; row < m_model->rowCount(where); ++row) {
            const QModelIndex child = m_model->index(row, 0, where);
            const QModelIndex shown = m_proxy->mapFromSource(child);
            if (kindOf(child) == Kind::Message && shown.isValid()) {
                m_tree->expand(shown.parent());
                m_tree->setCurrentIndex(shown);
                m_tree->scrollTo(shown);
                return;
            }
        }
    }, true);
    if (error.code() == ErrorCode::AuthenticationRequired && !m_services->isLoggedIn(registry))
        banner->addAction(tr("Log In…"), [this, registry] { logIn(registry); });
    m_registryBanners.insert(registry, banner);
}

QModelIndex RegistriesPage::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(0);
}

QString RegistriesPage::currentRegistry() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(RegistryTreeModel::RegistryRole).toString() : QString();
}

QModelIndex RegistriesPage::viewIndex(
    const QString &registry, const QString &repository, const QString &tag) const
{
    QModelIndex source = repository.isEmpty() ? m_model->registryIndex(registry)
                                              : m_model->repositoryIndex(registry, repository);
    if (source.isValid() && !tag.isEmpty()) {
        QModelIndex found;
        for (int row = 0; row < m_model->rowCount(source); ++row) {
            const QModelIndex child = m_model->index(row, 0, source);
            if (kindOf(child) == Kind::Tag
                && child.data(RegistryTreeModel::TagRole).toString() == tag) {
                found = child;
                break;
            }
        }
        source = found;
    }
    return m_proxy->mapFromSource(source);
}

void RegistriesPage::selectViewIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RegistriesPage::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    // A message takes the whole width: it is a sentence, not a name.
    for (int row = first; row <= last; ++row) {
        if (kindOf(m_proxy->index(row, 0, parent)) == Kind::Message)
            m_tree->setFirstColumnSpanned(row, parent, true);
    }
    // While filtering, what arrives and matches is shown opened.
    if (!m_proxy->filterText().isEmpty())
        expandMatches(parent);
}

void RegistriesPage::expandMatches(const QModelIndex &parent)
{
    // Only rows whose children are loaded: expanding never starts a load here.
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex child = m_proxy->index(row, 0, parent);
        if (m_proxy->rowCount(child) > 0) {
            m_tree->expand(child);
            expandMatches(child);
        }
    }
}

void RegistriesPage::updateHint()
{
    QString hint;
    if (m_model->rowCount() == 0)
        hint = tr("No registries in the list. Add one with “Add Registry…”.");
    else if (!m_proxy->filterText().isEmpty() && m_proxy->rowCount() == 0)
        hint = tr(
            "No loaded name contains “%1”. Only what is loaded is searched: expand registries and "
            "repositories to load more.")
                   .arg(m_proxy->filterText());
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

void RegistriesPage::updateActivity()
{
    const int active = m_model->activeLoads();
    if (active == 0) {
        m_activityTimer->stop();
        m_activityClock.invalidate();
        m_activityRow->hide();
        return;
    }
    if (!m_activityClock.isValid())
        m_activityClock.start();
    if (!m_activityTimer->isActive())
        m_activityTimer->start();
    QString text = m_model->activityText();
    const qint64 seconds = m_activityClock.elapsed() / 1000;
    // Say when it is slower than usual, so nobody wonders whether it hangs.
    if (seconds >= 3)
        //: Loads in flight and how long they have been going: "Loading from 2 sources… 5 s".
        text = tr("%1 %2 s").arg(text).arg(seconds);
    m_activityLabel->setText(text);
    m_activityRow->show();
}

QList<Engine *> RegistriesPage::readyEngines() const
{
    QList<Engine *> ready;
    if (!m_engines)
        return ready;
    for (Engine *engine : m_engines->engines()) {
        if (engine->state() == Engine::State::Ready)
            ready.append(engine);
    }
    return ready;
}

void RegistriesPage::updateActions()
{
    const QModelIndex current = currentSourceIndex();
    const Kind kind = current.isValid() ? kindOf(current) : Kind::Message;
    const QString registry = currentRegistry();
    const bool loggedIn = !registry.isEmpty() && m_services->isLoggedIn(registry);
    m_logoutAction->setEnabled(loggedIn);
    m_shareLoginAction->setEnabled(loggedIn);
    m_loginButton->setDefaultAction(loggedIn ? m_logoutAction : m_loginAction);
    m_addRepositoryAction->setEnabled(!m_services->accounts()->registries().isEmpty());
    m_settingsAction->setEnabled(!registry.isEmpty());
    m_copyAction->setEnabled(current.isValid() && (kind == Kind::Tag || kind == Kind::Repository));

    const bool hasEngine = !readyEngines().isEmpty();
    const bool isTag = current.isValid() && kind == Kind::Tag;
    m_pullAction->setEnabled(isTag && hasEngine);
    // Not tied to a running engine: Apptainer launches pull the image themselves.
    m_launchAction->setEnabled(isTag);
    m_pullButton->setEnabled(m_pullAction->isEnabled());
    if (!hasEngine)
        m_pullButton->setToolTip(
            tr("No container engine is running: start Docker or Podman to pull."));
    else if (!isTag)
        m_pullButton->setToolTip(tr("Select a tag to pull it into a container engine."));
    else
        m_pullButton->setToolTip(m_pullAction->toolTip());
    m_details->setPullEnabled(
        hasEngine, tr("No container engine is running: start Docker or Podman to pull."));
}

void RegistriesPage::onCurrentChanged(const QModelIndex &current)
{
    m_details->showIndex(current);
    const QModelIndex source = m_proxy->mapToSource(current).siblingAtColumn(0);
    if (source.isValid() && kindOf(source) == Kind::Tag)
        Q_EMIT tagShown(source.data(RegistryTreeModel::ReferenceRole).toString());
    // Details on demand: selecting a tag fetches them (once; a failure waits for Try Again).
    if (source.isValid() && kindOf(source) == Kind::Tag
        && State(source.data(RegistryTreeModel::StateRole).toInt()) == State::NotLoaded)
        m_model->fetchDetails(source);
    updateActions();
}

void RegistriesPage::rebuildPullMenu()
{
    m_pullMenu->clear();
    const QList<Engine *> engines = readyEngines();
    for (Engine *engine : engines) {
        const QString text = engine->version().version.isEmpty()
            ? engine->displayName()
            : tr("%1 %2").arg(engine->displayName(), engine->version().version);
        QAction *action = m_pullMenu->addAction(tr("Pull into %1…").arg(text));
        const QPointer<Engine> target(engine);
        connect(action, &QAction::triggered, this, [this, target] {
            if (target)
                pull(target.data());
        });
    }
    if (engines.isEmpty())
        m_pullMenu->addAction(tr("No container engine is running"))->setEnabled(false);
}

void RegistriesPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    const QModelIndex source = m_proxy->mapToSource(index).siblingAtColumn(0);
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (source.isValid()) {
        const Kind kind = kindOf(source);
        if (kind == Kind::Tag || kind == Kind::Repository)
            menu->addAction(m_copyAction);
        if (kind == Kind::Tag) {
            menu->addAction(m_launchAction);
            const QString reference = source.data(RegistryTreeModel::ReferenceRole).toString();
            menu->addAction(tr("Request on unpacked.cern.ch…"), this, [this, reference] {
                auto *dialog = new UnpackedRequestDialog(reference, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
            menu->addAction(m_pullAction);
            QMenu *into = menu->addMenu(tr("Pull Into"));
            const QList<Engine *> engines = readyEngines();
            for (Engine *engine : engines) {
                const QPointer<Engine> target(engine);
                into->addAction(engine->displayName(), this, [this, target] {
                    if (target)
                        pull(target.data());
                });
            }
            into->setEnabled(!engines.isEmpty());
        }
        if (kind == Kind::Repository) {
            const QPersistentModelIndex repository(source);
            QAction *all
                = menu->addAction(tr("Load Details for All Tags"), this, [this, repository] {
                      if (repository.isValid())
                          m_model->fetchAllDetails(repository);
                  });
            all->setEnabled(
                State(source.data(RegistryTreeModel::StateRole).toInt()) == State::Loaded);
            if (source.data(RegistryTreeModel::ManualRole).toBool()) {
                const QString registry = source.data(RegistryTreeModel::RegistryRole).toString();
                const QString path = source.data(RegistryTreeModel::RepositoryRole).toString();
                menu->addAction(tr("Remove from List"), this,
                    [this, registry, path] { removeRepository(registry, path); });
            }
        }
        menu->addSeparator();
        menu->addAction(m_reloadAction);
    }
    menu->addSeparator();
    menu->addAction(m_loginAction);
    menu->addAction(m_logoutAction);
    menu->addAction(m_shareLoginAction);
    menu->addAction(m_addRepositoryAction);
    menu->addAction(m_settingsAction);
    menu->addSeparator();
    menu->addAction(m_addRegistryAction);
    menu->addAction(m_importLoginsAction);
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

void RegistriesPage::addRegistry()
{
    auto *dialog = new AddRegistryDialog(m_services->accounts()->registries(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<QString> added = m_services->accounts()->add(dialog->registry());
        if (!added) {
            m_bannerArea->showError(tr("Cannot add %1").arg(dialog->registry()), added.error());
            return;
        }
        selectViewIndex(viewIndex(*added));
        m_tree->setFocus();
    });
    dialog->open();
}

void RegistriesPage::logIn(const QString &registry)
{
    const QString target = registry.isEmpty() ? currentRegistry() : registry;
    auto *dialog = new LoginDialog(m_services, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoginDialog::loggedIn, this, [this](const QString &name) {
        const QModelIndex index = viewIndex(name);
        if (index.isValid() && !m_tree->currentIndex().isValid())
            selectViewIndex(index);
        m_details->showIndex(m_tree->currentIndex());
        updateActions();
    });
    dialog->open();
}

void RegistriesPage::logOut(const QString &registry)
{
    const QString target = registry.isEmpty() ? currentRegistry() : registry;
    const QString user = m_services->accounts()->username(target);
    if (target.isEmpty() || user.isEmpty())
        return;
    const QString where = m_services->accounts()->savedInKeychain(target)
        ? tr("Its password or token is removed from the system keychain.")
        : tr("Its password or token is removed from memory.");
    ConfirmationDialog::ask(this, tr("Log Out"), tr("Log out of %1 (user %2)?").arg(target, user),
        where + u' ' + tr("Wharf then shows what anonymous users may see."), tr("Log Out"),
        [this, target](bool confirmed) {
            if (!confirmed)
                return;
            const QPointer<RegistriesPage> self(this);
            m_services->credentials()->forget(target, [self, target](Result<void> forgotten) {
                if (!self)
                    return;
                if (!forgotten) {
                    self->m_bannerArea->showError(
                        tr("Cannot log out of %1").arg(target), forgotten.error());
                    return;
                }
                self->m_details->showIndex(self->m_tree->currentIndex());
                self->updateActions();
            });
        });
}

void RegistriesPage::importLogins()
{
    auto *dialog = new ImportLoginsDialog(m_services, m_toolEnvironment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportLoginsDialog::loginImported, this, [this] {
        m_details->showIndex(m_tree->currentIndex());
        updateActions();
    });
    dialog->open();
}

void RegistriesPage::shareLogin(const QString &registry)
{
    const QString target = registry.isEmpty() ? currentRegistry() : registry;
    if (target.isEmpty() || !m_services->isLoggedIn(target))
        return;
    auto *dialog = new ShareLoginDialog(m_services, target, m_toolEnvironment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RegistriesPage::addRepository(const QString &registry)
{
    RegistryAccounts *accounts = m_services->accounts();
    const QString target = registry.isEmpty() ? currentRegistry() : registry;
    auto *dialog = new AddRepositoryDialog(accounts->registries(), target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString &name : accounts->registries())
        dialog->setKnownRepositories(name, accounts->repositories(name));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->registry();
        const QString repository = dialog->repository();
        if (!m_services->accounts()->addRepository(name, repository))
            return;
        // The model shows it (accountChanged); open the registry to show it where it is.
        const QModelIndex registryIndex = viewIndex(name);
        if (!m_tree->isExpanded(registryIndex))
            m_tree->expand(registryIndex);
        selectViewIndex(viewIndex(name, repository));
    });
    dialog->open();
}

void RegistriesPage::removeRepository(const QString &registry, const QString &repository)
{
    ConfirmationDialog::ask(this, tr("Remove from List"),
        tr("Remove %1/%2 from the list?").arg(registry, repository),
        tr("Wharf forgets the path; the repository itself is not changed."), tr("Remove"),
        [this, registry, repository](bool confirmed) {
            if (confirmed)
                m_services->accounts()->removeRepository(registry, repository);
        });
}

void RegistriesPage::openSettings(const QString &registry)
{
    const QString target = registry.isEmpty() ? currentRegistry() : registry;
    if (target.isEmpty())
        return;
    auto *dialog = new RegistrySettingsDialog(m_services, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegistrySettingsDialog::renamed, this,
        [this](const QString &, const QString &to) { selectViewIndex(viewIndex(to)); });
    connect(dialog, &QDialog::accepted, this, [this] {
        m_details->showIndex(m_tree->currentIndex());
        updateActions();
    });
    dialog->open();
}

void RegistriesPage::reloadIndex(const QModelIndex &index)
{
    QModelIndex source = m_proxy->mapToSource(index).siblingAtColumn(0);
    if (source.isValid() && (kindOf(source) == Kind::Message || kindOf(source) == Kind::Tag))
        source = source.parent();
    if (!source.isValid())
        return;
    removeBannersOf(source.data(RegistryTreeModel::RegistryRole).toString());
    m_model->reload(source);
    m_tree->expand(m_proxy->mapFromSource(source));
}

void RegistriesPage::reloadCurrent()
{
    if (m_tree->currentIndex().isValid()) {
        reloadIndex(m_tree->currentIndex());
        return;
    }
    // Nothing selected: every registry that was opened.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex registry = m_model->index(row, 0);
        if (State(registry.data(RegistryTreeModel::StateRole).toInt()) != State::NotLoaded)
            reloadIndex(m_proxy->mapFromSource(registry));
    }
}

void RegistriesPage::copyReference()
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid() || (kindOf(current) != Kind::Tag && kindOf(current) != Kind::Repository))
        return;
    QApplication::clipboard()->setText(current.data(RegistryTreeModel::ReferenceRole).toString());
}

void RegistriesPage::launch()
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid() || kindOf(current) != Kind::Tag)
        return;
    Q_EMIT launchRequested(current.data(RegistryTreeModel::ReferenceRole).toString());
}

void RegistriesPage::pull(Engine *engine)
{
    const QModelIndex current = currentSourceIndex();
    if (!current.isValid() || kindOf(current) != Kind::Tag)
        return;
    const QList<Engine *> ready = readyEngines();
    if (ready.isEmpty())
        return;
    const QString reference = current.data(RegistryTreeModel::ReferenceRole).toString();
    const QString registry = current.data(RegistryTreeModel::RegistryRole).toString();
    Engine *preferred = engine ? engine : m_engines->defaultEngine();
    const QPointer<RegistriesPage> self(this);
    LoggedInPull::open(
        m_services, ready, preferred, reference, registry, this,
        [self](PullDialog *dialog) { connect(dialog, &PullDialog::pulled, self, &RegistriesPage::pulled); },
        [self](const QString &title, const QString &body, const QString &details) {
            if (self)
                self->m_bannerArea->show(MessageBanner::Kind::Warning, title, body, details);
        });
}

void RegistriesPage::saveState() const
{
    QSettings settings;
    settings.beginGroup(u"registriesPage"_s);
    PageLayoutSettings::save(settings, m_tree->header(), m_splitter);
}

void RegistriesPage::restoreState()
{
    QSettings settings;
    settings.beginGroup(u"registriesPage"_s);
    PageLayoutSettings::restore(settings, m_tree->header(), m_splitter);
}

} // namespace Wharf
