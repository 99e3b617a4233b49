// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace Wharf {

// Filters and sorts an ImageListModel for the Images page.
//
// Filter: every word of the filter text must occur (case-insensitively) in the repository,
// the tag, "repository:tag" or the image id (full or short); dangling images only when
// asked; one engine or all. Sort: by ImageListModel::RawValueRole, so dates and sizes sort
// as numbers and tags naturally (v1.9 before v1.10), strings case-insensitively; ties are
// broken by repository, tag, engine and id so the order never depends on the source's row
// order.
class ImageFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilterProxyModel(QObject *parent = nullptr);
    ~ImageFilterProxyModel() override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    bool showDangling() const { return m_showDangling; }
    void setShowDangling(bool show);

    // Empty: every engine.
    QString engineFilter() const { return m_engineFilter; }
    void setEngineFilter(const QString &engineId);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // From this many rows inserted at once, the proxy sorts everything again instead of
    // placing every row on its own (one signal and one pass over the mapping per gap: an
    // engine's first listing arriving in a view sorted with another engine's rows).
    static constexpr int BulkInsertRows = 1000;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // What sorting compares, read once per source row rather than once per comparison
    // (a sort makes ~14 comparisons per row, each reading up to five columns).
    struct SortKey
    {
        bool valid = false;
        qint64 created = 0;
        qint64 size = 0;
        qint64 inUse = 0; // the flag, then the container count
        QString repository;
        QString tag;
        QString engine;
        QString id;
        mutable std::optional<QCollatorSortKey> tagKey; // made on the first tag comparison
    };

    const SortKey &sortKey(int sourceRow) const;
    int compareTags(const SortKey &left, const SortKey &right) const;
    int compareColumn(int column, const SortKey &left, const SortKey &right) const;
    void connectSource(QAbstractItemModel *source);

    QString m_filterText;
    QStringList m_words;
    bool m_showDangling = false;
    QString m_engineFilter;
    QCollator m_tagCollator;
    // One entry per source row, kept in step with the source by handlers that run before
    // QSortFilterProxyModel's own (connected first), so it never sorts on stale keys.
    mutable std::vector<SortKey> m_sortKeys;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_bulkInsert = false;
};

} // namespace Wharf
