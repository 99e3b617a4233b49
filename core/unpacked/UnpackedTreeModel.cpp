// SPDX-License-Identifier: Apache-2.0
#include "UnpackedTreeModel.h"

#include "UnpackedLayout.h"
#include "UnpackedScanner.h"
#include "base/DisplayFormat.h"
#include "registry/TagOrder.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Wharf {

struct UnpackedTreeModel::Node
{
    Kind kind = Kind::Directory;
    State state = State::NotLoaded; // root, directory: its listing
    bool fresh = false;             // root, directory: listed in this session
    bool stale = false;             // the row comes from the saved scan
    bool imageDirectory = false;    // directory: an image unpacked in place under a bare name
    bool validName = true;
    bool inspectionRequested = false; // image: its targets were asked about
    int row = -1;                   // in parent->shown; -1 when not shown
    int searchIndex = -1;           // in m_keys (tags and directories)
    int matchIndex = -1;            // in m_matches
    quint32 visibleEpoch = 0;       // == m_epoch: visible under the current filter
    Node *parent = nullptr;
    QByteArray rawName;             // root: the path as bytes; directory, tag: the file name
    QString name;                   // display
    QByteArray pendingKey;          // the filter key until registered into m_keyText
    std::unique_ptr<Error> error;   // root, directory: why the listing failed
    std::unique_ptr<UnpackedEntry> entry; // tag
    std::vector<NodePtr> children;  // all, sorted
    std::vector<Node *> shown;      // what the view sees: children that pass the filter
};

namespace {

// A node's filter key: its lower-case display path below the root, UTF-8 (a substring of
// valid UTF-8 found in valid UTF-8 always starts on a character).
QByteArray joinKey(QByteArrayView parentKey, const QString &name)
{
    const QByteArray lower = name.toLower().toUtf8();
    if (parentKey.isEmpty())
        return lower;
    QByteArray key;
    key.reserve(parentKey.size() + 1 + lower.size());
    key.append(parentKey).append('/').append(lower);
    return key;
}

bool containsBytes(QByteArrayView haystack, QByteArrayView needle)
{
    return ::memmem(haystack.data(), size_t(haystack.size()), needle.data(), size_t(needle.size())) != nullptr;
}

// Every old word is inside some new word: whatever matches the new words matched the old.
bool refines(const QStringList &oldWords, const QStringList &newWords)
{
    if (oldWords.isEmpty())
        return false;
    return std::all_of(oldWords.cbegin(), oldWords.cend(), [&newWords](const QString &old) {
        return std::any_of(newWords.cbegin(), newWords.cend(), [&old](const QString &word) { return word.contains(old); });
    });
}

// English has no numerus forms without a translation file: pick the text, then translate.
QString imagesText(int n)
{
    return n == 1 ? UnpackedTreeModel::tr("%n image", nullptr, n) : UnpackedTreeModel::tr("%n images", nullptr, n);
}

QString foldersText(int n)
{
    return n == 1 ? UnpackedTreeModel::tr("%n folder", nullptr, n) : UnpackedTreeModel::tr("%n folders", nullptr, n);
}

bool sameEntry(const UnpackedEntry &a, const UnpackedEntry &b)
{
    return a.link == b.link && a.modifiedMs == b.modifiedMs && a.rawTarget == b.rawTarget
        && a.variantTarget == b.variantTarget && a.architectures == b.architectures
        && a.defaultArchitecture == b.defaultArchitecture;
}

} // namespace

UnpackedTreeModel::UnpackedTreeModel(UnpackedScanner *scanner, QObject *parent)
    : QAbstractItemModel(parent)
    , m_top(std::make_unique<Node>())
{
    m_top->kind = Kind::Root;
    if (!scanner)
        return;
    connect(scanner, &UnpackedScanner::listingsReady, this, &UnpackedTreeModel::addListings);
    connect(scanner, &UnpackedScanner::targetsInspected, this, &UnpackedTreeModel::applyTargetInfos);
    connect(scanner, &UnpackedScanner::rootsChanged, this, &UnpackedTreeModel::setRoots);
    connect(this, &UnpackedTreeModel::directoryRequested, scanner, &UnpackedScanner::listDirectory);
    connect(this, &UnpackedTreeModel::targetsRequested, scanner, &UnpackedScanner::inspectTargets);
    setRoots(scanner->roots());
}

UnpackedTreeModel::~UnpackedTreeModel() = default;

// --- structure helpers ------------------------------------------------------------------

bool UnpackedTreeModel::lessThan(const Node *a, const Node *b)
{
    if (a->kind == Kind::Tag && b->kind == Kind::Tag) {
        if (const int order = TagOrder::compare(a->name, b->name))
            return order < 0;
        return a->rawName < b->rawName;
    }
    if (const int order = QString::compare(a->name, b->name, Qt::CaseInsensitive))
        return order < 0;
    if (a->kind != b->kind)
        return a->kind < b->kind;
    if (const int order = QString::compare(a->name, b->name))
        return order < 0;
    return a->rawName < b->rawName;
}

UnpackedTreeModel::Node *UnpackedTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_top.get();
}

QModelIndex UnpackedTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_top.get() || node->row < 0)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

UnpackedTreeModel::Node *UnpackedTreeModel::findRoot(const QString &root) const
{
    const QByteArray bytes = QFile::encodeName(root);
    for (const NodePtr &node : m_top->children) {
        if (node->rawName == bytes)
            return node.get();
    }
    return nullptr;
}

UnpackedTreeModel::Node *UnpackedTreeModel::rootOf(const Node *node) const
{
    while (node && node->parent != m_top.get())
        node = node->parent;
    return const_cast<Node *>(node);
}

