// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/ImageSummary.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Wharf {

// Every image of every engine in one flat table, one row per (engine, image, repository:tag)
// like `docker images`: an image with two tags gives two rows, an image without tags one row.
//
// Rows of one engine form a contiguous block; blocks keep the order in which engines were
// first seen. Updates change as little as possible (rows that stay keep their positions,
// changed rows emit dataChanged, removals and insertions come in contiguous batches), so
// selections and scroll positions survive a resynchronisation with the engine.
//
// QtCore only: decoration and colours (a stale row, a dangling image) are the view's
// business, decided from the roles below.
class ImageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RepositoryColumn,
        TagColumn,
        ImageIdColumn,
        CreatedColumn,
        SizeColumn,
        InUseColumn,
        EngineColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // What sorting uses: QDateTime (Created), qint64 (Size), bool (InUse), else QString.
        RawValueRole = Qt::UserRole,
        ImageIdRole, // the full id, "sha256:..."
        ReferenceRole, // "repo:tag", "repo@sha256:..." or the full id: what "Copy" copies
        EngineIdRole,
        DanglingRole, // bool: no tag and no repository
        InUseRole, // bool: at least one container uses the image
        ContainerCountRole, // int: containers using the image, -1 when unknown
        RefreshingRole // bool: the row's engine is refreshing, the row may be stale
    };
    Q_ENUM(Role)

    explicit ImageListModel(QObject *parent = nullptr);
    ~ImageListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows of one engine with the rows of `images` (a full listing), with the
    // fewest changes. engineId is a stable key chosen by the caller (the endpoint identity);
    // engineName is what the Engine column shows ("Docker", "Podman").
    void setEngineImages(
        const QString &engineId, const QString &engineName, const QList<ImageSummary> &images);
    // The current state of one image (after a pull, tag or untag event): its rows become
    // exactly its current tags.
    void upsertImage(const QString &engineId, const ImageSummary &image);
    void removeImage(const QString &engineId, const QString &imageId);
    // Containers per image id, from /containers/json (the image list's own Containers field
    // is -1 on Docker). Images missing from the hash are not in use.
    void setImagesInUse(
        const QString &engineId, const QHash<QString, int> &containerCountByImageId);
    void removeEngine(const QString &engineId);
    // Rows of a refreshing engine come from a cache or an older listing: the view marks them.
    void setEngineRefreshing(const QString &engineId, bool refreshing);

    // Engines in block order, including engines that have no rows (yet).
    QStringList engineIds() const;
    QString engineName(const QString &engineId) const;
    bool isEngineRefreshing(const QString &engineId) const;
    int rowCountForEngine(const QString &engineId) const;
    // The image behind a row, or nullptr. Valid until the model changes. The model keeps no
    // labels (no role shows them; for 10,000 images they would cost megabytes): the
    // summaries here and below have none, and their ids are always "sha256:...".
    const ImageSummary *imageAt(int row) const;
    QString engineIdAt(int row) const;
    // What the engine's rows show, one entry per image in row order, for the cache.
    QList<ImageSummary> imagesForEngine(const QString &engineId) const;

    // "Now" for relative times; tests set a fixed clock.
    void setClock(std::function<QDateTime()> clock);
    // The view calls this once a minute so "3 minutes ago" stays true: dataChanged for the
    // Created column, DisplayRole only.
    void refreshRelativeTimes();

private:
    enum class RowKind : quint8;
    struct Engine;
    struct ImageEntry;
    struct Row;
    struct RowSpec;
    struct Target;

    Engine *findEngine(const QString &engineId) const;
    Engine *findOrCreateEngine(const QString &engineId);
    int blockStart(const Engine *engine) const;
    const Row &rowAt(int row) const;
    Row &rowAt(int row);
    ImageEntry *findEntry(const Engine *engine, const QString &imageId) const;
    ImageEntry *createEntry(Engine *engine, const QString &key, const ImageSummary &image);
    int containerCountFor(
        const Engine *engine, const QString &key, const ImageSummary &image) const;
    static std::vector<RowSpec> rowSpecsFor(const ImageSummary &image);

    // The shared part of setEngineImages (complete = true: rows of other images go) and
    // upsertImage (complete = false: only the targets' rows change).
    void applyTargets(Engine *engine, std::vector<Target> &targets, bool complete);
    void removeRowList(Engine *engine, const std::vector<int> &rows);
    void insertRowList(Engine *engine, std::vector<Row> &&rows);
    void emitRowsChanged(
        std::vector<int> rows, int firstColumn, int lastColumn, const QList<int> &roles);

    QString repositoryText(const Row &row) const;
    QString tagText(const Row &row) const;
    QString referenceText(const Row &row) const;
    QString engineText(const Row &row) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;

    std::vector<std::unique_ptr<Engine>> m_engines;
    // Physical storage. While removeRowList() runs, a gap of removed rows sits at m_gapStart so
    // that every surviving row moves at most once; rowAt() maps around it.
    std::vector<Row> m_rows;
    int m_gapStart = 0;
    int m_gapSize = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace Wharf
