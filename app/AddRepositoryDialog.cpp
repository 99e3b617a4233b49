// SPDX-License-Identifier: Apache-2.0
#include "AddRepositoryDialog.h"

#include "DialogLabels.h"
#include "registry/ImageReference.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

AddRepositoryDialog::AddRepositoryDialog(
    const QStringList &registries, const QString &registry, QWidget *parent)
    : QDialog(parent)
    , m_registryCombo(new QComboBox(this))
    , m_pathEdit(new QLineEdit(this))
    , m_feedbackLabel(DialogLabels::selectable(this, u"feedbackLabel"_s))
{
    setObjectName(u"addRepositoryDialog"_s);
    setWindowTitle(tr("Add a Repository"));

    auto *intro = DialogLabels::selectable(this, u"introLabel"_s);
    intro->setText(
        tr("Some registries (GitLab, Docker Hub) do not list their repositories. Give the path of "
           "one you use; Wharf remembers it and lists its tags."));

    m_registryCombo->setObjectName(u"registryComboBox"_s);
    m_registryCombo->setAccessibleName(tr("Registry"));
    m_registryCombo->addItems(registries);
    m_registryCombo->setCurrentIndex(qMax(0, int(registries.indexOf(registry))));

    m_pathEdit->setObjectName(u"repositoryLineEdit"_s);
    m_pathEdit->setPlaceholderText(tr("group/project/image, e.g. cms-cloud/cmssw-docker/cc7-cms"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setAccessibleName(tr("Repository path"));
    m_pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_feedbackLabel->setAccessibleName(tr("Path check"));
    m_feedbackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->addWidget(
        DialogLabels::formLabel(tr("&Registry:"), m_registryCombo, this, Qt::AlignVCenter), 0, 0);
    form->addWidget(m_registryCombo, 0, 1);
    //: The path of a repository inside a registry: "group/project/image".
    form->addWidget(
        DialogLabels::formLabel(tr("Repository &path:"), m_pathEdit, this, Qt::AlignVCenter), 1, 0);
    form->addWidget(m_pathEdit, 1, 1);
    form->addWidget(m_feedbackLabel, 2, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_repository.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_pathEdit, &QLineEdit::textChanged, this, &AddRepositoryDialog::validate);
    connect(m_registryCombo, &QComboBox::currentIndexChanged, this, &AddRepositoryDialog::validate);
    m_pathEdit->setFocus();
    validate();
}

void AddRepositoryDialog::setKnownRepositories(
    const QString &registry, const QStringList &repositories)
{
    m_known.insert(registry, repositories);
    validate();
}

void AddRepositoryDialog::setText(const QString &text)
{
    m_pathEdit->setText(text);
}

QString AddRepositoryDialog::registry() const
{
    return m_registryCombo->currentText();
}

void AddRepositoryDialog::validate()
{
    m_repository.clear();
    const QString registryName = registry();
    QString path = m_pathEdit->text().trimmed();
    // A pasted reference of this registry, or the path with a leading slash.
    if (path.startsWith(registryName + u'/'))
        path = path.mid(registryName.size() + 1);
    while (path.startsWith(u'/'))
        path.remove(0, 1);

    bool isError = false;
    QString feedback;
    if (registryName.isEmpty()) {
        feedback = tr("Add a registry first.");
        isError = true;
    } else if (path.isEmpty()) {
        feedback = tr("The path after the registry name in an image name: for "
                      "%1/group/project/image:tag it is group/project/image.")
                       .arg(registryName);
    } else if (const Result<ImageReference> parsed
               = ImageReference::parse(registryName + u'/' + path);
               !parsed) {
        // The message counts characters in what was parsed: say it about the path alone.
        feedback = tr("This is not a repository path: %1")
                       .arg(parsed.error().details().isEmpty() ? parsed.error().message()
                                                               : parsed.error().details());
        isError = true;
    } else if (parsed->domain() != registryName) {
        feedback
            = tr("This names a repository on %1, not on %2.").arg(parsed->domain(), registryName);
        isError = true;
    } else if (!parsed->tag().isEmpty() || !parsed->digest().isEmpty()) {
        feedback = tr("Give the repository without a tag or digest (%1): Wharf lists its tags.")
                       .arg(parsed->path());
        isError = true;
    } else if (m_known.value(registryName).contains(parsed->path())) {
        feedback = tr("%1 is already in the list.").arg(parsed->repository());
        isError = true;
    } else {
        m_repository = parsed->path();
        //: %1 is the full repository name: "gitlab-registry.cern.ch/cms-cloud/cc7-cms".
        feedback = tr("Adds %1").arg(parsed->repository());
    }
    m_feedbackLabel->setText(feedback);
    DialogLabels::setErrorTone(m_feedbackLabel, isError);
    m_addButton->setEnabled(!m_repository.isEmpty());
}

} // namespace Wharf