QByteArray UnpackedTreeModel::relativePath(const Node *node) const
{
    QList<const Node *> chain;
    for (const Node *n = node; n && n->kind != Kind::Root; n = n->parent) {
        if (n->kind != Kind::Image)
            chain.prepend(n);
    }
    QByteArray path;
    for (const Node *n : std::as_const(chain)) {
        if (!path.isEmpty())
            path += '/';
        path += n->rawName;
    }
    return path;
}

QByteArray UnpackedTreeModel::directoryPathOf(const Node *node) const
{
    const Node *directory = node;
    while (directory && (directory->kind == Kind::Tag || directory->kind == Kind::Image))
        directory = directory->parent;
    return relativePath(directory);
}

QString UnpackedTreeModel::fullPath(const Node *node) const
{
    const Node *root = rootOf(node);
    if (!root)
        return {};
    QString path = QFile::decodeName(root->rawName);
    if (node->kind == Kind::Image) {
        const QByteArray directory = directoryPathOf(node);
        path += u'/' + (directory.isEmpty() ? QString() : UnpackedLayout::displayPath(directory) + u'/') + node->name;
    } else if (node != root) {
        path += u'/' + UnpackedLayout::displayPath(relativePath(node));
    }
    return QDir::toNativeSeparators(path);
}

UnpackedTreeModel::Node *UnpackedTreeModel::childDirectory(Node *parent, const QByteArray &rawName) const
{
    for (const NodePtr &child : parent->children) {
        if (child->kind == Kind::Directory && child->rawName == rawName)
            return child.get();
    }
    return nullptr;
}

UnpackedTreeModel::Node *UnpackedTreeModel::ensureDirectory(Node *root, const QByteArray &relative)
{
    Node *node = root;
    if (relative.isEmpty())
        return node;
    const QList<QByteArray> parts = relative.split('/');
    for (const QByteArray &part : parts) {
        Node *child = childDirectory(node, part);
        if (!child) {
            bool valid = true;
            const QString name = UnpackedLayout::displayName(part, &valid);
            NodePtr created = makeDirectory(node, part, name, valid);
            child = created.get();
            insertNode(node, std::move(created));
        }
        node = child;
    }
    return node;
}

UnpackedTreeModel::NodePtr UnpackedTreeModel::makeDirectory(
    Node *parent, const QByteArray &rawName, const QString &name, bool validName) const
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Directory;
    node->parent = parent;
    node->rawName = rawName;
    node->name = name;
    node->validName = validName;
    node->pendingKey = joinKey(keyOf(parent), name);
    return node;
}

UnpackedTreeModel::NodePtr UnpackedTreeModel::makeImage(Node *parent, const QString &name) const
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Image;
    node->parent = parent;
    node->name = name;
    node->state = State::Loaded;
    return node;
}

UnpackedTreeModel::NodePtr UnpackedTreeModel::makeTag(Node *image, UnpackedEntry entry) const
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Tag;
    node->parent = image;
    node->rawName = entry.rawName;
    node->validName = entry.validName;
    node->name = tagDisplay(entry);
    node->pendingKey = joinKey(keyOf(image->parent), entry.name);
    entry.image = image->name; // share the image's string
    entry.name.clear();        // derived again from rawName when needed
    node->entry = std::make_unique<UnpackedEntry>(std::move(entry));
    return node;
}

QString UnpackedTreeModel::tagDisplay(const UnpackedEntry &entry) const
{
    if (!entry.tag.isEmpty())
        return entry.tag;
    if (!entry.digest.isEmpty()) {
        const qsizetype colon = entry.digest.indexOf(u':');
        return u'@' + entry.digest.left(colon + 1 + 12);
    }
    //: A public name without ":tag", e.g. "cmssw/el8"
    return tr("(no tag)");
}

// Tags in TagOrder ("latest", newest versions first), each analysed once.
void UnpackedTreeModel::sortTags(std::vector<NodePtr> &tags) const
{
    if (tags.size() < 2)
        return;
    QStringList names;
    names.reserve(qsizetype(tags.size()));
    for (const NodePtr &tag : tags)
        names.append(tag->name);
    TagOrder::sort(names);
    QHash<QString, int> rank;
    rank.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        rank.insert(names.at(i), int(i));
    std::sort(tags.begin(), tags.end(), [&rank](const NodePtr &a, const NodePtr &b) {
        const int ra = rank.value(a->name);
        const int rb = rank.value(b->name);
        return ra != rb ? ra < rb : a->rawName < b->rawName;
    });
}

// --- the filter -------------------------------------------------------------------------

QByteArrayView UnpackedTreeModel::keyOf(const Node *node) const
{
    if (node->searchIndex >= 0) {
        const SearchKey &key = m_keys[size_t(node->searchIndex)];
        return QByteArrayView(m_keyText.constData() + key.offset, key.length);
    }
    return node->pendingKey;
}

bool UnpackedTreeModel::keyMatches(QByteArrayView key) const
{
    for (const QByteArray &word : m_wordBytes) {
        if (!containsBytes(key, word))
            return false;
    }
    return true;
}

bool UnpackedTreeModel::matches(const Node *node) const
{
    return node->searchIndex >= 0 && keyMatches(keyOf(node));
}

void UnpackedTreeModel::addMatch(Node *node)
{
    if (node->matchIndex >= 0)
        return;
    node->matchIndex = int(m_matches.size());
    m_matches.push_back(node);
}

void UnpackedTreeModel::clearMatches()
{
    for (Node *node : m_matches)
        node->matchIndex = -1;
    m_matches.clear();
}

