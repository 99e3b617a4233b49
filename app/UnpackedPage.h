// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"

#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QModelIndex>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace Wharf {

class MessageBanner;
class MessageBannerArea;
class UnpackedDetailsPanel;
class UnpackedMissingRootWidget;
class UnpackedScanner;
class UnpackedTreeModel;
class UnpackedViewModel;
struct UnpackedImageInfo;
struct UnpackedListing;
struct UnpackedScanProgress;
struct UnpackedScanSnapshot;

// The unpacked.cern.ch page: the images published unpacked on CVMFS, as a tree registry >
// path > image > tag, read lazily by UnpackedScanner on its worker threads (the GUI thread
// never reads the file system under a root), shown at once from the last saved scan
// (marked stale) and searchable by typing. Launch with Apptainer, copy the path or the
// recipe line, request an image that is missing.
class UnpackedPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FilterDelayMs = 150; // coalesces keystrokes; Enter applies at once

    // cacheDirectory: where UnpackedScanCache keeps the scans (empty: none are kept).
    UnpackedPage(const QStringList &roots, const QString &cacheDirectory, QWidget *parent = nullptr);
    ~UnpackedPage() override;

    // Reads the new roots (and their saved scans) from the start.
    void setRoots(const QStringList &roots);
    QStringList roots() const;

    // Marks tags whose image (normalised reference, as UnpackedTreeModel::ReferenceRole has
    // it) a local engine or a browsed registry also has: "Also in: <where>".
    void setKnownReferences(const QSet<QString> &references, const QString &where = {});

    // Cross-reference for a registry tag: is `reference` published under one of the roots?
    // contains() answers from what has been read so far (no I/O); checkAvailability() also
    // reads the image's directory through the scanner (with its timeout) when needed and
    // answers with availabilityChecked(), always asynchronously.
    bool contains(const QString &reference) const;
    QString pathOf(const QString &reference) const; // empty when not (yet) known
    void checkAvailability(const QString &reference);

    QAction *filterAction() const { return m_filterAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *launchAction() const { return m_launchAction; }
    QAction *copyPathAction() const { return m_copyPathAction; }
    QAction *copyRecipeAction() const { return m_copyRecipeAction; }
    QAction *requestAction() const { return m_requestAction; }
    QAction *scanAction() const { return m_scanAction; }
    QAction *detailsAction() const { return m_detailsAction; }

    // For tests and the lead.
    QTreeView *treeView() const { return m_tree; }
    UnpackedTreeModel *treeModel() const { return m_model; }
    UnpackedViewModel *viewModel() const { return m_viewModel; }
    UnpackedScanner *scanner() const { return m_scanner; }
    MessageBannerArea *bannerArea() const { return m_bannerArea; }
    UnpackedDetailsPanel *detailsPanel() const { return m_details; }
    UnpackedMissingRootWidget *missingRootWidget() const { return m_missingRoot; }
    QLineEdit *filterLineEdit() const { return m_filter; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    // Tests: where CVMFS repositories are mounted (/cvmfs), to explain missing roots.
    void setCvmfsBase(const QString &base);

    void saveState() const;
    void restoreState();

public Q_SLOTS:
    void refresh();
    void scanEverything();
    void cancelScan();
    void applyFilterNow();
    void copySelectedPath();
    void copySelectedRecipeLine();
    void launchSelected();
    // Opens the request dialog for `reference`, or the selected tag's image.
    void requestOnUnpacked(const QString &reference = {});

Q_SIGNALS:
    // Launch with Apptainer: the tag's path under its root ("/cvmfs/unpacked.cern.ch/...").
    void launchRequested(const QString &unpackedPath);
    void statusMessage(const QString &message);
    void availabilityChecked(const QString &reference, bool available, const QString &path);

private:
    struct PendingCheck
    {
        QString reference;
        QByteArray name; // the last component, raw
        int waiting = 0; // roots not answered yet
        QString path;    // where it was found
    };

    QModelIndex selectedTag() const;
    QModelIndex currentRow() const;
    void loadCaches();
    void saveCaches();
    void takeSnapshot(const UnpackedScanSnapshot &snapshot);
    void receiveListings(const QList<UnpackedListing> &listings);
    void receiveCheckListings(const QList<UnpackedListing> &listings);
    void finishCheck(quint64 id, bool available, const QString &path);
    void directoryFailed(const QString &root, const QByteArray &directory, const Error &error);
    void scanProgressed(const UnpackedScanProgress &progress);
    void scanFinished(const UnpackedScanProgress &result);
    void environmentRead(const UnpackedImageInfo &info);
    void updateActions();
    void updateDetails();
    void updateSummary();
    void updateEmptyState();
    void expandMatches();
    void showContextMenu(const QPoint &position);
    void expandRoots();
    QString tagRecipeLine(const QModelIndex &tag) const;
    bool isCvmfsMissing(const QString &root, const Error &error) const;

    UnpackedScanner *m_scanner;
    UnpackedScanner *m_checkScanner; // availability checks: their failures are answers, not banners
    UnpackedTreeModel *m_model;
    UnpackedViewModel *m_viewModel;
    QString m_cacheDirectory;
    QString m_cvmfsBase;
    QLineEdit *m_filter;
    QTimer *m_filterTimer;
    QToolButton *m_refreshButton;
    QPushButton *m_scanButton;
    QPushButton *m_requestButton;
    QPushButton *m_launchButton;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    MessageBannerArea *m_bannerArea;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    UnpackedDetailsPanel *m_details;
    UnpackedMissingRootWidget *m_missingRoot;
    QAction *m_filterAction;
    QAction *m_refreshAction;
    QAction *m_launchAction;
    QAction *m_copyPathAction;
    QAction *m_copyRecipeAction;
    QAction *m_requestAction;
    QAction *m_scanAction;
    QAction *m_detailsAction;
    // Root-level failures (root -> error), for the empty state; banners per failed directory.
    QHash<QString, Error> m_rootErrors;
    QHash<QString, QPointer<MessageBanner>> m_directoryBanners; // root + '\n' + directory
    QMultiHash<QString, quint64> m_checksByDirectory;    // root + '\n' + directory -> check
    QHash<quint64, PendingCheck> m_checks;
    quint64 m_nextCheck = 1;
    QString m_environmentKey; // root + '\n' + target of the environment last asked for
    quint64 m_generation = 0; // bumped by setRoots: late cache loads of old roots are dropped
};

} // namespace Wharf
