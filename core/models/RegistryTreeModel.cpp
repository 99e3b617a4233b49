// SPDX-License-Identifier: Apache-2.0
#include "RegistryTreeModel.h"

#include "base/DisplayFormat.h"
#include "registry/RegistryCall.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryConnections.h"
#include "registry/RegistryRequestQueue.h"
#include "registry/TagOrder.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Wharf {

struct RegistryTreeModel::Node
{
    quint64 id = 0;
    Kind kind = Kind::Registry;
    QString name;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    State state = State::NotLoaded;
    bool manual = false;
    std::optional<Error> error;
    QPointer<RegistryCall> call;
    std::optional<TagDetails> details;
    int loadedCount = 0; // real children (message rows not counted)

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return -1;
    }
    bool hasMessage() const { return !children.empty() && children.front()->kind == Kind::Message; }
    const Node *registryNode() const
    {
        const Node *node = this;
        while (node && node->kind != Kind::Registry)
            node = node->parent;
        return node;
    }
    QString registry() const
    {
        const Node *node = registryNode();
        return node ? node->name : QString();
    }
    QString repository() const
    {
        if (kind == Kind::Repository)
            return name;
        if (kind == Kind::Tag && parent)
            return parent->name;
        if (kind == Kind::Message && parent)
            return parent->repository();
        return {};
    }
};

RegistryTreeModel::RegistryTreeModel(RegistryConnections *connections, QObject *parent)
    : QAbstractItemModel(parent)
    , m_connections(connections)
    , m_detailsQueue(new RegistryRequestQueue(8, this))
    , m_root(std::make_unique<Node>())
{
    m_root->kind = Kind::Message; // never shown
    if (m_connections) {
        connect(m_connections, &RegistryConnections::clientReset, this, &RegistryTreeModel::resetRegistry);
    }
}

RegistryTreeModel::~RegistryTreeModel()
{
    // Calls report nothing once the model is gone.
    m_nodes.clear();
}

RegistryTreeModel::Node *RegistryTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex RegistryTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

RegistryTreeModel::Node *RegistryTreeModel::nodeById(quint64 id) const
{
    return m_nodes.value(id, nullptr);
}

bool RegistryTreeModel::isAlive(quint64 id) const
{
    return m_nodes.contains(id);
}

RegistryTreeModel::Node *RegistryTreeModel::findChild(const Node *parent, const QString &name, Kind kind) const
{
    for (const auto &child : parent->children) {
        if (child->kind == kind && child->name == name)
            return child.get();
    }
    return nullptr;
}

QModelIndex RegistryTreeModel::registryIndex(const QString &registry) const
{
    return indexOf(findChild(m_root.get(), registry, Kind::Registry));
}

QModelIndex RegistryTreeModel::repositoryIndex(const QString &registry, const QString &repository) const
{
    const Node *node = findChild(m_root.get(), registry, Kind::Registry);
    return node ? indexOf(findChild(node, repository, Kind::Repository)) : QModelIndex();
}

QStringList RegistryTreeModel::registries() const
{
    QStringList names;
    for (const auto &child : m_root->children)
        names.append(child->name);
    return names;
}

void RegistryTreeModel::setRegistries(const QStringList &registries)
{
    // Remove the ones that went, then insert the new ones where they belong.
    for (int row = int(m_root->children.size()) - 1; row >= 0; --row) {
        if (!registries.contains(m_root->children[size_t(row)]->name)) {
            beginRemoveRows({}, row, row);
            clearChildren(m_root->children[size_t(row)].get());
            m_nodes.remove(m_root->children[size_t(row)]->id);
            m_root->children.erase(m_root->children.begin() + row);
            endRemoveRows();
        }
    }
    for (int position = 0; position < registries.size(); ++position) {
        const QString &name = registries.at(position);
        Node *existing = findChild(m_root.get(), name, Kind::Registry);
        if (existing) {
            const int row = existing->row();
            if (row != position && position < int(m_root->children.size())) {
                beginMoveRows({}, row, row, {}, row < position ? position + 1 : position);
                auto moved = std::move(m_root->children[size_t(row)]);
                m_root->children.erase(m_root->children.begin() + row);
                m_root->children.insert(m_root->children.begin() + position, std::move(moved));
                endMoveRows();
            }
            continue;
        }
        auto node = std::make_unique<Node>();
        node->id = m_nextId++;
        node->kind = Kind::Registry;
        node->name = name;
        node->parent = m_root.get();
        m_nodes.insert(node->id, node.get());
        const int row = qMin(position, int(m_root->children.size()));
        beginInsertRows({}, row, row);
        m_root->children.insert(m_root->children.begin() + row, std::move(node));
        endInsertRows();
    }
}

