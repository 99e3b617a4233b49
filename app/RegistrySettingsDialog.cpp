// SPDX-License-Identifier: Apache-2.0
#include "RegistrySettingsDialog.h"

#include "ConfirmationDialog.h"
#include "DialogLabels.h"
#include "ErrorExplanationView.h"
#include "RegistryServices.h"
#include "base/Error.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "registry/RegistryHost.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

RegistrySettingsDialog::RegistrySettingsDialog(
    RegistryServices *services, const QString &registry, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_registry(registry)
    , m_nameEdit(new QLineEdit(this))
    , m_nameFeedback(DialogLabels::selectable(this, u"nameFeedbackLabel"_s))
    , m_insecureCheck(new QCheckBox(this))
    , m_insecureWarning(DialogLabels::selectable(this, u"insecureWarningLabel"_s))
    , m_caFileEdit(new QLineEdit(this))
    , m_caFeedback(DialogLabels::selectable(this, u"caFeedbackLabel"_s))
    , m_messageLabel(DialogLabels::selectable(this, u"messageLabel"_s))
    , m_explanation(new ErrorExplanationView(this))
{
    setObjectName(u"registrySettingsDialog"_s);
    //: %1 is the registry: "Settings of gitlab-registry.cern.ch".
    setWindowTitle(tr("Settings of %1").arg(registry));
    RegistryAccounts *accounts = m_services->accounts();
    const Result<RegistryHost> host = RegistryHost::parse(registry);

    m_nameEdit->setObjectName(u"nameLineEdit"_s);
    m_nameEdit->setText(registry);
    m_nameEdit->setAccessibleName(tr("Registry name"));
    m_nameEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_nameFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_insecureCheck->setObjectName(u"insecureCheckBox"_s);
    m_insecureCheck->setText(
        tr("&Insecure: allow plain HTTP and certificates that cannot be verified"));
    m_insecureCheck->setChecked(accounts->insecure(registry));
    m_insecureWarning->setText(
        tr("Only for a test registry you control. Without TLS verification anyone on the network "
           "between "
           "you and the registry can read your password and hand you different images."));
    DialogLabels::setErrorTone(m_insecureWarning, true);
    auto *loopbackNote = DialogLabels::selectable(this, u"loopbackNoteLabel"_s);
    loopbackNote->setText(
        tr("This registry is on this computer: plain HTTP works without this option."));
    loopbackNote->setVisible(host && host->isLoopback());

    m_caFileEdit->setObjectName(u"caFileLineEdit"_s);
    m_caFileEdit->setText(QDir::toNativeSeparators(accounts->caFile(registry)));
    m_caFileEdit->setPlaceholderText(tr("None: the system's certificate authorities"));
    m_caFileEdit->setClearButtonEnabled(true);
    m_caFileEdit->setAccessibleName(tr("CA certificate file"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(u"chooseCaFileButton"_s);
    connect(browse, &QPushButton::clicked, this, &RegistrySettingsDialog::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(browse);
    m_caFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->addWidget(
        DialogLabels::formLabel(tr("&Name:"), m_nameEdit, this, Qt::AlignVCenter), 0, 0);
    form->addWidget(m_nameEdit, 0, 1);
    form->addWidget(m_nameFeedback, 1, 1);
    //: Connection security of a registry.
    form->addWidget(
        DialogLabels::formLabel(tr("Security:"), m_insecureCheck, this, Qt::AlignTop), 2, 0);
    form->addWidget(m_insecureCheck, 2, 1);
    form->addWidget(m_insecureWarning, 3, 1);
    form->addWidget(loopbackNote, 4, 1);
    //: A file of extra certificate authorities (PEM) trusted for this registry.
    form->addWidget(
        DialogLabels::formLabel(tr("CA &file:"), m_caFileEdit, this, Qt::AlignVCenter), 5, 0);
    form->addLayout(caRow, 5, 1);
    form->addWidget(m_caFeedback, 6, 1);

    m_messageLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"okButton"_s);
    m_removeButton = buttons->addButton(tr("&Remove Registry…"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(u"removeRegistryButton"_s);
    m_removeButton->setAutoDefault(false);
    m_removeButton->setToolTip(tr("Remove %1 from the list and forget its login").arg(registry));
    connect(m_okButton, &QPushButton::clicked, this, &RegistrySettingsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, &RegistrySettingsDialog::removeRegistry);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &RegistrySettingsDialog::validate);
    connect(m_caFileEdit, &QLineEdit::textChanged, this, &RegistrySettingsDialog::validate);
    connect(m_insecureCheck, &QCheckBox::toggled, this, &RegistrySettingsDialog::validate);
    validate();
}

void RegistrySettingsDialog::validate()
{
    bool ok = !m_busy;
    const QString text = m_nameEdit->text().trimmed();
    const Result<RegistryHost> host = RegistryHost::parse(text);
    if (!host) {
        m_nameFeedback->setText(
            text.isEmpty() ? tr("Give the registry's host[:port].") : host.error().message());
        DialogLabels::setErrorTone(m_nameFeedback, true);
        m_nameFeedback->show();
        ok = false;
    } else if (host->name() != m_registry && m_services->accounts()->contains(host->name())) {
        m_nameFeedback->setText(tr("%1 is already in the list.").arg(host->name()));
        DialogLabels::setErrorTone(m_nameFeedback, true);
        m_nameFeedback->show();
        ok = false;
    } else if (host->name() != m_registry) {
        m_nameFeedback->setText(
            tr("Renames %1 to %2; the login moves with it.").arg(m_registry, host->name()));
        DialogLabels::setErrorTone(m_nameFeedback, false);
        m_nameFeedback->show();
    } else {
        m_nameFeedback->hide();
    }

    m_insecureWarning->setVisible(m_insecureCheck->isChecked());

    const QString caFile = m_caFileEdit->text().trimmed();
    if (caFile.isEmpty()) {
        m_caFeedback->hide();
    } else {
        const QFileInfo info(QDir::fromNativeSeparators(caFile));
        const QString shown = QDir::toNativeSeparators(info.filePath());
        QString problem;
        if (!info.isAbsolute())
            problem = tr("Give the full path of the file.");
        else if (!info.isFile())
            problem = tr("There is no file %1.").arg(shown);
        else if (!info.isReadable())
            problem = tr("Wharf cannot read %1: check its permissions.").arg(shown);
        m_caFeedback->setText(problem.isEmpty()
                ? tr("Certificates in this file (PEM) are trusted for this "
                     "registry, besides the system's.")
                : problem);
        DialogLabels::setErrorTone(m_caFeedback, !problem.isEmpty());
        m_caFeedback->show();
        ok = ok && problem.isEmpty();
    }
    m_okButton->setEnabled(ok);
    m_removeButton->setEnabled(!m_busy);
}

void RegistrySettingsDialog::chooseCaFile()
{
    // open(), not getOpenFileName(): no nested event loop.
    auto *chooser = new QFileDialog(this, tr("Choose a CA Certificate File"));
    chooser->setObjectName(u"caFileDialog"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setNameFilters({ tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)") });
    const QString current = QDir::fromNativeSeparators(m_caFileEdit->text().trimmed());
    if (!current.isEmpty())
        chooser->selectFile(current);
    connect(chooser, &QFileDialog::fileSelected, this,
        [this](const QString &file) { m_caFileEdit->setText(QDir::toNativeSeparators(file)); });
    chooser->open();
}

void RegistrySettingsDialog::showError(const QString &context, const Error &error)
{
    m_messageLabel->setText(error.message());
    DialogLabels::setErrorTone(m_messageLabel, true);
    m_messageLabel->show();
    m_explanation->explain(error, context);
    if (isVisible())
        resize(width(), qMax(height(), DialogLabels::contentHeight(this)));
}

void RegistrySettingsDialog::applyOptions(const QString &name)
{
    RegistryAccounts *accounts = m_services->accounts();
    const bool insecure = m_insecureCheck->isChecked();
    const QString caFile = QDir::fromNativeSeparators(m_caFileEdit->text().trimmed());
    if (accounts->insecure(name) != insecure || accounts->caFile(name) != caFile) {
        accounts->setInsecure(name, insecure);
        accounts->setCaFile(name, caFile);
        m_services->optionsChanged(name);
    }
}

void RegistrySettingsDialog::apply()
{
    if (m_busy)
        return;
    const Result<RegistryHost> host = RegistryHost::parse(m_nameEdit->text().trimmed());
    if (!host)
        return;
    const QString newName = host->name();
    if (newName == m_registry) {
        applyOptions(m_registry);
        accept();
        return;
    }
    m_busy = true;
    validate();
    m_messageLabel->hide();
    m_explanation->clear();
    QPointer<RegistrySettingsDialog> self(this);
    const QString from = m_registry;
    m_services->credentials()->renameRegistry(
        from, newName, [self, from, newName](Result<void> renamed) {
            if (!self)
                return;
            self->m_busy = false;
            if (!renamed) {
                self->validate();
                self->showError(tr("Renaming %1 to %2").arg(from, newName), renamed.error());
                return;
            }
            self->m_registry = newName;
            self->applyOptions(newName);
            Q_EMIT self->renamed(from, newName);
            self->accept();
        });
}

void RegistrySettingsDialog::removeRegistry()
{
    if (m_busy)
        return;
    const QString registry = m_registry;
    RegistryAccounts *accounts = m_services->accounts();
    const QString user = accounts->username(registry);
    QString details;
    if (m_forgetFailed)
        details = tr("The login could not be removed from the keychain; it stays there. You can "
                     "remove it with "
                     "your keychain's own tool (entries of \"Wharf registry logins\").");
    else if (!user.isEmpty())
        details = tr("Wharf also forgets the login of %1 for this registry.").arg(user);
    if (!accounts->repositories(registry).isEmpty())
        details += (details.isEmpty() ? QString() : u"\n"_s)
            + (accounts->repositories(registry).size() == 1
                   ? tr("The repository path you added by hand is forgotten too.")
                   : tr("The %1 repository paths you added by hand are forgotten too.")
                         .arg(accounts->repositories(registry).size()));
    QPointer<RegistrySettingsDialog> self(this);
    ConfirmationDialog::ask(this, tr("Remove Registry"),
        tr("Remove %1 from the list?").arg(registry), details, tr("Remove"),
        [self, registry](bool confirmed) {
            if (!self || !confirmed)
                return;
            auto finish = [self, registry] {
                self->m_services->accounts()->remove(registry);
                Q_EMIT self->removed(registry);
                self->accept();
            };
            if (self->m_forgetFailed) {
                finish();
                return;
            }
            self->m_busy = true;
            self->validate();
            self->m_services->credentials()->forget(
                registry, [self, registry, finish](Result<void> forgotten) {
                    if (!self)
                        return;
                    self->m_busy = false;
                    if (!forgotten) {
                        // Say why, and let the user remove it anyway on a second try.
                        self->m_forgetFailed = true;
                        self->validate();
                        self->m_removeButton->setText(tr("&Remove Anyway…"));
                        self->showError(
                            tr("Forgetting the login of %1").arg(registry), forgotten.error());
                        return;
                    }
                    finish();
                });
        });
}

} // namespace Wharf
