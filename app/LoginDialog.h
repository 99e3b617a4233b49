// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Wharf {

class BusyRow;

class ErrorExplanationView;
class RegistryCall;
class RegistryClient;
class RegistryServices;

// Logs in to a registry: registry, username, password or token, and where to keep the
// secret (the system keychain, or memory for this session only). The login is checked
// against the registry first (RegistryClient::checkLogin with the typed credential, as
// `docker login` does) and kept only when the registry accepts it. Failures stay in the
// dialog, explained; the password field keeps its text so it can be corrected.
//
// GitLab hosts get a note that accounts with two-factor authentication or single sign-on
// need a personal access token with the read_registry scope. When the keychain cannot be
// reached the dialog says so and offers to keep the login for this session only.
//
// The secret lives in the password field and in the check's client, in memory only, and
// is never logged.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(RegistryServices *services, const QString &registry, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setRegistry(const QString &registry);
    QString registry() const; // normalised when valid, else as typed
    void setUsername(const QString &username);
    void setSecret(const QString &secret);
    bool sessionOnly() const;
    void setSessionOnly(bool sessionOnly);

    bool isBusy() const { return m_busy; }
    // The last failure shown (code None when none).
    Error lastError() const { return m_lastError; }

    // gitlab-registry.*, registry.gitlab.com, or any host with "gitlab" in its name.
    static bool isGitLabHost(const QString &registry);

public Q_SLOTS:
    // Checks the login with the registry, then keeps it.
    void logIn();

Q_SIGNALS:
    void loggedIn(const QString &registry, const QString &username, bool sessionOnly);

private:
    void validate();
    void registryChanged();
    void updateKeychainState();
    void save(bool sessionOnly);
    void setBusy(bool busy, const QString &status = {});
    void showError(const Error &error, const QString &context, bool explain);
    void clearError();

    RegistryServices *m_services;
    QString m_normalisedRegistry;
    bool m_busy = false;
    Error m_lastError;
    QComboBox *m_registryCombo;
    QLabel *m_registryFeedback;
    QLabel *m_gitLabHint;
    QLineEdit *m_usernameEdit;
    QLineEdit *m_secretEdit;
    QLabel *m_inputFeedback;
    QRadioButton *m_keychainRadio;
    QRadioButton *m_sessionRadio;
    QLabel *m_keychainNote;
    BusyRow *m_busyRow;
    QLabel *m_messageLabel;
    ErrorExplanationView *m_explanation;
    QPushButton *m_sessionOnlyButton;
    QPushButton *m_loginButton;
    QPushButton *m_cancelButton;
    // The login being checked: the client holds the typed credential.
    QPointer<RegistryClient> m_checkClient;
    QPointer<RegistryCall> m_checkCall;
    quint64 m_generation = 0;
};

} // namespace Wharf
