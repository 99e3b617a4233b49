// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>
#include <QSet>

namespace Wharf {

// What the unpacked.cern.ch page's tree shows on top of UnpackedTreeModel (which is QtCore
// only): icons by kind and state, the sync time relative on hover, and the cross-reference
// mark on tags whose image a local engine or a browsed registry also has.
class UnpackedViewModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        KnownRole = Qt::UserRole + 200, // bool: a tag also known elsewhere (setKnownReferences)
    };

    explicit UnpackedViewModel(QObject *parent = nullptr);

    // Normalised references ("docker.io/cmssw/el8:x86_64", as ReferenceRole gives them) and
    // where they are also found ("engine", "registry"...), for the mark.
    void setKnownReferences(const QSet<QString> &references, const QString &where);
    QSet<QString> knownReferences() const { return m_known; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QSet<QString> m_known;
    QString m_where;
    QIcon m_folder;
    QIcon m_image;
    QIcon m_tag;
    QIcon m_failed;
    QIcon m_root;
};

} // namespace Wharf
