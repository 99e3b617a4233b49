// SPDX-License-Identifier: Apache-2.0
#include "UnpackedPage.h"

#include "MessageBanner.h"
#include "MessageBannerArea.h"
#include "PageLayoutSettings.h"
#include "StaleRowDelegate.h"
#include "UnpackedDetailsPanel.h"
#include "UnpackedMissingRootWidget.h"
#include "UnpackedRequestDialog.h"
#include "UnpackedViewModel.h"
#include "base/DisplayFormat.h"
#include "unpacked/UnpackedDirectoryReader.h"
#include "unpacked/UnpackedLayout.h"
#include "unpacked/UnpackedLog.h"
#include "unpacked/UnpackedRecipe.h"
#include "unpacked/UnpackedScanCache.h"
#include "unpacked/UnpackedScanner.h"
#include "unpacked/UnpackedTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFuture>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cerrno>
#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QString keyOf(const QString &root, const QByteArray &directory)
{
    return root + u'\n' + QString::fromLatin1(directory.toHex());
}

// Expanding an image asks for its tags' targets, one stat each on a worker: only worth it
// for a short list of matches.
constexpr int MaxMatchesToExpand = 200;
constexpr int MaxDirectoryBanners = 3;

} // namespace

UnpackedPage::UnpackedPage(const QStringList &roots, const QString &cacheDirectory, QWidget *parent)
    : QWidget(parent)
    , m_scanner(new UnpackedScanner(this))
    , m_checkScanner(new UnpackedScanner(this))
    , m_model(new UnpackedTreeModel(m_scanner, this))
    , m_viewModel(new UnpackedViewModel(this))
    , m_cacheDirectory(cacheDirectory)
    , m_cvmfsBase(UnpackedLayout::cvmfsBase())
    , m_filter(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_refreshButton(new QToolButton(this))
    , m_scanButton(new QPushButton(tr("Scan Everything"), this))
    , m_requestButton(new QPushButton(tr("Request…"), this))
    , m_launchButton(new QPushButton(tr("Launch with Apptainer…"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_bannerArea(new MessageBannerArea(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(this))
    , m_details(new UnpackedDetailsPanel(this))
    , m_missingRoot(new UnpackedMissingRootWidget(this))
{
    setObjectName(u"unpackedPage"_s);
    m_viewModel->setSourceModel(m_model);

    // --- actions ---------------------------------------------------------------------------
    m_launchAction = new QAction(QIcon::fromTheme(u"utilities-terminal"_s), tr("Launch with Apptainer…"), this);
    m_launchAction->setObjectName(u"launchAction"_s);
    m_launchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_launchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_launchAction->setToolTip(tr("Open a shell in the selected image with Apptainer, straight from CVMFS (Ctrl+L)"));
    connect(m_launchAction, &QAction::triggered, this, &UnpackedPage::launchSelected);

    m_copyPathAction = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy Path"), this);
    m_copyPathAction->setObjectName(u"copyPathAction"_s);
    m_copyPathAction->setShortcut(QKeySequence::Copy);
    m_copyPathAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyPathAction->setToolTip(tr("Copy the path under /cvmfs, for apptainer shell or singularity exec (Ctrl+C)"));
    connect(m_copyPathAction, &QAction::triggered, this, &UnpackedPage::copySelectedPath);

    m_copyRecipeAction = new QAction(tr("Copy Recipe Line"), this);
    m_copyRecipeAction->setObjectName(u"copyRecipeAction"_s);
    m_copyRecipeAction->setToolTip(tr("Copy the line of recipe.yaml that publishes this image"));
    connect(m_copyRecipeAction, &QAction::triggered, this, &UnpackedPage::copySelectedRecipeLine);

    m_requestAction = new QAction(QIcon::fromTheme(u"mail-send"_s), tr("Request on unpacked.cern.ch…"), this);
    m_requestAction->setObjectName(u"requestAction"_s);
    m_requestAction->setToolTip(tr("Ask for an image to be published on unpacked.cern.ch"));
    connect(m_requestAction, &QAction::triggered, this, [this] { requestOnUnpacked(); });

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(tr("Read the open folders again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &UnpackedPage::refresh);

    m_filterAction = new QAction(tr("Filter"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_scanAction = new QAction(QIcon::fromTheme(u"edit-find"_s), tr("Scan Everything"), this);
    m_scanAction->setObjectName(u"scanAction"_s);
    m_scanAction->setToolTip(tr("Read every folder in the background, so that the filter searches all images; "
                                "the result is kept for the next start"));
    connect(m_scanAction, &QAction::triggered, this, &UnpackedPage::scanEverything);

    m_detailsAction = new QAction(tr("Show Details"), this);
    m_detailsAction->setObjectName(u"detailsAction"_s);
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_detailsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_detailsAction, &QAction::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        if (shown)
            updateDetails();
    });
    addActions({m_launchAction, m_copyPathAction, m_copyRecipeAction, m_requestAction, m_refreshAction, m_filterAction,
                m_scanAction, m_detailsAction});

    // --- toolbar -------------------------------------------------------------------------
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by image, tag or path (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter images"));
    m_filter->setMinimumWidth(280);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &UnpackedPage::applyFilterNow);
    connect(m_filter, &QLineEdit::returnPressed, this, &UnpackedPage::applyFilterNow);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_refreshButton->setDefaultAction(m_refreshAction);
    m_refreshButton->setAutoRaise(true);
    m_scanButton->setObjectName(u"scanButton"_s);
    m_scanButton->setIcon(m_scanAction->icon());
    m_scanButton->setToolTip(m_scanAction->toolTip());
    connect(m_scanButton, &QPushButton::clicked, m_scanAction, &QAction::trigger);
    m_requestButton->setObjectName(u"requestButton"_s);
    m_requestButton->setIcon(m_requestAction->icon());
    m_requestButton->setToolTip(m_requestAction->toolTip());
    connect(m_requestButton, &QPushButton::clicked, m_requestAction, &QAction::trigger);
    // Launch is the page's primary action (UX.md): the rightmost button.
    m_launchButton->setObjectName(u"launchButton"_s);
    m_launchButton->setIcon(m_launchAction->icon());
    m_launchButton->setToolTip(m_launchAction->toolTip());
    connect(m_launchButton, &QPushButton::clicked, m_launchAction, &QAction::trigger);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 2);
    toolbar->addWidget(m_refreshButton);
    toolbar->addWidget(m_scanButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_requestButton);
    toolbar->addWidget(m_launchButton);

    // The line under the toolbar: what is shown (saved scan, counts, filter) and the scan.
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_progress->setObjectName(u"scanProgressBar"_s);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->hide();
    m_cancelButton->setObjectName(u"cancelScanButton"_s);
    m_cancelButton->setToolTip(tr("Stop the scan; what was read so far stays"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &UnpackedPage::cancelScan);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_summary, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancelButton);

    // --- tree ----------------------------------------------------------------------------
    m_tree->setObjectName(u"unpackedTreeView"_s);
    m_tree->setModel(m_viewModel);
    m_tree->setItemDelegate(new StaleRowDelegate(UnpackedTreeModel::StaleRole, m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true); // 50,000 rows: no per-row size hints
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Images on unpacked.cern.ch"));
    QHeaderView *header = m_tree->header();
    header->setSectionsMovable(true);
    // Status takes the room that is left (the hidden Path column is the last one, so
    // stretchLastSection would stretch nothing).
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(50);
    const QFontMetrics metrics = m_tree->fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    // Everything but Status fits in 850 pixels, so that the page needs no horizontal scrolling
    // beside the details; Status takes what is left.
    m_tree->setColumnWidth(UnpackedTreeModel::NameColumn, widthFor(u"gitlab-registry.cern.ch/awesome"_s));
    m_tree->setColumnWidth(UnpackedTreeModel::SyncedColumn, widthFor(u"2026-11-24 10:31:05"_s));
    m_tree->setColumnWidth(UnpackedTreeModel::RunnableColumn, widthFor(tr("Runnable")));
    m_tree->setColumnWidth(UnpackedTreeModel::ArchitecturesColumn, widthFor(u"amd64, arm64"_s));
    m_tree->setColumnWidth(UnpackedTreeModel::TargetColumn, widthFor(u".flat/28/28ba0c5d1e"_s));
    m_tree->setColumnWidth(UnpackedTreeModel::InfoColumn, widthFor(u"From the saved scan"_s));
    // The full path is in the details and in Copy Path; the column is there for those who want it.
    header->setSectionHidden(UnpackedTreeModel::PathColumn, true);
    header->setSectionResizeMode(UnpackedTreeModel::InfoColumn, QHeaderView::Stretch);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &UnpackedPage::showContextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.siblingAtColumn(0).data(UnpackedTreeModel::KindRole).toInt() == int(UnpackedTreeModel::Kind::Tag))
            launchSelected();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    // Runnable known, a listing refreshed: the details follow the row they show.
    connect(m_viewModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = currentRow();
                if (current.isValid() && current.parent() == topLeft.parent() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row()) {
                    updateActions();
                    if (m_details->isVisible())
                        m_details->showIndex(current);
                }
            });

    m_details->setActions({m_launchAction, m_copyPathAction, m_copyRecipeAction});

    m_splitter->setObjectName(u"unpackedSplitter"_s);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({820, 380});
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_missingRoot);
    connect(m_missingRoot, &UnpackedMissingRootWidget::retryRequested, this, [this] {
        m_rootErrors.clear();
        refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addLayout(statusRow);
    layout->addWidget(m_bannerArea);
    layout->addWidget(m_stack, 1);

    // --- scanner -------------------------------------------------------------------------
    // The model connected first, so that these see the rows it has just taken.
    connect(m_scanner, &UnpackedScanner::listingsReady, this, &UnpackedPage::receiveListings);
    connect(m_scanner, &UnpackedScanner::directoryFailed, this, &UnpackedPage::directoryFailed);
    connect(m_scanner, &UnpackedScanner::scanProgress, this, &UnpackedPage::scanProgressed);
    connect(m_scanner, &UnpackedScanner::scanFinished, this, &UnpackedPage::scanFinished);
    connect(m_scanner, &UnpackedScanner::environmentRead, this, &UnpackedPage::environmentRead);
    connect(m_checkScanner, &UnpackedScanner::listingsReady, this, &UnpackedPage::receiveCheckListings);
    // A filter change resets the model: the selection is gone, and the details must say so.
    connect(m_viewModel, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UnpackedPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnpackedPage::updateSummary);

    // "synced 3 hours ago" and "saved scan of 2 days ago" must stay true while the page is open.
    auto *minuteTimer = new QTimer(this);
    minuteTimer->setInterval(60 * 1000);
    connect(minuteTimer, &QTimer::timeout, this, [this] {
        updateSummary();
        if (m_details->isVisible())
            m_details->showIndex(currentRow());
    });
    minuteTimer->start();

    setRoots(roots);
}

UnpackedPage::~UnpackedPage() = default;

// --- roots ------------------------------------------------------------------------------

void UnpackedPage::setRoots(const QStringList &roots)
{
    ++m_generation;
    if (m_scanner->isScanning())
        m_scanner->cancelScan();
    QStringList cleaned;
    for (const QString &root : roots) {
        QString path = QDir::cleanPath(QDir::fromNativeSeparators(root.trimmed()));
        if (!path.isEmpty() && !cleaned.contains(path))
            cleaned.append(path);
    }
    m_rootErrors.clear();
    for (const QPointer<MessageBanner> &banner : std::as_const(m_directoryBanners))
        m_bannerArea->remove(banner);
    m_directoryBanners.clear();
    m_scanner->setRoots(cleaned);
    m_checkScanner->setRoots(cleaned);
    m_model->setRoots(cleaned); // the scanner tells it too; this makes it certain before we expand
    loadCaches();
    expandRoots();
    updateSummary();
    updateEmptyState();
    updateActions();
}

QStringList UnpackedPage::roots() const
{
    return m_scanner->roots();
}

void UnpackedPage::setCvmfsBase(const QString &base)
{
    m_cvmfsBase = base;
    m_scanner->setCvmfsBase(base);
    m_checkScanner->setCvmfsBase(base);
}

void UnpackedPage::expandRoots()
{
    for (int row = 0; row < m_viewModel->rowCount(); ++row) {
        const QModelIndex root = m_viewModel->index(row, 0);
        m_tree->expand(root);
        // The view fetches on expand only once it is laid out; ask now, the scanner merges repeats.
        if (m_viewModel->canFetchMore(root))
            m_viewModel->fetchMore(root);
    }
}

// --- the saved scans ----------------------------------------------------------------------

void UnpackedPage::loadCaches()
{
    if (m_cacheDirectory.isEmpty())
        return;
    // Local disk, but still not on the GUI thread: a cache of 50,000 tags takes a while to
    // parse, and the page must draw at once.
    for (const QString &root : m_scanner->roots()) {
        auto promise = std::make_shared<QPromise<std::optional<UnpackedScanSnapshot>>>();
        promise->start();
        promise->future().then(this, [this, generation = m_generation](const std::optional<UnpackedScanSnapshot> &snapshot) {
            if (snapshot && generation == m_generation)
                takeSnapshot(*snapshot);
        });
        QThreadPool::globalInstance()->start([promise, directory = m_cacheDirectory, root] {
            const UnpackedScanCache cache(directory);
            Result<UnpackedScanSnapshot> loaded = cache.load(root);
            if (loaded) {
                promise->addResult(std::optional<UnpackedScanSnapshot>(std::move(*loaded)));
            } else {
                if (loaded.error().code() != ErrorCode::NotFound)
                    qCInfo(lcUnpacked) << "saved scan not used:" << loaded.error().message();
                promise->addResult(std::optional<UnpackedScanSnapshot>());
            }
            promise->finish();
        });
    }
}

void UnpackedPage::takeSnapshot(const UnpackedScanSnapshot &snapshot)
{
    m_model->loadSnapshot(snapshot);
    expandRoots();
    if (!m_filter->text().isEmpty())
        expandMatches();
    updateSummary();
    updateEmptyState();
}

void UnpackedPage::saveCaches()
{
    if (m_cacheDirectory.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const UnpackedScanProgress progress = m_scanner->progress();
    for (const QString &root : m_scanner->roots()) {
        UnpackedScanSnapshot snapshot = m_model->snapshot(root);
        if (snapshot.listings.isEmpty())
            continue;
        snapshot.takenAt = now;
        snapshot.durationMs = progress.elapsedMs;
        snapshot.complete = progress.phase == UnpackedScanProgress::Phase::Finished && progress.directoriesFailed == 0;
        QThreadPool::globalInstance()->start([snapshot = std::move(snapshot), directory = m_cacheDirectory] {
            const Result<void> saved = UnpackedScanCache(directory).save(snapshot);
            if (!saved)
                qCWarning(lcUnpacked) << "cannot save the scan of" << snapshot.root << saved.error().message();
        });
    }
}

// --- what the scanner says ---------------------------------------------------------------

void UnpackedPage::receiveListings(const QList<UnpackedListing> &listings)
{
    bool rootsChanged = false;
    for (const UnpackedListing &listing : listings) {
        if (!listing.ok())
            continue; // directoryFailed says it
        if (listing.directory.isEmpty() && m_rootErrors.remove(listing.root) > 0)
            rootsChanged = true;
        // The problem is gone, and so is its banner.
        if (const QPointer<MessageBanner> banner = m_directoryBanners.take(keyOf(listing.root, listing.directory)))
            m_bannerArea->remove(banner);
    }
    if (rootsChanged || m_stack->currentWidget() == m_missingRoot)
        updateEmptyState();
    updateSummary();
}

bool UnpackedPage::isCvmfsMissing(const QString &root, const Error &error) const
{
    if (UnpackedDirectoryReader::repositoryName(root, m_cvmfsBase).isEmpty())
        return false;
    // The reader's own explanation for "no /cvmfs at all" (pure text, no I/O here).
    const Error notInstalled = UnpackedDirectoryReader::explainFailure(root, {}, u"open"_s, ENOENT, m_cvmfsBase, false);
    return error.message() == notInstalled.message();
}

void UnpackedPage::directoryFailed(const QString &root, const QByteArray &directory, const Error &error)
{
    const bool isRoot = directory.isEmpty();
    if (isRoot) {
        m_rootErrors.insert(root, error);
        updateEmptyState();
        if (m_stack->currentWidget() == m_missingRoot)
            return; // the empty state explains it, a banner would say it twice
    }
    const QString key = keyOf(root, directory);
    const QString where = UnpackedDirectoryReader::displayPath(root, directory);
    MessageBanner *banner = nullptr;
    m_directoryBanners.removeIf([](const auto &entry) { return entry.value().isNull(); }); // dismissed
    if (m_directoryBanners.size() >= MaxDirectoryBanners && !m_directoryBanners.contains(key)) {
        // A storm of failures (the network is down during a scan): one summary, not a wall.
        banner = m_bannerArea->show(MessageBanner::Kind::Warning, tr("More folders could not be read"),
                                    tr("The latest: %1").arg(error.message()), error.details());
        banner->addAction(tr("Refresh"), [this] { refresh(); });
        return;
    }
    const QString title = error.code() == ErrorCode::Timeout ? tr("%1 did not answer").arg(where)
                                                             : tr("Cannot read %1").arg(where);
    banner = m_bannerArea->show(error.code() == ErrorCode::Timeout ? MessageBanner::Kind::Warning
                                                                   : MessageBanner::Kind::Error,
                                title, error.message(), error.details());
    banner->setObjectName(u"directoryBanner"_s);
    banner->setProperty("wharfRoot", root);
    banner->setProperty("wharfDirectory", directory);
    banner->addAction(tr("Retry"), [this, root, directory] {
        const QModelIndex index = m_model->indexForPath(root, directory);
        if (index.isValid())
            m_model->reload(index);
        else
            m_scanner->listDirectory(root, directory);
    });
    if (MessageBanner *previous = m_directoryBanners.value(key); previous && previous != banner)
        m_bannerArea->remove(previous);
    m_directoryBanners.insert(key, banner);
    Q_EMIT statusMessage(title);
}

void UnpackedPage::scanProgressed(const UnpackedScanProgress &progress)
{
    m_progress->setValue(progress.percent());
    m_progress->setFormat(tr("%p% · %n tags", nullptr, progress.tagsFound));
    updateSummary();
}

void UnpackedPage::scanFinished(const UnpackedScanProgress &result)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_scanAction->setEnabled(true);
    m_scanButton->setEnabled(true);
    QString message;
    switch (result.phase) {
    case UnpackedScanProgress::Phase::Cancelled:
        message = tr("Scan cancelled: %n tags read so far.", nullptr, result.tagsFound);
        break;
    case UnpackedScanProgress::Phase::Finished:
    case UnpackedScanProgress::Phase::Failed:
        //: %2 is a duration in seconds
        message = result.directoriesFailed > 0
            ? tr("Scan finished with %n tags in %1 s; %2 folders could not be read.", nullptr, result.tagsFound)
                  .arg(QString::number(double(result.elapsedMs) / 1000.0, 'f', 1))
                  .arg(result.directoriesFailed)
            : tr("Scan finished: %n tags in %1 s.", nullptr, result.tagsFound)
                  .arg(QString::number(double(result.elapsedMs) / 1000.0, 'f', 1));
        saveCaches();
        break;
    case UnpackedScanProgress::Phase::Idle:
    case UnpackedScanProgress::Phase::Running:
        break;
    }
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
    updateSummary();
}

void UnpackedPage::environmentRead(const UnpackedImageInfo &info)
{
    m_details->setEnvironment(info);
}

// --- filter -----------------------------------------------------------------------------

void UnpackedPage::applyFilterNow()
{
    m_filterTimer->stop();
    const QString text = m_filter->text();
    if (text == m_model->filterText())
        return;
    const bool wasFiltering = m_model->isFiltering();
    m_model->setFilterText(text);
    if (m_model->isFiltering()) {
        expandMatches();
    } else if (wasFiltering) {
        m_tree->collapseAll();
        expandRoots();
        if (currentRow().isValid())
            m_tree->scrollTo(currentRow());
    }
    updateSummary();
}

void UnpackedPage::expandMatches()
{
    if (!m_model->isFiltering() || m_model->matchingTagCount() > MaxMatchesToExpand) {
        expandRoots();
        return;
    }
    // Only what is listed: expanding a folder not read yet would start reading it.
    QList<QModelIndex> parents{QModelIndex()};
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeLast();
        const int rows = m_viewModel->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = m_viewModel->index(row, 0, parent);
            const auto kind = UnpackedTreeModel::Kind(child.data(UnpackedTreeModel::KindRole).toInt());
            if (kind == UnpackedTreeModel::Kind::Tag || m_viewModel->rowCount(child) == 0)
                continue;
            m_tree->expand(child);
            if (kind != UnpackedTreeModel::Kind::Image)
                parents.append(child);
        }
    }
    // Deep matches are indented far: make room for their names (never narrower).
    const int before = m_tree->columnWidth(UnpackedTreeModel::NameColumn);
    m_tree->resizeColumnToContents(UnpackedTreeModel::NameColumn);
    const int wanted = m_tree->columnWidth(UnpackedTreeModel::NameColumn);
    m_tree->setColumnWidth(UnpackedTreeModel::NameColumn,
                           std::max(before, std::min(wanted, std::max(before, m_tree->viewport()->width() / 2))));
}

// --- selection and actions ----------------------------------------------------------------

QModelIndex UnpackedPage::currentRow() const
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (!current.isValid() || !m_tree->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.siblingAtColumn(0);
}

QModelIndex UnpackedPage::selectedTag() const
{
    const QModelIndex current = currentRow();
    if (current.isValid() && current.data(UnpackedTreeModel::KindRole).toInt() == int(UnpackedTreeModel::Kind::Tag))
        return current;
    return {};
}

QString UnpackedPage::tagRecipeLine(const QModelIndex &tag) const
{
    if (!tag.isValid())
        return {};
    const Result<UnpackedRecipe> recipe = UnpackedRecipe::fromReference(tag.data(UnpackedTreeModel::ReferenceRole).toString());
    return recipe ? recipe->recipeLine() : QString();
}

void UnpackedPage::updateActions()
{
    const QModelIndex tag = selectedTag();
    const auto state = UnpackedImageInfo::State(tag.data(UnpackedTreeModel::RunnableRole).toInt());
    const bool outside = tag.isValid() && tag.data(UnpackedTreeModel::TargetRole).toByteArray().isEmpty();
    const bool launchable = tag.isValid() && !outside && state != UnpackedImageInfo::State::Missing
        && state != UnpackedImageInfo::State::NotRunnable;
    m_launchAction->setEnabled(launchable);
    m_launchButton->setEnabled(launchable);
    if (!tag.isValid())
        m_launchButton->setToolTip(tr("Select an image tag to open a shell in it with Apptainer (Ctrl+L)"));
    else if (!launchable)
        m_launchButton->setToolTip(tr("This name does not lead to an image Apptainer can run (see Runnable)"));
    else
        m_launchButton->setToolTip(m_launchAction->toolTip());
    m_copyPathAction->setEnabled(!m_tree->selectionModel()->selectedRows().isEmpty());
    m_copyRecipeAction->setEnabled(!tagRecipeLine(tag).isEmpty());
}

void UnpackedPage::updateDetails()
{
    if (!m_details->isVisible() && !m_detailsAction->isChecked())
        return;
    const QModelIndex current = currentRow();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    m_details->showIndex(current);
    const QModelIndex tag = selectedTag();
    if (!tag.isValid())
        return;
    // Runnable or not, for the row the user looks at (one stat on a worker).
    if (tag.data(UnpackedTreeModel::RunnableRole).toInt() == int(UnpackedImageInfo::State::Unknown))
        m_model->requestInspection(m_viewModel->mapToSource(tag));
    const QString root = tag.data(UnpackedTreeModel::RootRole).toString();
    const QByteArray target = tag.data(UnpackedTreeModel::TargetRole).toByteArray();
    if (target.isEmpty())
        return;
    const QString key = keyOf(root, target);
    if (key == m_environmentKey && !m_details->environmentText().isEmpty())
        return;
    m_environmentKey = key;
    m_details->setEnvironmentPending();
    m_scanner->readEnvironment(root, target);
}

void UnpackedPage::updateSummary()
{
    QStringList parts;
    const int tags = m_model->tagCount();
    if (m_model->isFiltering()) {
        // Spelled out for one: English plurals come from a translation file, absent in English.
        const int matching = m_model->matchingTagCount();
        parts.append((matching == 1 ? tr("1 matching tag") : tr("%n matching tags", nullptr, matching)) + u' '
                     + tr("of %n read so far", nullptr, tags));
    } else if (tags > 0) {
        parts.append(tags == 1 ? tr("1 tag read") : tr("%n tags read", nullptr, tags));
    }
    QDateTime oldest;
    for (const QString &root : m_scanner->roots()) {
        const QDateTime taken = m_model->snapshotTime(root);
        if (taken.isValid() && (!oldest.isValid() || taken < oldest))
            oldest = taken;
    }
    if (oldest.isValid()) {
        //: %1 relative ("2 days ago"), %2 exact time
        parts.append(tr("grey rows are from the saved scan of %1 (%2) until read again")
                         .arg(DisplayFormat::relativeTime(oldest, QDateTime::currentDateTimeUtc()),
                              DisplayFormat::exactTime(oldest)));
    }
    if (m_scanner->isScanning()) {
        const UnpackedScanProgress progress = m_scanner->progress();
        parts.append(tr("scanning: %n folders read", nullptr, progress.directoriesListed));
    } else if (m_model->isFiltering()) {
        parts.append(tr("the filter searches what has been read: Scan Everything to search all"));
    }
    QString text = parts.join(u" · "_s);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

void UnpackedPage::updateEmptyState()
{
    const QStringList roots = m_scanner->roots();
    bool allFailed = !roots.isEmpty();
    bool cvmfsMissing = false;
    QList<Error> problems;
    for (const QString &root : roots) {
        const auto found = m_rootErrors.constFind(root);
        if (found == m_rootErrors.constEnd()) {
            allFailed = false;
            continue;
        }
        problems.append(*found);
        cvmfsMissing = cvmfsMissing || isCvmfsMissing(root, *found);
    }
    // With a saved scan there is something to show: the tree, and banners for the roots.
    const bool empty = allFailed && m_model->tagCount() == 0 && m_model->directoryCount() == 0;
    if (empty)
        m_missingRoot->setProblems(problems, cvmfsMissing);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_missingRoot) : m_splitter);
    m_scanAction->setEnabled(!empty && !m_scanner->isScanning());
    m_scanButton->setEnabled(m_scanAction->isEnabled());
}

void UnpackedPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_launchAction);
    menu->addSeparator();
    menu->addAction(m_copyPathAction);
    menu->addAction(m_copyRecipeAction);
    menu->addSeparator();
    menu->addAction(m_requestAction);
    const auto kind = UnpackedTreeModel::Kind(index.siblingAtColumn(0).data(UnpackedTreeModel::KindRole).toInt());
    if (index.isValid() && (kind == UnpackedTreeModel::Kind::Root || kind == UnpackedTreeModel::Kind::Directory)) {
        menu->addSeparator();
        const QPersistentModelIndex folder(m_viewModel->mapToSource(index.siblingAtColumn(0)));
        menu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Read This Folder Again"), this, [this, folder] {
            if (folder.isValid())
                m_model->reload(folder);
        });
    }
    menu->addSeparator();
    menu->addAction(m_detailsAction);
    // popup() rather than exec(): no nested event loop.
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