void RegistryTreeModel::setManualRepositories(const QString &registry, const QStringList &repositories)
{
    const QStringList before = m_manual.value(registry);
    m_manual.insert(registry, repositories);
    Node *node = findChild(m_root.get(), registry, Kind::Registry);
    if (!node || node->state == State::NotLoaded)
        return;
    // Already listed: add the new ones now, drop manual rows that were removed.
    for (int row = int(node->children.size()) - 1; row >= 0; --row) {
        Node *child = node->children[size_t(row)].get();
        if (child->kind == Kind::Repository && child->manual && !repositories.contains(child->name)) {
            beginRemoveRows(indexOf(node), row, row);
            clearChildren(child);
            m_nodes.remove(child->id);
            node->children.erase(node->children.begin() + row);
            --node->loadedCount;
            endRemoveRows();
        }
    }
    QStringList added;
    for (const QString &repository : repositories) {
        if (!findChild(node, repository, Kind::Repository))
            added.append(repository);
    }
    appendChildren(node, added, Kind::Repository, true);
    if (node->loadedCount > 0 && node->state == State::Loaded && node->hasMessage()) {
        beginRemoveRows(indexOf(node), 0, 0);
        m_nodes.remove(node->children.front()->id);
        node->children.erase(node->children.begin());
        endRemoveRows();
    }
    updateRow(node);
}

void RegistryTreeModel::setDockerHubNamespaces(const QStringList &namespaces)
{
    m_hubNamespaces = namespaces;
}

void RegistryTreeModel::clearChildren(Node *parent)
{
    for (const auto &child : parent->children) {
        clearChildren(child.get());
        if (child->call)
            child->call->cancel();
        m_nodes.remove(child->id);
    }
    parent->children.clear();
    parent->loadedCount = 0;
}

void RegistryTreeModel::appendChildren(Node *parent, const QStringList &names, Kind kind, bool manual)
{
    if (names.isEmpty())
        return;
    const int first = int(parent->children.size());
    beginInsertRows(indexOf(parent), first, first + int(names.size()) - 1);
    parent->children.reserve(parent->children.size() + size_t(names.size()));
    for (const QString &name : names) {
        auto node = std::make_unique<Node>();
        node->id = m_nextId++;
        node->kind = kind;
        node->name = name;
        node->parent = parent;
        node->manual = manual;
        m_nodes.insert(node->id, node.get());
        parent->children.push_back(std::move(node));
    }
    parent->loadedCount += int(names.size());
    endInsertRows();
}

void RegistryTreeModel::setMessage(Node *parent, const QString &text, const std::optional<Error> &error)
{
    if (parent->hasMessage()) {
        Node *message = parent->children.front().get();
        message->name = text;
        message->error = error;
        const QModelIndex index = indexOf(message);
        Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
        return;
    }
    auto node = std::make_unique<Node>();
    node->id = m_nextId++;
    node->kind = Kind::Message;
    node->name = text;
    node->error = error;
    node->parent = parent;
    m_nodes.insert(node->id, node.get());
    beginInsertRows(indexOf(parent), 0, 0);
    parent->children.insert(parent->children.begin(), std::move(node));
    endInsertRows();
}

