// SPDX-License-Identifier: Apache-2.0
#include "CheckResultModel.h"

#include "diagnostics/CheckRunner.h"
#include "diagnostics/DiagnosticCheck.h"
#include "diagnostics/DiagnosticReport.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// internalId of a group row; check rows carry their group's row + 1.
constexpr quintptr GroupRowId = 0;

} // namespace

CheckResultModel::CheckResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

CheckResultModel::~CheckResultModel() = default;

QModelIndex CheckResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).checks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CheckResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int CheckResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupRowId)
        return 0;
    return int(m_groups.at(parent.row()).checks.size());
}

int CheckResultModel::columnCount(const QModelIndex &parent) const
{
    // Check rows have no children; Qt expects 0 columns below a leaf's non-first column too,
    // but a constant count is what QTreeView and the tester want.
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags CheckResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != GroupRowId)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant CheckResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Check");
    case StatusColumn: return tr("Status");
    case SummaryColumn: return tr("What was found");
    default: return {};
    }
}

QHash<int, QByteArray> CheckResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(StateRole, "state");
    names.insert(CheckIdRole, "checkId");
    names.insert(GroupRole, "group");
    names.insert(IsGroupRole, "isGroup");
    names.insert(EvidenceRole, "evidence");
    names.insert(FixStepsRole, "fixSteps");
    names.insert(FixCommandsRole, "fixCommands");
    names.insert(CatalogueIdRole, "catalogueId");
    names.insert(ResultRole, "result");
    names.insert(IndexRole, "checkIndex");
    return names;
}

QVariant CheckResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRowId)
        return groupData(index.row(), index.column(), role);
    const int check = checkAt(index);
    return check < 0 ? QVariant() : checkData(check, index.column(), role);
}

QVariant CheckResultModel::checkData(int checkIndex, int column, int role) const
{
    const Check &check = m_checks.at(checkIndex);
    const bool finished = check.state == State::Finished;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn: return finished && !check.result.title.isEmpty() ? check.result.title : check.info.title;
        case StatusColumn:
            switch (check.state) {
            case State::Waiting: return tr("Waiting");
            case State::Running: return tr("Running…");
            case State::Finished: return checkStatusLabel(check.result.status);
            }
            return {};
        case SummaryColumn: return finished ? check.result.summary : QString();
        default: return {};
        }
    case StatusRole: return finished ? QVariant(int(check.result.status)) : QVariant();
    case StateRole: return int(check.state);
    case CheckIdRole: return check.info.id;
    case GroupRole: return int(check.info.group);
    case IsGroupRole: return false;
    case EvidenceRole: return finished ? check.result.evidence : QStringList();
    case FixStepsRole: return finished ? check.result.fixSteps : QStringList();
    case FixCommandsRole: {
        QVariantList commands;
        if (finished) {
            for (const QStringList &command : check.result.fixCommands)
                commands.append(command);
        }
        return commands;
    }
    case CatalogueIdRole: return finished ? check.result.catalogueId : QString();
    case ResultRole: return finished ? QVariant::fromValue(check.result) : QVariant();
    case IndexRole: return checkIndex;
    default: return {};
    }
}

QVariant CheckResultModel::groupData(int groupRow, int column, int role) const
{
    const Group &group = m_groups.at(groupRow);
    QList<CheckResult> finished;
    bool running = false;
    for (const int check : group.checks) {
        const Check &entry = m_checks.at(check);
        if (entry.state == State::Finished)
            finished.append(entry.result);
        else if (entry.state == State::Running)
            running = true;
    }
    const auto worst = [&finished]() -> std::optional<CheckStatus> {
        if (finished.isEmpty())
            return std::nullopt;
        CheckStatus status = finished.constFirst().status;
        for (const CheckResult &result : finished) {
            if (checkStatusSeverity(result.status) > checkStatusSeverity(status))
                status = result.status;
        }
        return status;
    };
    const bool allFinished = finished.size() == group.checks.size();
    const State state = allFinished ? State::Finished : running || !finished.isEmpty() ? State::Running
                                                                                      : State::Waiting;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn: return checkGroupTitle(group.group);
        case StatusColumn:
            if (state == State::Finished)
                return checkStatusLabel(*worst());
            return state == State::Running ? tr("Running…") : tr("Waiting");
        case SummaryColumn:
            if (state == State::Finished)
                return DiagnosticReport(finished).summaryLine();
        {
            // Two source texts: tr() picks plural forms only from a loaded translation.
            const int total = int(group.checks.size());
            return (total == 1 ? tr("%1 of %n check done", nullptr, total) : tr("%1 of %n checks done", nullptr, total))
                .arg(finished.size());
        }
        default: return {};
        }
    case StatusRole: {
        const std::optional<CheckStatus> status = worst();
        return status ? QVariant(int(*status)) : QVariant();
    }
    case StateRole: return int(state);
    case GroupRole: return int(group.group);
    case IsGroupRole: return true;
    case CheckIdRole:
    case CatalogueIdRole: return QString();
    case EvidenceRole:
    case FixStepsRole: return QStringList();
    case FixCommandsRole: return QVariantList();
    case IndexRole: return -1;
    default: return {};
    }
}

