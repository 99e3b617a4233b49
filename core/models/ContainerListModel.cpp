// SPDX-License-Identifier: Apache-2.0
#include "ContainerListModel.h"

#include "base/DisplayFormat.h"
#include "base/LogCategories.h"
#include "engine/Engine.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"
#include "engine/EngineEventWatcher.h"
#include "launch/LaunchRequest.h"
#include "launch/LaunchStrategy.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

const char *const Context = "Wharf::ContainerListModel";

// As DisplayFormat: English needs "1 minute" and "5 minutes" without a translation loaded.
QString plural(qint64 n, const char *singular, const char *pluralText)
{
    const int count = int(std::min<qint64>(n, std::numeric_limits<int>::max()));
    return QCoreApplication::translate(Context, count == 1 ? singular : pluralText, nullptr, count);
}

// Running first, then what may run again soon, then what has ended.
int stateRank(const QString &state)
{
    static const QStringList order { u"running"_s, u"restarting"_s, u"paused"_s, u"created"_s,
        u"exited"_s, u"removing"_s, u"dead"_s };
    const qsizetype rank = order.indexOf(state);
    return rank < 0 ? int(order.size()) : int(rank);
}

// Container events that say nothing about the list: an exec, a terminal resize, a health
// probe, a copy. Anything else (create, start, die, stop, kill, destroy, pause, rename,
// Podman's died, cleanup, remove, ...) may change a row.
bool changesTheList(const QString &actionText)
{
    const QString verb = actionText.section(u':', 0, 0).trimmed();
    static const QStringList quiet { u"attach"_s, u"detach"_s, u"resize"_s, u"top"_s,
        u"health_status"_s, u"archive-path"_s, u"extract-to-dir"_s, u"copy"_s, u"export"_s,
        u"commit"_s };
    return !verb.startsWith(u"exec"_s) && !quiet.contains(verb);
}

} // namespace

ContainerListModel::ContainerListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

ContainerListModel::~ContainerListModel()
{
    // The watchers and calls are children: they end with us, silently.
    for (Tracked &t : m_tracked) {
        if (t.watcher)
            t.watcher->stop();
    }
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    int count = 0;
    for (const Block &block : m_blocks)
        count += int(block.rows.size());
    return count;
}

int ContainerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ContainerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ImageColumn: return tr("Image");
    case StrategyColumn: return tr("Strategy");
    case StateColumn: return tr("State");
    case UptimeColumn: return tr("Uptime");
    case MountsColumn: return tr("Mounts");
    case EngineColumn: return tr("Engine");
    default: return {};
    }
}

std::pair<const ContainerListModel::Block *, int> ContainerListModel::locate(int row) const
{
    if (row < 0)
        return { nullptr, -1 };
    for (const Block &block : m_blocks) {
        if (row < block.rows.size())
            return { &block, row };
        row -= int(block.rows.size());
    }
    return { nullptr, -1 };
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.column() >= ColumnCount)
        return {};
    const auto [block, at] = locate(index.row());
    if (!block)
        return {};
    const Row &row = block->rows.at(at);
    switch (role) {
    case Qt::DisplayRole: return displayData(*block, row, index.column());
    case Qt::ToolTipRole: return toolTipData(*block, row, index.column());
    case RawValueRole: return rawData(*block, row, index.column());
    case ContainerIdRole: return row.container.id;
    case EngineIdRole: return block->engineId;
    case NameRole: return row.container.name();
    case StateRole: return row.container.state;
    case RunningRole: return row.container.isRunning();
    case AutomounterRole: return row.automounter;
    case StrategyRole: return row.container.labels.value(LaunchRequest::strategyLabel());
    case RefreshingRole: return block->refreshing;
    default: return {};
    }
}

qint64 ContainerListModel::uptimeSeconds(const Row &row) const
{
    if (!row.container.isRunning() || !row.startedAt.isValid())
        return -1;
    return std::max<qint64>(0, row.startedAt.secsTo(m_clock()));
}

