// SPDX-License-Identifier: Apache-2.0
#include "UnpackedViewModel.h"

#include "base/DisplayFormat.h"
#include "unpacked/UnpackedTreeModel.h"

#include <QApplication>
#include <QDateTime>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Wharf {

UnpackedViewModel::UnpackedViewModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
    QStyle *style = QApplication::style();
    m_folder = QIcon::fromTheme(u"folder"_s, style->standardIcon(QStyle::SP_DirIcon));
    m_root = QIcon::fromTheme(u"drive-harddisk"_s, style->standardIcon(QStyle::SP_DriveNetIcon));
    m_image = QIcon::fromTheme(u"package-x-generic"_s, style->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_tag = QIcon::fromTheme(u"emblem-symbolic-link"_s, style->standardIcon(QStyle::SP_FileLinkIcon));
    m_failed = QIcon::fromTheme(u"dialog-warning"_s, style->standardIcon(QStyle::SP_MessageBoxWarning));
}

void UnpackedViewModel::setKnownReferences(const QSet<QString> &references, const QString &where)
{
    if (references == m_known && where == m_where)
        return;
    m_known = references;
    m_where = where;
    // Only the mark changes: one dataChanged per loaded level, no reset (expanded rows and
    // the selection stay).
    QList<QModelIndex> parents{QModelIndex()};
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeLast();
        const int rows = rowCount(parent);
        if (rows == 0)
            continue;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, columnCount(parent) - 1, parent),
                           {Qt::DisplayRole, KnownRole});
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (QIdentityProxyModel::data(child, UnpackedTreeModel::KindRole).toInt()
                != int(UnpackedTreeModel::Kind::Tag))
                parents.append(child);
        }
    }
}

QVariant UnpackedViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    using Tree = UnpackedTreeModel;
    const auto kind = Tree::Kind(QIdentityProxyModel::data(index, Tree::KindRole).toInt());
    switch (role) {
    case KnownRole:
        return kind == Tree::Kind::Tag && !m_known.isEmpty()
            && m_known.contains(QIdentityProxyModel::data(index, Tree::ReferenceRole).toString());
    case Qt::DecorationRole:
        if (index.column() != Tree::NameColumn)
            break;
        if (QIdentityProxyModel::data(index, Tree::StateRole).toInt() == int(Tree::State::Failed))
            return m_failed;
        switch (kind) {
        case Tree::Kind::Root:
            return m_root;
        case Tree::Kind::Directory:
            return m_folder;
        case Tree::Kind::Image:
            return m_image;
        case Tree::Kind::Tag:
            return m_tag;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Tree::SyncedColumn && kind == Tree::Kind::Tag) {
            const QDateTime synced = QIdentityProxyModel::data(index, Tree::SyncedRole).toDateTime();
            if (synced.isValid())
                return tr("Synced %1").arg(DisplayFormat::relativeTime(synced, QDateTime::currentDateTimeUtc()));
        }
        break;
    case Qt::DisplayRole:
        if (index.column() == Tree::InfoColumn && kind == Tree::Kind::Tag && data(index, KnownRole).toBool()) {
            const QString info = QIdentityProxyModel::data(index, role).toString();
            //: %1: where else the image is, e.g. "engine"
            const QString mark = tr("Also in: %1").arg(m_where);
            return info.isEmpty() ? mark : mark + u"; "_s + info;
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Wharf
