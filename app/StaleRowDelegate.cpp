// SPDX-License-Identifier: Apache-2.0
#include "StaleRowDelegate.h"

namespace Wharf {

StaleRowDelegate::StaleRowDelegate(int staleRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_staleRole(staleRole)
{
}

void StaleRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_staleRole).toBool()) {
        const QColor muted = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, muted);
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
    }
}

} // namespace Wharf