QVariant ContainerListModel::displayData(const Block &block, const Row &row, int column) const
{
    const ContainerSummary &c = row.container;
    switch (column) {
    case NameColumn: return c.name();
    case ImageColumn:
        // A container whose image lost its tag shows the ID, like docker ps.
        return c.image.startsWith(u"sha256:"_s) ? DisplayFormat::shortImageId(c.image) : c.image;
    case StrategyColumn: {
        // The automounter is no analysis container: what it is matters more than how it started.
        if (row.automounter)
            return tr("cvmfs-automounter");
        return strategyText(c.labels.value(LaunchRequest::strategyLabel()));
    }
    case StateColumn: {
        if (c.state.isEmpty())
            return c.status;
        QString text = c.state.at(0).toUpper() + c.state.mid(1);
        // "Exited (137) 5 minutes ago": the exit code says how it ended.
        if (c.state == u"exited"_s && c.status.startsWith(u"Exited ("_s)) {
            const qsizetype close = c.status.indexOf(u')');
            if (close > 0 && close < 20)
                text += c.status.mid(6, close - 5);
        }
        return text;
    }
    case UptimeColumn: {
        if (!c.isRunning())
            return QString();
        const qint64 seconds = uptimeSeconds(row);
        // Not inspected (yet): the engine's own words, "Up 3 minutes".
        if (seconds < 0)
            return c.status.startsWith(u"Up "_s) ? c.status.mid(3) : c.status;
        return uptimeText(seconds);
    }
    case MountsColumn: return mountsSummary(c.mounts);
    case EngineColumn: return block.engineName;
    default: return {};
    }
}

QVariant ContainerListModel::rawData(const Block &block, const Row &row, int column) const
{
    switch (column) {
    case StateColumn: return stateRank(row.container.state);
    case UptimeColumn: return uptimeSeconds(row);
    default: return displayData(block, row, column);
    }
}

QVariant ContainerListModel::toolTipData(const Block &block, const Row &row, int column) const
{
    const ContainerSummary &c = row.container;
    switch (column) {
    case NameColumn:
        if (row.automounter) {
            return tr(
                "The cvmfs-automounter: it provides /cvmfs to every container started with the "
                "automounter strategy. Removing it takes /cvmfs away from all of them.");
        }
        return c.id;
    case ImageColumn: return c.imageId.isEmpty() ? c.image : c.image + u'\n' + c.imageId;
    case StrategyColumn: {
        if (row.automounter)
            return tr("Provides /cvmfs to the containers started with the automounter strategy");
        const QString label = c.labels.value(LaunchRequest::strategyLabel());
        if (const auto strategy = launchStrategyFromName(label))
            return launchStrategyDisplayName(*strategy);
        return label.isEmpty() ? tr("Not started by Wharf") : QVariant();
    }
    case StateColumn: return c.status;
    case UptimeColumn:
        return row.startedAt.isValid() ? DisplayFormat::exactTime(row.startedAt) : c.status;
    case MountsColumn: return mountsDescription(c.mounts);
    case EngineColumn: return block.engineId;
    default: return {};
    }
}

QString ContainerListModel::uptimeText(qint64 seconds)
{
    if (seconds < 60)
        return plural(seconds, "%n second", "%n seconds");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return plural(minutes, "%n minute", "%n minutes");
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return plural(hours, "%n hour", "%n hours");
    return plural(hours / 24, "%n day", "%n days");
}

namespace {

// Engines list mounts in no fixed order: by mount point, so a row reads the same each time.
QList<ContainerMount> sortedMounts(QList<ContainerMount> mounts)
{
    std::stable_sort(
        mounts.begin(), mounts.end(), [](const ContainerMount &a, const ContainerMount &b) {
            return a.destination < b.destination;
        });
    return mounts;
}

} // namespace

QString ContainerListModel::mountsSummary(const QList<ContainerMount> &mounts)
{
    QStringList destinations;
    for (const ContainerMount &mount : sortedMounts(mounts))
        destinations.append(mount.destination);
    return destinations.join(u", "_s);
}

QString ContainerListModel::mountsDescription(const QList<ContainerMount> &mounts)
{
    QStringList lines;
    for (const ContainerMount &mount : sortedMounts(mounts)) {
        QStringList options;
        if (mount.type == u"volume"_s)
            options.append(tr("volume"));
        else if (mount.type == u"tmpfs"_s)
            options.append(tr("tmpfs"));
        options.append(mount.readWrite ? tr("read-write") : tr("read-only"));
        // rprivate is every bind's default: only a propagation someone chose says something.
        if (!mount.propagation.isEmpty() && mount.propagation != u"rprivate"_s
            && mount.propagation != u"private"_s)
            options.append(mount.propagation);
        const QString source
            = mount.type == u"volume"_s && !mount.name.isEmpty() ? mount.name : mount.source;
        lines.append(QCoreApplication::translate(Context, "%1 → %2 (%3)")
                         .arg(source.isEmpty() ? tr("(none)") : source, mount.destination,
                             options.join(u", "_s)));
    }
    return lines.join(u'\n');
}

