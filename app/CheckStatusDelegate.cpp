// SPDX-License-Identifier: Apache-2.0
#include "CheckStatusDelegate.h"

#include "CheckStatusIcons.h"
#include "models/CheckResultModel.h"

#include <QApplication>
#include <QStyle>

namespace Wharf {

CheckStatusDelegate::CheckStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void CheckStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != CheckResultModel::StatusColumn)
        return;
    const auto state = CheckResultModel::State(index.data(CheckResultModel::StateRole).toInt());
    const QVariant status = index.data(CheckResultModel::StatusRole);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const QIcon icon = CheckStatusIcons::icon(state, status, style);
    if (!icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int extent = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
        option->decorationSize = QSize(extent, extent);
    }
    if (state == CheckResultModel::State::Finished && status.isValid()
        && CheckStatus(status.toInt()) == CheckStatus::Failed)
        option->font.setBold(true);
}

} // namespace Wharf
