// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "UnpackedImageInfo.h"
#include "UnpackedListing.h"
#include "UnpackedScanSnapshot.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

namespace Wharf {

class UnpackedScanner;

// The unpacked.cern.ch page's tree: root -> registry host -> repository path (one node per
// directory, any depth) -> image -> tags. Directories are listed lazily (canFetchMore /
// fetchMore ask the scanner for one directory); an image node's fetchMore (the view calls it
// when the image is expanded) asks whether its tags' targets are runnable: one stat per
// distinct target, only for what the user opens, because on CVMFS each image under .flat has
// its own nested catalog and checking all of them would download thousands of catalogs. Listings arrive
// in batches (addListings) and are merged with the fewest row changes, so expanded nodes and
// selections survive a refresh; rows loaded from the scan cache are marked stale until their
// directory is read again.
//
// Type-to-filter over everything listed so far: setFilterText() keeps the tags (and
// directories) whose lower-case path contains every word, with their ancestors. The
// lower-case paths are computed once, when rows arrive, into one buffer that a query scans
// with memmem(); a refined query (one more letter) only checks the previous matches, and
// does not touch the view at all when they all still match. So a keystroke over 50,000 tags
// costs a few milliseconds; otherwise the model is reset once per keystroke. While filtered, new listings are merged into the filtered view (rows
// that match appear, in place).
//
// QtCore only: the view picks icons from KindRole, StateRole and RunnableRole.
class UnpackedTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,          // root path, host, directory, image, tag
        SyncedColumn,        // tag: when the name was last (re)published (the link's own mtime)
        RunnableColumn,      // tag: has .singularity.d? (once checked)
        ArchitecturesColumn, // tag: variant symlinks: the architectures offered
        TargetColumn,        // tag: the resolved target under .flat
        InfoColumn,          // state, counts, problems
        PathColumn,          // full path
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Kind { Root, Directory, Image, Tag };
    Q_ENUM(Kind)
    enum class State { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(State)

    enum Role {
        RawValueRole = Qt::UserRole, // for sorting: QDateTime (Synced), int (Runnable), else QString
        KindRole,          // int(Kind)
        StateRole,         // int(State) of a root or directory listing
        RootRole,          // "/cvmfs/unpacked.cern.ch"
        RelativePathRole,  // QByteArray, raw, relative to the root ("registry.hub.docker.com/cmssw/el8:x86_64")
        PathRole,          // QString, the full path for display and Copy (native separators)
        RawPathRole,       // QByteArray, the full path as bytes (opens the right file with any name)
        PublicNameRole,    // tag: "registry.hub.docker.com/cmssw/el8:x86_64" (display)
        ReferenceRole,     // tag: "docker.io/cmssw/el8:x86_64": the same image as engines name it
        ImageRole,         // image, tag: "el8"
        TagRole,           // tag: "x86_64" (may be empty)
        DigestRole,        // tag: a digest carried by the name
        TargetRole,        // tag: QByteArray, relative to the root
        ImageIdRole,       // tag: "sha256:<hex>" from the target
        RunnableRole,      // tag: int(UnpackedImageInfo::State)
        ArchitecturesRole, // tag: QStringList
        DefaultArchitectureRole, // tag: QString
        SyncedRole,        // tag: QDateTime; image: the newest of its tags
        LinkRole,          // tag: int(UnpackedEntry::Link)
        ErrorRole,         // root, directory: QVariant::fromValue(Error) when its listing failed
        StaleRole,         // bool: the row comes from the saved scan and was not read again yet
        ValidNameRole,     // bool: the name is valid UTF-8 (else it is shown escaped)
        CountRole,         // root, directory: rows below it; image: tags
    };
    Q_ENUM(Role)

    // With a scanner, the model follows its roots, asks it for directories and targets, and
    // takes its listings. Without one, feed it with setRoots() and addListings().
    explicit UnpackedTreeModel(UnpackedScanner *scanner = nullptr, QObject *parent = nullptr);
    ~UnpackedTreeModel() override;

    void setRoots(const QStringList &roots);
    QStringList roots() const;

