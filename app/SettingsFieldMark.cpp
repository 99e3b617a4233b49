// SPDX-License-Identifier: Apache-2.0
#include "SettingsFieldMark.h"

#include "DialogLabels.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace Wharf {

SettingsFieldMark::SettingsFieldMark(QWidget *field, QLabel *label)
    : m_field(field)
    , m_label(label)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        m_icon = edit->addAction(edit->style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                 QLineEdit::TrailingPosition);
        m_icon->setVisible(false);
    }
    DialogLabels::setErrorTone(m_label, true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->hide();
}

void SettingsFieldMark::setError(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    m_label->setText(message);
    m_label->setVisible(!message.isEmpty());
    m_field->setAccessibleDescription(message);
    if (m_icon) {
        m_icon->setToolTip(message);
        m_icon->setVisible(!message.isEmpty());
    }
}

} // namespace Wharf