// Every key that holds all the words, in one pass over the key text per hit of the longest
// word (memmem), instead of one search per key.
void UnpackedTreeModel::searchAllKeys()
{
    const QByteArray *longest = &m_wordBytes.first();
    for (const QByteArray &word : m_wordBytes) {
        if (word.size() > longest->size())
            longest = &word;
    }
    const char *text = m_keyText.constData();
    const size_t total = size_t(m_keyText.size());
    size_t position = 0;
    size_t k = 0;
    while (position < total) {
        const void *hit = ::memmem(text + position, total - position, longest->constData(), size_t(longest->size()));
        if (!hit)
            break;
        const auto offset = qsizetype(static_cast<const char *>(hit) - text);
        while (k + 1 < m_keys.size() && m_keys[k + 1].offset <= offset)
            ++k;
        const SearchKey &key = m_keys[k];
        if (key.node && (m_wordBytes.size() == 1 || keyMatches(QByteArrayView(text + key.offset, key.length)))) {
            addMatch(key.node);
            markVisible(key.node);
        }
        position = size_t(key.offset + key.length + 1);
    }
}

bool UnpackedTreeModel::isVisible(const Node *node) const
{
    return !m_filtering || node->kind == Kind::Root || node == m_top.get() || node->visibleEpoch == m_epoch;
}

void UnpackedTreeModel::markVisible(Node *node)
{
    for (Node *n = node; n && n != m_top.get() && n->visibleEpoch != m_epoch; n = n->parent)
        n->visibleEpoch = m_epoch;
}

// Marks what matches in a subtree that was just added (and its ancestors).
void UnpackedTreeModel::markMatchesIn(Node *node)
{
    if (!m_filtering)
        return;
    if (matches(node)) {
        markVisible(node);
        addMatch(node);
    }
    for (const NodePtr &child : node->children)
        markMatchesIn(child.get());
}

// Shown in the view: every ancestor is in its parent's shown list.
bool UnpackedTreeModel::isInView(const Node *node) const
{
    for (const Node *n = node; n != m_top.get(); n = n->parent) {
        if (!n || n->row < 0)
            return false;
        const Node *parent = n->parent;
        if (size_t(n->row) >= parent->shown.size() || parent->shown[size_t(n->row)] != n)
            return false;
    }
    return true;
}

// Rebuilds the shown lists of a subtree for the current filter.
void UnpackedTreeModel::buildShown(Node *node)
{
    node->shown.clear();
    for (const NodePtr &child : node->children) {
        if (isVisible(child.get())) {
            child->row = int(node->shown.size());
            node->shown.push_back(child.get());
            if (!child->children.empty())
                buildShown(child.get());
            else
                child->shown.clear();
        } else {
            child->row = -1;
        }
    }
}

// Puts a visible node into the view, its ancestors first.
void UnpackedTreeModel::showNode(Node *node)
{
    if (isInView(node))
        return;
    Node *parent = node->parent;
    if (parent != m_top.get() && !isInView(parent)) {
        // The parent comes in with its whole visible subtree, this node included.
        buildShown(parent);
        showNode(parent);
        return;
    }
    buildShown(node);
    const auto position = std::lower_bound(parent->shown.begin(), parent->shown.end(), node,
        [](const Node *a, const Node *b) { return lessThan(a, b); });
    const int row = int(position - parent->shown.begin());
    beginInsertRows(indexOf(parent), row, row);
    parent->shown.insert(position, node);
    for (size_t i = size_t(row); i < parent->shown.size(); ++i)
        parent->shown[i]->row = int(i);
    endInsertRows();
}

// While filtered, a directory or image left without visible rows that does not match by
// itself goes too.
void UnpackedTreeModel::pruneUpwards(Node *node)
{
    while (m_filtering && node && node != m_top.get() && node->kind != Kind::Root && node->shown.empty()
           && !matches(node) && isInView(node)) {
        Node *parent = node->parent;
        const int row = node->row;
        beginRemoveRows(indexOf(parent), row, row);
        parent->shown.erase(parent->shown.begin() + row);
        for (size_t i = size_t(row); i < parent->shown.size(); ++i)
            parent->shown[i]->row = int(i);
        node->row = -1;
        node->visibleEpoch = 0;
        endRemoveRows();
        node = parent;
    }
}

void UnpackedTreeModel::setFilterText(const QString &text)
{
    const QStringList words = text.toLower().simplified().split(u' ', Qt::SkipEmptyParts);
    m_filterText = text;
    if (words == m_words)
        return;
    QList<QByteArray> wordBytes;
    for (const QString &word : words)
        wordBytes.append(word.toUtf8());
    const bool refining = !words.isEmpty() && m_filtering && m_matchesValid && refines(m_matchWords, words);
    if (refining) {
        // Typing one more letter: only the previous matches can still match. When they all
        // do, the view does not change at all (the usual case for the first letters).
        const QStringList previousWords = std::exchange(m_words, words);
        const QList<QByteArray> previousBytes = std::exchange(m_wordBytes, wordBytes);
        const bool allStillMatch = std::all_of(m_matches.cbegin(), m_matches.cend(), [this](const Node *node) { return matches(node); });
        if (allStillMatch) {
            m_matchWords = words;
            return;
        }
        m_words = previousWords;
        m_wordBytes = previousBytes;
    }
    beginResetModel();
    m_words = words;
    m_wordBytes = wordBytes;
    if (words.isEmpty()) {
        m_filtering = false;
        clearMatches();
        m_matchWords.clear();
        m_matchesValid = false;
    } else {
        m_filtering = true;
        ++m_epoch;
        // A few previous matches: check those. Many: one pass over all keys is faster.
        if (refining && m_matches.size() * 8 < m_keys.size()) {
            std::vector<Node *> previous;
            previous.swap(m_matches);
            for (Node *node : previous)
                node->matchIndex = -1;
            for (Node *node : previous) {
                if (matches(node)) {
                    addMatch(node);
                    markVisible(node);
                }
            }
        } else {
            clearMatches();
            searchAllKeys();
        }
        m_matchWords = words;
        m_matchesValid = true;
    }
    buildShown(m_top.get());
    endResetModel();
}

