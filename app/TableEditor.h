// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Wharf {

// A small editable table with Add and Remove buttons beside it, for lists a person types
// (environment variables, extra folders): text columns edited in place and check-box
// columns. Tab leaves the table (arrow keys move inside it), so keyboard users are not
// trapped in it. One cell at a time can be marked as wrong, with the reason as its tooltip.
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        bool checkable = false; // a check box instead of text
        QString toolTip;        // for the header: what the column takes
    };

    // `name` is the accessible name of the table ("Environment variables"); the buttons'
    // names say what they add and remove. `itemName` is the one-word thing a row is.
    TableEditor(const QList<Column> &columns, const QString &name, const QString &addText,
                const QString &removeText, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }

    int rowCount() const;
    QString text(int row, int column) const;
    bool isChecked(int row, int column) const;
    // Appends a row: `texts` for the text columns and `checks` for the checkable ones, each
    // in column order. Returns its index.
    int appendRow(const QStringList &texts, const QList<bool> &checks = {});
    void clear();

    // Marks one cell (row, column) as wrong, or none with row < 0.
    void markCell(int row, int column, const QString &reason);
    // The cell marked now, (-1, -1) when none.
    QPair<int, int> markedCell() const { return {m_markedRow, m_markedColumn}; }

Q_SIGNALS:
    // Any change: a row added or removed, a cell edited, a box ticked.
    void changed();

private:
    void addRowAndEdit();
    void removeCurrentRow();
    void updateButtons();

    QList<Column> m_columns;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    int m_markedRow = -1;
    int m_markedColumn = -1;
};

} // namespace Wharf
