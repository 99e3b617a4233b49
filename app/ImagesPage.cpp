// SPDX-License-Identifier: Apache-2.0
#include "ImagesPage.h"

#include "ConfirmationDialog.h"
#include "ImageDetailsPanel.h"
#include "MessageBanner.h"
#include "NoEngineWidget.h"
#include "PageLayoutSettings.h"
#include "PullDialog.h"
#include "StaleRowDelegate.h"
#include "TagDialog.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "models/ImageFilterProxyModel.h"
#include "models/ImageInventory.h"
#include "models/ImageListModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
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

ImagesPage::ImagesPage(EngineManager *engines, ImageListModel *model, ImageInventory *inventory, QWidget *parent)
    : QWidget(parent)
    , m_engines(engines)
    , m_model(model)
    , m_inventory(inventory)
    , m_proxy(new ImageFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_showDangling(new QCheckBox(tr("Show untagged"), this))
    , m_engineFilter(new QComboBox(this))
    , m_refreshButton(new QToolButton(this))
    , m_pullButton(new QPushButton(tr("Pull…"), this))
    , m_launchButton(new QPushButton(tr("Launch…"), this))
    , m_bannerArea(new MessageBannerArea(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(this))
    , m_details(new ImageDetailsPanel(this))
    , m_noEngine(new NoEngineWidget(this))
{
    setObjectName(u"imagesPage"_s);
    m_proxy->setSourceModel(m_model);

    // Actions: shortcuts work whenever the page has focus; the menus and buttons share them.
    m_copyAction = new QAction(tr("Copy Reference"), this);
    m_copyAction->setObjectName(u"copyReferenceAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ImagesPage::copySelectedReferences);

    m_tagAction = new QAction(tr("Tag…"), this);
    m_tagAction->setObjectName(u"tagAction"_s);
    connect(m_tagAction, &QAction::triggered, this, &ImagesPage::tagSelected);

    m_removeAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("Remove…"), this);
    m_removeAction->setObjectName(u"removeAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, [this] { removeSelected(false); });

    m_pullAction = new QAction(QIcon::fromTheme(u"download"_s), tr("Pull…"), this);
    m_pullAction->setObjectName(u"pullAction"_s);
    m_pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pullAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pullAction, &QAction::triggered, this, [this] { pull(); });

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_inventory->refresh(); });

    m_filterAction = new QAction(tr("Filter"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_launchAction = new QAction(QIcon::fromTheme(u"utilities-terminal"_s), tr("Launch…"), this);
    m_launchAction->setObjectName(u"launchAction"_s);
    m_launchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_launchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_launchAction->setToolTip(tr("Open a shell in the selected image, with CVMFS and your folder (Ctrl+L)"));
    connect(m_launchAction, &QAction::triggered, this, &ImagesPage::launchSelected);
    addActions({m_copyAction, m_tagAction, m_removeAction, m_pullAction, m_launchAction, m_refreshAction,
                m_filterAction});

    // Toolbar: filter, untagged, engine, refresh ... Pull (the page's primary action).
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by repository, tag or ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter images"));
    m_filter->setMinimumWidth(280);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ImageFilterProxyModel::setFilterText);
    m_showDangling->setObjectName(u"showDanglingCheckBox"_s);
    m_showDangling->setToolTip(tr("Show images without a tag (<none>), such as older versions left by a pull."));
    connect(m_showDangling, &QCheckBox::toggled, m_proxy, &ImageFilterProxyModel::setShowDangling);
    m_engineFilter->setObjectName(u"engineFilterComboBox"_s);
    m_engineFilter->setAccessibleName(tr("Show images of"));
    m_engineFilter->addItem(tr("All engines"), QString());
    m_engineFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_engineFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEngineFilter(m_engineFilter->currentData().toString()); });
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_refreshButton->setDefaultAction(m_refreshAction);
    m_refreshButton->setToolTip(tr("Refresh (F5)"));
    m_refreshButton->setAutoRaise(true);
    m_pullButton->setObjectName(u"pullButton"_s);
    m_pullButton->setIcon(m_pullAction->icon());
    m_pullButton->setToolTip(tr("Pull an image from a registry (Ctrl+P)"));
    connect(m_pullButton, &QPushButton::clicked, m_pullAction, &QAction::trigger);
    // Launch is the page's primary action (UX.md): the rightmost button.
    m_launchButton->setObjectName(u"launchButton"_s);
    m_launchButton->setIcon(m_launchAction->icon());
    m_launchButton->setToolTip(m_launchAction->toolTip());
    connect(m_launchButton, &QPushButton::clicked, m_launchAction, &QAction::trigger);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 2);
    toolbar->addWidget(m_showDangling);
    toolbar->addWidget(m_engineFilter);
    toolbar->addWidget(m_refreshButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_pullButton);
    toolbar->addWidget(m_launchButton);

    // The table.
    m_table->setObjectName(u"imagesTableView"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new StaleRowDelegate(ImageListModel::RefreshingRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageListModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The repository takes the room that is left; the short columns fit their content.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ImageListModel::RepositoryColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(50);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(ImageListModel::TagColumn, widthFor(u"2024-05-01"_s));
    m_table->setColumnWidth(ImageListModel::ImageIdColumn, widthFor(u"0123456789ab"_s));
    m_table->setColumnWidth(ImageListModel::CreatedColumn, widthFor(u"3 weeks ago"_s));
    m_table->setColumnWidth(ImageListModel::SizeColumn, widthFor(u"999.9 MB"_s));
    m_table->setColumnWidth(ImageListModel::InUseColumn, widthFor(tr("In use")));
    m_table->setColumnWidth(ImageListModel::EngineColumn, widthFor(u"Podman"_s));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Images"));
    connect(m_table, &QTableView::customContextMenuRequested, this, &ImagesPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImagesPage::updateDetails);

    m_splitter->setObjectName(u"imagesSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({760, 400});
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_noEngine);
    connect(m_noEngine, &NoEngineWidget::retryRequested, m_engines, &EngineManager::start);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_bannerArea);
    layout->addWidget(m_stack, 1);

    // "3 minutes ago" must stay true while the window is open.
    auto *minuteTimer = new QTimer(this);
    minuteTimer->setInterval(60 * 1000);
    connect(minuteTimer, &QTimer::timeout, m_model, &ImageListModel::refreshRelativeTimes);
    minuteTimer->start();

    for (Engine *engine : m_engines->engines())
        addEngineToFilter(engine);
    connect(m_engines, &EngineManager::engineAdded, this, &ImagesPage::addEngineToFilter);
    connect(m_engines, &EngineManager::finished, this, &ImagesPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ImagesPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImagesPage::updateEmptyState);
    connect(m_inventory, &ImageInventory::engineFailed, this, [this](const QString &engineId, const Error &error) {
        Engine *engine = m_engines->engine(engineId);
        // An engine that never answered and shows no saved images did not stop: the window's
        // own banner says why the engine it was told to use cannot be used.
        if (engine && engine->version().apiVersion.isEmpty() && m_model->rowCountForEngine(engineId) == 0)
            return;
        // One message per engine: it says the same thing each time the engine fails again.
        if (const QPointer<MessageBanner> shown = m_stoppedBanners.value(engineId))
            return;
        const QString name = engine ? engine->displayName() : engineId;
        MessageBanner *banner = m_bannerArea->show(MessageBanner::Kind::Warning, tr("%1 stopped answering").arg(name),
                                           tr("Its images are shown as last seen. Wharf reconnects as soon as the "
                                              "engine is back."),
                                           error.toString());
        banner->explain(error, tr("%1 stopped answering").arg(name));
        m_stoppedBanners.insert(engineId, banner);
        connect(m_inventory, &ImageInventory::refreshFinished, banner, [this, banner, engineId](const QString &id) {
            if (id == engineId && m_inventory->lastError(id).code() == ErrorCode::None)
                banner->deleteLater(); // the problem is gone, and so is the message
        });
    });
    updateActions();
    updateEmptyState();
}

