// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace Wharf {

// An ordered list of one-line texts (folders) a person edits: items edited in place, with Add,
// Remove, Move Up and Move Down beside it. Tab leaves the list (arrow keys move inside it). An
// item left empty when its editor closes is dropped. One item at a time can be marked as wrong,
// with the reason as its tooltip.
class SettingsListEditor : public QWidget
{
    Q_OBJECT

public:
    // `name`: the list's accessible name ("unpacked.cern.ch roots").
    explicit SettingsListEditor(const QString &name, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *upButton() const { return m_upButton; }
    QPushButton *downButton() const { return m_downButton; }

    QStringList items() const;
    void setItems(const QStringList &items);
    // Appends an item and makes it current (for tests and programmatic use; Add also edits).
    void appendItem(const QString &text);

    // Marks the item at `row` as wrong, or none with row < 0.
    void markItem(int row, const QString &reason);
    int markedRow() const { return m_markedRow; }

Q_SIGNALS:
    // An item added, removed, moved or edited.
    void changed();

private:
    void addAndEdit();
    void removeCurrent();
    void moveCurrent(int delta);
    void dropIfEmpty();
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    int m_markedRow = -1;
};

} // namespace Wharf
