// SPDX-License-Identifier: Apache-2.0
#include "RegistryTreeProxyModel.h"

#include "models/RegistryTreeModel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

using Kind = RegistryTreeModel::Kind;
using State = RegistryTreeModel::State;

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

RegistryTreeProxyModel::RegistryTreeProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // A matching registry or repository shows what was loaded below it.
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The model's order (tags newest first) is the order shown.
    setDynamicSortFilter(false);
}

void RegistryTreeProxyModel::setLoginText(LoginText loginText)
{
    m_loginText = std::move(loginText);
}

void RegistryTreeProxyModel::refreshRegistry(const QString &registry)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex index = this->index(row, RegistryTreeModel::InfoColumn);
        if (index.data(RegistryTreeModel::RegistryRole).toString() == registry)
            Q_EMIT dataChanged(index.siblingAtColumn(0), index);
    }
}

void RegistryTreeProxyModel::setFilterText(const QString &text)
{
    m_filterText = text.trimmed();
    invalidateRowsFilter();
}

bool RegistryTreeProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    QString name;
    switch (Kind(index.data(RegistryTreeModel::KindRole).toInt())) {
    case Kind::Registry:
    case Kind::Repository: name = index.data(Qt::DisplayRole).toString(); break;
    case Kind::Tag:
        name = index.data(RegistryTreeModel::RepositoryRole).toString() + u':'
            + index.data(Qt::DisplayRole).toString();
        break;
    case Kind::Message: return false; // shown with a matching parent only
    }
    return name.contains(m_filterText, Qt::CaseInsensitive);
}

QVariant RegistryTreeProxyModel::decoration(const QModelIndex &index) const
{
    // `index` is the source model's: asking the proxy would come back here.
    const auto kind = Kind(index.data(RegistryTreeModel::KindRole).toInt());
    const auto state = State(index.data(RegistryTreeModel::StateRole).toInt());
    const bool failed = state == State::Failed;
    switch (kind) {
    case Kind::Registry:
        if (failed)
            return themed(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning);
        return themed(u"network-server"_s, QStyle::SP_DriveNetIcon);
    case Kind::Repository:
        if (failed)
            return themed(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning);
        return themed(u"folder"_s, QStyle::SP_DirIcon);
    case Kind::Tag:
        if (failed)
            return themed(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning);
        return themed(u"tag"_s, QStyle::SP_FileIcon);
    case Kind::Message: {
        const QVariant error = index.data(RegistryTreeModel::ErrorCodeRole);
        const auto parentState = State(index.parent().data(RegistryTreeModel::StateRole).toInt());
        if (parentState == State::Loading)
            return themed(u"view-refresh"_s, QStyle::SP_BrowserReload);
        if (error.isValid() && ErrorCode(error.toInt()) != ErrorCode::Cancelled
            && parentState != State::ListingClosed)
            return themed(u"dialog-error"_s, QStyle::SP_MessageBoxCritical);
        return themed(u"dialog-information"_s, QStyle::SP_MessageBoxInformation);
    }
    }
    return {};
}

Qt::ItemFlags RegistryTreeProxyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    if (index.isValid()
        && Kind(mapToSource(index).data(RegistryTreeModel::KindRole).toInt()) == Kind::Message)
        flags |= Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return flags;
}

QVariant RegistryTreeProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    // Roles of the source only: index.data() would call this function again.
    const QModelIndex source = mapToSource(index);
    const auto kind = Kind(source.data(RegistryTreeModel::KindRole).toInt());
    switch (role) {
    case Qt::DecorationRole:
        return index.column() == RegistryTreeModel::NameColumn ? decoration(source) : QVariant();
    case Qt::FontRole:
        if (kind == Kind::Message) {
            QFont font = QApplication::font();
            font.setItalic(true);
            return font;
        }
        if (kind == Kind::Registry && index.column() == RegistryTreeModel::NameColumn) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (kind == Kind::Message)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == RegistryTreeModel::InfoColumn && kind != Kind::Tag)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::DisplayRole:
        if (kind == Kind::Registry && index.column() == RegistryTreeModel::InfoColumn
            && m_loginText) {
            const QString login
                = m_loginText(source.data(RegistryTreeModel::RegistryRole).toString());
            const QString info = source.data(role).toString();
            //: A registry row: who is logged in, then what was loaded ("alice, in the keychain · 3
            //: repositories").
            return info.isEmpty() ? login : tr("%1 · %2").arg(login, info);
        }
        break;
    case Qt::ToolTipRole:
        if (kind == Kind::Registry && m_loginText) {
            const QString registry = source.data(RegistryTreeModel::RegistryRole).toString();
            return tr("%1: %2").arg(registry, m_loginText(registry));
        }
        break;
    default: break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace Wharf
