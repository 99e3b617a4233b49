// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <functional>

namespace Wharf {

// The Registries page's view of RegistryTreeModel: type-to-filter on what is loaded, and
// what the widgets add to the model's words. The filter keeps a row when its name (the
// registry, the repository path, or "path:tag") contains the text, with its ancestors so the
// row keeps its place, and with everything below it (a matching repository shows its tags).
// It never loads anything. Rows get icons by kind and state, message rows are italic and
// grey, and registry rows say who is logged in.
class RegistryTreeProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // "alice, in the keychain" / "anonymous" for a registry.
    using LoginText = std::function<QString(const QString &registry)>;

    explicit RegistryTreeProxyModel(QObject *parent = nullptr);

    void setLoginText(LoginText loginText);
    // A registry's login changed: its row says so.
    void refreshRegistry(const QString &registry);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Message rows can be selected too: the details panel explains them.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QVariant decoration(const QModelIndex &index) const;

    LoginText m_loginText;
    QString m_filterText;
};

} // namespace Wharf
