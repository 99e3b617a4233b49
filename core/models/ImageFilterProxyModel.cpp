// SPDX-License-Identifier: Apache-2.0
#include "ImageFilterProxyModel.h"

#include "ImageListModel.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Under LANG=C, QCollator falls back to plain code-point comparison and ignores numeric
// mode; tags are ASCII in practice, so English collation gives the natural order anywhere.
QLocale collationLocale()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

template<typename T> int threeWay(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

// Case-insensitive, then case-sensitive so that the order is total. Sorting compares many
// strings with long common prefixes ("registry.cern.ch/cms/..."): skipping the identical
// prefix before case folding makes it several times faster.
int compareText(QStringView left, QStringView right)
{
    const auto [l, r] = std::mismatch(left.begin(), left.end(), right.begin(), right.end());
    if (l == left.end() && r == right.end())
        return 0;
    qsizetype common = l - left.begin();
    if (common > 0 && left.at(common - 1).isHighSurrogate())
        --common; // fold whole characters
    if (const int folded = left.mid(common).compare(right.mid(common), Qt::CaseInsensitive))
        return folded;
    return left.mid(common).compare(right.mid(common), Qt::CaseSensitive);
}

bool touchesSorting(const QList<int> &roles)
{
    return roles.isEmpty() || roles.contains(ImageListModel::RawValueRole)
        || roles.contains(ImageListModel::ContainerCountRole);
}

} // namespace

ImageFilterProxyModel::ImageFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_tagCollator(collationLocale())
{
    m_tagCollator.setNumericMode(true);
    m_tagCollator.setCaseSensitivity(Qt::CaseInsensitive);
    // Both roles name what lessThan() and filterAcceptsRow() read, so the proxy re-sorts and
    // re-filters on the changes that matter and not on, say, RefreshingRole.
    setSortRole(ImageListModel::RawValueRole);
    setFilterRole(ImageListModel::RawValueRole);
    setDynamicSortFilter(true);
}

ImageFilterProxyModel::~ImageFilterProxyModel() = default;

void ImageFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_sortKeys.clear();
    m_bulkInsert = false;
    if (source)
        connectSource(source);
    QSortFilterProxyModel::setSourceModel(source);
    if (source) {
        // After the base class has appended a bulk insertion in one piece, turning dynamic
        // sorting back on sorts everything once (layoutChanged: selections and persistent
        // indexes follow their rows).
        m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsInserted, this, [this] {
            if (m_bulkInsert) {
                m_bulkInsert = false;
                setDynamicSortFilter(true);
            }
        }));
    }
}

// Connected before QSortFilterProxyModel connects its own handlers, so these run first.
void ImageFilterProxyModel::connectSource(QAbstractItemModel *source)
{
    const auto clearKeys = [this] { m_sortKeys.clear(); };
    m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &parent, int first, int last) {
            // With dynamic sorting off, the base class appends the new rows in one piece.
            if (!parent.isValid() && last - first + 1 >= BulkInsertRows && dynamicSortFilter()
                && sortColumn() >= 0) {
                m_bulkInsert = true;
                setDynamicSortFilter(false);
            }
        }));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &parent, int first, int last) {
            if (parent.isValid() || m_sortKeys.empty())
                return;
            if (size_t(first) > m_sortKeys.size()) {
                m_sortKeys.clear();
                return;
            }
            m_sortKeys.insert(m_sortKeys.begin() + first, size_t(last - first + 1), SortKey());
        }));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsRemoved, this,
        [this](const QModelIndex &parent, int first, int last) {
            if (parent.isValid() || m_sortKeys.empty())
                return;
            if (size_t(last) >= m_sortKeys.size()) {
                m_sortKeys.clear();
                return;
            }
            m_sortKeys.erase(m_sortKeys.begin() + first, m_sortKeys.begin() + (last + 1));
        }));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::dataChanged, this,
        [this](
            const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            if (!touchesSorting(roles) || topLeft.parent().isValid())
                return;
            for (int r = topLeft.row(); r <= bottomRight.row() && size_t(r) < m_sortKeys.size();
                 ++r)
                m_sortKeys[size_t(r)].valid = false;
        }));
    m_sourceConnections.append(
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, clearKeys));
    m_sourceConnections.append(
        connect(source, &QAbstractItemModel::layoutChanged, this, clearKeys));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::modelReset, this, clearKeys));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsMoved, this, clearKeys));
}

void ImageFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    // Any run of blanks (spaces, tabs) separates words.
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ImageFilterProxyModel::setShowDangling(bool show)
{
    if (show == m_showDangling)
        return;
    m_showDangling = show;
    invalidateFilter();
}

void ImageFilterProxyModel::setEngineFilter(const QString &engineId)
{
    if (engineId == m_engineFilter)
        return;
    m_engineFilter = engineId;
    invalidateFilter();
}

