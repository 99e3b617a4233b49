// SPDX-License-Identifier: Apache-2.0
#include "ContainerRowDelegate.h"

#include "models/ContainerListModel.h"

#include <QApplication>
#include <QStyle>

namespace Wharf {

ContainerRowDelegate::ContainerRowDelegate(QObject *parent)
    : StaleRowDelegate(ContainerListModel::RefreshingRole, parent)
{ }

void ContainerRowDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    StaleRowDelegate::initStyleOption(option, index);
    if (index.column() != ContainerListModel::NameColumn
        || !index.data(ContainerListModel::AutomounterRole).toBool())
        return;
    option->font.setBold(true);
    // A drive: it provides mounts. The theme's, else the style's own.
    QIcon icon = QIcon::fromTheme(QStringLiteral("drive-harddisk"));
    if (icon.isNull()) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        icon = style->standardIcon(QStyle::SP_DriveHDIcon);
    }
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace Wharf