ImagesPage::~ImagesPage() = default;

void ImagesPage::addEngineToFilter(Engine *engine)
{
    if (m_engineFilter->findData(engine->id()) < 0)
        m_engineFilter->addItem(engine->displayName(), engine->id());
    connect(engine, &Engine::stateChanged, this, [this, engine] {
        const int index = m_engineFilter->findData(engine->id());
        if (index >= 0)
            m_engineFilter->setItemText(index, engine->displayName());
        updateActions();
        updateEmptyState();
    });
    // With a single engine the chooser says nothing new; show it when there is a choice.
    m_engineFilter->setVisible(m_engineFilter->count() > 2);
}

void ImagesPage::updateEmptyState()
{
    const bool noEngine = m_engines->isFinished() && !m_engines->defaultEngine() && m_model->rowCount() == 0;
    if (noEngine) {
        QStringList story;
        QList<Error> problems;
        for (const Engine *engine : m_engines->engines()) {
            if (engine->state() != Engine::State::Unreachable)
                continue;
            story.append(tr("%1 at %2: %3")
                             .arg(engine->displayName(), engine->candidate().endpoint.toUrl(), engine->lastError().message()));
            problems.append(engine->lastError());
        }
        for (const Error &error : m_engines->errors()) {
            if (!problems.contains(error)) {
                story.append(error.message());
                problems.append(error);
            }
        }
        if (!m_engines->embeddedPodmanStory().isEmpty())
            story.append(m_engines->embeddedPodmanStory());
        m_noEngine->setStory(story.join(u"\n\n"_s), problems);
    }
    m_stack->setCurrentWidget(noEngine ? static_cast<QWidget *>(m_noEngine) : m_splitter);
}