void UnpackedPage::copySelectedPath()
{
    QStringList paths;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        paths.append(row.data(UnpackedTreeModel::PathRole).toString());
    paths.removeDuplicates();
    if (paths.isEmpty())
        return;
    QApplication::clipboard()->setText(paths.join(u'\n'));
    Q_EMIT statusMessage(paths.size() == 1 ? tr("Copied %1").arg(paths.constFirst())
                                           : tr("Copied %n paths", nullptr, int(paths.size())));
}

void UnpackedPage::copySelectedRecipeLine()
{
    const QString line = tagRecipeLine(selectedTag());
    if (line.isEmpty())
        return;
    QApplication::clipboard()->setText(line);
    Q_EMIT statusMessage(tr("Copied the recipe line: %1").arg(line.trimmed()));
}

void UnpackedPage::launchSelected()
{
    const QModelIndex tag = selectedTag();
    if (!tag.isValid() || !m_launchAction->isEnabled())
        return;
    Q_EMIT launchRequested(tag.data(UnpackedTreeModel::PathRole).toString());
}

void UnpackedPage::requestOnUnpacked(const QString &reference)
{
    QString initial = reference;
    if (initial.isEmpty())
        initial = selectedTag().data(UnpackedTreeModel::ReferenceRole).toString();
    auto *dialog = new UnpackedRequestDialog(initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void UnpackedPage::refresh()
{
    // The roots, and every folder the user has open: what is on screen is read again.
    QList<QModelIndex> parents{QModelIndex()};
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeLast();
        for (int row = 0; row < m_viewModel->rowCount(parent); ++row) {
            const QModelIndex child = m_viewModel->index(row, 0, parent);
            const auto kind = UnpackedTreeModel::Kind(child.data(UnpackedTreeModel::KindRole).toInt());
            if (kind != UnpackedTreeModel::Kind::Root && kind != UnpackedTreeModel::Kind::Directory)
                continue;
            if (kind == UnpackedTreeModel::Kind::Root || m_tree->isExpanded(child)) {
                m_model->reload(m_viewModel->mapToSource(child));
                parents.append(child);
            }
        }
    }
}

void UnpackedPage::scanEverything()
{
    if (m_scanner->isScanning() || m_scanner->roots().isEmpty())
        return;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_scanAction->setEnabled(false);
    m_scanButton->setEnabled(false);
    m_scanner->scanAll();
    updateSummary();
}

void UnpackedPage::cancelScan()
{
    if (m_scanner->isScanning())
        m_scanner->cancelScan(); // scanFinished(Cancelled) arrives before this returns
}

// --- cross-references -------------------------------------------------------------------

void UnpackedPage::setKnownReferences(const QSet<QString> &references, const QString &where)
{
    m_viewModel->setKnownReferences(references, where.isEmpty() ? tr("engine") : where);
}

QString UnpackedPage::pathOf(const QString &reference) const
{
    const Result<UnpackedRecipe> recipe = UnpackedRecipe::fromReference(reference);
    if (!recipe || recipe->isWildcard())
        return {};
    const QByteArray name = recipe->publicName().toUtf8();
    for (const QString &root : m_scanner->roots()) {
        const QModelIndex index = m_model->indexForPath(root, name);
        if (index.isValid() && index.data(UnpackedTreeModel::KindRole).toInt() == int(UnpackedTreeModel::Kind::Tag))
            return index.data(UnpackedTreeModel::PathRole).toString();
    }
    return {};
}

bool UnpackedPage::contains(const QString &reference) const
{
    return !pathOf(reference).isEmpty();
}

void UnpackedPage::checkAvailability(const QString &reference)
{
    const quint64 id = m_nextCheck++;
    const Result<UnpackedRecipe> recipe = UnpackedRecipe::fromReference(reference);
    const QString known = pathOf(reference);
    const QStringList roots = m_scanner->roots();
    if (!recipe || recipe->isWildcard() || !known.isEmpty() || roots.isEmpty()) {
        QTimer::singleShot(0, this, [this, reference, known] { Q_EMIT availabilityChecked(reference, !known.isEmpty(), known); });
        return;
    }
    const QByteArray publicName = recipe->publicName().toUtf8();
    const qsizetype slash = publicName.lastIndexOf('/');
    const QByteArray directory = slash < 0 ? QByteArray() : publicName.left(slash);
    PendingCheck check;
    check.reference = reference;
    check.name = publicName.mid(slash + 1);
    check.waiting = int(roots.size());
    m_checks.insert(id, check);
    // A scanner of its own: a directory that does not exist is an answer ("no"), not a
    // failed row in the tree or a banner.
    for (const QString &root : roots) {
        m_checksByDirectory.insert(keyOf(root, directory), id);
        m_checkScanner->listDirectory(root, directory);
    }
}

void UnpackedPage::receiveCheckListings(const QList<UnpackedListing> &listings)
{
    QList<UnpackedListing> found;
    for (const UnpackedListing &listing : listings) {
        if (listing.ok())
            found.append(listing);
        const QList<quint64> ids = m_checksByDirectory.values(keyOf(listing.root, listing.directory));
        m_checksByDirectory.remove(keyOf(listing.root, listing.directory));
        for (const quint64 id : ids) {
            auto check = m_checks.find(id);
            if (check == m_checks.end())
                continue;
            for (const UnpackedEntry &entry : listing.entries) {
                if (entry.kind == UnpackedEntry::Kind::Tag && entry.rawName == check->name) {
                    check->path = UnpackedDirectoryReader::displayPath(
                        listing.root, listing.directory.isEmpty() ? entry.rawName : QByteArray(listing.directory + '/' + entry.rawName));
                    break;
                }
            }
            --check->waiting;
            if (!check->path.isEmpty() || check->waiting <= 0)
                finishCheck(id, !check->path.isEmpty(), check->path);
        }
    }
    // What was read is true: the tree may as well show it.
    if (!found.isEmpty())
        m_model->addListings(found);
}

void UnpackedPage::finishCheck(quint64 id, bool available, const QString &path)
{
    const PendingCheck check = m_checks.take(id);
    Q_EMIT availabilityChecked(check.reference, available, path);
}

// --- settings ---------------------------------------------------------------------------

void UnpackedPage::saveState() const
{
    QSettings settings;
    settings.beginGroup(u"unpackedPage"_s);
    PageLayoutSettings::save(settings, m_tree->header(), m_splitter);
    settings.setValue(u"showDetails"_s, m_detailsAction->isChecked());
}

void UnpackedPage::restoreState()
{
    QSettings settings;
    settings.beginGroup(u"unpackedPage"_s);
    PageLayoutSettings::restore(settings, m_tree->header(), m_splitter);
    m_detailsAction->setChecked(settings.value(u"showDetails"_s, true).toBool());
}

} // namespace Wharf
