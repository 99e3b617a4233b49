// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/PullProgress.h"

#include <QAbstractTableModel>
#include <QList>

namespace Wharf {

// The layers of one image pull, one row per layer, for the pull dialog's table.
//
// setProgress() takes the latest PullProgress snapshot and changes as little as possible:
// rows keep their positions, new layers are appended, dataChanged is emitted for the rows
// whose status or numbers changed only. A snapshot whose layers do not continue the current
// ones (another pull) resets the model.
//
// QtCore only: the view draws bars from FractionRole / RawValueRole.
class PullProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LayerColumn, // short layer id ("529c2775f5ae")
        StatusColumn, // "Downloading", "Pull complete", ...
        ProgressColumn, // "12.3 MB / 45.6 MB"
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Layer: the full id; Status: the status text; Progress: the percentage, int 0-100.
        RawValueRole = Qt::UserRole,
        // double in [0, 1] for the layer (any column); -1 when nothing is known.
        FractionRole
    };
    Q_ENUM(Role)

    explicit PullProgressModel(QObject *parent = nullptr);
    ~PullProgressModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setProgress(const PullProgress &progress);
    // No rows (a new pull starts).
    void clear();

    const QList<PullProgress::Layer> &layers() const { return m_layers; }

    // For one layer: the share done in [0, 1], -1 when unknown; the percentage 0-100; the
    // "12.3 MB / 45.6 MB" text (empty when the engine gave no numbers).
    static double layerFraction(const PullProgress::Layer &layer);
    static int layerPercent(const PullProgress::Layer &layer);
    static QString layerProgressText(const PullProgress::Layer &layer);

private:
    QList<PullProgress::Layer> m_layers;
};

} // namespace Wharf
