// SPDX-License-Identifier: Apache-2.0
#include "AddEntryDialog.h"

#include "DialogLabels.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

AddEntryDialog::AddEntryDialog(
    const QString &objectName, const QString &title, const QString &introduction, QWidget *parent)
    : QDialog(parent)
    , m_form(new QGridLayout)
    , m_feedbackLabel(DialogLabels::selectable(this, u"feedbackLabel"_s))
{
    setObjectName(objectName);
    setWindowTitle(title);

    auto *intro = DialogLabels::selectable(this, u"introLabel"_s);
    intro->setText(introduction);
    m_feedbackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setColumnStretch(1, 1);
    m_form->addWidget(m_feedbackLabel, 0, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *buttons = m_buttons;
    m_addButton = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setDefault(true);
    m_addButton->setEnabled(false);
    // Return in a field presses the default button even while it is disabled.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_canAdd)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void AddEntryDialog::addField(const QString &label, QWidget *field)
{
    const int row = m_form->rowCount() - 1;
    m_form->removeWidget(m_feedbackLabel);
    m_form->addWidget(DialogLabels::formLabel(label, field, this, Qt::AlignVCenter), row, 0);
    m_form->addWidget(field, row, 1);
    m_form->addWidget(m_feedbackLabel, row + 1, 1);
    // The buttons were made first: without this, Tab and the first focus would start on
    // Cancel, and Return in a field would press it.
    if (m_lastField)
        setTabOrder(m_lastField, field);
    else
        field->setFocus();
    setTabOrder(field, m_buttons);
    m_lastField = field;
}

void AddEntryDialog::setFeedback(const QString &text, bool isError, bool canAdd)
{
    m_canAdd = canAdd;
    m_feedbackLabel->setText(text);
    DialogLabels::setErrorTone(m_feedbackLabel, isError);
    m_addButton->setEnabled(canAdd);
}

} // namespace Wharf
