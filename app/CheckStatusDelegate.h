// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Wharf {

// Draws the status column of a CheckResultModel with the status icon before its label, and
// failed checks in bold, so a status reads by shape and by weight, not by colour alone.
class CheckStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CheckStatusDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Wharf