QList<ImagesPage::SelectedRow> ImagesPage::selectedRows() const
{
    QList<SelectedRow> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        rows.append({index.data(ImageListModel::EngineIdRole).toString(), index.data(ImageListModel::ImageIdRole).toString(),
                     index.data(ImageListModel::ReferenceRole).toString(),
                     index.data(ImageListModel::DanglingRole).toBool()});
    }
    std::sort(rows.begin(), rows.end(), [](const SelectedRow &a, const SelectedRow &b) { return a.reference < b.reference; });
    return rows;
}

void ImagesPage::updateActions()
{
    const QList<SelectedRow> rows = selectedRows();
    m_copyAction->setEnabled(!rows.isEmpty());
    m_removeAction->setEnabled(!rows.isEmpty());
    m_tagAction->setEnabled(rows.size() == 1);
    const Engine *engine = rows.size() == 1 ? m_engines->engine(rows.first().engineId) : nullptr;
    m_launchAction->setEnabled(engine && engine->state() == Engine::State::Ready);
    m_launchButton->setEnabled(m_launchAction->isEnabled());
    m_launchButton->setToolTip(rows.size() == 1 ? m_launchAction->toolTip()
                                                : tr("Select one image to open a shell in it (Ctrl+L)"));
    m_pullAction->setEnabled(m_engines->defaultEngine() != nullptr);
    m_pullButton->setEnabled(m_pullAction->isEnabled());
}

void ImagesPage::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent())) {
        m_details->clear();
        return;
    }
    Engine *engine = m_engines->engine(current.data(ImageListModel::EngineIdRole).toString());
    if (!engine) {
        m_details->clear();
        return;
    }
    m_details->showImage(engine, current.data(ImageListModel::ImageIdRole).toString(),
                         current.data(ImageListModel::ReferenceRole).toString());
}

