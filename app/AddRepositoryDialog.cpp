// SPDX-License-Identifier: Apache-2.0
#include "AddRepositoryDialog.h"

#include "registry/ImageReference.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wharf {

AddRepositoryDialog::AddRepositoryDialog(
    const QStringList &registries, const QString &registry, QWidget *parent)
    : AddEntryDialog(u"addRepositoryDialog"_s, tr("Add a Repository"),
          tr("Some registries (GitLab, Docker Hub) do not list their repositories. Give the path of "
             "one you use; Wharf remembers it and lists its tags."),
          parent)
    , m_registryCombo(new QComboBox(this))
    , m_pathEdit(new QLineEdit(this))
{
    m_registryCombo->setObjectName(u"registryComboBox"_s);
    m_registryCombo->setAccessibleName(tr("Registry"));
    m_registryCombo->addItems(registries);
    m_registryCombo->setCurrentIndex(qMax(0, int(registries.indexOf(registry))));

    m_pathEdit->setObjectName(u"repositoryLineEdit"_s);
    m_pathEdit->setPlaceholderText(tr("group/project/image, e.g. cms-cloud/cmssw-docker/cc7-cms"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setAccessibleName(tr("Repository path"));
    m_pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    addField(tr("&Registry:"), m_registryCombo);
    //: The path of a repository inside a registry: "group/project/image".
    addField(tr("Repository &path:"), m_pathEdit);

    connect(m_pathEdit, &QLineEdit::textChanged, this, &AddRepositoryDialog::validate);
    connect(m_registryCombo, &QComboBox::currentIndexChanged, this, &AddRepositoryDialog::validate);
    // The path is what the user came to type; the registry is usually already right.
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
    setFeedback(feedback, isError, !m_repository.isEmpty());
}

} // namespace Wharf
