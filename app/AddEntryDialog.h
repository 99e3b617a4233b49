// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Wharf {

// The shape the "Add a …" dialogs share: an introduction, a form whose fields are checked as
// they are typed, a line under the fields that says what will be added or what is wrong, and
// an Add button that is enabled only when there is something to add. Subclasses add their
// fields and call setFeedback() from their check.
class AddEntryDialog : public QDialog
{
    Q_OBJECT

protected:
    AddEntryDialog(const QString &objectName, const QString &title, const QString &introduction,
        QWidget *parent);

    // A labelled row of the form; the feedback line stays under the last one.
    void addField(const QString &label, QWidget *field);
    // What the check found: the text under the fields (an error in the error tone) and
    // whether Add may accept now.
    void setFeedback(const QString &text, bool isError, bool canAdd);

private:
    QGridLayout *m_form;
    QDialogButtonBox *m_buttons;
    QWidget *m_lastField = nullptr;
    QLabel *m_feedbackLabel;
    QPushButton *m_addButton;
    bool m_canAdd = false;
};

} // namespace Wharf
