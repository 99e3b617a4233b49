// SPDX-License-Identifier: Apache-2.0
#include "ContainersPage.h"

#include "ConfirmationDialog.h"
#include "ContainerDetailsPanel.h"
#include "ContainerLogView.h"
#include "ContainerRowDelegate.h"
#include "NoEngineWidget.h"
#include "PageLayoutSettings.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "launch/ContainerExecPlanner.h"
#include "launch/EngineCliHost.h"
#include "launch/LaunchRequestValidator.h"
#include "launch/TerminalDetector.h"
#include "launch/TerminalSession.h"
#include "models/ContainerFilterProxyModel.h"
#include "models/ContainerListModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

const QString SettingsGroup = u"containersPage"_s;

QString automounterRemoveRefusal()
{
    return ContainersPage::tr(
        "The cvmfs-automounter is not removed from here: every container started with the "
        "automounter strategy would lose /cvmfs. If you mean it, use \"Remove "
        "Automounter…\" in the context menu.");
}

} // namespace

ContainersPage::ContainersPage(
    EngineManager *engines, const AutomounterSettings &automounter, QWidget *parent)
    : QWidget(parent)
    , m_engines(engines)
    , m_model(new ContainerListModel(this))
    , m_proxy(new ContainerFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_showStopped(new QCheckBox(tr("Show stopped"), this))
    , m_engineFilter(new QComboBox(this))
    , m_refreshButton(new QToolButton(this))
    , m_logsButton(new QPushButton(tr("Logs"), this))
    , m_terminalButton(new QPushButton(tr("Open Terminal"), this))
    , m_bannerArea(new MessageBannerArea(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(this))
    , m_details(new ContainerDetailsPanel(this))
    , m_emptyState(new QWidget(this))
    , m_emptyLabel(new QLabel(m_emptyState))
    , m_noEngine(new NoEngineWidget(this))
{
    setObjectName(u"containersPage"_s);
    m_model->setAutomounterSettings(automounter);
    m_proxy->setSourceModel(m_model);

    // Actions: shortcuts work while the page has focus; menus and buttons share them.
    m_terminalAction
        = new QAction(QIcon::fromTheme(u"utilities-terminal"_s), tr("Open Terminal"), this);
    m_terminalAction->setObjectName(u"openTerminalAction"_s);
    m_terminalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_terminalAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_terminalAction->setToolTip(
        tr("Open another terminal in the selected running container (Ctrl+T)"));
    connect(m_terminalAction, &QAction::triggered, this, &ContainersPage::openTerminalInSelected);

    m_logsAction = new QAction(QIcon::fromTheme(u"text-x-log"_s), tr("Logs"), this);
    m_logsAction->setObjectName(u"logsAction"_s);
    m_logsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_logsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_logsAction->setToolTip(tr("Show the selected container's log and follow it (Ctrl+Shift+L)"));
    connect(m_logsAction, &QAction::triggered, this, &ContainersPage::showLogsOfSelected);

    m_startAction = new QAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Start"), this);
    m_startAction->setObjectName(u"startAction"_s);
    m_startAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_startAction->setToolTip(tr("Start the selected stopped containers again, with the options they were "
                                 "created with"));
    connect(m_startAction, &QAction::triggered, this, &ContainersPage::startSelected);

    m_stopAction = new QAction(QIcon::fromTheme(u"process-stop"_s), tr("Stop"), this);
    m_stopAction->setObjectName(u"stopAction"_s);
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stopAction->setToolTip(
        tr("Stop the selected containers: their programs get 10 seconds to end (Ctrl+Shift+S)"));
    connect(m_stopAction, &QAction::triggered, this, &ContainersPage::stopSelected);

    m_removeAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("Remove…"), this);
    m_removeAction->setObjectName(u"removeAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &ContainersPage::removeSelected);

    m_removeAutomounterAction = new QAction(tr("Remove Automounter…"), this);
    m_removeAutomounterAction->setObjectName(u"removeAutomounterAction"_s);
    connect(m_removeAutomounterAction, &QAction::triggered, this,
        &ContainersPage::removeSelectedAutomounter);

    m_refreshAction
        = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &ContainersPage::refresh);

    m_copyAction = new QAction(tr("Copy Name"), this);
    m_copyAction->setObjectName(u"copyNameAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        QStringList names;
        for (const Selected &row : selectedRows())
            names.append(row.name);
        if (!names.isEmpty())
            QApplication::clipboard()->setText(names.join(u'\n'));
    });

    m_filterAction = new QAction(tr("Filter"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addActions({ m_terminalAction, m_logsAction, m_startAction, m_stopAction, m_removeAction, m_refreshAction,
        m_copyAction, m_filterAction });

    // Toolbar: filter, stopped, engine, refresh ... Logs, Open Terminal (the primary action).
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by name, image, strategy or mount (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter containers"));
    m_filter->setMinimumWidth(280);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxyModel::setFilterText);
    m_showStopped->setObjectName(u"showStoppedCheckBox"_s);
    m_showStopped->setChecked(true);
    m_showStopped->setToolTip(tr("Show containers that have ended as well as the running ones"));
    connect(
        m_showStopped, &QCheckBox::toggled, m_proxy, &ContainerFilterProxyModel::setShowStopped);
    m_engineFilter->setObjectName(u"engineFilterComboBox"_s);
    m_engineFilter->setAccessibleName(tr("Show containers of"));
    m_engineFilter->addItem(tr("All engines"), QString());
    m_engineFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_engineFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setEngineFilter(m_engineFilter->currentData().toString()); });
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_refreshButton->setDefaultAction(m_refreshAction);
    m_refreshButton->setToolTip(tr("Refresh (F5)"));
    m_refreshButton->setAutoRaise(true);
    m_logsButton->setObjectName(u"logsButton"_s);
    m_logsButton->setIcon(m_logsAction->icon());
    m_logsButton->setToolTip(m_logsAction->toolTip());
    connect(m_logsButton, &QPushButton::clicked, m_logsAction, &QAction::trigger);
    m_terminalButton->setObjectName(u"openTerminalButton"_s);
    m_terminalButton->setIcon(m_terminalAction->icon());
    m_terminalButton->setToolTip(m_terminalAction->toolTip());
    connect(m_terminalButton, &QPushButton::clicked, m_terminalAction, &QAction::trigger);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 2);
    toolbar->addWidget(m_showStopped);
    toolbar->addWidget(m_engineFilter);
    toolbar->addWidget(m_refreshButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_logsButton);
    toolbar->addWidget(m_terminalButton);

    // The table.
    m_table->setObjectName(u"containersTableView"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ContainerRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContainerListModel::StateColumn, Qt::AscendingOrder); // running first
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The mounts take the room that is left (their tooltip has them all).
    header->setSectionResizeMode(ContainerListModel::MountsColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(50);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthFor
        = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(
        ContainerListModel::ImageColumn, widthFor(u"localhost/test/busybox:1"_s));
    m_table->setColumnWidth(ContainerListModel::StrategyColumn, widthFor(u"cvmfs-automounter"_s));
    m_table->setColumnWidth(ContainerListModel::StateColumn, widthFor(u"Exited (137)"_s));
    m_table->setColumnWidth(ContainerListModel::UptimeColumn, widthFor(u"59 minutes"_s));
    m_table->setColumnWidth(ContainerListModel::NameColumn, widthFor(u"wharf-analysis-el9-01"_s));
    m_table->setColumnWidth(ContainerListModel::EngineColumn, widthFor(u"Podman"_s));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Containers"));
    connect(
        m_table, &QTableView::customContextMenuRequested, this, &ContainersPage::showContextMenu);
    connect(m_table, &QTableView::activated, this, [this] {
        // Enter or a double click: a terminal into a running container, else its log.
        const QList<Selected> rows = selectedRows();
        if (rows.size() == 1 && rows.first().running)
            openTerminalInSelected();
        else
            showLogsOfSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ContainersPage::updateDetails);
    // A row that changed (it stopped, started) changes what may be done with it. Uptime-only
    // changes (once a minute) start at the Uptime column and need nothing.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() != 0)
            return;
        updateActions();
        updateDetails();
    });

    m_splitter->setObjectName(u"containersSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 900, 360 });
    m_splitter->setChildrenCollapsible(false);

    // The empty state says what to do instead of showing an empty table.
    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMaximumWidth(560);
    m_emptyLabel->setText(tr("<p style=\"font-size:large\"><b>No containers yet</b></p>"
                             "<p>Launch one from the <a href=\"images\">Images page</a>: pick an "
                             "image, press Launch, and a "
                             "terminal opens in it with /cvmfs. Its container shows up here.</p>"));
    connect(m_emptyLabel, &QLabel::linkActivated, this, &ContainersPage::imagesPageRequested);
    // Centred between stretches, not by alignment: so the layout asks the label's height for
    // the width it really gets, and a large font does not cut the text.
    auto *emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_emptyLabel);
    emptyRow->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_noEngine);
    connect(m_noEngine, &NoEngineWidget::retryRequested, m_engines, &EngineManager::start);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_bannerArea);
    layout->addWidget(m_stack, 1);

    // "3 minutes" must stay true while the window is open.
    auto *minuteTimer = new QTimer(this);
    minuteTimer->setInterval(60 * 1000);
    connect(minuteTimer, &QTimer::timeout, m_model, &ContainerListModel::refreshRelativeTimes);
    minuteTimer->start();

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContainersPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContainersPage::updateEmptyState);
    connect(m_model, &ContainerListModel::refreshFinished, this, &ContainersPage::updateEmptyState);
    connect(m_engines, &EngineManager::finished, this, &ContainersPage::updateEmptyState);
    connect(m_model, &ContainerListModel::engineFailed, this,
        [this](const QString &engineId, const Error &error) {
            Engine *engine = m_engines->engine(engineId);
            const QString name = engine ? engine->displayName() : engineId;
            const QString title = tr("%1 stopped answering").arg(name);
            MessageBanner *banner = m_bannerArea->show(MessageBanner::Kind::Warning, title,
                tr("Its containers are shown as last seen. Wharf reconnects as soon as the engine "
                   "is back."),
                error.toString());
            banner->explain(error, title);
            connect(m_model, &ContainerListModel::refreshFinished, banner,
                [this, banner, engineId](const QString &id) {
                    if (id == engineId && m_model->lastError(id).code() == ErrorCode::None)
                        m_bannerArea->remove(banner); // the problem is gone, and so is the message
                });
        });
    for (Engine *engine : m_engines->engines())
        addEngine(engine);
    connect(m_engines, &EngineManager::engineAdded, this, &ContainersPage::addEngine);
    updateActions();
    updateEmptyState();
}

