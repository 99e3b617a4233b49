// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"
#include "base/Result.h"
#include "credentials/CredentialStore.h"
#include "credentials/ImportableLogin.h"

#include <QDialog>
#include <QList>
#include <QProcessEnvironment>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Wharf {

class BusyRow;

class CredentialImporter;
class RegistryServices;

// Offers the logins Docker and Podman already keep (config.json "auths", the credential
// helpers it names, Podman's auth.json files) for import into the system keychain. It
// looks at once ("Looking for logins…") and lists what it found: registry, user, where it
// was found; logins for registries Wharf is already logged in to start unchecked, and of
// several logins for one registry only the first is checked (one registry, one login).
// What could not be read (a missing helper, a broken file) is a line under the list.
//
// Import copies the checked logins into the keychain one after the other and shows each
// row's result; when the keychain cannot be reached it offers this session only (memory),
// as the login dialog does. Docker's and Podman's files are only read, and no secret is
// ever shown: CredentialImporter reads it from its source at import time and hands it to
// CredentialStore.
//
// Closing the dialog at any time is safe: the importer is its child (no answer after it is
// gone) and the store's answers are guarded.
class ImportLoginsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { RegistryColumn, UserColumn, SourceColumn, StatusColumn, ColumnCount };

    // `environment`: where Docker's and Podman's files and helpers are looked for (HOME,
    // DOCKER_CONFIG, REGISTRY_AUTH_FILE, XDG_*, PATH, the D-Bus address), for tests.
    explicit ImportLoginsDialog(RegistryServices *services, QWidget *parent = nullptr);
    ImportLoginsDialog(RegistryServices *services, const QProcessEnvironment &environment,
        QWidget *parent = nullptr);
    ~ImportLoginsDialog() override;

    bool isScanning() const { return m_scanning; }
    bool isImporting() const { return m_importing; }
    // The logins found (empty while scanning); row i of the list is login i.
    QList<ImportableLogin> logins() const;
    QTreeWidget *loginList() const { return m_list; }
    bool isChecked(int row) const;
    void setChecked(int row, bool checked);
    // "~/.docker/config.json": `path` with the environment's HOME as ~, in native form.
    QString displayPath(const QString &path) const;

public Q_SLOTS:
    // Imports the checked logins not imported yet (into the keychain, or for this session
    // when the keychain cannot be reached).
    void importChecked();
    void reject() override;

Q_SIGNALS:
    void scanFinished();
    void loginImported(const QString &registry, const QString &username, bool sessionOnly);
    // The checked logins have all been tried.
    void importFinished(int imported, int failed);

private:
    struct Row
    {
        ImportableLogin login;
        QTreeWidgetItem *item = nullptr;
        QString note; // "already logged in as alice", ...
        bool imported = false;
    };

    void startScan();
    void showScan(const QList<ImportableLogin> &logins, const QList<Error> &problems);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void importNext(quint64 generation);
    void finishRow(int row, bool sessionOnly, const Result<void> &imported);
    void setStatus(int row, const QString &text, bool isError, const QString &toolTip = {});
    void updateKeychainState();
    void updateButtons();
    QString sourceText(const ImportableLogin &login) const;
    CredentialStore::PersistMode mode() const;

    RegistryServices *m_services;
    QProcessEnvironment m_environment;
    CredentialImporter *m_importer;
    QList<Row> m_rows;
    QList<int> m_queue; // rows still to import in this run
    bool m_scanning = false;
    bool m_importing = false;
    bool m_updatingChecks = false;
    int m_importedCount = 0;
    int m_failedCount = 0;
    quint64 m_generation = 0;

    QLabel *m_introLabel;
    BusyRow *m_busyRow;
    QTreeWidget *m_list;
    QLabel *m_emptyLabel;
    QLabel *m_problemsLabel;
    QLabel *m_keychainNote;
    QLabel *m_summaryLabel;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
};

} // namespace Wharf