int UnpackedTreeModel::matchingTagCount() const
{
    if (!m_filtering)
        return m_tagCount;
    return int(std::count_if(m_matches.cbegin(), m_matches.cend(), [](const Node *node) { return node->kind == Kind::Tag; }));
}

// --- building and merging ---------------------------------------------------------------

void UnpackedTreeModel::registerSubtree(Node *node)
{
    if (node->kind == Kind::Tag || node->kind == Kind::Directory) {
        node->searchIndex = int(m_keys.size());
        m_keys.push_back({ m_keyText.size(), int(node->pendingKey.size()), node });
        m_keyText.append(node->pendingKey).append('\n');
        node->pendingKey = QByteArray();
        if (node->kind == Kind::Tag)
            ++m_tagCount;
        else
            ++m_directoryCount;
    }
    for (const NodePtr &child : node->children)
        registerSubtree(child.get());
}

void UnpackedTreeModel::unregisterSubtree(Node *node)
{
    for (const NodePtr &child : node->children)
        unregisterSubtree(child.get());
    if (node->searchIndex >= 0) {
        m_keys[size_t(node->searchIndex)].node = nullptr; // the text stays until compactKeys()
        ++m_deadKeys;
        node->searchIndex = -1;
        if (node->kind == Kind::Tag)
            --m_tagCount;
        else
            --m_directoryCount;
    }
    if (node->matchIndex >= 0) {
        Node *last = m_matches.back();
        m_matches[size_t(node->matchIndex)] = last;
        last->matchIndex = node->matchIndex;
        m_matches.pop_back();
        node->matchIndex = -1;
    }
    m_inspecting.remove(node);
}

// Drops the text of removed nodes once it is most of the buffer.
void UnpackedTreeModel::compactKeys()
{
    if (m_deadKeys < 4096 || size_t(m_deadKeys) * 2 < m_keys.size())
        return;
    QByteArray text;
    text.reserve(m_keyText.size());
    std::vector<SearchKey> keys;
    keys.reserve(m_keys.size() - size_t(m_deadKeys));
    for (const SearchKey &key : m_keys) {
        if (!key.node)
            continue;
        key.node->searchIndex = int(keys.size());
        keys.push_back({ text.size(), key.length, key.node });
        text.append(m_keyText.constData() + key.offset, key.length).append('\n');
    }
    m_keyText = std::move(text);
    m_keys = std::move(keys);
    m_deadKeys = 0;
}

void UnpackedTreeModel::insertNode(Node *parent, NodePtr node)
{
    Node *raw = node.get();
    raw->parent = parent;
    const auto position = std::upper_bound(parent->children.begin(), parent->children.end(), raw,
        [](const Node *a, const NodePtr &b) { return lessThan(a, b.get()); });
    parent->children.insert(position, std::move(node));
    registerSubtree(raw);
    markMatchesIn(raw);
    if (isVisible(raw) && (parent == m_top.get() || isVisible(parent)))
        showNode(raw);
}

void UnpackedTreeModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    if (isInView(node)) {
        const int row = node->row;
        beginRemoveRows(indexOf(parent), row, row);
        parent->shown.erase(parent->shown.begin() + row);
        for (size_t i = size_t(row); i < parent->shown.size(); ++i)
            parent->shown[i]->row = int(i);
        node->row = -1;
        endRemoveRows();
    }
    unregisterSubtree(node);
    const auto it = std::find_if(parent->children.begin(), parent->children.end(),
        [node](const NodePtr &child) { return child.get() == node; });
    if (it != parent->children.end())
        parent->children.erase(it);
    compactKeys();
    pruneUpwards(parent);
}

// The common case, fast: a directory that shows nothing yet gets all its rows at once.
void UnpackedTreeModel::fillEmpty(Node *directory, const QList<UnpackedEntry> &entries, bool stale)
{
    std::vector<NodePtr> nodes;
    QHash<QString, size_t> imageAt;
    std::vector<std::vector<NodePtr>> tagsOf;
    nodes.reserve(size_t(entries.size()));
    for (const UnpackedEntry &entry : entries) {
        if (entry.kind == UnpackedEntry::Kind::Directory) {
            NodePtr node = makeDirectory(directory, entry.rawName, entry.name, entry.validName);
            node->stale = stale;
            nodes.push_back(std::move(node));
            continue;
        }
        auto found = imageAt.constFind(entry.image);
        size_t slot = 0;
        if (found == imageAt.constEnd()) {
            slot = nodes.size();
            NodePtr image = makeImage(directory, entry.image);
            image->stale = stale;
            nodes.push_back(std::move(image));
            imageAt.insert(entry.image, slot);
        } else {
            slot = *found;
        }
        Node *image = nodes[slot].get();
        NodePtr tag = makeTag(image, entry);
        tag->stale = stale;
        image->children.push_back(std::move(tag));
    }
    for (NodePtr &node : nodes) {
        if (node->kind == Kind::Image)
            sortTags(node->children);
    }
    std::sort(nodes.begin(), nodes.end(), [](const NodePtr &a, const NodePtr &b) { return lessThan(a.get(), b.get()); });
    directory->children = std::move(nodes);
    for (const NodePtr &child : directory->children) {
        registerSubtree(child.get());
        markMatchesIn(child.get());
    }
    if (!isVisible(directory))
        return; // nothing matched below it
    if (!isInView(directory)) {
        showNode(directory); // its ancestors or itself were hidden: it comes in with its rows
        return;
    }
    std::vector<Node *> shown;
    for (const NodePtr &child : directory->children) {
        if (isVisible(child.get())) {
            child->row = int(shown.size());
            shown.push_back(child.get());
            buildShown(child.get());
        }
    }
    if (shown.empty())
        return;
    beginInsertRows(indexOf(directory), 0, int(shown.size()) - 1);
    directory->shown = std::move(shown);
    endInsertRows();
}

