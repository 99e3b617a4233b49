// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace Wharf {

class Engine;
class EngineCall;
class EngineEventWatcher;
class ImageListCache;
class ImageListModel;
struct EngineEvent;
struct ImageDetails;
struct ImageSummary;

// Keeps an ImageListModel in step with every engine: the cached lists at once (marked as
// refreshing), a full listing when an engine answers, then its /events stream applied row by
// row (an image event re-inspects that one image; a container event re-counts "in use"). When
// the stream breaks it reconnects with backoff and lists again, since events were missed.
// One engine failing never disturbs the rows of the others.
class ImageInventory : public QObject
{
    Q_OBJECT

public:
    ImageInventory(ImageListModel *model, ImageListCache *cache, QObject *parent = nullptr);
    ~ImageInventory() override;

    // Puts the last known lists in the model at once; every such engine is marked refreshing.
    void loadCache();
    // Follows an engine from now on (its state changes, its events).
    void addEngine(Engine *engine);
    // Drops cached rows of engines that discovery no longer finds.
    void forgetEnginesOtherThan(const QSet<QString> &engineIds);
    // Lists one engine again (all engines when engineId is empty).
    void refresh(const QString &engineId = {});

    // Asks the engine for one image again and updates its rows (after Wharf itself tagged,
    // removed or pulled it: the event stream says the same, but may be down).
    void recheckImage(const QString &engineId, const QString &nameOrId);

    bool isRefreshing(const QString &engineId) const;
    // When the listing in flight started (invalid when none is): "Podman is still listing, 4 s".
    QDateTime refreshStartedAt(const QString &engineId) const;
    // When the rows of the engine were last confirmed by the engine (or the cache's time).
    QDateTime listedAt(const QString &engineId) const;
    const Error &lastError(const QString &engineId) const;

    // Delay before a cache save after an event changed the rows (a burst of events saves once).
    void setCacheSaveDelay(int milliseconds);
    // Reconnection backoff of the event streams (tests shorten it).
    void setEventBackoff(int initialMs, int maxMs);

    static ImageSummary summaryFromDetails(const ImageDetails &details);

Q_SIGNALS:
    void refreshStarted(const QString &engineId);
    void refreshFinished(const QString &engineId);
    void engineFailed(const QString &engineId, const Wharf::Error &error);
    // An event was applied to the model (tests wait on it).
    void eventApplied(const QString &engineId);

private:
    struct Tracked
    {
        QPointer<Engine> engine;
        EngineEventWatcher *watcher = nullptr;
        QPointer<EngineCall> listCall;
        QPointer<EngineCall> containersCall;
        QSet<QString> inspecting;
        QTimer *containersTimer = nullptr;
        QDateTime refreshStartedAt;
        QDateTime listedAt;
        Error lastError;
    };

    void onEngineStateChanged(Engine *engine);
    void startListing(Tracked &tracked);
    void listContainers(Tracked &tracked);
    void applyEvent(const QString &engineId, const EngineEvent &event);
    void inspectAndApply(const QString &engineId, const QString &nameOrId, const QString &knownId);
    void scheduleCacheSave();
    void saveCache();
    Tracked *tracked(const QString &engineId);

    ImageListModel *m_model;
    ImageListCache *m_cache;
    QHash<QString, Tracked> m_engines;
    QHash<QString, QDateTime> m_cachedAt;
    QTimer *m_saveTimer;
    int m_backoffInitialMs = 1000;
    int m_backoffMaxMs = 30000;
};

} // namespace Wharf
