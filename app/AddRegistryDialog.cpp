// SPDX-License-Identifier: Apache-2.0
#include "AddRegistryDialog.h"

#include "DialogLabels.h"
#include "registry/RegistryHost.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

AddRegistryDialog::AddRegistryDialog(const QStringList &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_hostEdit(new QLineEdit(this))
    , m_feedbackLabel(DialogLabels::selectable(this, u"feedbackLabel"_s))
{
    setObjectName(u"addRegistryDialog"_s);
    setWindowTitle(tr("Add a Registry"));

    auto *intro = DialogLabels::selectable(this, u"introLabel"_s);
    intro->setText(
        tr("The registry's address, as it appears in image names: a host name, with :port when "
           "it is not the standard one."));

    m_hostEdit->setObjectName(u"hostLineEdit"_s);
    m_hostEdit->setPlaceholderText(tr("gitlab-registry.cern.ch, registry.example.org:5000"));
    m_hostEdit->setClearButtonEnabled(true);
    m_hostEdit->setAccessibleName(tr("Registry address"));
    m_hostEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_feedbackLabel->setAccessibleName(tr("Address check"));
    m_feedbackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    //: host[:port] of a container registry.
    form->addWidget(
        DialogLabels::formLabel(tr("&Registry:"), m_hostEdit, this, Qt::AlignVCenter), 0, 0);
    form->addWidget(m_hostEdit, 0, 1);
    form->addWidget(m_feedbackLabel, 1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_registry.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_hostEdit, &QLineEdit::textChanged, this, &AddRegistryDialog::validate);
    validate();
}

void AddRegistryDialog::setText(const QString &text)
{
    m_hostEdit->setText(text);
}

void AddRegistryDialog::validate()
{
    m_registry.clear();
    const QString text = m_hostEdit->text().trimmed();
    bool isError = false;
    QString feedback;
    if (text.isEmpty()) {
        feedback = tr(
            "For example gitlab-registry.cern.ch, registry.cern.ch, docker.io or localhost:5000.");
    } else if (const Result<RegistryHost> host = RegistryHost::parse(text); !host) {
        feedback = host.error().message();
        isError = true;
    } else if (m_existing.contains(host->name())) {
        feedback = tr("%1 is already in the list.").arg(host->name());
        isError = true;
    } else {
        m_registry = host->name();
        if (host->isDockerHub())
            //: %1 is "docker.io".
            feedback = tr("Adds Docker Hub (%1). Docker Hub does not list its repositories: add "
                          "the ones you use, "
                          "or log in to see your own.")
                           .arg(host->name());
        else if (host->isLoopback())
            feedback = tr(
                "Adds %1, a registry on this computer (plain HTTP is allowed without opting in).")
                           .arg(host->name());
        else
            feedback = tr("Adds %1").arg(host->name());
    }
    m_feedbackLabel->setText(feedback);
    DialogLabels::setErrorTone(m_feedbackLabel, isError);
    m_addButton->setEnabled(!m_registry.isEmpty());
}

} // namespace Wharf