void RegistryTreeModel::updateRow(Node *node)
{
    const QModelIndex index = indexOf(node);
    if (index.isValid())
        Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

void RegistryTreeModel::changeActivity(int delta)
{
    m_activeLoads += delta;
    Q_EMIT activityChanged();
}

int RegistryTreeModel::activeLoads() const
{
    return m_activeLoads;
}

QString RegistryTreeModel::activityText() const
{
    if (m_activeLoads == 0)
        return {};
    return m_activeLoads == 1 ? tr("Loading from 1 source…") : tr("Loading from %1 sources…").arg(m_activeLoads);
}

void RegistryTreeModel::finishLoad(Node *node, State state)
{
    node->state = state;
    node->call.clear();
    changeActivity(-1);
    updateRow(node);
}

void RegistryTreeModel::failLoad(Node *node, const Error &error)
{
    const bool cancelled = error.code() == ErrorCode::Cancelled;
    setMessage(node, cancelled ? tr("Cancelled. Reload to try again.") : error.message(), error);
    finishLoad(node, State::Failed);
    if (!cancelled)
        Q_EMIT loadFailed(indexOf(node), error);
}

void RegistryTreeModel::loadRepositories(Node *registry)
{
    setMessage(registry, tr("Loading repositories…"));
    updateRow(registry);
    const quint64 id = registry->id;
    m_connections->withClient(registry->name, this, [this, id](Result<RegistryClient *> client) {
        Node *node = nodeById(id);
        if (!node || node->state != State::Loading)
            return;
        if (!client) {
            failLoad(node, client.error());
            return;
        }
        const QStringList manual = m_manual.value(node->name);
        QStringList fresh;
        for (const QString &repository : manual) {
            if (!findChild(node, repository, Kind::Repository))
                fresh.append(repository);
        }
        appendChildren(node, fresh, Kind::Repository, true);
        const QSet<QString> manualSet(manual.cbegin(), manual.cend());

        auto onPage = [this, id, manualSet](const QStringList &names) {
            Node *current = nodeById(id);
            if (!current)
                return;
            QStringList listed;
            listed.reserve(names.size());
            for (const QString &name : names) {
                if (!manualSet.contains(name))
                    listed.append(name);
            }
            appendChildren(current, listed, Kind::Repository);
            setMessage(current, current->loadedCount == 1 ? tr("Loading… 1 repository so far")
                                                          : tr("Loading… %1 repositories so far").arg(current->loadedCount));
        };
        const bool loggedIn = (*client)->hasCredential();
        const QString registryName = node->name;
        auto onDone = [this, id, loggedIn, registryName](const Result<int> &total) {
            Node *current = nodeById(id);
            if (!current)
                return;
            if (total) {
                if (current->loadedCount == 0) {
                    setMessage(current, tr("%1 has no repositories yet.").arg(registryName));
                } else if (current->hasMessage()) {
                    beginRemoveRows(indexOf(current), 0, 0);
                    m_nodes.remove(current->children.front()->id);
                    current->children.erase(current->children.begin());
                    endRemoveRows();
                }
                finishLoad(current, State::Loaded);
                return;
            }
            const Error &error = total.error();
            switch (error.code()) {
            case ErrorCode::Cancelled:
                failLoad(current, error);
                return;
            case ErrorCode::AuthenticationRequired:
            case ErrorCode::AccessDenied:
            case ErrorCode::NotFound:
                // GitLab answers 401/403 to the catalog even with a login; some registries
                // do not have the endpoint at all.
                setMessage(current,
                           loggedIn || error.code() != ErrorCode::AuthenticationRequired
                               ? tr("%1 does not let Wharf list its repositories (GitLab registries do not). "
                                    "Add the repository paths you use with “Add Repository…”; Wharf remembers "
                                    "them.")
                                     .arg(registryName)
                               : tr("%1 lists its repositories only to users who log in, if at all. Log in, or "
                                    "add the repository paths you use with “Add Repository…”.")
                                     .arg(registryName),
                           error);
                finishLoad(current, State::ListingClosed);
                return;
            default:
                failLoad(current, error);
                return;
            }
        };

        if ((*client)->host().isDockerHub()) {
            // Docker Hub has no catalog, but lists a namespace: the login's own, the ones set,
            // and those of the repositories the user added (adding cmssw/cc7 lists cmssw/*).
            QStringList namespaces = m_hubNamespaces;
            if (loggedIn)
                namespaces.prepend((*client)->username().toLower());
            for (const QString &repository : manual)
                namespaces.append(repository.section(u'/', 0, 0));
            namespaces.removeDuplicates();
            namespaces.removeAll(QString());
            if (namespaces.isEmpty()) {
                setMessage(node, tr("Docker Hub does not list all its repositories. Add the paths you use with "
                                    "“Add Repository…” (for example library/almalinux: Wharf then lists the "
                                    "whole namespace), or log in to see your own."));
                finishLoad(node, State::ListingClosed);
                return;
            }
            listHubNamespaces(*client, id, namespaces, onPage, onDone);
            return;
        }
        node->call = (*client)->listRepositories(this, onPage, onDone);
    });
}

void RegistryTreeModel::listHubNamespaces(RegistryClient *client, quint64 id, const QStringList &namespaces,
                                          const std::function<void(const QStringList &)> &page,
                                          const std::function<void(const Result<int> &)> &done)
{
    // One namespace after another; one that fails (an organisation that does not exist) does
    // not hide the others, and the first failure is reported only when none could be listed.
    struct Progress
    {
        qsizetype next = 0;
        int total = 0;
        int listed = 0;
        std::optional<Error> firstError;
    };
    auto progress = std::make_shared<Progress>();
    auto step = std::make_shared<std::function<void()>>();
    const QPointer<RegistryClient> guard(client);
    *step = [this, guard, id, namespaces, page, done, progress, weakStep = std::weak_ptr(step)] {
        // Lets the chain go, later (this function is the chain), unless a reload replaced it.
        const auto release = [this, id, weakStep] {
            QMetaObject::invokeMethod(this, [this, id, weakStep] {
                const auto current = m_hubListings.value(id);
                if (current && current == weakStep.lock())
                    m_hubListings.remove(id);
            }, Qt::QueuedConnection);
        };
        Node *node = nodeById(id);
        if (!node || !guard) {
            release();
            return;
        }
        if (progress->next >= namespaces.size()) {
            release();
            if (progress->listed == 0 && progress->firstError)
                done(*progress->firstError);
            else
                done(progress->total);
            return;
        }
        const QString nameSpace = namespaces.at(progress->next++);
        node->call = guard->listDockerHubRepositories(nameSpace, this, page,
            [progress, done, weakStep, release](const Result<int> &total) {
                const auto next = weakStep.lock();
                if (total) {
                    progress->total += total.value();
                    ++progress->listed;
                } else if (total.error().code() == ErrorCode::Cancelled || !next) {
                    release();
                    done(total.error());
                    return;
                } else if (!progress->firstError) {
                    progress->firstError = total.error();
                }
                (*next)();
            });
    };
    // The chain keeps itself alive through the calls it starts; the last step lets it go.
    m_hubListings.insert(id, step);
    (*step)();
}

void RegistryTreeModel::loadTags(Node *repository)
{
    setMessage(repository, tr("Loading tags…"));
    updateRow(repository);
    const quint64 id = repository->id;
    const QString path = repository->name;
    m_connections->withClient(repository->registry(), this, [this, id, path](Result<RegistryClient *> client) {
        Node *node = nodeById(id);
        if (!node || node->state != State::Loading)
            return;
        if (!client) {
            failLoad(node, client.error());
            return;
        }
        auto seen = std::make_shared<int>(0);
        auto countPage = [this, id, seen](const QStringList &names) {
            *seen += int(names.size());
            if (Node *current = nodeById(id))
                setMessage(current, tr("Loading… %1 tags so far").arg(*seen));
        };
        node->call = (*client)->listTags(path, this, countPage, [this, id](const Result<QStringList> &tags) {
            Node *current = nodeById(id);
            if (!current)
                return;
            if (!tags) {
                failLoad(current, tags.error());
                return;
            }
            QStringList sorted = *tags;
            sorted.removeDuplicates();
            TagOrder::sort(sorted);
            if (sorted.isEmpty()) {
                setMessage(current, tr("This repository has no tags."));
            } else if (current->hasMessage()) {
                beginRemoveRows(indexOf(current), 0, 0);
                m_nodes.remove(current->children.front()->id);
                current->children.erase(current->children.begin());
                endRemoveRows();
            }
            appendChildren(current, sorted, Kind::Tag);
            finishLoad(current, State::Loaded);
        });
    });
}

void RegistryTreeModel::fetchDetails(const QModelIndex &tagIndex)
{
    Node *node = nodeOf(tagIndex);
    if (!tagIndex.isValid() || node->kind != Kind::Tag)
        return;
    if (node->state == State::Loading || node->state == State::Loaded)
        return;
    loadDetails(node);
}

void RegistryTreeModel::fetchAllDetails(const QModelIndex &repositoryIndex)
{
    Node *node = nodeOf(repositoryIndex);
    if (!repositoryIndex.isValid() || node->kind != Kind::Repository)
        return;
    for (const auto &child : node->children) {
        if (child->kind == Kind::Tag && (child->state == State::NotLoaded || child->state == State::Failed))
            loadDetails(child.get());
    }
}

void RegistryTreeModel::loadDetails(Node *tag)
{
    tag->state = State::Loading;
    tag->error.reset();
    updateRow(tag);
    const quint64 id = tag->id;
    const QString registry = tag->registry();
    const QString repository = tag->repository();
    const QString name = tag->name;
    QPointer<RegistryTreeModel> self(this);
    m_detailsQueue->enqueue([self, id, registry, repository, name](std::function<void()> finished) -> RegistryCall * {
        if (!self || !self->isAlive(id)) {
            finished();
            return nullptr;
        }
        self->changeActivity(+1);
        auto report = [self, id, finished](const Result<TagDetails> &details) {
            finished();
            if (!self)
                return;
            self->changeActivity(-1);
            Node *node = self->nodeById(id);
            if (!node)
                return;
            node->call.clear();
            if (details) {
                node->details = *details;
                node->state = State::Loaded;
            } else {
                node->error = details.error();
                node->state = details.error().code() == ErrorCode::Cancelled ? State::NotLoaded : State::Failed;
            }
            self->updateRow(node);
        };
        // The client first (it may need the keychain), then the details.
        self->m_connections->withClient(registry, self, [self, id, repository, name, report](Result<RegistryClient *> client) {
            if (!client) {
                report(client.error());
                return;
            }
            Node *node = self->nodeById(id);
            if (!node) {
                report(Error(ErrorCode::Cancelled, QString()));
                return;
            }
            node->call = (*client)->fetchTagDetails(repository, name, self, report);
        });
        return nullptr;
    });
}

void RegistryTreeModel::reload(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (!index.isValid() || (node->kind != Kind::Registry && node->kind != Kind::Repository))
        return;
    if (node->call)
        node->call->cancel();
    if (node->state == State::Loading)
        finishLoad(node, State::NotLoaded);
    if (!node->children.empty()) {
        beginRemoveRows(index.siblingAtColumn(0), 0, int(node->children.size()) - 1);
        clearChildren(node);
        endRemoveRows();
    }
    node->state = State::NotLoaded;
    fetchMore(index.siblingAtColumn(0));
}

void RegistryTreeModel::resetRegistry(const QString &registry)
{
    Node *node = findChild(m_root.get(), registry, Kind::Registry);
    if (!node)
        return;
    const bool wasLoaded = node->state != State::NotLoaded;
    if (node->call)
        node->call->cancel();
    if (node->state == State::Loading)
        finishLoad(node, State::NotLoaded);
    if (!node->children.empty()) {
        beginRemoveRows(indexOf(node), 0, int(node->children.size()) - 1);
        clearChildren(node);
        endRemoveRows();
    }
    node->state = State::NotLoaded;
    updateRow(node);
    // It was open: show it again at once, with the new login.
    if (wasLoaded)
        fetchMore(indexOf(node));
}

void RegistryTreeModel::cancelAll()
{
    m_detailsQueue->cancelAll();
    const QList<Node *> nodes = m_nodes.values();
    for (Node *node : nodes) {
        if (!m_nodes.contains(node->id))
            continue;
        if (node->call) {
            node->call->cancel(); // reports Cancelled to its callback, which updates the row
        } else if (node->state == State::Loading) {
            if (node->kind == Kind::Tag) {
                node->state = State::NotLoaded;
                updateRow(node);
            } else {
                setMessage(node, tr("Cancelled. Reload to try again."), Error(ErrorCode::Cancelled, QString()));
                finishLoad(node, State::Failed);
            }
        }
    }
}

QModelIndex RegistryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex RegistryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    return indexOf(node->parent);
}

int RegistryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int RegistryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool RegistryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    if (node == m_root.get())
        return !node->children.empty();
    if (node->kind == Kind::Registry || node->kind == Kind::Repository)
        return node->state == State::NotLoaded || node->state == State::Loading || !node->children.empty();
    return false;
}

bool RegistryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0 || !m_connections)
        return false;
    const Node *node = nodeOf(parent);
    return (node->kind == Kind::Registry || node->kind == Kind::Repository) && node->state == State::NotLoaded;
}

void RegistryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    // Marked now (canFetchMore turns false), loaded from the event loop: fetchMore may be
    // called while a view or a tester handles another insertion, and rows must not be
    // inserted inside it.
    node->state = State::Loading;
    changeActivity(+1);
    const quint64 id = node->id;
    QMetaObject::invokeMethod(this, [this, id] {
        Node *current = nodeById(id);
        if (!current || current->state != State::Loading)
            return;
        if (current->kind == Kind::Registry)
            loadRepositories(current);
        else
            loadTags(current);
    }, Qt::QueuedConnection);
}

QString RegistryTreeModel::infoText(const Node *node) const
{
    switch (node->kind) {
    case Kind::Registry:
    case Kind::Repository: {
        const bool registry = node->kind == Kind::Registry;
        switch (node->state) {
        case State::NotLoaded:
            return {};
        case State::Loading:
            return tr("Loading…");
        case State::Failed:
            return tr("Could not load");
        case State::ListingClosed:
            return node->loadedCount == 1 ? tr("1 repository added by hand")
                                          : tr("%1 repositories added by hand").arg(node->loadedCount);
        case State::Loaded:
            if (registry)
                return node->loadedCount == 1 ? tr("1 repository") : tr("%1 repositories").arg(node->loadedCount);
            return node->loadedCount == 1 ? tr("1 tag") : tr("%1 tags").arg(node->loadedCount);
        }
        return {};
    }
    case Kind::Tag:
        switch (node->state) {
        case State::NotLoaded:
            return {};
        case State::Loading:
            return tr("Loading details…");
        case State::Failed:
        case State::ListingClosed:
            return tr("Details unavailable");
        case State::Loaded:
            break;
        }
        if (node->details) {
            if (!node->details->isIndex)
                return node->details->platform;
            QStringList platforms;
            for (const PlatformManifest &platform : node->details->platforms) {
                if (!platform.isAttestation())
                    platforms.append(platform.platformString());
            }
            return platforms.join(u", "_s);
        }
        return {};
    case Kind::Message:
        return {};
    }
    return {};
}

