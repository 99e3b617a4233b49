// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "credentials/CredentialExporter.h"

#include <QDialog>
#include <QList>
#include <QProcessEnvironment>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Wharf {

class BusyRow;

class RegistryCredential;
class RegistryServices;

// Shares Wharf's login for one registry with Docker and Podman, so that `docker pull` and
// `podman pull` work too. Each tool has a check box with what will happen to its file
// (CredentialExporter::plan: which helper gets the login, which entry is added), or why it
// cannot be done without writing the secret in clear (the box is then disabled). Share
// reads the secret from Wharf's login (CredentialStore::credential) and hands it to
// CredentialExporter::share for each checked tool, one after the other, showing each
// tool's result. The secret is never shown, and Wharf never writes it in clear.
//
// Closing the dialog at any time is safe: the exporter is its child and answers nothing
// once it is gone; the store's answer is guarded.
class ShareLoginDialog : public QDialog
{
    Q_OBJECT

public:
    using Target = CredentialExporter::Target;

    ShareLoginDialog(
        RegistryServices *services, const QString &registry, QWidget *parent = nullptr);
    // `environment`: where Docker's and Podman's files and helpers are (HOME, DOCKER_CONFIG,
    // REGISTRY_AUTH_FILE, XDG_*, PATH, the D-Bus address), for tests.
    ShareLoginDialog(RegistryServices *services, const QString &registry,
        const QProcessEnvironment &environment, QWidget *parent = nullptr);
    ~ShareLoginDialog() override;

    QString registry() const { return m_registry; }
    bool isBusy() const { return m_busy; }
    // The plan shown for the tool, or why it cannot be shared.
    Result<CredentialExporter::Plan> plan(Target target) const;
    QCheckBox *checkBox(Target target) const;
    // The result shown for the tool: nullopt before it was tried.
    std::optional<Result<void>> result(Target target) const;

public Q_SLOTS:
    // Reads the login, then shares it with each checked tool.
    void share();
    void reject() override;

Q_SIGNALS:
    void shared(Wharf::CredentialExporter::Target target);
    // Every checked tool has been tried (or the login could not be read).
    void finished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Side
    {
        Target target = Target::Docker;
        Result<CredentialExporter::Plan> plan = Error();
        std::optional<Result<void>> result;
        QCheckBox *check = nullptr;
        QLabel *description = nullptr;
        QLabel *resultLabel = nullptr;
    };

    Side &side(Target target);
    const Side &side(Target target) const;
    void addSide(Target target, QWidget *container);
    void shareNext(const RegistryCredential &credential, QList<Target> queue, quint64 generation);
    void finish();
    void showMessage(const QString &text, bool isError);
    void setBusy(bool busy, const QString &status = {});
    void updateButtons();

    RegistryServices *m_services;
    QString m_registry;
    CredentialExporter *m_exporter;
    QList<Side> m_sides;
    bool m_busy = false;
    quint64 m_generation = 0;

    QLabel *m_introLabel;
    QLabel *m_safetyLabel;
    BusyRow *m_busyRow;
    QLabel *m_messageLabel;
    QPushButton *m_shareButton;
    QPushButton *m_cancelButton;
};

} // namespace Wharf
