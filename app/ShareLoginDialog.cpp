// SPDX-License-Identifier: Apache-2.0
#include "ShareLoginDialog.h"

#include "BusyRow.h"
#include "DialogLabels.h"
#include "RegistryServices.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/RegistryCredential.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

ShareLoginDialog::ShareLoginDialog(
    RegistryServices *services, const QString &registry, QWidget *parent)
    : ShareLoginDialog(services, registry, QProcessEnvironment::systemEnvironment(), parent)
{ }

ShareLoginDialog::ShareLoginDialog(RegistryServices *services, const QString &registry,
    const QProcessEnvironment &environment, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_registry(registry)
    , m_exporter(new CredentialExporter(environment, this))
    , m_introLabel(DialogLabels::selectable(this, u"introLabel"_s))
    , m_safetyLabel(DialogLabels::selectable(this, u"safetyLabel"_s))
    , m_busyRow(new BusyRow(this))
    , m_messageLabel(DialogLabels::selectable(this, u"messageLabel"_s))
{
    setObjectName(u"shareLoginDialog"_s);
    setWindowTitle(tr("Share Login with Docker and Podman"));

    const QString user = m_services->accounts()->username(m_registry);
    m_introLabel->setText(user.isEmpty()
            ? tr("Let Docker and Podman use your Wharf login for %1, so that “docker pull” and "
                 "“podman pull” work with it too.")
                  .arg(m_registry)
            : tr("Let Docker and Podman use your Wharf login for %1 (user %2), so that "
                 "“docker pull” and “podman pull” work with it too.")
                  .arg(m_registry, user));
    m_safetyLabel->setText(
        tr("Wharf never writes your password or token in clear. Each tool's file only names a "
           "credential helper, and the helper keeps the login in the system keychain; the "
           "other settings in the files stay as they are."));
    m_safetyLabel->setFrameShape(QFrame::StyledPanel);
    m_safetyLabel->setMargin(6);

    auto *sides = new QWidget(this);
    auto *sidesLayout = new QVBoxLayout(sides);
    sidesLayout->setContentsMargins(0, 0, 0, 0);
    addSide(Target::Docker, sides);
    addSide(Target::Podman, sides);

    m_messageLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_shareButton = buttons->addButton(tr("&Share"), QDialogButtonBox::AcceptRole);
    m_shareButton->setObjectName(u"shareButton"_s);
    m_shareButton->setDefault(true);
    m_shareButton->setToolTip(tr("Hand the login to the credential helpers of the checked tools"));
    connect(m_shareButton, &QPushButton::clicked, this, &ShareLoginDialog::share);
    connect(m_cancelButton, &QPushButton::clicked, this, &ShareLoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_safetyLabel);
    layout->addSpacing(6);
    layout->addWidget(sides);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    if (!m_services->isLoggedIn(m_registry))
        showMessage(
            tr("Wharf has no login for %1: log in first, then share it.").arg(m_registry), true);
    updateButtons();
}

ShareLoginDialog::~ShareLoginDialog()
{
    ++m_generation;
    // The exporter's answers capture this dialog: it goes first, taking them with it.
    delete m_exporter;
    m_exporter = nullptr;
}

void ShareLoginDialog::addSide(Target target, QWidget *container)
{
    Side entry;
    entry.target = target;
    entry.plan = m_exporter->plan(target, m_registry);
    const QString key = target == Target::Docker ? u"docker"_s : u"podman"_s;

    entry.check
        = new QCheckBox(target == Target::Docker ? tr("&Docker") : tr("&Podman"), container);
    entry.check->setObjectName(key + u"CheckBox"_s);
    entry.description = DialogLabels::selectable(container, key + u"DescriptionLabel"_s);
    entry.resultLabel = DialogLabels::selectable(container, key + u"ResultLabel"_s);
    entry.resultLabel->hide();

    if (entry.plan) {
        // The plan says it all, a clear-text password to be removed included.
        entry.description->setText(entry.plan->description);
        entry.check->setChecked(true);
        entry.check->setEnabled(true);
    } else {
        entry.description->setText(entry.plan.error().message());
        entry.description->setToolTip(entry.plan.error().details());
        entry.check->setChecked(false);
        entry.check->setEnabled(false);
    }
    DialogLabels::setErrorTone(entry.description, false);
    connect(entry.check, &QCheckBox::toggled, this, &ShareLoginDialog::updateButtons);

    // The texts sit under the check box's label, not under its indicator.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(indent, 0, 0, 0);
    texts->addWidget(entry.description);
    texts->addWidget(entry.resultLabel);
    auto *layout = qobject_cast<QVBoxLayout *>(container->layout());
    layout->addWidget(entry.check);
    layout->addLayout(texts);
    layout->addSpacing(6);
    m_sides.append(entry);
}

ShareLoginDialog::Side &ShareLoginDialog::side(Target target)
{
    return m_sides[target == Target::Docker ? 0 : 1];
}

const ShareLoginDialog::Side &ShareLoginDialog::side(Target target) const
{
    return m_sides[target == Target::Docker ? 0 : 1];
}

Result<CredentialExporter::Plan> ShareLoginDialog::plan(Target target) const
{
    return side(target).plan;
}

QCheckBox *ShareLoginDialog::checkBox(Target target) const
{
    return side(target).check;
}

std::optional<Result<void>> ShareLoginDialog::result(Target target) const
{
    return side(target).result;
}

void ShareLoginDialog::share()
{
    if (m_busy)
        return;
    QList<Target> queue;
    for (const Side &entry : std::as_const(m_sides)) {
        const bool done = entry.result && entry.result->ok();
        if (entry.plan && entry.check->isEnabled() && entry.check->isChecked() && !done)
            queue.append(entry.target);
    }
    if (queue.isEmpty())
        return;
    m_messageLabel->hide();
    setBusy(true, tr("Reading your login for %1…").arg(m_registry));
    const quint64 generation = ++m_generation;
    // The store answers later, possibly after the dialog is gone.
    const QPointer<ShareLoginDialog> self(this);
    m_services->credentials()->credential(
        m_registry, [self, generation, queue](Result<RegistryCredential> found) {
            if (!self || generation != self->m_generation)
                return;
            if (!found) {
                const Error &error = found.error();
                self->showMessage(error.code() == ErrorCode::NotFound
                        ? tr("Wharf has no login for %1: log in first, then share it.")
                              .arg(self->m_registry)
                        : tr("Wharf cannot read your login for %1: %2")
                              .arg(self->m_registry, error.message()),
                    true);
                self->finish();
                return;
            }
            self->shareNext(*found, queue, generation);
        });
}

void ShareLoginDialog::shareNext(
    const RegistryCredential &credential, QList<Target> queue, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (queue.isEmpty()) {
        finish();
        return;
    }
    const Target target = queue.takeFirst();
    Side &entry = side(target);
    setBusy(true, tr("Sharing the login with %1…").arg(CredentialExporter::targetName(target)));
    // The exporter is a child, deleted first in the destructor: it never answers a dialog
    // that is gone. The credential lives in these captures until the last tool is done.
    m_exporter->share(
        *entry.plan, credential, [this, credential, queue, generation, target](Result<void> done) {
            if (generation != m_generation)
                return;
            Side &answered = side(target);
            answered.result = done;
            const QString tool = CredentialExporter::targetName(target);
            if (done) {
                answered.resultLabel->setText(
                    //: %1: Docker or Podman, %2: a registry.
                    tr("Shared: %1 now uses this login for %2.").arg(tool, m_registry));
                DialogLabels::setErrorTone(answered.resultLabel, false);
                answered.resultLabel->setToolTip({});
                answered.check->setEnabled(false);
                Q_EMIT shared(target);
            } else {
                answered.resultLabel->setText(
                    tr("Not shared with %1: %2").arg(tool, done.error().message()));
                answered.resultLabel->setToolTip(done.error().details());
                DialogLabels::setErrorTone(answered.resultLabel, true);
            }
            answered.resultLabel->show();
            DialogLabels::growToFit(this);
            shareNext(credential, queue, generation);
        });
}

void ShareLoginDialog::finish()
{
    setBusy(false);
    DialogLabels::growToFit(this);
    Q_EMIT finished();
}

void ShareLoginDialog::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    DialogLabels::setErrorTone(m_messageLabel, isError);
    m_messageLabel->show();
    DialogLabels::growToFit(this);
}

void ShareLoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_busyRow->setBusy(busy, status);
    updateButtons();
}

void ShareLoginDialog::updateButtons()
{
    bool anyToShare = false;
    bool anyShared = false;
    for (const Side &entry : std::as_const(m_sides)) {
        const bool done = entry.result && entry.result->ok();
        anyShared = anyShared || done;
        anyToShare = anyToShare
            || (entry.plan && entry.check->isEnabled() && entry.check->isChecked() && !done);
    }
    m_shareButton->setEnabled(!m_busy && anyToShare && m_services->isLoggedIn(m_registry));
    m_cancelButton->setText(anyShared ? tr("Close") : tr("Cancel"));
    for (const Side &entry : std::as_const(m_sides)) {
        const bool done = entry.result && entry.result->ok();
        entry.check->setEnabled(!m_busy && entry.plan && !done);
    }
}

void ShareLoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Word-wrapped texts: Qt's first guess of the height is far too tall (or short).
    resize(width(), DialogLabels::contentHeight(this));
}

void ShareLoginDialog::reject()
{
    // Stop; a tool already being written to finishes that write.
    ++m_generation;
    QDialog::reject();
}

} // namespace Wharf