bool ImageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_engineFilter.isEmpty()
        && first.data(ImageListModel::EngineIdRole).toString() != m_engineFilter)
        return false;
    if (!m_showDangling && first.data(ImageListModel::DanglingRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;

    // The full id contains the short one, and "repo:tag" lets "busybox:1" match.
    const QString texts[] = {
        source->index(sourceRow, ImageListModel::RepositoryColumn, sourceParent)
            .data(ImageListModel::RawValueRole)
            .toString(),
        source->index(sourceRow, ImageListModel::TagColumn, sourceParent)
            .data(ImageListModel::RawValueRole)
            .toString(),
        first.data(ImageListModel::ReferenceRole).toString(),
        first.data(ImageListModel::ImageIdRole).toString(),
    };
    for (const QString &word : m_words) {
        const bool found = std::any_of(std::begin(texts), std::end(texts),
            [&word](const QString &text) { return text.contains(word, Qt::CaseInsensitive); });
        if (!found)
            return false;
    }
    return true;
}

const ImageFilterProxyModel::SortKey &ImageFilterProxyModel::sortKey(int sourceRow) const
{
    SortKey &key = m_sortKeys[size_t(sourceRow)];
    if (key.valid)
        return key;
    const QAbstractItemModel *source = sourceModel();
    const auto raw = [source, sourceRow](int column) {
        return source->index(sourceRow, column).data(ImageListModel::RawValueRole);
    };
    // An unknown date sorts as the oldest.
    const QDateTime created = raw(ImageListModel::CreatedColumn).toDateTime();
    key.created
        = created.isValid() ? created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    key.size = raw(ImageListModel::SizeColumn).toLongLong();
    // In use first by the flag, then by how many containers (-1: unknown).
    key.inUse = (raw(ImageListModel::InUseColumn).toBool() ? (qint64(1) << 32) : 0)
        + source->index(sourceRow, ImageListModel::InUseColumn)
              .data(ImageListModel::ContainerCountRole)
              .toInt();
    key.repository = raw(ImageListModel::RepositoryColumn).toString();
    QString tag = raw(ImageListModel::TagColumn).toString();
    if (tag != key.tag)
        key.tagKey.reset();
    key.tag = std::move(tag);
    key.engine = raw(ImageListModel::EngineColumn).toString();
    key.id = raw(ImageListModel::ImageIdColumn).toString();
    key.valid = true;
    return key;
}

int ImageFilterProxyModel::compareTags(const SortKey &left, const SortKey &right) const
{
    if (left.tag == right.tag)
        return 0;
    // ICU sort keys: made once per row, then compared as bytes.
    if (!left.tagKey)
        left.tagKey = m_tagCollator.sortKey(left.tag);
    if (!right.tagKey)
        right.tagKey = m_tagCollator.sortKey(right.tag);
    if (const int natural = left.tagKey->compare(*right.tagKey))
        return natural;
    return compareText(left.tag, right.tag);
}

int ImageFilterProxyModel::compareColumn(
    int column, const SortKey &left, const SortKey &right) const
{
    switch (column) {
    case ImageListModel::CreatedColumn: return threeWay(left.created, right.created);
    case ImageListModel::SizeColumn: return threeWay(left.size, right.size);
    case ImageListModel::InUseColumn: return threeWay(left.inUse, right.inUse);
    case ImageListModel::TagColumn: return compareTags(left, right);
    case ImageListModel::RepositoryColumn: return compareText(left.repository, right.repository);
    case ImageListModel::EngineColumn: return compareText(left.engine, right.engine);
    case ImageListModel::ImageIdColumn: return compareText(left.id, right.id);
    default: return 0;
    }
}

bool ImageFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.parent().isValid() || right.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right);
    // A bulk insertion is sorted in full right after; the base class's sort of the new rows
    // alone would be wasted.
    if (m_bulkInsert)
        return left.row() < right.row();
    const size_t rows = size_t(sourceModel()->rowCount());
    if (m_sortKeys.size() != rows) {
        // First use, or after a reset or layout change.
        m_sortKeys.clear();
        m_sortKeys.resize(rows);
    }
    const SortKey &l = sortKey(left.row());
    const SortKey &r = sortKey(right.row());
    if (const int byColumn = compareColumn(left.column(), l, r))
        return byColumn < 0;
    static constexpr int tieBreakers[] = { ImageListModel::RepositoryColumn,
        ImageListModel::TagColumn, ImageListModel::EngineColumn, ImageListModel::ImageIdColumn };
    for (const int column : tieBreakers) {
        if (column == left.column())
            continue;
        if (const int byColumn = compareColumn(column, l, r))
            return byColumn < 0;
    }
    return false;
}

} // namespace Wharf
