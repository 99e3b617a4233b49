// SPDX-License-Identifier: Apache-2.0
#include "PullProgressModel.h"

#include "base/DisplayFormat.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// After these the layer is whole, and current/total still hold the last "Downloading"
// numbers (the message itself carries none): they must not be shown as the layer's state.
bool isFinalStatus(const QString &status)
{
    return status == u"Pull complete"_s || status == u"Already exists"_s
        || status == u"Download complete"_s;
}

bool sameLayer(const PullProgress::Layer &a, const PullProgress::Layer &b)
{
    return a.id == b.id && a.status == b.status && a.current == b.current && a.total == b.total
        && a.done == b.done;
}

} // namespace

PullProgressModel::PullProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PullProgressModel::~PullProgressModel() = default;

int PullProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_layers.size());
}

int PullProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double PullProgressModel::layerFraction(const PullProgress::Layer &layer)
{
    if (isFinalStatus(layer.status))
        return 1.0;
    if (layer.total > 0) {
        return std::clamp(static_cast<double>(layer.current) / static_cast<double>(layer.total),
                          0.0, 1.0);
    }
    return layer.done ? 1.0 : -1.0;
}

int PullProgressModel::layerPercent(const PullProgress::Layer &layer)
{
    const double fraction = layerFraction(layer);
    if (fraction < 0)
        return 0;
    // Floor, so that 99.9 % does not read "100" while bytes are still missing.
    return std::clamp(static_cast<int>(std::floor(fraction * 100.0)), 0, 100);
}

QString PullProgressModel::layerProgressText(const PullProgress::Layer &layer)
{
    if (layer.total > 0) {
        const qint64 current = isFinalStatus(layer.status) ? layer.total : layer.current;
        //: Bytes of one layer so far, of its size: "12.3 MB / 45.6 MB".
        return tr("%1 / %2").arg(DisplayFormat::size(current), DisplayFormat::size(layer.total));
    }
    if (layer.current > 0 && !isFinalStatus(layer.status))
        return DisplayFormat::size(layer.current);
    return {};
}

QVariant PullProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PullProgress::Layer &layer = m_layers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LayerColumn:
            return DisplayFormat::shortImageId(layer.id);
        case StatusColumn:
            return layer.status;
        case ProgressColumn:
            return layerProgressText(layer);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LayerColumn:
            return layer.id;
        case StatusColumn:
            return layer.status;
        case ProgressColumn: {
            const QString text = layerProgressText(layer);
            if (layerFraction(layer) < 0)
                return text;
            //: Tooltip of a layer's progress: "12.3 MB / 45.6 MB (27%)".
            return text.isEmpty() ? tr("%1%").arg(layerPercent(layer))
                                  : tr("%1 (%2%)").arg(text).arg(layerPercent(layer));
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawValueRole:
        switch (index.column()) {
        case LayerColumn:
            return layer.id;
        case StatusColumn:
            return layer.status;
        case ProgressColumn:
            return layerPercent(layer);
        default:
            return {};
        }
    case FractionRole:
        return layerFraction(layer);
    default:
        return {};
    }
}

QVariant PullProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LayerColumn:
        //: Column header: the id of an image layer.
        return tr("Layer");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

QHash<int, QByteArray> PullProgressModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue"_ba);
    names.insert(FractionRole, "fraction"_ba);
    return names;
}

void PullProgressModel::setProgress(const PullProgress &progress)
{
    const QList<PullProgress::Layer> &incoming = progress.layers();

    // PullProgress only ever appends layers; anything else is another pull.
    bool continues = incoming.size() >= m_layers.size();
    for (qsizetype i = 0; continues && i < m_layers.size(); ++i)
        continues = incoming.at(i).id == m_layers.at(i).id;
    if (!continues) {
        beginResetModel();
        m_layers = incoming;
        endResetModel();
        return;
    }

    // Changed rows, reported in contiguous runs: one signal per run, not per row.
    const qsizetype existing = m_layers.size();
    qsizetype runStart = -1;
    auto flush = [this, &runStart](qsizetype end) {
        if (runStart < 0)
            return;
        Q_EMIT dataChanged(index(static_cast<int>(runStart), StatusColumn),
                           index(static_cast<int>(end - 1), ProgressColumn));
        runStart = -1;
    };
    for (qsizetype i = 0; i < existing; ++i) {
        if (sameLayer(m_layers.at(i), incoming.at(i))) {
            flush(i);
            continue;
        }
        m_layers[i] = incoming.at(i);
        if (runStart < 0)
            runStart = i;
    }
    flush(existing);

    if (incoming.size() > existing) {
        beginInsertRows({}, static_cast<int>(existing), static_cast<int>(incoming.size() - 1));
        m_layers.append(incoming.mid(existing));
        endInsertRows();
    }
}

void PullProgressModel::clear()
{
    if (m_layers.isEmpty())
        return;
    beginResetModel();
    m_layers.clear();
    endResetModel();
}

} // namespace Wharf
