// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Wharf {

// Filters and sorts a ContainerListModel for the Containers page. Filter: every word of the
// filter text must occur (case-insensitively) in the name, image, strategy, state, mounts,
// engine or ID; stopped containers only when asked; one engine or all. Sort: by
// ContainerListModel::RawValueRole (the uptime as a number, the state running first), ties
// broken by engine and name so the order does not depend on the source's.
class ContainerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ContainerFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    bool showStopped() const { return m_showStopped; }
    void setShowStopped(bool show);
    // Empty: every engine.
    QString engineFilter() const { return m_engineFilter; }
    void setEngineFilter(const QString &engineId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QStringList m_words;
    bool m_showStopped = true;
    QString m_engineFilter;
};

} // namespace Wharf
