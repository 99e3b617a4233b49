// SPDX-License-Identifier: Apache-2.0
#include "ImageInventory.h"

#include "ImageListCache.h"
#include "ImageListModel.h"
#include "base/LogCategories.h"
#include "engine/Engine.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"
#include "engine/EngineEventWatcher.h"

#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Events name images by full id with or without the "sha256:" prefix (Podman omits it).
QString normalisedImageId(const QString &id)
{
    static const QRegularExpression bareDigest(u"^[0-9a-f]{64}$"_s);
    if (bareDigest.match(id).hasMatch())
        return u"sha256:"_s + id;
    return id;
}

constexpr int ContainerRecountDelayMs = 300;

} // namespace

ImageInventory::ImageInventory(ImageListModel *model, ImageListCache *cache, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_cache(cache)
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(2000);
    connect(m_saveTimer, &QTimer::timeout, this, &ImageInventory::saveCache);
}

ImageInventory::~ImageInventory()
{
    if (m_saveTimer->isActive())
        saveCache();
}

void ImageInventory::setCacheSaveDelay(int milliseconds)
{
    m_saveTimer->setInterval(milliseconds);
}

void ImageInventory::setEventBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = initialMs;
    m_backoffMaxMs = maxMs;
}

ImageSummary ImageInventory::summaryFromDetails(const ImageDetails &details)
{
    ImageSummary summary;
    summary.id = details.id;
    summary.repoTags = details.repoTags;
    summary.repoDigests = details.repoDigests;
    summary.created = details.created;
    summary.size = details.size;
    summary.labels = details.labels;
    return summary;
}

ImageInventory::Tracked *ImageInventory::tracked(const QString &engineId)
{
    auto it = m_engines.find(engineId);
    return it == m_engines.end() ? nullptr : &it.value();
}

void ImageInventory::loadCache()
{
    if (!m_cache)
        return;
    const QList<CachedEngineImages> cached = m_cache->loadAll();
    for (const CachedEngineImages &entry : cached) {
        m_model->setEngineImages(entry.engineId, entry.engineName, entry.images);
        m_model->setEngineRefreshing(entry.engineId, true);
        m_cachedAt.insert(entry.engineId, entry.takenAt);
        qCInfo(lcCache) << "showing" << entry.images.size() << "cached images of" << entry.engineName << "from"
                        << entry.takenAt.toString(Qt::ISODate);
    }
}

void ImageInventory::forgetEnginesOtherThan(const QSet<QString> &engineIds)
{
    const QStringList shown = m_model->engineIds();
    for (const QString &id : shown) {
        if (!engineIds.contains(id) && !m_engines.contains(id)) {
            m_model->removeEngine(id);
            m_cachedAt.remove(id);
        }
    }
}

void ImageInventory::addEngine(Engine *engine)
{
    const QString id = engine->id();
    if (m_engines.contains(id))
        return;
    Tracked &t = m_engines[id];
    t.engine = engine;
    t.listedAt = m_cachedAt.value(id);
    t.watcher = new EngineEventWatcher(engine->client(), this);
    t.watcher->setBackoff(m_backoffInitialMs, m_backoffMaxMs);
    t.containersTimer = new QTimer(this);
    t.containersTimer->setSingleShot(true);
    t.containersTimer->setInterval(ContainerRecountDelayMs);
    connect(t.containersTimer, &QTimer::timeout, this, [this, id] {
        if (Tracked *tr = tracked(id))
            listContainers(*tr);
    });
    // Every (re)connection of the event stream means events may have been missed: list again.
    connect(t.watcher, &EngineEventWatcher::connected, this, [this, id] {
        Tracked *tr = tracked(id);
        if (!tr || !tr->engine)
            return;
        if (tr->engine->state() == Engine::State::Unreachable)
            tr->engine->probe(); // it came back: read its version again
        startListing(*tr);
    });
    connect(t.watcher, &EngineEventWatcher::eventReceived, this,
            [this, id](const EngineEvent &event) { applyEvent(id, event); });
    connect(t.watcher, &EngineEventWatcher::disconnected, this, [this, id](const Error &error) {
        Tracked *tr = tracked(id);
        if (!tr || !tr->engine)
            return;
        qCInfo(lcModels) << tr->engine->displayName() << "stopped answering:" << error.toString();
        m_model->setEngineRefreshing(id, true);
        tr->engine->markUnreachable(error);
        tr->lastError = error;
        Q_EMIT engineFailed(id, error);
    });
    connect(engine, &Engine::stateChanged, this, [this, engine] { onEngineStateChanged(engine); });
    connect(engine, &QObject::destroyed, this, [this, id] {
        Tracked *tr = tracked(id);
        if (!tr)
            return;
        delete tr->watcher;
        delete tr->containersTimer;
        m_engines.remove(id);
    });
    onEngineStateChanged(engine);
}

