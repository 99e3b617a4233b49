// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Wharf {

// Draws rows whose engine has not confirmed them yet (shown from the cache, or the engine
// stopped answering) in the muted text colour, so the list is usable at once yet honest.
class StaleRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    StaleRowDelegate(int staleRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_staleRole;
};

} // namespace Wharf
