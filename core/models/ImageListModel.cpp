// SPDX-License-Identifier: Apache-2.0
#include "ImageListModel.h"

#include "base/DisplayFormat.h"

#include <QSet>
#include <algorithm>
#include <iterator>
#include <numeric>
#include <utility>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

const QString &noneText()
{
    static const QString none = u"<none>"_s;
    return none;
}

// Podman's events and some of its endpoints give bare hex ids, Docker "sha256:<hex>": one
// key for both, so an event finds the row the listing made.
QString normalizedId(const QString &id)
{
    if (id.isEmpty() || id.contains(u':'))
        return id;
    return u"sha256:"_s + id;
}

// Splits "repo:tag" at the colon after the last slash ("host:5000/a/b:1.0" -> "host:5000/a/b",
// "1.0"). Without such a colon the whole string is the repository.
std::pair<QString, QString> splitTaggedReference(const QString &reference)
{
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon <= 0 || colon < reference.lastIndexOf(u'/'))
        return { reference, QString() };
    return { reference.left(colon), reference.mid(colon + 1) };
}

// Above this many tags and digests, an image's specs are looked up through hashes.
constexpr qsizetype ManySpecs = 16;

// What the model keeps of an image. Not its labels: they can be dozens per image, megabytes
// for a long list, and no role shows them (the details panel inspects the image). The id is
// always "sha256:...", whoever reported it.
ImageSummary storedSummary(const ImageSummary &image, const QString &key)
{
    ImageSummary stored = image;
    stored.id = key;
    stored.labels.clear();
    return stored;
}

const QList<int> &inUseRoles()
{
    static const QList<int> roles = { Qt::DisplayRole, ImageListModel::RawValueRole,
        ImageListModel::InUseRole, ImageListModel::ContainerCountRole };
    return roles;
}

} // namespace

enum class ImageListModel::RowKind : quint8 {
    Tagged, // repository:tag
    Untagged, // a repository without a tag (known from a digest: pulled by digest)
    Dangling // neither: "<none>" "<none>"
};

struct ImageListModel::RowSpec
{
    QString repository; // null when dangling
    QString tag; // Tagged: the tag; Untagged: the digest ("sha256:...") or null
    RowKind kind = RowKind::Dangling;

    bool operator==(const RowSpec &) const = default;
};

namespace {

template<typename Spec> QString specKey(const Spec &spec)
{
    return QString::number(int(spec.kind)) + u'|' + spec.repository + u'|' + spec.tag;
}

} // namespace

struct ImageListModel::Engine
{
    QString id;
    QString name;
    bool refreshing = false;
    int rowCount = 0;
    std::unordered_map<QString, std::unique_ptr<ImageEntry>> images; // by normalized id
    QHash<QString, int> containerCounts; // by normalized id
    bool containerCountsKnown = false;
};

// One image of one engine. Its rows point here, so what they share is stored once.
struct ImageListModel::ImageEntry
{
    ImageSummary summary;
    QString key; // normalized id
    Engine *engine = nullptr;
    int containers = -1; // -1: unknown
    // Scratch space for one update pass (the image's index in the pass, or a flag), -1
    // outside a pass: saves a hash lookup per row.
    qsizetype mark = -1;
};

struct ImageListModel::Row
{
    ImageEntry *entry = nullptr;
    RowSpec spec;
};

// One image of an update pass: what its rows must become.
struct ImageListModel::Target
{
    const ImageSummary *summary = nullptr;
    QString key;
    std::vector<RowSpec> specs;
    std::vector<bool> matched; // specs that already have a row
    std::vector<int> spare; // rows of the image whose spec is gone: reused before removed
    QHash<QString, size_t> specIndex; // by specKey(), for images with many tags
    ImageEntry *entry = nullptr;
    bool summaryChanged = false;
};

ImageListModel::ImageListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

ImageListModel::~ImageListModel() = default;

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) - m_gapSize;
}

int ImageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ImageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()
        || index.column() >= ColumnCount)
        return {};
    const Row &row = rowAt(index.row());
    const ImageEntry &entry = *row.entry;
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn && entry.summary.created.isValid())
            return DisplayFormat::exactTime(entry.summary.created);
        if (index.column() == ImageIdColumn)
            return entry.summary.id;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole: return rawData(row, index.column());
    case ImageIdRole: return entry.summary.id;
    case ReferenceRole: return referenceText(row);
    case EngineIdRole: return entry.engine->id;
    case DanglingRole: return row.spec.kind == RowKind::Dangling;
    case InUseRole: return entry.containers > 0;
    case ContainerCountRole: return entry.containers;
    case RefreshingRole: return entry.engine->refreshing;
    default: return {};
    }
}

QVariant ImageListModel::displayData(const Row &row, int column) const
{
    const ImageSummary &image = row.entry->summary;
    switch (column) {
    case RepositoryColumn: return repositoryText(row);
    case TagColumn: return tagText(row);
    case ImageIdColumn: return DisplayFormat::shortImageId(image.id);
    case CreatedColumn:
        if (!image.created.isValid())
            return QString();
        return DisplayFormat::relativeTime(image.created, m_clock());
    case SizeColumn: return DisplayFormat::size(image.size);
    case InUseColumn: {
        const int count = row.entry->containers;
        if (count <= 0)
            return QString();
        if (count == 1)
            //: In the "In use" column: one container uses the image.
            return tr("yes");
        //: In the "In use" column: how many containers use the image.
        return tr("%n containers", nullptr, count);
    }
    case EngineColumn: return engineText(row);
    default: return {};
    }
}

QVariant ImageListModel::rawData(const Row &row, int column) const
{
    const ImageSummary &image = row.entry->summary;
    switch (column) {
    case RepositoryColumn: return repositoryText(row);
    case TagColumn: return tagText(row);
    case ImageIdColumn: return image.id;
    case CreatedColumn: return image.created;
    case SizeColumn: return image.size;
    case InUseColumn: return row.entry->containers > 0;
    case EngineColumn: return engineText(row);
    default: return {};
    }
}

QString ImageListModel::repositoryText(const Row &row) const
{
    return row.spec.kind == RowKind::Dangling ? noneText() : row.spec.repository;
}

QString ImageListModel::tagText(const Row &row) const
{
    return row.spec.kind == RowKind::Tagged ? row.spec.tag : noneText();
}

QString ImageListModel::referenceText(const Row &row) const
{
    switch (row.spec.kind) {
    case RowKind::Tagged: return row.spec.repository + u':' + row.spec.tag;
    case RowKind::Untagged:
        if (!row.spec.tag.isEmpty())
            return row.spec.repository + u'@' + row.spec.tag;
        break;
    case RowKind::Dangling: break;
    }
    return row.entry->summary.id;
}

QString ImageListModel::engineText(const Row &row) const
{
    const Engine &engine = *row.entry->engine;
    return engine.name.isEmpty() ? engine.id : engine.name;
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RepositoryColumn: return tr("Repository");
    case TagColumn: return tr("Tag");
    case ImageIdColumn: return tr("Image ID");
    case CreatedColumn: return tr("Created");
    case SizeColumn: return tr("Size");
    case InUseColumn:
        //: Column header: whether a container uses the image.
        return tr("In use");
    case EngineColumn:
        //: Column header: Docker or Podman.
        return tr("Engine");
    default: return {};
    }
}

QHash<int, QByteArray> ImageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue"_ba);
    names.insert(ImageIdRole, "imageId"_ba);
    names.insert(ReferenceRole, "reference"_ba);
    names.insert(EngineIdRole, "engineId"_ba);
    names.insert(DanglingRole, "dangling"_ba);
    names.insert(InUseRole, "inUse"_ba);
    names.insert(ContainerCountRole, "containerCount"_ba);
    names.insert(RefreshingRole, "refreshing"_ba);
    return names;
}