// A directory that already shows rows (a refresh, or the saved scan replaced by a fresh
// read): rows that stay keep their place and only change their data.
void UnpackedTreeModel::mergeInto(Node *directory, const QList<UnpackedEntry> &entries, bool stale)
{
    QHash<QByteArray, const UnpackedEntry *> directories;
    QHash<QString, QList<const UnpackedEntry *>> images;
    QStringList imageOrder;
    for (const UnpackedEntry &entry : entries) {
        if (entry.kind == UnpackedEntry::Kind::Directory) {
            directories.insert(entry.rawName, &entry);
        } else {
            auto it = images.find(entry.image);
            if (it == images.end()) {
                it = images.insert(entry.image, {});
                imageOrder.append(entry.image);
            }
            it->append(&entry);
        }
    }
    // Removals and updates.
    std::vector<Node *> existing;
    for (const NodePtr &child : directory->children)
        existing.push_back(child.get());
    for (Node *child : existing) {
        if (child->kind == Kind::Directory) {
            if (!directories.contains(child->rawName)) {
                removeNode(child);
            } else {
                directories.remove(child->rawName);
                if (child->stale != stale) {
                    child->stale = stale;
                    emitRowChanged(child);
                }
            }
            continue;
        }
        const auto wanted = images.constFind(child->name);
        if (wanted == images.constEnd()) {
            removeNode(child);
            continue;
        }
        QHash<QByteArray, const UnpackedEntry *> tags;
        for (const UnpackedEntry *entry : *wanted)
            tags.insert(entry->rawName, entry);
        std::vector<Node *> oldTags;
        for (const NodePtr &tag : child->children)
            oldTags.push_back(tag.get());
        for (Node *tag : oldTags) {
            const auto entry = tags.constFind(tag->rawName);
            if (entry == tags.constEnd()) {
                removeNode(tag);
                continue;
            }
            if (!sameEntry(*tag->entry, **entry) || tag->stale != stale) {
                UnpackedEntry updated = **entry;
                updated.image = child->name;
                updated.name.clear();
                *tag->entry = std::move(updated);
                tag->stale = stale;
                emitRowChanged(tag);
            }
            tags.remove(tag->rawName);
        }
        if (child->stale != stale) {
            child->stale = stale;
            emitRowChanged(child);
        }
        for (const UnpackedEntry *entry : std::as_const(tags)) {
            NodePtr tag = makeTag(child, *entry);
            tag->stale = stale;
            insertNode(child, std::move(tag));
        }
        images.remove(child->name);
    }
    // Insertions.
    for (const UnpackedEntry *entry : std::as_const(directories)) {
        NodePtr node = makeDirectory(directory, entry->rawName, entry->name, entry->validName);
        node->stale = stale;
        insertNode(directory, std::move(node));
    }
    for (const QString &name : std::as_const(imageOrder)) {
        const auto group = images.constFind(name);
        if (group == images.constEnd())
            continue;
        NodePtr image = makeImage(directory, name);
        image->stale = stale;
        for (const UnpackedEntry *entry : *group) {
            NodePtr tag = makeTag(image.get(), *entry);
            tag->stale = stale;
            image->children.push_back(std::move(tag));
        }
        sortTags(image->children);
        insertNode(directory, std::move(image));
    }
}

void UnpackedTreeModel::applyListing(const UnpackedListing &listing, bool fromCache)
{
    Node *root = findRoot(listing.root);
    if (!root || !UnpackedLayout::isSafeRelativePath(listing.directory))
        return;
    Node *directory = ensureDirectory(root, listing.directory);
    if (fromCache && directory->fresh)
        return; // what this session read wins over the saved scan
    if (!listing.ok()) {
        if (fromCache)
            return;
        directory->state = State::Failed;
        directory->error = std::make_unique<Error>(listing.error);
        emitRowChanged(directory);
        return;
    }
    directory->error.reset();
    // A saved listing shows while a fresh read is on its way, which keeps the state Loading.
    if (!fromCache || directory->state != State::Loading)
        directory->state = State::Loaded;
    directory->fresh = !fromCache;
    directory->imageDirectory = listing.isImageDirectory;
    if (directory->children.empty())
        fillEmpty(directory, listing.entries, fromCache);
    else
        mergeInto(directory, listing.entries, fromCache);
    // Reading it proves that it and its ancestors exist.
    for (Node *n = directory; !fromCache && n && n != m_top.get() && n->stale; n = n->parent) {
        n->stale = false;
        if (n != directory)
            emitRowChanged(n);
    }
    emitRowChanged(directory);
}

void UnpackedTreeModel::addListings(const QList<UnpackedListing> &listings)
{
    for (const UnpackedListing &listing : listings)
        applyListing(listing, false);
}

