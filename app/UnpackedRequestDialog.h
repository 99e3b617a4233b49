// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Wharf {

// "Request on unpacked.cern.ch": checks an image reference as the user types (public
// registries only; a tag, "*" or "prefix*"), shows the exact line to add to recipe.yaml,
// copies it, and says where the merge request goes and how long ingestion takes.
class UnpackedRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnpackedRequestDialog(const QString &reference = {}, QWidget *parent = nullptr);

    void setReference(const QString &reference);
    QString reference() const;
    // The recipe line for what is typed; empty while it is not acceptable.
    QString recipeLine() const { return m_recipeLine; }
    // Why what is typed cannot be requested; empty when it can.
    QString problem() const { return m_problem; }

    QLineEdit *referenceEdit() const { return m_reference; }
    QPushButton *copyButton() const { return m_copy; }

public Q_SLOTS:
    void copyRecipeLine();

private:
    void validate();

    QLineEdit *m_reference;
    QLabel *m_status;
    QLineEdit *m_line;
    QLabel *m_expected;
    QPushButton *m_copy;
    QTimer *m_copiedTimer;
    QString m_recipeLine;
    QString m_problem;
};

} // namespace Wharf
