// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Wharf {

class Error;
class ErrorExplanationView;
class RegistryServices;

// One registry's settings: its name (renaming moves the login with it), the insecure opt-in
// (plain HTTP or unverified TLS, with the risk said next to it), an extra CA file, and
// removing the registry from the list (its login is forgotten first). Changes apply on OK;
// a failure stays in the dialog, explained.
class RegistrySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrySettingsDialog(
        RegistryServices *services, const QString &registry, QWidget *parent = nullptr);

    QString registry() const { return m_registry; }

Q_SIGNALS:
    // The registry is now called `to` (emitted before the dialog closes).
    void renamed(const QString &from, const QString &to);
    void removed(const QString &registry);

private:
    void validate();
    void apply();
    void applyOptions(const QString &name);
    void chooseCaFile();
    void removeRegistry();
    void showError(const QString &context, const Error &error);

    RegistryServices *m_services;
    QString m_registry;
    bool m_busy = false;
    bool m_forgetFailed = false;
    QLineEdit *m_nameEdit;
    QLabel *m_nameFeedback;
    QCheckBox *m_insecureCheck;
    QLabel *m_insecureWarning;
    QLineEdit *m_caFileEdit;
    QLabel *m_caFeedback;
    QLabel *m_messageLabel;
    ErrorExplanationView *m_explanation;
    QPushButton *m_okButton;
    QPushButton *m_removeButton;
};

} // namespace Wharf