// Rows of an image, like `docker images`: one per tag, one per repository known only from a
// digest, and a single dangling row when there is neither.
std::vector<ImageListModel::RowSpec> ImageListModel::rowSpecsFor(const ImageSummary &image)
{
    std::vector<RowSpec> specs;
    specs.reserve(size_t(std::max<qsizetype>(image.repoTags.size(), 1)));
    // Linear searches for the usual handful of tags, hashes when an image has many (a CI
    // machine tags one image with every commit): a listing never goes quadratic.
    const bool many = image.repoTags.size() + image.repoDigests.size() > ManySpecs;
    QHash<QString, size_t> firstByRepository;
    QSet<QString> taggedSeen;
    const auto findRepository = [&](const QString &repository) -> qsizetype {
        if (many)
            return qsizetype(firstByRepository.value(repository, size_t(-1)));
        for (size_t i = 0; i < specs.size(); ++i) {
            if (specs[i].repository == repository)
                return qsizetype(i);
        }
        return -1;
    };
    const auto append = [&](RowSpec &&spec) {
        if (many && !firstByRepository.contains(spec.repository))
            firstByRepository.insert(spec.repository, specs.size());
        specs.push_back(std::move(spec));
    };

    for (const QString &reference : image.repoTags) {
        if (reference.isEmpty() || reference == u"<none>:<none>")
            continue;
        auto [repository, tag] = splitTaggedReference(reference);
        if (repository.isEmpty() || repository == noneText())
            continue;
        RowSpec spec;
        spec.repository = std::move(repository);
        if (tag.isEmpty() || tag == noneText()) {
            if (findRepository(spec.repository) >= 0)
                continue;
            spec.kind = RowKind::Untagged;
        } else {
            spec.tag = std::move(tag);
            spec.kind = RowKind::Tagged;
            const bool seen = many ? taggedSeen.contains(reference)
                                   : std::find(specs.begin(), specs.end(), spec) != specs.end();
            if (seen)
                continue;
            if (many)
                taggedSeen.insert(reference);
        }
        append(std::move(spec));
    }
    // Repositories known only from a digest. The first spec of a repository is its only
    // untagged one, if it has one.
    for (const QString &reference : image.repoDigests) {
        const qsizetype at = reference.indexOf(u'@');
        if (at <= 0)
            continue;
        QString repository = reference.left(at);
        if (repository == noneText())
            continue;
        if (const qsizetype existing = findRepository(repository); existing >= 0) {
            RowSpec &spec = specs[size_t(existing)];
            if (spec.kind == RowKind::Untagged && spec.tag.isEmpty())
                spec.tag = reference.mid(at + 1);
            continue;
        }
        append(RowSpec { std::move(repository), reference.mid(at + 1), RowKind::Untagged });
    }
    if (specs.empty())
        specs.push_back(RowSpec {});
    return specs;
}

ImageListModel::Engine *ImageListModel::findEngine(const QString &engineId) const
{
    for (const auto &engine : m_engines) {
        if (engine->id == engineId)
            return engine.get();
    }
    return nullptr;
}

ImageListModel::Engine *ImageListModel::findOrCreateEngine(const QString &engineId)
{
    if (Engine *engine = findEngine(engineId))
        return engine;
    auto engine = std::make_unique<Engine>();
    engine->id = engineId;
    m_engines.push_back(std::move(engine));
    return m_engines.back().get();
}

int ImageListModel::blockStart(const Engine *engine) const
{
    int start = 0;
    for (const auto &candidate : m_engines) {
        if (candidate.get() == engine)
            break;
        start += candidate->rowCount;
    }
    return start;
}

const ImageListModel::Row &ImageListModel::rowAt(int row) const
{
    return m_rows[size_t(row >= m_gapStart ? row + m_gapSize : row)];
}

ImageListModel::Row &ImageListModel::rowAt(int row)
{
    return m_rows[size_t(row >= m_gapStart ? row + m_gapSize : row)];
}

ImageListModel::ImageEntry *ImageListModel::findEntry(
    const Engine *engine, const QString &imageId) const
{
    const auto it = engine->images.find(normalizedId(imageId));
    return it == engine->images.end() ? nullptr : it->second.get();
}

int ImageListModel::containerCountFor(
    const Engine *engine, const QString &key, const ImageSummary &image) const
{
    if (engine->containerCountsKnown)
        return engine->containerCounts.value(key, 0);
    return image.containers;
}