QVariant RegistryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case InfoColumn:
            return infoText(node);
        case SizeColumn:
            if (node->kind == Kind::Tag && node->details && node->details->compressedSize >= 0)
                return DisplayFormat::size(node->details->compressedSize);
            return {};
        case CreatedColumn:
            if (node->kind == Kind::Tag && node->details && node->details->config.created().isValid())
                return DisplayFormat::relativeTime(node->details->config.created(), QDateTime::currentDateTimeUtc());
            return {};
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (node->kind == Kind::Message)
            return node->name;
        if (node->kind == Kind::Tag && node->state == State::Failed && node->error)
            return node->error->message();
        if (index.column() == CreatedColumn && node->details && node->details->config.created().isValid())
            return DisplayFormat::exactTime(node->details->config.created());
        if (node->kind == Kind::Tag || node->kind == Kind::Repository)
            return data(index, ReferenceRole);
        return {};
    case KindRole:
        return int(node->kind);
    case StateRole:
        return int(node->state);
    case RegistryRole:
        return node->registry();
    case RepositoryRole:
        return node->kind == Kind::Registry ? QVariant() : QVariant(node->repository());
    case TagRole:
        return node->kind == Kind::Tag ? QVariant(node->name) : QVariant();
    case ReferenceRole:
        switch (node->kind) {
        case Kind::Registry:
            return node->name;
        case Kind::Repository:
            return QString(node->registry() + u'/' + node->name);
        case Kind::Tag:
            return QString(node->registry() + u'/' + node->repository() + u':' + node->name);
        case Kind::Message:
            return {};
        }
        return {};
    case ErrorCodeRole:
        return node->error ? QVariant(int(node->error->code())) : QVariant();
    case ErrorRole:
        return node->error ? QVariant::fromValue(*node->error) : QVariant();
    case ManualRole:
        return node->manual;
    case DetailsRole:
        return node->details ? QVariant::fromValue(*node->details) : QVariant();
    case CountRole:
        return node->loadedCount;
    default:
        return {};
    }
}

QVariant RegistryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case InfoColumn:
        return tr("Platforms / contents");
    case SizeColumn:
        return tr("Size");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

Qt::ItemFlags RegistryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeOf(index);
    if (node->kind == Kind::Message)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == Kind::Tag || node->kind == Kind::Message)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace Wharf