ContainersPage::~ContainersPage() = default;

void ContainersPage::setAutomounterSettings(const AutomounterSettings &settings)
{
    m_model->setAutomounterSettings(settings);
    updateActions();
    updateDetails();
}

void ContainersPage::addEngine(Engine *engine)
{
    m_model->addEngine(engine);
    if (m_engineFilter->findData(engine->id()) < 0)
        m_engineFilter->addItem(engine->displayName(), engine->id());
    connect(engine, &Engine::stateChanged, this, [this, engine] {
        const int index = m_engineFilter->findData(engine->id());
        if (index >= 0)
            m_engineFilter->setItemText(index, engine->displayName());
        updateActions();
        updateEmptyState();
    });
    // With a single engine the chooser says nothing new.
    m_engineFilter->setVisible(m_engineFilter->count() > 2);
}

QList<ContainerLogView *> ContainersPage::logViews() const
{
    return findChildren<ContainerLogView *>(Qt::FindDirectChildrenOnly);
}

bool ContainersPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void ContainersPage::updateEmptyState()
{
    const bool noRows = m_model->rowCount() == 0;
    const bool noEngine = m_engines->isFinished() && !m_engines->defaultEngine() && noRows;
    bool listed = false;
    for (const QString &id : m_model->engineIds())
        listed = listed || m_model->hasListed(id);
    QWidget *show = m_splitter;
    if (noEngine) {
        QStringList story;
        QList<Error> problems;
        for (const Engine *engine : m_engines->engines()) {
            if (engine->state() != Engine::State::Unreachable)
                continue;
            story.append(tr("%1 at %2: %3")
                             .arg(engine->displayName(), engine->candidate().endpoint.toUrl(),
                                 engine->lastError().message()));
            problems.append(engine->lastError());
        }
        for (const Error &error : m_engines->errors()) {
            if (!problems.contains(error)) {
                story.append(error.message());
                problems.append(error);
            }
        }
        m_noEngine->setStory(story.join(u"\n\n"_s), problems);
        show = m_noEngine;
    } else if (noRows && listed) {
        show = m_emptyState;
    }
    m_stack->setCurrentWidget(show);
}