QString ContainerListModel::strategyText(const QString &label)
{
    const auto strategy = launchStrategyFromName(label);
    if (!strategy)
        return label;
    switch (*strategy) {
    case LaunchStrategy::HostMount: return tr("Host mount");
    case LaunchStrategy::Automounter: return tr("Automounter");
    case LaunchStrategy::Fuse: return tr("FUSE");
    case LaunchStrategy::Apptainer: return tr("Apptainer");
    case LaunchStrategy::Cmssw: return tr("CMS wrapper");
    }
    return label;
}

// Rows -----------------------------------------------------------------------------------

ContainerListModel::Block *ContainerListModel::findBlock(const QString &engineId)
{
    for (Block &block : m_blocks) {
        if (block.engineId == engineId)
            return &block;
    }
    return nullptr;
}

const ContainerListModel::Block *ContainerListModel::findBlock(const QString &engineId) const
{
    for (const Block &block : m_blocks) {
        if (block.engineId == engineId)
            return &block;
    }
    return nullptr;
}

int ContainerListModel::blockStart(const QString &engineId) const
{
    int start = 0;
    for (const Block &block : m_blocks) {
        if (block.engineId == engineId)
            return start;
        start += int(block.rows.size());
    }
    return -1;
}

void ContainerListModel::setEngineContainers(
    const QString &engineId, const QString &engineName, const QList<ContainerSummary> &containers)
{
    if (!findBlock(engineId))
        m_blocks.append(Block { engineId, engineName, false, {} });
    Block *block = findBlock(engineId);
    const int start = blockStart(engineId);
    if (block->engineName != engineName) {
        block->engineName = engineName;
        if (!block->rows.isEmpty())
            Q_EMIT dataChanged(index(start, EngineColumn),
                index(start + int(block->rows.size()) - 1, EngineColumn));
    }

    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < containers.size(); ++i)
        incoming.insert(containers.at(i).id, i);

    // Rows that went: removed in contiguous runs, from the end so indexes stay right.
    for (int i = int(block->rows.size()) - 1; i >= 0;) {
        if (incoming.contains(block->rows.at(i).container.id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !incoming.contains(block->rows.at(first - 1).container.id))
            --first;
        beginRemoveRows({}, start + first, start + i);
        block->rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // Rows that stay: changed in place.
    QSet<QString> present;
    for (int i = 0; i < block->rows.size(); ++i) {
        Row &row = block->rows[i];
        present.insert(row.container.id);
        const ContainerSummary &now = containers.at(incoming.value(row.container.id));
        const bool automounter = m_automounter.isAutomounter(now);
        if (row.container == now && row.automounter == automounter)
            continue;
        // A container that stopped has no uptime; when it starts again it is inspected anew.
        if (!now.isRunning())
            row.startedAt = {};
        row.container = now;
        row.automounter = automounter;
        Q_EMIT dataChanged(index(start + i, 0), index(start + i, ColumnCount - 1));
    }

    // New rows: at the end of the block, in the engine's order.
    QList<Row> added;
    for (const ContainerSummary &container : containers) {
        if (present.contains(container.id))
            continue;
        present.insert(container.id); // a duplicate id in a hostile listing becomes one row
        added.append(Row { container, {}, m_automounter.isAutomounter(container) });
    }
    if (!added.isEmpty()) {
        const int first = start + int(block->rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        block->rows.append(added);
        endInsertRows();
    }
}

void ContainerListModel::setStartedAt(
    const QString &engineId, const QString &containerId, const QDateTime &startedAt)
{
    Block *block = findBlock(engineId);
    if (!block)
        return;
    const int start = blockStart(engineId);
    for (int i = 0; i < block->rows.size(); ++i) {
        Row &row = block->rows[i];
        if (row.container.id != containerId)
            continue;
        if (row.startedAt == startedAt)
            return;
        row.startedAt = startedAt;
        Q_EMIT dataChanged(index(start + i, UptimeColumn), index(start + i, UptimeColumn));
        return;
    }
}

void ContainerListModel::setEngineRefreshing(const QString &engineId, bool refreshing)
{
    Block *block = findBlock(engineId);
    if (!block || block->refreshing == refreshing)
        return;
    block->refreshing = refreshing;
    if (block->rows.isEmpty())
        return;
    const int start = blockStart(engineId);
    Q_EMIT dataChanged(index(start, 0), index(start + int(block->rows.size()) - 1, ColumnCount - 1),
        { RefreshingRole });
}

void ContainerListModel::removeEngine(const QString &engineId)
{
    const int start = blockStart(engineId);
    if (start < 0)
        return;
    Block *block = findBlock(engineId);
    if (!block->rows.isEmpty()) {
        beginRemoveRows({}, start, start + int(block->rows.size()) - 1);
        block->rows.clear();
        endRemoveRows();
    }
    m_blocks.removeIf([&engineId](const Block &b) { return b.engineId == engineId; });
}

void ContainerListModel::setAutomounterSettings(const AutomounterSettings &settings)
{
    if (m_automounter == settings)
        return;
    m_automounter = settings;
    int start = 0;
    for (Block &block : m_blocks) {
        for (int i = 0; i < block.rows.size(); ++i) {
            Row &row = block.rows[i];
            const bool automounter = m_automounter.isAutomounter(row.container);
            if (row.automounter != automounter) {
                row.automounter = automounter;
                Q_EMIT dataChanged(index(start + i, 0), index(start + i, ColumnCount - 1));
            }
        }
        start += int(block.rows.size());
    }
}

QStringList ContainerListModel::engineIds() const
{
    QStringList ids;
    for (const Block &block : m_blocks)
        ids.append(block.engineId);
    return ids;
}

const ContainerSummary *ContainerListModel::containerAt(int row) const
{
    const auto [block, at] = locate(row);
    return block ? &block->rows.at(at).container : nullptr;
}

QString ContainerListModel::engineIdAt(int row) const
{
    const auto [block, at] = locate(row);
    return block ? block->engineId : QString();
}

QDateTime ContainerListModel::startedAtOf(int row) const
{
    const auto [block, at] = locate(row);
    return block ? block->rows.at(at).startedAt : QDateTime();
}

bool ContainerListModel::isAutomounterAt(int row) const
{
    const auto [block, at] = locate(row);
    return block && block->rows.at(at).automounter;
}

int ContainerListModel::rowOf(const QString &engineId, const QString &containerId) const
{
    const Block *block = findBlock(engineId);
    if (!block)
        return -1;
    for (int i = 0; i < block->rows.size(); ++i) {
        if (block->rows.at(i).container.id == containerId)
            return blockStart(engineId) + i;
    }
    return -1;
}

void ContainerListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void ContainerListModel::refreshRelativeTimes()
{
    int start = 0;
    for (const Block &block : m_blocks) {
        for (int i = 0; i < block.rows.size(); ++i) {
            if (block.rows.at(i).container.isRunning())
                Q_EMIT dataChanged(index(start + i, UptimeColumn), index(start + i, UptimeColumn));
        }
        start += int(block.rows.size());
    }
}

void ContainerListModel::setEventBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = initialMs;
    m_backoffMaxMs = maxMs;
}

// Engines --------------------------------------------------------------------------------

ContainerListModel::Tracked *ContainerListModel::tracked(const QString &engineId)
{
    auto it = m_tracked.find(engineId);
    return it == m_tracked.end() ? nullptr : &it.value();
}

void ContainerListModel::addEngine(Engine *engine)
{
    const QString id = engine->id();
    if (m_tracked.contains(id))
        return;
    Tracked &t = m_tracked[id];
    t.engine = engine;
    t.watcher = new EngineEventWatcher(engine->client(), this);
    t.watcher->setBackoff(m_backoffInitialMs, m_backoffMaxMs);
    t.refetchTimer = new QTimer(this);
    t.refetchTimer->setSingleShot(true);
    connect(t.refetchTimer, &QTimer::timeout, this, [this, id] { startListing(id); });
    // Every (re)connection may have missed events: list again.
    connect(t.watcher, &EngineEventWatcher::connected, this, [this, id] { startListing(id); });
    connect(t.watcher, &EngineEventWatcher::eventReceived, this,
        [this, id](const EngineEvent &event) { applyEvent(id, event); });
    connect(t.watcher, &EngineEventWatcher::disconnected, this,
        [this, id](const Error &error) { markFailed(id, error); });
    connect(engine, &Engine::stateChanged, this, [this, engine] { onEngineStateChanged(engine); });
    connect(engine, &QObject::destroyed, this, [this, id] {
        Tracked *tr = tracked(id);
        if (!tr)
            return;
        delete tr->watcher;
        delete tr->refetchTimer;
        m_tracked.remove(id);
        removeEngine(id);
    });
    onEngineStateChanged(engine);
}

void ContainerListModel::onEngineStateChanged(Engine *engine)
{
    Tracked *t = tracked(engine->id());
    if (!t)
        return;
    switch (engine->state()) {
    case Engine::State::Probing: break;
    case Engine::State::Ready:
        // The watcher lists once its stream is open; one that is waiting to retry is nudged.
        if (!t->watcher->isConnected()) {
            t->watcher->stop();
            t->watcher->start();
        }
        break;
    case Engine::State::Unreachable:
        setEngineRefreshing(engine->id(), true);
        t->lastError = engine->lastError();
        // Keep listening: the watcher's backoff notices when the engine is back.
        t->watcher->start();
        break;
    }
}

void ContainerListModel::refresh(const QString &engineId)
{
    const QStringList ids = m_tracked.keys();
    for (const QString &id : ids) {
        if (!engineId.isEmpty() && id != engineId)
            continue;
        Tracked *t = tracked(id);
        if (!t->engine)
            continue;
        if (t->engine->state() == Engine::State::Ready)
            startListing(id);
        else
            t->engine->probe();
    }
}

bool ContainerListModel::isRefreshing(const QString &engineId) const
{
    auto it = m_tracked.constFind(engineId);
    return it != m_tracked.cend() && it->listCall;
}

Error ContainerListModel::lastError(const QString &engineId) const
{
    auto it = m_tracked.constFind(engineId);
    return it == m_tracked.cend() ? Error() : it->lastError;
}

bool ContainerListModel::hasListed(const QString &engineId) const
{
    auto it = m_tracked.constFind(engineId);
    return it != m_tracked.cend() && it->listed;
}

void ContainerListModel::startListing(const QString &engineId)
{
    Tracked *t = tracked(engineId);
    if (!t || !t->engine)
        return;
    if (t->listCall) {
        // One listing at a time: a storm of events lists once more after the current one.
        t->listAgain = true;
        return;
    }
    t->listAgain = false;
    t->refetchTimer->stop();
    if (!findBlock(engineId))
        m_blocks.append(Block { engineId, t->engine->displayName(), true, {} });
    Q_EMIT refreshStarted(engineId);
    t->listCall = t->engine->client()->listContainers(
        this, [this, engineId](const Result<QList<ContainerSummary>> &result) {
            onListed(engineId, result);
        });
}

void ContainerListModel::onListed(
    const QString &engineId, const Result<QList<ContainerSummary>> &result)
{
    Tracked *t = tracked(engineId);
    if (!t || !t->engine)
        return;
    if (!result) {
        if (result.error().code() == ErrorCode::Cancelled)
            return;
        qCWarning(lcModels) << t->engine->displayName()
                            << "cannot list containers:" << result.error().toString();
        markFailed(engineId, result.error());
    } else {
        t->lastError = {};
        t->listed = true;
        setEngineContainers(engineId, t->engine->displayName(), *result);
        setEngineRefreshing(engineId, false);
        inspectRunning(engineId);
    }
    Q_EMIT refreshFinished(engineId);
    if (t->listAgain)
        QTimer::singleShot(0, this, [this, engineId] { startListing(engineId); });
}

void ContainerListModel::inspectRunning(const QString &engineId)
{
    Tracked *t = tracked(engineId);
    const Block *block = findBlock(engineId);
    if (!t || !t->engine || !block)
        return;
    for (const Row &row : block->rows) {
        const QString id = row.container.id;
        if (!row.container.isRunning() || row.startedAt.isValid() || t->inspecting.contains(id))
            continue;
        t->inspecting.insert(id);
        t->engine->client()->inspectContainer(
            id, this, [this, engineId, id](const Result<ContainerDetails> &details) {
                Tracked *tr = tracked(engineId);
                if (!tr)
                    return;
                tr->inspecting.remove(id);
                if (!details) {
                    // Gone meanwhile, or the engine went away: the uptime stays the engine's words.
                    qCDebug(lcModels)
                        << "cannot inspect container" << id << details.error().toString();
                    return;
                }
                if (details->running && details->startedAt.isValid())
                    setStartedAt(engineId, id, details->startedAt);
            });
    }
}

void ContainerListModel::applyEvent(const QString &engineId, const EngineEvent &event)
{
    if (event.type != u"container"_s || !changesTheList(event.actionText))
        return;
    Tracked *t = tracked(engineId);
    if (!t)
        return;
    // A restart keeps the row running but changes when it started.
    if (event.action == EngineEvent::Action::Start) {
        const int row = rowOf(engineId, event.id);
        if (row >= 0)
            setStartedAt(engineId, event.id, {});
    }
    if (!t->refetchTimer->isActive())
        t->refetchTimer->start(m_refetchDelayMs);
}

void ContainerListModel::markFailed(const QString &engineId, const Error &error)
{
    Tracked *t = tracked(engineId);
    if (!t)
        return;
    t->lastError = error;
    setEngineRefreshing(engineId, true);
    Q_EMIT engineFailed(engineId, error);
}

} // namespace Wharf