void UnpackedTreeModel::loadSnapshot(const UnpackedScanSnapshot &snapshot)
{
    if (!findRoot(snapshot.root))
        return;
    m_snapshotTimes.insert(snapshot.root, snapshot.takenAt);
    for (const UnpackedListing &listing : snapshot.listings) {
        UnpackedListing copy = listing;
        copy.root = snapshot.root;
        applyListing(copy, true);
    }
}

UnpackedScanSnapshot UnpackedTreeModel::snapshot(const QString &root) const
{
    UnpackedScanSnapshot result;
    result.root = root;
    const Node *rootNode = findRoot(root);
    if (!rootNode)
        return result;
    std::vector<const Node *> queue { rootNode };
    for (size_t i = 0; i < queue.size(); ++i) {
        const Node *directory = queue[i];
        if (directory->state != State::Loaded)
            continue;
        UnpackedListing listing;
        listing.root = root;
        listing.directory = relativePath(directory);
        listing.isImageDirectory = directory->imageDirectory;
        for (const NodePtr &child : directory->children) {
            if (child->kind == Kind::Directory) {
                UnpackedEntry entry;
                entry.kind = UnpackedEntry::Kind::Directory;
                entry.rawName = child->rawName;
                entry.name = child->name;
                entry.validName = child->validName;
                listing.entries.append(entry);
                queue.push_back(child.get());
            } else {
                for (const NodePtr &tag : child->children)
                    listing.entries.append(*tag->entry);
            }
        }
        result.listings.append(std::move(listing));
    }
    return result;
}

QDateTime UnpackedTreeModel::snapshotTime(const QString &root) const
{
    return m_snapshotTimes.value(root);
}

void UnpackedTreeModel::setRoots(const QStringList &roots)
{
    std::vector<Node *> existing;
    for (const NodePtr &node : m_top->children)
        existing.push_back(node.get());
    for (Node *node : existing) {
        if (!roots.contains(QFile::decodeName(node->rawName))) {
            m_targetStates.remove(QFile::decodeName(node->rawName));
            m_snapshotTimes.remove(QFile::decodeName(node->rawName));
            removeNode(node);
        }
    }
    for (const QString &root : roots) {
        if (root.isEmpty() || findRoot(root))
            continue;
        auto node = std::make_unique<Node>();
        node->kind = Kind::Root;
        node->rawName = QFile::encodeName(root);
        node->name = QDir::toNativeSeparators(root);
        // Roots keep the order they are given in, not sorted.
        node->parent = m_top.get();
        Node *raw = node.get();
        m_top->children.push_back(std::move(node));
        const int row = int(m_top->shown.size());
        beginInsertRows({}, row, row);
        raw->row = row;
        m_top->shown.push_back(raw);
        endInsertRows();
    }
}

QStringList UnpackedTreeModel::roots() const
{
    QStringList result;
    for (const NodePtr &node : m_top->children)
        result.append(QFile::decodeName(node->rawName));
    return result;
}

// --- requests ---------------------------------------------------------------------------

void UnpackedTreeModel::requestListing(Node *node)
{
    if (node->kind != Kind::Root && node->kind != Kind::Directory)
        return;
    node->state = State::Loading;
    node->error.reset();
    emitRowChanged(node);
    const Node *root = rootOf(node);
    Q_EMIT directoryRequested(QFile::decodeName(root->rawName), relativePath(node));
}

void UnpackedTreeModel::reload(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (node && node != m_top.get())
        requestListing(node);
}

void UnpackedTreeModel::requestInspection(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (!node || (node->kind != Kind::Image && node->kind != Kind::Tag) || m_inspecting.contains(node))
        return;
    node->inspectionRequested = true;
    const Node *root = rootOf(node);
    const QString rootPath = QFile::decodeName(root->rawName);
    const auto &known = m_targetStates[rootPath];
    QList<QByteArray> targets;
    auto consider = [&](const Node *tag) {
        const QByteArray &target = tag->entry->target;
        if (!target.isEmpty() && !known.contains(target) && !targets.contains(target))
            targets.append(target);
    };
    if (node->kind == Kind::Tag) {
        consider(node);
    } else {
        for (const NodePtr &tag : node->children)
            consider(tag.get());
    }
    if (targets.isEmpty())
        return;
    m_inspecting.insert(node);
    Q_EMIT targetsRequested(rootPath, targets);
}

void UnpackedTreeModel::applyTargetInfos(const QList<UnpackedImageInfo> &infos)
{
    if (infos.isEmpty())
        return;
    for (const UnpackedImageInfo &info : infos) {
        if (findRoot(info.root))
            m_targetStates[info.root].insert(info.target, info.state);
    }
    // Refresh the rows that asked; other tags with the same targets read the new state
    // when they are next painted.
    const QSet<Node *> waiting = std::exchange(m_inspecting, {});
    for (Node *node : waiting) {
        if (node->kind == Kind::Tag)
            emitRowChanged(node);
        else
            emitChildrenChanged(node);
    }
}

UnpackedImageInfo::State UnpackedTreeModel::targetState(const Node *tag) const
{
    const Node *root = rootOf(tag);
    const auto states = m_targetStates.constFind(QFile::decodeName(root->rawName));
    if (states == m_targetStates.constEnd())
        return UnpackedImageInfo::State::Unknown;
    return states->value(tag->entry->target, UnpackedImageInfo::State::Unknown);
}

