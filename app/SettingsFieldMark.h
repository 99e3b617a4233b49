// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QAction;
class QLabel;
class QLineEdit;
class QWidget;

namespace Wharf {

// Marks one field of the Settings dialog as wrong: the message in a label under it (error
// tone, hidden while the value is fine), a warning icon inside a line edit, and the message as
// the field's accessible description so a screen reader says why.
class SettingsFieldMark
{
public:
    // `field` and `label` are not owned; `label` is created by the caller under the field.
    SettingsFieldMark(QWidget *field, QLabel *label);

    void setError(const QString &message);
    void clear() { setError(QString()); }
    bool hasError() const { return !m_message.isEmpty(); }
    QString message() const { return m_message; }
    QWidget *field() const { return m_field; }
    QLabel *label() const { return m_label; }

private:
    QWidget *m_field;
    QLabel *m_label;
    QAction *m_icon = nullptr;
    QString m_message;
};

} // namespace Wharf