ImageListModel::ImageEntry *ImageListModel::createEntry(
    Engine *engine, const QString &key, const ImageSummary &image)
{
    auto entry = std::make_unique<ImageEntry>();
    entry->summary = storedSummary(image, key);
    entry->key = key;
    entry->engine = engine;
    entry->containers = containerCountFor(engine, key, image);
    ImageEntry *raw = entry.get();
    engine->images.insert_or_assign(key, std::move(entry));
    return raw;
}

void ImageListModel::setEngineImages(
    const QString &engineId, const QString &engineName, const QList<ImageSummary> &images)
{
    Engine *engine = findOrCreateEngine(engineId);
    if (engine->name != engineName) {
        engine->name = engineName;
        if (engine->rowCount > 0) {
            const int start = blockStart(engine);
            Q_EMIT dataChanged(
                index(start, EngineColumn), index(start + engine->rowCount - 1, EngineColumn));
        }
    }

    std::vector<Target> targets;
    targets.reserve(size_t(images.size()));
    QSet<QString> seen;
    seen.reserve(images.size());
    for (const ImageSummary &image : images) {
        QString key = normalizedId(image.id);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        Target target;
        target.summary = &image;
        target.key = std::move(key);
        target.specs = rowSpecsFor(image);
        targets.push_back(std::move(target));
    }
    applyTargets(engine, targets, true);
}

void ImageListModel::upsertImage(const QString &engineId, const ImageSummary &image)
{
    QString key = normalizedId(image.id);
    if (key.isEmpty())
        return;
    Engine *engine = findOrCreateEngine(engineId);
    std::vector<Target> targets(1);
    targets.front().summary = &image;
    targets.front().key = std::move(key);
    targets.front().specs = rowSpecsFor(image);
    applyTargets(engine, targets, false);
}

void ImageListModel::applyTargets(Engine *engine, std::vector<Target> &targets, bool complete)
{
    for (size_t i = 0; i < targets.size(); ++i) {
        Target &target = targets[i];
        target.matched.assign(target.specs.size(), false);
        if (qsizetype(target.specs.size()) > ManySpecs) {
            target.specIndex.reserve(qsizetype(target.specs.size()));
            for (size_t s = 0; s < target.specs.size(); ++s)
                target.specIndex.insert(specKey(target.specs[s]), s);
        }
        const auto it = engine->images.find(target.key);
        if (it == engine->images.end())
            continue;
        target.entry = it->second.get();
        target.entry->mark = qsizetype(i);
        const ImageSummary &current = target.entry->summary;
        const ImageSummary &next = *target.summary;
        // Only what the roles show counts as a change: tags in another order or new labels
        // are taken over silently.
        target.summaryChanged = current.created != next.created || current.size != next.size
            || target.entry->containers != containerCountFor(engine, target.key, next);
    }

    // One pass over the engine's rows: keep rows whose (image, tag) is still wanted, note
    // the rest as reusable by their image or as removed.
    std::vector<int> removed;
    std::vector<int> changed;
    const int start = blockStart(engine);
    const int end = start + engine->rowCount;
    for (int r = start; r < end; ++r) {
        const Row &row = rowAt(r);
        const qsizetype mark = row.entry->mark;
        if (mark < 0) {
            if (complete)
                removed.push_back(r);
            continue;
        }
        Target &target = targets[size_t(mark)];
        bool kept = false;
        if (!target.specIndex.isEmpty()) {
            const auto found = target.specIndex.constFind(specKey(row.spec));
            if (found != target.specIndex.cend() && !target.matched[*found]) {
                target.matched[*found] = true;
                kept = true;
            }
        } else {
            for (size_t s = 0; s < target.specs.size(); ++s) {
                if (!target.matched[s] && target.specs[s] == row.spec) {
                    target.matched[s] = true;
                    kept = true;
                    break;
                }
            }
        }
        if (!kept)
            target.spare.push_back(r);
        else if (target.summaryChanged)
            changed.push_back(r);
    }

    // An image that lost one tag and gained another keeps its row in place, rewritten: the
    // selection stays on it (a dangling image that gets a tag, a tag that moves).
    struct Rewrite
    {
        int row;
        const RowSpec *spec;
    };
    std::vector<Rewrite> rewrites;
    for (Target &target : targets) {
        size_t s = 0;
        for (const int r : target.spare) {
            while (s < target.specs.size() && target.matched[s])
                ++s;
            if (s < target.specs.size()) {
                target.matched[s] = true;
                rewrites.push_back({ r, &target.specs[s] });
            } else {
                removed.push_back(r);
            }
        }
    }

    std::sort(removed.begin(), removed.end());
    removeRowList(engine, removed);
    if (complete) {
        // Images not in the listing: their rows are gone, so are they.
        std::erase_if(engine->images, [](const auto &item) { return item.second->mark < 0; });
    }
    const auto shifted = [&removed](int r) {
        return r - int(std::lower_bound(removed.begin(), removed.end(), r) - removed.begin());
    };

    for (Target &target : targets) {
        if (target.entry) {
            target.entry->summary = storedSummary(*target.summary, target.key);
            target.entry->containers = containerCountFor(engine, target.key, *target.summary);
        }
    }
    for (int &r : changed)
        r = shifted(r);
    for (const Rewrite &rewrite : rewrites) {
        const int r = shifted(rewrite.row);
        rowAt(r).spec = *rewrite.spec;
        changed.push_back(r);
    }
    emitRowsChanged(std::move(changed), 0, ColumnCount - 1, {});

    std::vector<Row> fresh;
    for (Target &target : targets) {
        if (target.entry)
            target.entry->mark = -1;
        else
            target.entry = createEntry(engine, target.key, *target.summary);
        for (size_t s = 0; s < target.specs.size(); ++s) {
            if (!target.matched[s])
                fresh.push_back(Row { target.entry, std::move(target.specs[s]) });
        }
    }
    insertRowList(engine, std::move(fresh));
}