void ImagesPage::showContextMenu(const QPoint &position)
{
    // popup() rather than exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_launchAction);
    menu->addSeparator();
    menu->addAction(m_copyAction);
    menu->addAction(m_tagAction);
    menu->addSeparator();
    menu->addAction(m_removeAction);
    menu->addSeparator();
    menu->addAction(m_pullAction);
    menu->addAction(m_refreshAction);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void ImagesPage::copySelectedReferences()
{
    QStringList references;
    for (const SelectedRow &row : selectedRows())
        references.append(row.reference);
    references.removeDuplicates();
    if (!references.isEmpty())
        QApplication::clipboard()->setText(references.join(u'\n'));
}

void ImagesPage::launchSelected()
{
    const QList<SelectedRow> rows = selectedRows();
    if (rows.size() != 1 || !m_launchAction->isEnabled())
        return;
    const SelectedRow &row = rows.first();
    // An image without a tag is launched by its ID: "repo@sha256:..." names a registry's
    // manifest, which the engine may not resolve offline.
    const bool byTag = !row.dangling && !row.reference.contains(u'@') && row.reference != row.imageId;
    Q_EMIT launchRequested(row.engineId, byTag ? row.reference : row.imageId);
}

void ImagesPage::tagSelected()
{
    const QList<SelectedRow> rows = selectedRows();
    if (rows.size() != 1)
        return;
    Engine *engine = m_engines->engine(rows.first().engineId);
    if (!engine)
        return;
    auto *dialog = new TagDialog(engine, rows.first().imageId, rows.first().reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TagDialog::tagged, this, [this](const QString &engineId, const QString &imageId) {
        m_inventory->recheckImage(engineId, imageId);
    });
    dialog->open();
}

void ImagesPage::removeSelected(bool force)
{
    const QList<SelectedRow> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QStringList names;
    for (const SelectedRow &row : rows)
        names.append(row.reference);
    const QString question = rows.size() == 1 ? tr("Remove %1?").arg(names.constFirst())
                                              : tr("Remove %n images?", nullptr, int(rows.size()));
    QString details = names.mid(0, 12).join(u'\n');
    if (names.size() > 12)
        details += u'\n' + tr("… and %n more", nullptr, int(names.size() - 12));
    details += u"\n\n"_s
        + tr("A tagged image loses that tag; the image itself goes once no tag and no container uses it.");
    ConfirmationDialog::ask(this, tr("Remove Images"), question, details, tr("Remove"), [this, rows, force](bool confirmed) {
        if (!confirmed)
            return;
        for (const SelectedRow &row : rows) {
            Engine *engine = m_engines->engine(row.engineId);
            if (!engine)
                continue;
            // A tagged row removes that tag (like `docker rmi repo:tag`); an untagged one, the image.
            const QString target = row.dangling ? row.imageId : row.reference;
            engine->client()->removeImage(target, force, this, [this, row, engineId = row.engineId](const Result<void> &removed) {
                if (removed) {
                    m_inventory->recheckImage(engineId, row.imageId);
                    return;
                }
                const Error &error = removed.error();
                if (error.code() == ErrorCode::Conflict) {
                    MessageBanner *banner = m_bannerArea->show(
                        MessageBanner::Kind::Error, tr("Cannot remove %1: it is in use").arg(row.reference),
                        tr("A container uses this image, or another tag points to the same image. Remove the "
                           "container first, or remove the image anyway (the container keeps working until it is "
                           "removed)."),
                        error.toString());
                    banner->addAction(tr("Remove Anyway"), [this, row] {
                        Engine *e = m_engines->engine(row.engineId);
                        if (!e)
                            return;
                        e->client()->removeImage(row.dangling ? row.imageId : row.reference, true, this, [this, row](const Result<void> &r) {
                            if (r)
                                m_inventory->recheckImage(row.engineId, row.imageId);
                            else
                                m_bannerArea->showError(tr("Cannot remove %1").arg(row.reference), r.error());
                        });
                    });
                } else {
                    m_bannerArea->showError(tr("Cannot remove %1").arg(row.reference), error);
                }
            });
        }
    });
}

void ImagesPage::pull(const QString &reference)
{
    QList<Engine *> ready;
    for (Engine *engine : m_engines->engines()) {
        if (engine->state() == Engine::State::Ready)
            ready.append(engine);
    }
    if (ready.isEmpty())
        return;
    Engine *preferred = m_engines->defaultEngine();
    const QString filterEngine = m_engineFilter->currentData().toString();
    if (Engine *chosen = m_engines->engine(filterEngine); chosen && chosen->state() == Engine::State::Ready)
        preferred = chosen;
    auto *dialog = new PullDialog(ready, preferred, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!reference.isEmpty())
        dialog->setReference(reference);
    connect(dialog, &PullDialog::pulled, this, [this](const QString &engineId, const QString &pulledReference) {
        m_inventory->recheckImage(engineId, pulledReference);
    });
    dialog->show();
}

void ImagesPage::saveState() const
{
    QSettings settings;
    settings.beginGroup(u"imagesPage"_s);
    PageLayoutSettings::save(settings, m_table->horizontalHeader(), m_splitter);
    settings.setValue(u"showDangling"_s, m_showDangling->isChecked());
}

void ImagesPage::restoreState()
{
    QSettings settings;
    settings.beginGroup(u"imagesPage"_s);
    PageLayoutSettings::restore(settings, m_table->horizontalHeader(), m_splitter);
    m_showDangling->setChecked(settings.value(u"showDangling"_s, false).toBool());
}

} // namespace Wharf
