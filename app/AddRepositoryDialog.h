// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AddEntryDialog.h"

#include <QHash>

class QComboBox;
class QLineEdit;

namespace Wharf {

// Asks for a repository path to remember for a registry that does not list its
// repositories (GitLab, Docker Hub): "cms-cloud/cmssw-docker/cc7-cms". The path is checked
// with the image-reference grammar as it is typed; a pasted reference of the same registry
// ("gitlab-registry.cern.ch/x/y:tag") is accepted for its path.
class AddRepositoryDialog : public AddEntryDialog
{
    Q_OBJECT

public:
    AddRepositoryDialog(
        const QStringList &registries, const QString &registry, QWidget *parent = nullptr);

    // Repositories already remembered per registry: adding one again is refused.
    void setKnownRepositories(const QString &registry, const QStringList &repositories);
    void setText(const QString &text);
    QString registry() const;
    // The normalised path ("library/almalinux" on Docker Hub), empty while invalid.
    QString repository() const { return m_repository; }

private:
    void validate();

    QHash<QString, QStringList> m_known;
    QString m_repository;
    QComboBox *m_registryCombo;
    QLineEdit *m_pathEdit;
};

} // namespace Wharf