void ImageListModel::removeImage(const QString &engineId, const QString &imageId)
{
    Engine *engine = findEngine(engineId);
    if (!engine)
        return;
    ImageEntry *entry = findEntry(engine, imageId);
    if (!entry)
        return;
    std::vector<int> rows;
    const int start = blockStart(engine);
    for (int r = start; r < start + engine->rowCount; ++r) {
        if (rowAt(r).entry == entry)
            rows.push_back(r);
    }
    removeRowList(engine, rows);
    const QString key = entry->key;
    engine->images.erase(key);
}

void ImageListModel::setImagesInUse(
    const QString &engineId, const QHash<QString, int> &containerCountByImageId)
{
    Engine *engine = findOrCreateEngine(engineId);
    QHash<QString, int> counts;
    counts.reserve(containerCountByImageId.size());
    for (auto it = containerCountByImageId.cbegin(); it != containerCountByImageId.cend(); ++it)
        counts[normalizedId(it.key())] += std::max(it.value(), 0);
    engine->containerCounts = std::move(counts);
    engine->containerCountsKnown = true;

    bool anyChanged = false;
    for (auto &[key, entry] : engine->images) {
        const int count = engine->containerCounts.value(key, 0);
        if (count != entry->containers) {
            entry->containers = count;
            entry->mark = 1;
            anyChanged = true;
        }
    }
    if (!anyChanged)
        return;
    std::vector<int> changed;
    const int start = blockStart(engine);
    for (int r = start; r < start + engine->rowCount; ++r) {
        if (rowAt(r).entry->mark >= 0)
            changed.push_back(r);
    }
    for (auto &item : engine->images)
        item.second->mark = -1;
    // Every column: InUseRole and ContainerCountRole are row-level, any column answers them.
    emitRowsChanged(std::move(changed), 0, ColumnCount - 1, inUseRoles());
}

void ImageListModel::removeEngine(const QString &engineId)
{
    const auto it = std::find_if(m_engines.begin(), m_engines.end(),
        [&engineId](const auto &engine) { return engine->id == engineId; });
    if (it == m_engines.end())
        return;
    Engine *engine = it->get();
    std::vector<int> rows(size_t(engine->rowCount));
    std::iota(rows.begin(), rows.end(), blockStart(engine));
    removeRowList(engine, rows);
    m_engines.erase(it);
}

