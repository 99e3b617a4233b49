// SPDX-License-Identifier: Apache-2.0
#include "SettingsListEditor.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QColor markColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(110, 30, 30) : QColor(255, 220, 220);
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setAutoDefault(false); // Enter in the list must not press Add
    return button;
}

} // namespace

SettingsListEditor::SettingsListEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_addButton(makeButton(tr("&Add"), u"addButton"_s, this))
    , m_removeButton(makeButton(tr("&Remove"), u"removeButton"_s, this))
    , m_upButton(makeButton(tr("Move &Up"), u"upButton"_s, this))
    , m_downButton(makeButton(tr("Move Do&wn"), u"downButton"_s, this))
{
    m_list->setObjectName(u"list"_s);
    m_list->setAccessibleName(name);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTabKeyNavigation(false);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    const int row = m_list->fontMetrics().height() + 6;
    m_list->setMinimumHeight(3 * row + 2 * m_list->frameWidth());
    m_list->setMaximumHeight(6 * row + 2 * m_list->frameWidth());

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &SettingsListEditor::addAndEdit);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsListEditor::removeCurrent);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, &SettingsListEditor::changed);
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsListEditor::updateButtons);
    // Queued: the editor commits its text before it closes; look at the item after both.
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &SettingsListEditor::dropIfEmpty, Qt::QueuedConnection);
    updateButtons();
}

QStringList SettingsListEditor::items() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts << m_list->item(row)->text();
    return texts;
}

void SettingsListEditor::setItems(const QStringList &items)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        m_markedRow = -1;
        for (const QString &text : items) {
            auto *item = new QListWidgetItem(text, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    updateButtons();
    Q_EMIT changed();
}

void SettingsListEditor::appendItem(const QString &text)
{
    auto *item = new QListWidgetItem;
    item->setText(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    {
        const QSignalBlocker blocker(m_list);
        m_list->addItem(item);
    }
    m_list->setCurrentItem(item);
    updateButtons();
    Q_EMIT changed();
}

void SettingsListEditor::addAndEdit()
{
    appendItem(QString());
    m_list->setFocus();
    m_list->editItem(m_list->currentItem());
}

void SettingsListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
    }
    if (m_markedRow == row)
        m_markedRow = -1;
    else if (m_markedRow > row)
        --m_markedRow;
    updateButtons();
    Q_EMIT changed();
}

void SettingsListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
        m_list->setCurrentRow(target);
    }
    if (m_markedRow == row)
        m_markedRow = target;
    else if (m_markedRow == target)
        m_markedRow = row;
    updateButtons();
    Q_EMIT changed();
}

void SettingsListEditor::dropIfEmpty()
{
    for (int row = m_list->count() - 1; row >= 0; --row) {
        if (m_list->item(row)->text().trimmed().isEmpty()) {
            m_list->setCurrentRow(row);
            removeCurrent();
        }
    }
}

void SettingsListEditor::markItem(int row, const QString &reason)
{
    const QSignalBlocker blocker(m_list); // painting a mark is not an edit
    if (m_markedRow >= 0 && m_markedRow < m_list->count()) {
        QListWidgetItem *previous = m_list->item(m_markedRow);
        previous->setData(Qt::BackgroundRole, QVariant());
        previous->setToolTip(QString());
        previous->setIcon(QIcon());
    }
    m_markedRow = row >= 0 && row < m_list->count() ? row : -1;
    if (m_markedRow < 0)
        return;
    QListWidgetItem *item = m_list->item(m_markedRow);
    item->setBackground(markColour(m_list->palette()));
    item->setToolTip(reason);
    item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void SettingsListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace Wharf