void UnpackedTreeModel::emitRowChanged(Node *node)
{
    if (!isInView(node))
        return;
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void UnpackedTreeModel::emitChildrenChanged(Node *node)
{
    if (!isInView(node) || node->shown.empty())
        return;
    Q_EMIT dataChanged(indexOf(node->shown.front(), 0), indexOf(node->shown.back(), ColumnCount - 1));
}

QModelIndex UnpackedTreeModel::indexForPath(const QString &root, const QByteArray &relative) const
{
    Node *node = findRoot(root);
    if (!node)
        return {};
    if (!relative.isEmpty()) {
        const QList<QByteArray> parts = relative.split('/');
        for (qsizetype i = 0; node && i < parts.size(); ++i) {
            Node *next = childDirectory(node, parts.at(i));
            if (!next && i + 1 == parts.size()) {
                for (const NodePtr &child : node->children) {
                    if (child->kind != Kind::Image)
                        continue;
                    for (const NodePtr &tag : child->children) {
                        if (tag->rawName == parts.at(i))
                            next = tag.get();
                    }
                }
            }
            node = next;
        }
    }
    return node && isInView(node) ? indexOf(node) : QModelIndex();
}

// --- QAbstractItemModel -----------------------------------------------------------------

QModelIndex UnpackedTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (size_t(row) >= node->shown.size())
        return {};
    return createIndex(row, column, node->shown[size_t(row)]);
}

QModelIndex UnpackedTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    return indexOf(node->parent);
}

int UnpackedTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->shown.size());
}

int UnpackedTreeModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return ColumnCount;
}

bool UnpackedTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->shown.empty() || canFetchMore(parent);
}

bool UnpackedTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    switch (node->kind) {
    case Kind::Root:
    case Kind::Directory:
        // Not read yet, or only known from the saved scan. A failed read is retried with
        // reload(), not by expanding, so that a hanging directory is not asked again and again.
        return !node->imageDirectory && (node->state == State::NotLoaded || (node->state == State::Loaded && !node->fresh));
    case Kind::Image:
        // Expanding an image asks whether its tags are runnable (once; see requestInspection).
        return !node->inspectionRequested;
    case Kind::Tag:
        return false;
    }
    return false;
}

void UnpackedTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    if (node->kind == Kind::Image)
        requestInspection(parent);
    else
        requestListing(node);
}

Qt::ItemFlags UnpackedTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == Kind::Tag)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant UnpackedTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SyncedColumn:
        //: When the image was last published (synchronised) on CVMFS
        return tr("Synced");
    case RunnableColumn:
        return tr("Runnable");
    case ArchitecturesColumn:
        return tr("Architectures");
    case TargetColumn:
        return tr("Target");
    case InfoColumn:
        return tr("Status");
    case PathColumn:
        return tr("Path");
    default:
        return {};
    }
}

QHash<int, QByteArray> UnpackedTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(RootRole, "root");
    names.insert(RelativePathRole, "relativePath");
    names.insert(PathRole, "path");
    names.insert(RawPathRole, "rawPath");
    names.insert(PublicNameRole, "publicName");
    names.insert(ReferenceRole, "reference");
    names.insert(ImageRole, "image");
    names.insert(TagRole, "tag");
    names.insert(DigestRole, "digest");
    names.insert(TargetRole, "target");
    names.insert(ImageIdRole, "imageId");
    names.insert(RunnableRole, "runnable");
    names.insert(ArchitecturesRole, "architectures");
    names.insert(DefaultArchitectureRole, "defaultArchitecture");
    names.insert(SyncedRole, "synced");
    names.insert(LinkRole, "link");
    names.insert(ErrorRole, "error");
    names.insert(StaleRole, "stale");
    names.insert(ValidNameRole, "validName");
    names.insert(CountRole, "count");
    return names;
}

QString UnpackedTreeModel::runnableText(const Node *tag) const
{
    if (tag->entry->outsideRoot)
        return tr("No: leads outside the repository");
    switch (targetState(tag)) {
    case UnpackedImageInfo::State::Unknown:
        return m_inspecting.contains(const_cast<Node *>(tag)) || m_inspecting.contains(tag->parent) ? tr("Checking…") : QString();
    case UnpackedImageInfo::State::Runnable:
        return tr("Yes");
    case UnpackedImageInfo::State::NotRunnable:
        return tr("No: no .singularity.d");
    case UnpackedImageInfo::State::Missing:
        return tr("Broken link");
    case UnpackedImageInfo::State::Unreadable:
        return tr("Unreadable");
    }
    return {};
}

QString UnpackedTreeModel::stateText(const Node *node) const
{
    switch (node->state) {
    case State::NotLoaded:
        return {};
    case State::Loading:
        if (!node->fresh && !node->children.empty())
            return tr("Loading… (showing the saved scan)");
        return tr("Loading…");
    case State::Failed:
        return node->error ? node->error->message() : tr("Failed");
    case State::Loaded:
        break;
    }
    if (node->imageDirectory)
        return tr("An image unpacked here, without a tag");
    int directories = 0;
    int images = 0;
    for (const NodePtr &child : node->children)
        (child->kind == Kind::Directory ? directories : images)++;
    QString text;
    if (images > 0 && directories > 0)
        text = imagesText(images) + u", "_s + foldersText(directories);
    else if (images > 0)
        text = imagesText(images);
    else if (directories > 0)
        text = foldersText(directories);
    else
        text = tr("Empty");
    if (!node->fresh) {
        const Node *root = rootOf(node);
        const QDateTime taken = m_snapshotTimes.value(QFile::decodeName(root->rawName));
        //: %1 is a date and time
        text += u" — "_s + (taken.isValid() ? tr("saved scan of %1").arg(DisplayFormat::exactTime(taken)) : tr("saved scan"));
    }
    return text;
}