void ImageListModel::setEngineRefreshing(const QString &engineId, bool refreshing)
{
    Engine *engine = refreshing ? findOrCreateEngine(engineId) : findEngine(engineId);
    if (!engine || engine->refreshing == refreshing)
        return;
    engine->refreshing = refreshing;
    if (engine->rowCount == 0)
        return;
    const int start = blockStart(engine);
    // Only RefreshingRole: proxies need not re-sort or re-filter.
    Q_EMIT dataChanged(
        index(start, 0), index(start + engine->rowCount - 1, ColumnCount - 1), { RefreshingRole });
}

QStringList ImageListModel::engineIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_engines.size()));
    for (const auto &engine : m_engines)
        ids.append(engine->id);
    return ids;
}

QString ImageListModel::engineName(const QString &engineId) const
{
    const Engine *engine = findEngine(engineId);
    return engine ? engine->name : QString();
}

bool ImageListModel::isEngineRefreshing(const QString &engineId) const
{
    const Engine *engine = findEngine(engineId);
    return engine && engine->refreshing;
}

int ImageListModel::rowCountForEngine(const QString &engineId) const
{
    const Engine *engine = findEngine(engineId);
    return engine ? engine->rowCount : 0;
}

const ImageSummary *ImageListModel::imageAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &rowAt(row).entry->summary;
}

QString ImageListModel::engineIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return rowAt(row).entry->engine->id;
}

QList<ImageSummary> ImageListModel::imagesForEngine(const QString &engineId) const
{
    QList<ImageSummary> images;
    const Engine *engine = findEngine(engineId);
    if (!engine)
        return images;
    images.reserve(qsizetype(engine->images.size()));
    // In row order, each image once: the order the user last saw.
    QSet<const ImageEntry *> seen;
    seen.reserve(qsizetype(engine->images.size()));
    const int start = blockStart(engine);
    for (int r = start; r < start + engine->rowCount; ++r) {
        const ImageEntry *entry = rowAt(r).entry;
        if (!seen.contains(entry)) {
            seen.insert(entry);
            images.append(entry->summary);
        }
    }
    return images;
}

void ImageListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

void ImageListModel::refreshRelativeTimes()
{
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(
        index(0, CreatedColumn), index(rowCount() - 1, CreatedColumn), { Qt::DisplayRole });
}

// Removes rows (ascending, all in the engine's block) in contiguous runs, back to front. The
// rows between two runs move once, into a gap that grows towards the front, so the whole
// pass is O(rows) however scattered the removals are; between the runs' signals the model
// is consistent through rowAt().
void ImageListModel::removeRowList(Engine *engine, const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    std::vector<std::pair<int, int>> runs;
    for (const int r : rows) {
        if (!runs.empty() && runs.back().second + 1 == r)
            runs.back().second = r;
        else
            runs.emplace_back(r, r);
    }
    m_gapStart = int(m_rows.size());
    m_gapSize = 0;
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
        const auto [first, last] = *run;
        beginRemoveRows({}, first, last);
        std::move_backward(m_rows.begin() + (last + 1), m_rows.begin() + m_gapStart,
            m_rows.begin() + (m_gapStart + m_gapSize));
        m_gapSize += last - first + 1;
        m_gapStart = first;
        engine->rowCount -= last - first + 1;
        endRemoveRows();
    }
    m_rows.erase(m_rows.begin() + m_gapStart, m_rows.begin() + (m_gapStart + m_gapSize));
    m_gapStart = 0;
    m_gapSize = 0;
}

void ImageListModel::insertRowList(Engine *engine, std::vector<Row> &&rows)
{
    if (rows.empty())
        return;
    const int position = blockStart(engine) + engine->rowCount;
    const int count = int(rows.size());
    beginInsertRows({}, position, position + count - 1);
    m_rows.insert(m_rows.begin() + position, std::make_move_iterator(rows.begin()),
        std::make_move_iterator(rows.end()));
    engine->rowCount += count;
    endInsertRows();
}

void ImageListModel::emitRowsChanged(
    std::vector<int> rows, int firstColumn, int lastColumn, const QList<int> &roles)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    size_t i = 0;
    while (i < rows.size()) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], firstColumn), index(rows[j], lastColumn), roles);
        i = j + 1;
    }
}

} // namespace Wharf
