// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"
#include "engine/ContainerSummary.h"
#include "launch/AutomounterSettings.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <functional>

class QTimer;

namespace Wharf {

class Engine;
class EngineCall;
class EngineEventWatcher;
struct EngineEvent;

// Every container of every engine, running and stopped, in one flat table like `docker ps
// -a`, kept live: each followed engine is listed when it answers, again shortly after any
// container event on its /events stream (a burst of events lists once) and after every
// reconnection of that stream (events were missed meanwhile). When an engine fails, its rows
// stay as last seen, marked refreshing, and engineFailed() says why. Running containers are
// inspected once for their start time, so the uptime stays true between listings.
//
// Rows of one engine form a contiguous block, in the order engines were first seen; an
// update changes as little as possible (rows that stay keep their place), so the selection
// of a view survives. The container of the cvmfs-automounter (AutomounterSettings: its name,
// or its image's repository) is marked: AutomounterRole.
//
// QtCore only: icons and colours are the view's business, decided from the roles.
class ContainerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ImageColumn,
        StrategyColumn,
        StateColumn,
        UptimeColumn,
        MountsColumn,
        EngineColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // What sorting uses: the running time in seconds (Uptime, -1 when not running), a rank
        // for the state (running first), else the display text.
        RawValueRole = Qt::UserRole,
        ContainerIdRole,
        EngineIdRole,
        NameRole, // the first name, or the short ID
        StateRole, // the engine's word: "running", "exited", "created", ...
        RunningRole, // bool
        AutomounterRole, // bool: the cvmfs-automounter container
        StrategyRole, // the wharf.strategy label ("host", "automounter", ...); empty when Wharf did
                      // not start it
        RefreshingRole // bool: the engine has not confirmed the row (listing, or it stopped
                       // answering)
    };
    Q_ENUM(Role)

    explicit ContainerListModel(QObject *parent = nullptr);
    ~ContainerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Follows an engine from now on: its state, its event stream, its listings.
    void addEngine(Engine *engine);
    // Lists one engine again (all when engineId is empty); an engine that does not answer is
    // probed again.
    void refresh(const QString &engineId = {});
    bool isRefreshing(const QString &engineId) const;
    // The last failure of the engine's listing or event stream; None once a listing worked.
    Error lastError(const QString &engineId) const;
    // Whether the engine's containers were listed at least once.
    bool hasListed(const QString &engineId) const;

    void setAutomounterSettings(const AutomounterSettings &settings);
    const AutomounterSettings &automounterSettings() const { return m_automounter; }

    // Replaces the rows of one engine with a full listing, with the fewest changes. What the
    // followed engines' listings call; public for callers (and tests) that list themselves.
    void setEngineContainers(const QString &engineId, const QString &engineName,
        const QList<ContainerSummary> &containers);
    // When a running container started (from its inspection): its uptime.
    void setStartedAt(
        const QString &engineId, const QString &containerId, const QDateTime &startedAt);
    // Rows of a refreshing engine may be stale: the view shows them muted.
    void setEngineRefreshing(const QString &engineId, bool refreshing);
    void removeEngine(const QString &engineId);

    QStringList engineIds() const;
    // The container behind a row, or nullptr; valid until the model changes.
    const ContainerSummary *containerAt(int row) const;
    QString engineIdAt(int row) const;
    QDateTime startedAtOf(int row) const;
    bool isAutomounterAt(int row) const;
    // The row of a container, or -1.
    int rowOf(const QString &engineId, const QString &containerId) const;

    // Delay between a container event and the listing it causes (default 250 ms).
    void setRefetchDelay(int milliseconds) { m_refetchDelayMs = milliseconds; }
    // Reconnection backoff of the event streams (tests shorten it).
    void setEventBackoff(int initialMs, int maxMs);
    // "Now" for the uptime; tests set a fixed clock.
    void setClock(std::function<QDateTime()> clock);
    // The view calls this once a minute so the uptime stays true: dataChanged for the Uptime
    // column of running containers.
    void refreshRelativeTimes();

    // "45 seconds", "3 minutes", "5 hours", "12 days" (translated, English plurals without a
    // translation loaded).
    static QString uptimeText(qint64 seconds);
    // The mount points in order, "/cvmfs, /home/alice/analysis"; empty when there are none.
    static QString mountsSummary(const QList<ContainerMount> &mounts);
    // One line per mount, by mount point: "/shared-mounts/cvmfs → /cvmfs (read-only, rslave)".
    static QString mountsDescription(const QList<ContainerMount> &mounts);
    // The Strategy column's text for a wharf.strategy label value ("host" -> "Host mount");
    // an unknown value is shown as it is.
    static QString strategyText(const QString &label);

Q_SIGNALS:
    void refreshStarted(const QString &engineId);
    // A listing ended, successfully or not (then engineFailed() came first).
    void refreshFinished(const QString &engineId);
    void engineFailed(const QString &engineId, const Wharf::Error &error);

private:
    struct Row
    {
        ContainerSummary container;
        QDateTime startedAt;
        bool automounter = false;
    };
    struct Block
    {
        QString engineId;
        QString engineName;
        bool refreshing = false;
        QList<Row> rows;
    };
    struct Tracked
    {
        QPointer<Engine> engine;
        EngineEventWatcher *watcher = nullptr;
        QTimer *refetchTimer = nullptr;
        QPointer<EngineCall> listCall;
        bool listAgain = false;
        bool listed = false;
        QSet<QString> inspecting;
        Error lastError;
    };

    Block *findBlock(const QString &engineId);
    const Block *findBlock(const QString &engineId) const;
    int blockStart(const QString &engineId) const;
    // The block and index within it of a model row.
    std::pair<const Block *, int> locate(int row) const;
    Tracked *tracked(const QString &engineId);

    void onEngineStateChanged(Engine *engine);
    void startListing(const QString &engineId);
    void onListed(const QString &engineId, const Result<QList<ContainerSummary>> &result);
    void inspectRunning(const QString &engineId);
    void applyEvent(const QString &engineId, const EngineEvent &event);
    void markFailed(const QString &engineId, const Error &error);

    QVariant displayData(const Block &block, const Row &row, int column) const;
    QVariant rawData(const Block &block, const Row &row, int column) const;
    QVariant toolTipData(const Block &block, const Row &row, int column) const;
    qint64 uptimeSeconds(const Row &row) const;

    QList<Block> m_blocks;
    QHash<QString, Tracked> m_tracked;
    AutomounterSettings m_automounter;
    std::function<QDateTime()> m_clock;
    int m_refetchDelayMs = 250;
    int m_backoffInitialMs = 1000;
    int m_backoffMaxMs = 30000;
};

} // namespace Wharf
