// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AddEntryDialog.h"

class QLineEdit;

namespace Wharf {

// Asks for a registry to add: host[:port], checked as it is typed (RegistryHost::parse),
// with the normalised name or what is wrong shown under the field. Pasted URLs and Docker
// Hub's other names are accepted and normalised.
class AddRegistryDialog : public AddEntryDialog
{
    Q_OBJECT

public:
    // `existing`: the registries already in the list (adding one again is refused).
    explicit AddRegistryDialog(const QStringList &existing, QWidget *parent = nullptr);

    void setText(const QString &text);
    // The normalised name ("host:5000"), empty while the text is not a registry to add.
    QString registry() const { return m_registry; }

private:
    void validate();

    QStringList m_existing;
    QString m_registry;
    QLineEdit *m_hostEdit;
};

} // namespace Wharf