void CheckResultModel::setChecks(const QList<CheckInfo> &checks)
{
    beginResetModel();
    m_checks.clear();
    m_groups.clear();
    for (const CheckInfo &info : checks)
        m_checks.append(Check{info, State::Waiting, {}});
    for (const CheckGroup group : allCheckGroups()) {
        Group entry{group, {}};
        for (qsizetype i = 0; i < m_checks.size(); ++i) {
            if (m_checks.at(i).info.group == group)
                entry.checks.append(int(i));
        }
        if (!entry.checks.isEmpty())
            m_groups.append(entry);
    }
    endResetModel();
}

void CheckResultModel::setChecks(const QList<DiagnosticCheck *> &checks)
{
    QList<CheckInfo> infos;
    infos.reserve(checks.size());
    for (const DiagnosticCheck *check : checks)
        infos.append({check->id(), check->group(), check->title()});
    setChecks(infos);
}

void CheckResultModel::resetStates()
{
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        Check &check = m_checks[i];
        if (check.state == State::Waiting)
            continue;
        check.state = State::Waiting;
        check.result = {};
        emitChanged(int(i));
    }
}

void CheckResultModel::setRunning(int index)
{
    if (index < 0 || index >= m_checks.size())
        return;
    Check &check = m_checks[index];
    if (check.state == State::Running)
        return;
    check.state = State::Running;
    check.result = {};
    emitChanged(index);
}

void CheckResultModel::setResult(int index, const CheckResult &result)
{
    if (index < 0 || index >= m_checks.size())
        return;
    Check &check = m_checks[index];
    if (check.state == State::Finished && check.result == result)
        return;
    check.state = State::Finished;
    check.result = result;
    emitChanged(index);
}

void CheckResultModel::attach(CheckRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    if (!runner) {
        setChecks(QList<CheckInfo>());
        return;
    }
    connect(runner, &CheckRunner::checkStarted, this, [this](int index) { setRunning(index); });
    connect(runner, &CheckRunner::checkFinished, this, &CheckResultModel::setResult);
    connect(runner, &QObject::destroyed, this, [this] { setChecks(QList<CheckInfo>()); });
    refreshChecks();
}

void CheckResultModel::refreshChecks()
{
    if (!m_runner)
        return;
    setChecks(m_runner->checks());
    // A runner that already ran (or runs) shows what it has.
    const QList<DiagnosticCheck *> &checks = m_runner->checks();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks.at(i)->isRunning())
            setRunning(int(i));
    }
    const QList<CheckResult> results = m_runner->results();
    for (const CheckResult &result : results) {
        for (qsizetype i = 0; i < m_checks.size(); ++i) {
            if (m_checks.at(i).info.id == result.id && m_checks.at(i).state != State::Finished) {
                setResult(int(i), result);
                break;
            }
        }
    }
}

int CheckResultModel::finishedCount() const
{
    return int(std::count_if(m_checks.cbegin(), m_checks.cend(),
                             [](const Check &check) { return check.state == State::Finished; }));
}

CheckResultModel::State CheckResultModel::state(int index) const
{
    return index >= 0 && index < m_checks.size() ? m_checks.at(index).state : State::Waiting;
}

QModelIndex CheckResultModel::indexOfCheck(int index) const
{
    const int groupRow = groupRowOf(index);
    if (groupRow < 0)
        return {};
    return createIndex(rowInGroup(index), 0, quintptr(groupRow) + 1);
}

int CheckResultModel::checkAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupRowId)
        return -1;
    const auto groupRow = qsizetype(index.internalId() - 1);
    if (groupRow >= m_groups.size())
        return -1;
    const QList<int> &checks = m_groups.at(groupRow).checks;
    return index.row() < checks.size() ? checks.at(index.row()) : -1;
}

QList<CheckResult> CheckResultModel::results() const
{
    QList<CheckResult> results;
    for (const Check &check : m_checks) {
        if (check.state == State::Finished)
            results.append(check.result);
    }
    return results;
}

int CheckResultModel::groupRowOf(int checkIndex) const
{
    if (checkIndex < 0 || checkIndex >= m_checks.size())
        return -1;
    const CheckGroup group = m_checks.at(checkIndex).info.group;
    for (qsizetype row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).group == group)
            return int(row);
    }
    return -1;
}

int CheckResultModel::rowInGroup(int checkIndex) const
{
    const int groupRow = groupRowOf(checkIndex);
    return groupRow < 0 ? -1 : int(m_groups.at(groupRow).checks.indexOf(checkIndex));
}

void CheckResultModel::emitChanged(int checkIndex)
{
    const int groupRow = groupRowOf(checkIndex);
    if (groupRow < 0)
        return;
    const QModelIndex first = indexOfCheck(checkIndex);
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    const QModelIndex group = index(groupRow, 0);
    Q_EMIT dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
}

} // namespace Wharf