void ImageInventory::onEngineStateChanged(Engine *engine)
{
    Tracked *t = tracked(engine->id());
    if (!t)
        return;
    switch (engine->state()) {
    case Engine::State::Probing:
        break;
    case Engine::State::Ready:
        // The watcher lists as soon as the stream is open; a watcher already retrying is
        // nudged so a recovered engine is picked up without waiting for the backoff.
        if (!t->watcher->isConnected()) {
            t->watcher->stop();
            t->watcher->start();
        }
        break;
    case Engine::State::Unreachable:
        m_model->setEngineRefreshing(engine->id(), true);
        t->lastError = engine->lastError();
        // Keep listening: the watcher's backoff notices when the engine comes back.
        t->watcher->start();
        break;
    }
}

void ImageInventory::refresh(const QString &engineId)
{
    for (auto it = m_engines.begin(); it != m_engines.end(); ++it) {
        if (!engineId.isEmpty() && it.key() != engineId)
            continue;
        Tracked &t = it.value();
        if (!t.engine)
            continue;
        if (t.engine->state() == Engine::State::Ready)
            startListing(t);
        else
            t.engine->probe();
    }
}

void ImageInventory::recheckImage(const QString &engineId, const QString &nameOrId)
{
    inspectAndApply(engineId, nameOrId, normalisedImageId(nameOrId));
}

bool ImageInventory::isRefreshing(const QString &engineId) const
{
    auto it = m_engines.constFind(engineId);
    return it != m_engines.cend() && it->listCall;
}

QDateTime ImageInventory::refreshStartedAt(const QString &engineId) const
{
    auto it = m_engines.constFind(engineId);
    if (it == m_engines.cend() || !it->listCall)
        return {};
    return it->refreshStartedAt;
}

QDateTime ImageInventory::listedAt(const QString &engineId) const
{
    auto it = m_engines.constFind(engineId);
    if (it == m_engines.cend())
        return m_cachedAt.value(engineId);
    return it->listedAt;
}

const Error &ImageInventory::lastError(const QString &engineId) const
{
    static const Error none;
    auto it = m_engines.constFind(engineId);
    return it == m_engines.cend() ? none : it->lastError;
}

void ImageInventory::startListing(Tracked &t)
{
    if (!t.engine)
        return;
    if (t.listCall)
        t.listCall->cancel();
    Engine *engine = t.engine;
    const QString id = engine->id();
    t.refreshStartedAt = QDateTime::currentDateTimeUtc();
    m_model->setEngineRefreshing(id, true);
    Q_EMIT refreshStarted(id);
    t.listCall = engine->client()->listImages(this, [this, id](const Result<QList<ImageSummary>> &images) {
        Tracked *tr = tracked(id);
        if (!tr || !tr->engine)
            return;
        if (!images) {
            if (images.error().code() == ErrorCode::Cancelled)
                return;
            tr->lastError = images.error();
            qCWarning(lcModels) << tr->engine->displayName() << "cannot list images:" << images.error().toString();
            Q_EMIT engineFailed(id, images.error());
            Q_EMIT refreshFinished(id);
            return;
        }
        tr->lastError = {};
        tr->listedAt = QDateTime::currentDateTimeUtc();
        qCInfo(lcModels) << tr->engine->displayName() << "listed" << images->size() << "images in"
                         << tr->refreshStartedAt.msecsTo(tr->listedAt) << "ms";
        m_model->setEngineImages(id, tr->engine->displayName(), *images);
        m_model->setEngineRefreshing(id, false);
        scheduleCacheSave();
        Q_EMIT refreshFinished(id);
    });
    listContainers(t);
}