QVariant UnpackedTreeModel::displayData(const Node *node, int column) const
{
    switch (column) {
    case NameColumn:
        if (node->kind == Kind::Image && node->name.isEmpty())
            return tr("(no name)");
        return node->name;
    case SyncedColumn:
        if (node->kind == Kind::Tag)
            return DisplayFormat::exactTime(node->entry->modified());
        return {};
    case RunnableColumn:
        return node->kind == Kind::Tag ? runnableText(node) : QVariant();
    case ArchitecturesColumn:
        if (node->kind == Kind::Tag && node->entry->link == UnpackedEntry::Link::Variant) {
            QStringList shown;
            for (const QString &architecture : node->entry->architectures) {
                shown.append(architecture == node->entry->defaultArchitecture ? tr("%1 (default)").arg(architecture)
                                                                              : architecture);
            }
            if (shown.isEmpty() && !node->entry->defaultArchitecture.isEmpty())
                shown.append(tr("%1 (default)").arg(node->entry->defaultArchitecture));
            return shown.join(u", "_s);
        }
        return {};
    case TargetColumn:
        if (node->kind != Kind::Tag)
            return {};
        if (node->entry->outsideRoot)
            return UnpackedLayout::displayName(node->entry->rawTarget);
        return UnpackedLayout::displayPath(node->entry->target);
    case InfoColumn:
        switch (node->kind) {
        case Kind::Root:
        case Kind::Directory:
            return stateText(node);
        case Kind::Image:
            return node->children.size() == 1 ? tr("%n tag", nullptr, 1) : tr("%n tags", nullptr, int(node->children.size()));
        case Kind::Tag: {
            QStringList notes;
            if (!node->validName)
                notes.append(tr("The name is not valid UTF-8; it is shown escaped"));
            if (node->entry->outsideRoot)
                notes.append(tr("The link leads outside the repository"));
            if (targetState(node) == UnpackedImageInfo::State::Missing)
                notes.append(tr("Broken link: the target does not exist"));
            if (node->stale)
                notes.append(tr("From the saved scan"));
            return notes.join(u"; "_s);
        }
        }
        return {};
    case PathColumn:
        return fullPath(node);
    default:
        return {};
    }
}

QVariant UnpackedTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const Node *node = nodeOf(index);
    const bool tag = node->kind == Kind::Tag;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == InfoColumn && node->error)
            return QString(node->error->message() + u"\n\n"_s + node->error->details());
        if (index.column() == SyncedColumn && tag)
            return tr("The link was last changed (the image last synced) at %1.").arg(DisplayFormat::exactTime(node->entry->modified()));
        return fullPath(node);
    case RawValueRole:
        if (index.column() == SyncedColumn)
            return data(index, SyncedRole);
        if (index.column() == RunnableColumn && tag)
            return int(targetState(node));
        return displayData(node, index.column());
    case KindRole:
        return int(node->kind);
    case StateRole:
        return int(node->state);
    case RootRole:
        return QFile::decodeName(rootOf(node)->rawName);
    case RelativePathRole:
        return node->kind == Kind::Image ? QVariant() : QVariant(relativePath(node));
    case PathRole:
        return fullPath(node);
    case RawPathRole: {
        if (node->kind == Kind::Image)
            return {};
        const Node *root = rootOf(node);
        const QByteArray relative = relativePath(node);
        return relative.isEmpty() ? root->rawName : root->rawName + '/' + relative;
    }
    case PublicNameRole:
        return tag ? UnpackedLayout::displayPath(relativePath(node)) : QVariant();
    case ReferenceRole: {
        if (!tag)
            return {};
        const QByteArray directory = directoryPathOf(node);
        const QString repository = UnpackedLayout::displayPath(directory) + u'/' + node->entry->image;
        return UnpackedLayout::engineReference(repository, node->entry->tag, node->entry->digest);
    }
    case ImageRole:
        if (node->kind == Kind::Image)
            return node->name;
        return tag ? QVariant(node->entry->image) : QVariant();
    case TagRole:
        return tag ? QVariant(node->entry->tag) : QVariant();
    case DigestRole:
        return tag ? QVariant(node->entry->digest) : QVariant();
    case TargetRole:
        return tag ? QVariant(node->entry->target) : QVariant();
    case ImageIdRole:
        return tag ? QVariant(node->entry->imageId()) : QVariant();
    case RunnableRole:
        return tag ? QVariant(int(targetState(node))) : QVariant();
    case ArchitecturesRole:
        return tag ? QVariant(node->entry->architectures) : QVariant();
    case DefaultArchitectureRole:
        return tag ? QVariant(node->entry->defaultArchitecture) : QVariant();
    case SyncedRole:
        if (tag)
            return node->entry->modified();
        if (node->kind == Kind::Image) {
            qint64 newest = std::numeric_limits<qint64>::min();
            for (const NodePtr &child : node->children)
                newest = std::max(newest, child->entry->modifiedMs);
            return node->children.empty() ? QVariant() : QVariant(QDateTime::fromMSecsSinceEpoch(newest, Qt::UTC));
        }
        return {};
    case LinkRole:
        return tag ? QVariant(int(node->entry->link)) : QVariant();
    case ErrorRole:
        return node->error ? QVariant::fromValue(*node->error) : QVariant();
    case StaleRole:
        return node->stale || ((node->kind == Kind::Root || node->kind == Kind::Directory) && node->state == State::Loaded && !node->fresh);
    case ValidNameRole:
        return node->validName;
    case CountRole:
        return int(node->children.size());
    default:
        return {};
    }
}

} // namespace Wharf