    // Listings from the scanner (or the cache): each replaces what its directory showed.
    void addListings(const QList<UnpackedListing> &listings);
    // Answers to targetsRequested: runnable, missing (broken link)...
    void applyTargetInfos(const QList<UnpackedImageInfo> &infos);
    // The saved scan of one root (UnpackedScanCache): directories already read in this
    // session are kept; everything else is shown stale.
    void loadSnapshot(const UnpackedScanSnapshot &snapshot);
    // What has been listed under `root` (for UnpackedScanCache::save); takenAt is left to
    // the caller.
    UnpackedScanSnapshot snapshot(const QString &root) const;
    // When the stale rows of `root` were taken (invalid when none are shown).
    QDateTime snapshotTime(const QString &root) const;

    // Reads a root or directory again.
    void reload(const QModelIndex &index);
    // Asks whether the targets of an image's tags (or of one tag) are runnable.
    void requestInspection(const QModelIndex &index);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    bool isFiltering() const { return m_filtering; }
    int matchingTagCount() const;
    int tagCount() const { return m_tagCount; }
    int directoryCount() const { return m_directoryCount; }

    // The node of a root or a directory or tag below it, if listed and shown.
    QModelIndex indexForPath(const QString &root, const QByteArray &relative) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void directoryRequested(const QString &root, const QByteArray &directory);
    void targetsRequested(const QString &root, const QList<QByteArray> &targets);

private:
    struct Node;
    using NodePtr = std::unique_ptr<Node>;

    static bool lessThan(const Node *a, const Node *b);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *findRoot(const QString &root) const;
    Node *rootOf(const Node *node) const;
    QByteArray relativePath(const Node *node) const;
    QByteArray directoryPathOf(const Node *node) const; // the directory a tag or image is in
    QString fullPath(const Node *node) const;
    Node *ensureDirectory(Node *root, const QByteArray &relative);
    Node *childDirectory(Node *parent, const QByteArray &rawName) const;

    NodePtr makeDirectory(Node *parent, const QByteArray &rawName, const QString &name, bool validName) const;
    NodePtr makeImage(Node *parent, const QString &name) const;
    NodePtr makeTag(Node *image, UnpackedEntry entry) const;
    void sortTags(std::vector<NodePtr> &tags) const;

    void applyListing(const UnpackedListing &listing, bool fromCache);
    void fillEmpty(Node *directory, const QList<UnpackedEntry> &entries, bool stale);
    void mergeInto(Node *directory, const QList<UnpackedEntry> &entries, bool stale);
    void insertNode(Node *parent, NodePtr node);
    void removeNode(Node *node);
    void registerSubtree(Node *node);
    void unregisterSubtree(Node *node);
    QByteArrayView keyOf(const Node *node) const;
    bool keyMatches(QByteArrayView key) const;
    bool matches(const Node *node) const;
    void addMatch(Node *node);
    void clearMatches();
    void searchAllKeys();
    void compactKeys();
    void markMatchesIn(Node *node);
    void markVisible(Node *node);
    bool isVisible(const Node *node) const;
    bool isInView(const Node *node) const;
    void buildShown(Node *node);
    void showNode(Node *node);
    void pruneUpwards(Node *node);
    void emitRowChanged(Node *node);
    void emitChildrenChanged(Node *node);
    void requestListing(Node *node);

    UnpackedImageInfo::State targetState(const Node *tag) const;
    QString stateText(const Node *node) const;
    QString runnableText(const Node *tag) const;
    QString tagDisplay(const UnpackedEntry &entry) const;
    QVariant displayData(const Node *node, int column) const;

    // What the filter searches: the lower-case path of every tag and directory, UTF-8, in one
    // buffer ('\n' between keys), so that a query is a few memmem() calls over it.
    struct SearchKey
    {
        qsizetype offset;
        int length;
        Node *node; // nullptr once removed (compactKeys drops the text)
    };

    NodePtr m_top; // invisible; its children are the roots
    QByteArray m_keyText;
    std::vector<SearchKey> m_keys;
    int m_deadKeys = 0;
    int m_tagCount = 0;
    int m_directoryCount = 0;
    QString m_filterText;
    QStringList m_words;
    QList<QByteArray> m_wordBytes;
    bool m_filtering = false;
    quint32 m_epoch = 1;
    std::vector<Node *> m_matches;
    QStringList m_matchWords;
    bool m_matchesValid = false;
    QHash<QString, QHash<QByteArray, UnpackedImageInfo::State>> m_targetStates;
    QSet<Node *> m_inspecting; // image and tag nodes waiting for applyTargetInfos
    QHash<QString, QDateTime> m_snapshotTimes;
};

} // namespace Wharf
