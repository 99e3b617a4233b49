// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"
#include "base/Result.h"
#include "registry/TagDetails.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Wharf {

class RegistryCall;
class RegistryClient;
class RegistryConnections;
class RegistryRequestQueue;

// The Registries page's tree: registry -> repositories -> tags, each level loaded lazily
// and asynchronously when it is expanded (canFetchMore/fetchMore), tag details on demand
// with bounded concurrency. Where a level cannot be listed, or failed, or is still
// loading, a message row under it says so (what happened and what to do) instead of an
// empty list: GitLab and Docker Hub do not list their repositories, so the user adds paths
// by hand and the model shows them (setManualRepositories).
//
// QtCore only: the view picks icons from KindRole and StateRole.
class RegistryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,     // registry, repository path, tag, or the message
        InfoColumn,     // counts and states; platforms on tag rows
        SizeColumn,     // compressed size (this machine's platform)
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Kind { Registry, Repository, Tag, Message };
    Q_ENUM(Kind)
    enum class State { NotLoaded, Loading, Loaded, Failed, ListingClosed };
    Q_ENUM(State)

    enum Role {
        KindRole = Qt::UserRole, // int(Kind)
        StateRole,        // int(State): of the children list (registry, repository) or of the details (tag)
        RegistryRole,     // "gitlab-registry.cern.ch"
        RepositoryRole,   // "cms/analysis" (repository and tag rows)
        TagRole,          // "v1.2" (tag rows)
        ReferenceRole,    // "gitlab-registry.cern.ch/cms/analysis:v1.2": what Copy copies
        ErrorCodeRole,    // int(ErrorCode) of the failure a message row explains
        ErrorRole,        // QVariant::fromValue(Error) on message rows that explain a failure
        ManualRole,       // bool: a repository added by hand
        DetailsRole,      // QVariant::fromValue(TagDetails) once loaded
        CountRole,        // int: children loaded so far (registry, repository)
    };
    Q_ENUM(Role)

    explicit RegistryTreeModel(RegistryConnections *connections, QObject *parent = nullptr);
    ~RegistryTreeModel() override;

    // The registries shown, in order. Rows of registries that stay keep their state.
    void setRegistries(const QStringList &registries);
    QStringList registries() const;
    // Repository paths added by hand for a registry (remembered by the caller). They are
    // shown whether or not the registry lists its repositories.
    void setManualRepositories(const QString &registry, const QStringList &repositories);
    // Docker Hub lists repositories per namespace: the logged-in user's, and these.
    void setDockerHubNamespaces(const QStringList &namespaces);

    QModelIndex registryIndex(const QString &registry) const;
    QModelIndex repositoryIndex(const QString &registry, const QString &repository) const;

    // Forget what was loaded below `index` (a registry or repository) and load it again.
    void reload(const QModelIndex &index);
    // Forget everything below a registry (its credential or options changed); it loads
    // again when next expanded.
    void resetRegistry(const QString &registry);
    // Details of one tag; of every tag of a repository (bounded concurrency).
    void fetchDetails(const QModelIndex &tagIndex);
    void fetchAllDetails(const QModelIndex &repositoryIndex);
    // Stops every load in flight; their rows say "Cancelled" and load again on reload().
    void cancelAll();
    // Loads in flight (lists and details).
    int activeLoads() const;
    QString activityText() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // Loads started or finished: the page shows progress and a Cancel button.
    void activityChanged();
    // A load failed; the message row under `parent` explains it too.
    void loadFailed(const QModelIndex &parent, const Wharf::Error &error);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void loadRepositories(Node *registry);
    void loadTags(Node *repository);
    void listHubNamespaces(RegistryClient *client, quint64 id, const QStringList &namespaces,
                           const std::function<void(const QStringList &)> &page,
                           const std::function<void(const Result<int> &)> &done);
    void loadDetails(Node *tag);
    void appendChildren(Node *parent, const QStringList &names, Kind kind, bool manual = false);
    void setMessage(Node *parent, const QString &text, const std::optional<Error> &error = std::nullopt);
    void clearChildren(Node *parent);
    void finishLoad(Node *node, State state);
    // The load below `node` failed: a message row says why (or that it was cancelled).
    void failLoad(Node *node, const Error &error);
    void updateRow(Node *node);
    void changeActivity(int delta);
    QString infoText(const Node *node) const;
    Node *findChild(const Node *parent, const QString &name, Kind kind) const;
    bool isAlive(quint64 id) const;
    Node *nodeById(quint64 id) const;

    RegistryConnections *m_connections;
    RegistryRequestQueue *m_detailsQueue;
    std::unique_ptr<Node> m_root;
    QHash<QString, QStringList> m_manual;
    QStringList m_hubNamespaces;
    // Docker Hub listings in progress, one namespace after another, by registry node.
    QHash<quint64, std::shared_ptr<std::function<void()>>> m_hubListings;
    QHash<quint64, Node *> m_nodes; // live nodes by id: async answers find their node again
    quint64 m_nextId = 1;
    int m_activeLoads = 0;
};

} // namespace Wharf
