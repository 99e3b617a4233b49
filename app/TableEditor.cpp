// SPDX-License-Identifier: Apache-2.0
#include "TableEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QColor markColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(110, 30, 30) : QColor(255, 220, 220);
}

} // namespace

TableEditor::TableEditor(const QList<Column> &columns, const QString &name, const QString &addText,
                         const QString &removeText, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_table(new QTableWidget(0, int(columns.size()), this))
    , m_addButton(new QPushButton(addText, this))
    , m_removeButton(new QPushButton(removeText, this))
{
    QStringList titles;
    for (const Column &column : columns)
        titles << column.title;
    m_table->setHorizontalHeaderLabels(titles);
    for (int column = 0; column < columns.size(); ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(columns.at(column).toolTip);
    m_table->setAccessibleName(name);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    for (int column = 0; column < columns.size(); ++column) {
        header->setSectionResizeMode(column, columns.at(column).checkable ? QHeaderView::ResizeToContents
                                                                           : QHeaderView::Stretch);
    }
    // A header and three rows: enough to see what is there without taking the dialog.
    m_table->setMinimumHeight(header->sizeHint().height() + 3 * m_table->verticalHeader()->defaultSectionSize()
                              + 2 * m_table->frameWidth());
    m_table->setMaximumHeight(header->sizeHint().height() + 5 * m_table->verticalHeader()->defaultSectionSize()
                              + 2 * m_table->frameWidth());

    m_addButton->setAccessibleName(addText.isEmpty() ? name : QString(addText).remove(u'&'));
    m_removeButton->setAccessibleName(QString(removeText).remove(u'&'));
    m_addButton->setAutoDefault(false);
    m_removeButton->setAutoDefault(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &TableEditor::addRowAndEdit);
    connect(m_removeButton, &QPushButton::clicked, this, &TableEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &TableEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TableEditor::updateButtons);
    updateButtons();
}

int TableEditor::rowCount() const
{
    return m_table->rowCount();
}

QString TableEditor::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

bool TableEditor::isChecked(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

int TableEditor::appendRow(const QStringList &texts, const QList<bool> &checks)
{
    const QSignalBlocker blocker(m_table); // one changed() for the whole row
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    qsizetype text = 0;
    qsizetype check = 0;
    for (int column = 0; column < m_columns.size(); ++column) {
        auto *item = new QTableWidgetItem;
        if (m_columns.at(column).checkable) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(check < checks.size() && checks.at(check) ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::AccessibleTextRole, m_columns.at(column).title);
            ++check;
        } else {
            item->setText(text < texts.size() ? texts.at(text) : QString());
            ++text;
        }
        m_table->setItem(row, column, item);
    }
    updateButtons();
    Q_EMIT changed();
    return row;
}

void TableEditor::clear()
{
    m_markedRow = -1;
    m_markedColumn = -1;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    updateButtons();
    Q_EMIT changed();
}

void TableEditor::addRowAndEdit()
{
    const int row = appendRow({});
    m_table->setFocus();
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void TableEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_table);
        m_table->removeRow(row);
    }
    if (m_markedRow == row) {
        m_markedRow = -1;
        m_markedColumn = -1;
    } else if (m_markedRow > row) {
        --m_markedRow;
    }
    updateButtons();
    Q_EMIT changed();
}

void TableEditor::updateButtons()
{
    m_removeButton->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

void TableEditor::markCell(int row, int column, const QString &reason)
{
    if (row == m_markedRow && column == m_markedColumn)
        return;
    const QSignalBlocker blocker(m_table); // marking is not an edit
    if (QTableWidgetItem *old = m_table->item(m_markedRow, m_markedColumn)) {
        old->setData(Qt::BackgroundRole, QVariant());
        old->setToolTip(QString());
    }
    m_markedRow = -1;
    m_markedColumn = -1;
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return;
    item->setBackground(markColour(m_table->palette()));
    item->setToolTip(reason);
    m_markedRow = row;
    m_markedColumn = column;
}

} // namespace Wharf
