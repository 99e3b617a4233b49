// SPDX-License-Identifier: Apache-2.0
#include "BusyRow.h"

#include "DialogLabels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace Wharf {

BusyRow::BusyRow(QWidget *parent)
    : QWidget(parent)
    , m_indicator(new QProgressBar(this))
    , m_statusLabel(DialogLabels::selectable(this, u"statusLabel"_s))
{
    setObjectName(u"busyRow"_s);
    m_indicator->setObjectName(u"busyIndicator"_s);
    m_indicator->setRange(0, 0);
    m_indicator->setMaximumWidth(120);
    m_indicator->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_indicator);
    layout->addWidget(m_statusLabel, 1);
    hide();
}

void BusyRow::setBusy(bool busy, const QString &status)
{
    m_statusLabel->setText(status);
    setVisible(busy);
}

} // namespace Wharf
