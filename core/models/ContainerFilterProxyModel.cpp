// SPDX-License-Identifier: Apache-2.0
#include "ContainerFilterProxyModel.h"

#include "ContainerListModel.h"

using namespace Qt::StringLiterals;

namespace Wharf {

ContainerFilterProxyModel::ContainerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainerListModel::RawValueRole);
    setDynamicSortFilter(true);
}

void ContainerFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ContainerFilterProxyModel::setShowStopped(bool show)
{
    if (show == m_showStopped)
        return;
    m_showStopped = show;
    invalidateRowsFilter();
}

void ContainerFilterProxyModel::setEngineFilter(const QString &engineId)
{
    if (engineId == m_engineFilter)
        return;
    m_engineFilter = engineId;
    invalidateRowsFilter();
}

bool ContainerFilterProxyModel::filterAcceptsRow(
    int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_engineFilter.isEmpty()
        && first.data(ContainerListModel::EngineIdRole).toString() != m_engineFilter)
        return false;
    if (!m_showStopped && !first.data(ContainerListModel::RunningRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack = first.data(ContainerListModel::ContainerIdRole).toString();
    for (int column = 0; column < ContainerListModel::ColumnCount; ++column)
        haystack += u'\n' + source->index(sourceRow, column, sourceParent).data().toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ContainerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a != b) {
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
            return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }
    // Ties: engine, then name, so equal keys keep a stable, meaningful order.
    const QAbstractItemModel *source = sourceModel();
    const auto text = [source](const QModelIndex &index, int column) {
        return source->index(index.row(), column).data().toString();
    };
    const int engine
        = text(left, ContainerListModel::EngineColumn)
              .compare(text(right, ContainerListModel::EngineColumn), Qt::CaseInsensitive);
    if (engine != 0)
        return engine < 0;
    return text(left, ContainerListModel::NameColumn)
               .compare(text(right, ContainerListModel::NameColumn), Qt::CaseInsensitive)
        < 0;
}

} // namespace Wharf