QList<ContainersPage::Selected> ContainersPage::selectedRows() const
{
    QList<Selected> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        rows.append({ index.data(ContainerListModel::EngineIdRole).toString(),
            index.data(ContainerListModel::ContainerIdRole).toString(),
            index.data(ContainerListModel::NameRole).toString(),
            index.data(ContainerListModel::RunningRole).toBool(),
            index.data(ContainerListModel::AutomounterRole).toBool() });
    }
    std::sort(rows.begin(), rows.end(),
        [](const Selected &a, const Selected &b) { return a.name < b.name; });
    return rows;
}

void ContainersPage::updateActions()
{
    const QList<Selected> rows = selectedRows();
    const bool one = rows.size() == 1;
    const bool anyRunning
        = std::any_of(rows.cbegin(), rows.cend(), [](const Selected &r) { return r.running; });
    const bool anyAutomounter
        = std::any_of(rows.cbegin(), rows.cend(), [](const Selected &r) { return r.automounter; });
    const Engine *engine = one ? m_engines->engine(rows.first().engineId) : nullptr;
    const bool engineReady = engine && engine->state() == Engine::State::Ready;

    m_terminalAction->setEnabled(one && rows.first().running && engineReady);
    if (!one)
        m_terminalButton->setToolTip(
            tr("Select one running container to open a terminal in it (Ctrl+T)"));
    else if (!rows.first().running)
        m_terminalButton->setToolTip(
            tr("%1 is not running: a terminal can only open in a running container")
                .arg(rows.first().name));
    else
        m_terminalButton->setToolTip(m_terminalAction->toolTip());
    m_terminalButton->setEnabled(m_terminalAction->isEnabled());
    m_logsAction->setEnabled(one && engine);
    m_logsButton->setEnabled(m_logsAction->isEnabled());
    m_stopAction->setEnabled(anyRunning);
    m_startAction->setEnabled(std::any_of(rows.cbegin(), rows.cend(), [](const Selected &r) { return !r.running; }));
    m_copyAction->setEnabled(!rows.isEmpty());
    m_removeAction->setEnabled(!rows.isEmpty() && !anyAutomounter);
    m_removeAction->setToolTip(anyAutomounter ? automounterRemoveRefusal()
                                              : tr("Remove the selected containers (Delete)"));
    m_removeAutomounterAction->setEnabled(one && rows.first().automounter);
    m_removeAutomounterAction->setVisible(one && rows.first().automounter);
}