void ImageInventory::listContainers(Tracked &t)
{
    if (!t.engine)
        return;
    if (t.containersCall)
        t.containersCall->cancel();
    const QString id = t.engine->id();
    t.containersCall = t.engine->client()->listContainers(this, [this, id](const Result<QList<ContainerSummary>> &list) {
        if (!list)
            return; // "in use" stays as it was; the image list reports engine failures
        QHash<QString, int> counts;
        for (const ContainerSummary &c : *list)
            ++counts[c.imageId];
        m_model->setImagesInUse(id, counts);
    });
}

void ImageInventory::applyEvent(const QString &engineId, const EngineEvent &event)
{
    if (event.type == u"container"_s) {
        switch (event.action) {
        case EngineEvent::Action::Create:
        case EngineEvent::Action::Destroy:
            if (Tracked *t = tracked(engineId))
                t->containersTimer->start();
            break;
        default:
            break;
        }
        return;
    }
    if (event.type != u"image"_s || event.id.isEmpty())
        return;
    switch (event.action) {
    case EngineEvent::Action::Delete:
        m_model->removeImage(engineId, normalisedImageId(event.id));
        scheduleCacheSave();
        Q_EMIT eventApplied(engineId);
        break;
    case EngineEvent::Action::Pull:
    case EngineEvent::Action::Tag:
    case EngineEvent::Action::Untag:
    case EngineEvent::Action::Import:
    case EngineEvent::Action::Load:
        inspectAndApply(engineId, event.id, normalisedImageId(event.id));
        break;
    case EngineEvent::Action::Other:
    case EngineEvent::Action::Create:
    case EngineEvent::Action::Destroy:
    case EngineEvent::Action::Start:
    case EngineEvent::Action::Die:
        break;
    }
}

void ImageInventory::inspectAndApply(const QString &engineId, const QString &nameOrId, const QString &knownId)
{
    Tracked *t = tracked(engineId);
    if (!t || !t->engine || t->inspecting.contains(nameOrId))
        return;
    t->inspecting.insert(nameOrId);
    t->engine->client()->inspectImage(nameOrId, this, [this, engineId, nameOrId, knownId](const Result<ImageDetails> &details) {
        Tracked *tr = tracked(engineId);
        if (!tr)
            return;
        tr->inspecting.remove(nameOrId);
        if (details) {
            m_model->upsertImage(engineId, summaryFromDetails(*details));
        } else if (details.error().code() == ErrorCode::NotFound) {
            // Untagged and then deleted before we asked: the image is gone.
            if (knownId.startsWith(u"sha256:"_s))
                m_model->removeImage(engineId, knownId);
        } else {
            qCWarning(lcModels) << "cannot inspect" << nameOrId << details.error().toString();
            return;
        }
        scheduleCacheSave();
        Q_EMIT eventApplied(engineId);
    });
}

void ImageInventory::scheduleCacheSave()
{
    if (m_cache)
        m_saveTimer->start();
}

void ImageInventory::saveCache()
{
    if (!m_cache)
        return;
    for (auto it = m_engines.cbegin(); it != m_engines.cend(); ++it) {
        const Tracked &t = it.value();
        if (!t.engine || !t.listedAt.isValid())
            continue;
        const Result<void> saved = m_cache->save(it.key(), t.engine->displayName(), t.engine->candidate().endpoint.toUrl(),
                                                 m_model->imagesForEngine(it.key()), t.listedAt);
        if (!saved)
            qCWarning(lcCache) << saved.error().toString();
    }
}

} // namespace Wharf
