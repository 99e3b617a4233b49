// SPDX-License-Identifier: Apache-2.0
#include "AddRegistryDialog.h"

#include "registry/RegistryHost.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wharf {

AddRegistryDialog::AddRegistryDialog(const QStringList &existing, QWidget *parent)
    : AddEntryDialog(u"addRegistryDialog"_s, tr("Add a Registry"),
          tr("The registry's address, as it appears in image names: a host name, with :port when "
             "it is not the standard one."),
          parent)
    , m_existing(existing)
    , m_hostEdit(new QLineEdit(this))
{
    m_hostEdit->setObjectName(u"hostLineEdit"_s);
    m_hostEdit->setPlaceholderText(tr("gitlab-registry.cern.ch, registry.example.org:5000"));
    m_hostEdit->setClearButtonEnabled(true);
    m_hostEdit->setAccessibleName(tr("Registry address"));
    m_hostEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    //: host[:port] of a container registry.
    addField(tr("&Registry:"), m_hostEdit);

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
    setFeedback(feedback, isError, !m_registry.isEmpty());
}

} // namespace Wharf