void ContainersPage::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()
        || !m_table->selectionModel()->isRowSelected(current.row(), current.parent())) {
        if (!m_details->containerId().isEmpty())
            m_details->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const ContainerSummary *container = m_model->containerAt(source.row());
    if (!container) {
        m_details->clear();
        return;
    }
    m_details->showContainer(m_engines->engine(m_model->engineIdAt(source.row())), *container,
        m_model->isAutomounterAt(source.row()));
}

void ContainersPage::showContextMenu(const QPoint &position)
{
    updateActions();
    // popup() rather than exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_terminalAction);
    menu->addAction(m_logsAction);
    menu->addSeparator();
    menu->addAction(m_copyAction);
    menu->addSeparator();
    if (m_startAction->isEnabled())
        menu->addAction(m_startAction);
    menu->addAction(m_stopAction);
    menu->addAction(m_removeAction);
    if (m_removeAutomounterAction->isVisible())
        menu->addAction(m_removeAutomounterAction);
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    // Disabled entries show their tooltip: "why can I not remove this?"
    menu->setToolTipsVisible(true);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void ContainersPage::refresh()
{
    m_model->refresh();
}

void ContainersPage::reportFailure(const QString &title, const Error &error)
{
    m_bannerArea->showError(title, error);
}

void ContainersPage::openTerminalInSelected()
{
    const QList<Selected> rows = selectedRows();
    if (rows.size() != 1 || !m_terminalAction->isEnabled())
        return;
    Engine *engine = m_engines->engine(rows.first().engineId);
    if (engine)
        startTerminal(engine, rows.first());
}

void ContainersPage::startTerminal(Engine *engine, const Selected &row)
{
    const QString title = tr("Cannot open a terminal in %1").arg(row.name);
    // By name when it is one the engines allow (readable in the terminal's title and in ps),
    // else by ID, which always is.
    const QString target
        = LaunchRequestValidator::checkContainerName(row.name, {}) ? row.name : row.id;
    const Result<LaunchPlan> plan = ContainerExecPlanner::shellPlan(
        engine->kind(), engineCliHost(engine->candidate()), target, m_terminalOptions.shell);
    if (!plan) {
        reportFailure(title, plan.error());
        return;
    }
    const Result<TerminalEmulator> terminal = TerminalDetector(m_terminalOptions.environment)
                                                  .detect(m_terminalOptions.preferredTerminal);
    if (!terminal) {
        reportFailure(title, terminal.error());
        return;
    }
    TerminalCommand command;
    command.program = plan->program;
    command.arguments = plan->arguments;
    //: Terminal window title: container name and engine.
    command.title = tr("%1 (%2)").arg(row.name, engine->displayName());
    const QString wharf = m_terminalOptions.wharfBinary.isEmpty()
        ? QCoreApplication::applicationFilePath()
        : m_terminalOptions.wharfBinary;
    auto *session = new TerminalSession(wharf, this);
    session->setSystemEnvironment(m_terminalOptions.environment);
    session->setWaitForEnterOnFailure(m_terminalOptions.waitForEnterOnFailure);
    const QString engineId = engine->id();
    const QString containerId = row.id;
    connect(session, &TerminalSession::started, this,
        [this, engineId, containerId] { Q_EMIT terminalStarted(engineId, containerId); });
    connect(session, &TerminalSession::failedQuickly, this, [this, title](const RunReport &report) {
        // The terminal may already be gone: the engine's words belong in the window.
        const QString said = report.stderrTail().trimmed();
        reportFailure(title,
            Error(ErrorCode::ProcessFailed,
                said.isEmpty() ? tr("The command in the terminal ended at once (%1).")
                                     .arg(report.outcomeText())
                               : tr("The command in the terminal ended at once (%1): %2")
                                     .arg(report.outcomeText(), said),
                said));
    });
    connect(session, &TerminalSession::finished, session, &QObject::deleteLater);
    connect(session, &TerminalSession::failed, this, [this, title, session](const Error &error) {
        reportFailure(title, error);
        session->deleteLater();
    });
    session->start(*terminal, command);
}

void ContainersPage::showLogsOfSelected()
{
    const QList<Selected> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const Selected &row = rows.first();
    for (ContainerLogView *view : logViews()) {
        if (view->engineId() == row.engineId && view->containerId() == row.id) {
            if (!view->isFollowing())
                view->follow();
            view->show();
            view->raise();
            view->activateWindow();
            return;
        }
    }
    Engine *engine = m_engines->engine(row.engineId);
    if (!engine)
        return;
    auto *view = new ContainerLogView(engine, row.id, row.name, this);
    view->show();
    view->follow();
}

void ContainersPage::startSelected()
{
    QList<Selected> rows = selectedRows();
    rows.removeIf([](const Selected &r) { return r.running; });
    for (const Selected &row : std::as_const(rows)) {
        Engine *engine = m_engines->engine(row.engineId);
        if (!engine)
            continue;
        engine->client()->startContainer(row.id, this, [this, row](const Result<void> &started) {
            if (!started)
                reportFailure(tr("Cannot start %1").arg(row.name), started.error());
            m_model->refresh(row.engineId);
            Q_EMIT operationFinished(row.id, started.ok());
        });
    }
}

void ContainersPage::stopSelected()
{
    QList<Selected> rows = selectedRows();
    rows.removeIf([](const Selected &r) { return !r.running; });
    if (rows.isEmpty())
        return;
    auto stop = [this](const QList<Selected> &targets) {
        for (const Selected &row : targets) {
            Engine *engine = m_engines->engine(row.engineId);
            if (!engine)
                continue;
            engine->client()->stopContainer(
                row.id, m_stopTimeoutSeconds, this, [this, row](const Result<void> &stopped) {
                    if (!stopped)
                        reportFailure(tr("Cannot stop %1").arg(row.name), stopped.error());
                    // The event stream says so too, but it may be down.
                    m_model->refresh(row.engineId);
                    Q_EMIT operationFinished(row.id, stopped.ok());
                });
        }
    };
    const auto automounter
        = std::find_if(rows.cbegin(), rows.cend(), [](const Selected &r) { return r.automounter; });
    if (automounter == rows.cend()) {
        stop(rows);
        return;
    }
    // Stopping the automounter is as grave as removing it, for as long as it is stopped.
    ConfirmationDialog::ask(this, tr("Stop the cvmfs-automounter"),
        tr("Stop the cvmfs-automounter \"%1\"?").arg(automounter->name),
        tr("Every container started with the automounter strategy loses /cvmfs until it runs "
           "again: the software "
           "under /cvmfs disappears from their terminals and jobs that use it fail."),
        tr("Stop"), [stop, rows](bool confirmed) {
            if (confirmed)
                stop(rows);
        });
}

void ContainersPage::removeSelected()
{
    const QList<Selected> rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (std::any_of(rows.cbegin(), rows.cend(), [](const Selected &r) { return r.automounter; })) {
        m_bannerArea->show(MessageBanner::Kind::Information, tr("The cvmfs-automounter stays"),
            automounterRemoveRefusal());
        return;
    }
    QStringList names;
    bool anyRunning = false;
    for (const Selected &row : rows) {
        names.append(row.running ? tr("%1 (running)").arg(row.name) : row.name);
        anyRunning = anyRunning || row.running;
    }
    const QString question = rows.size() == 1
        ? tr("Remove %1?").arg(rows.first().name)
        : tr("Remove %n containers?", nullptr, int(rows.size()));
    QString details = names.mid(0, 12).join(u'\n');
    if (names.size() > 12)
        details += u'\n' + tr("… and %n more", nullptr, int(names.size() - 12));
    details += u"\n\n"_s
        + (anyRunning ? tr("A running container is stopped first: whatever runs in it ends, and "
                           "terminals open in "
                           "it close. ")
                      : QString())
        + tr("What was written inside the container is lost; files in mounted folders stay.");
    ConfirmationDialog::ask(this, tr("Remove Containers"), question, details, tr("Remove"),
        [this, rows](bool confirmed) {
            if (confirmed)
                removeContainers(rows);
        });
}

void ContainersPage::removeSelectedAutomounter()
{
    const QList<Selected> rows = selectedRows();
    if (rows.size() != 1 || !rows.first().automounter)
        return;
    ConfirmationDialog::ask(this, tr("Remove the cvmfs-automounter"),
        tr("Remove the cvmfs-automounter \"%1\"?").arg(rows.first().name),
        tr("Every container started with the automounter strategy loses /cvmfs: the software under "
           "/cvmfs "
           "disappears from their terminals and jobs that use it fail. A new launch with the "
           "automounter strategy "
           "offers to start it again."),
        tr("Remove Automounter"), [this, rows](bool confirmed) {
            if (confirmed)
                removeContainers(rows);
        });
}

void ContainersPage::removeContainers(const QList<Selected> &rows)
{
    for (const Selected &row : rows) {
        Engine *engine = m_engines->engine(row.engineId);
        if (!engine)
            continue;
        // The confirmation said a running container is stopped first: that is force.
        engine->client()->removeContainer(
            row.id, row.running, this, [this, row](const Result<void> &removed) {
                if (!removed)
                    reportFailure(tr("Cannot remove %1").arg(row.name), removed.error());
                m_model->refresh(row.engineId);
                Q_EMIT operationFinished(row.id, removed.ok());
            });
    }
}

void ContainersPage::saveState() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    PageLayoutSettings::save(settings, m_table->horizontalHeader(), m_splitter);
    settings.setValue(u"showStopped"_s, m_showStopped->isChecked());
}

void ContainersPage::restoreState()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    PageLayoutSettings::restore(settings, m_table->horizontalHeader(), m_splitter);
    m_showStopped->setChecked(settings.value(u"showStopped"_s, true).toBool());
}

} // namespace Wharf
