// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/CheckGroup.h"
#include "diagnostics/CheckResult.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

namespace Wharf {

class CheckRunner;
class DiagnosticCheck;

// The diagnostic checks as a tree: a row per group (CVMFS, Host security, ...) in
// CheckGroup order, only groups that have checks, and below it a row per check with its
// title, status and one-line summary. The Troubleshooting page and the wizard show it.
//
// setChecks() lays out the rows (every check "Waiting"), a reset; after that every change is
// a dataChanged on the rows concerned: a check starts ("Running"), its result comes in, and
// the group row above it follows (its status is the worst of its checks). attach() follows a
// CheckRunner: its list, its checkStarted() and checkFinished().
//
// QtCore only: the view chooses icons from StatusRole and StateRole.
class CheckResultModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn, // "SELinux mode"; the group's title on group rows
        StatusColumn, // "Waiting", "Running", "Failed", ...
        SummaryColumn, // what was found, one line; group rows: "1 failed, 2 OK"
        ColumnCount
    };
    Q_ENUM(Column)

    // Where a check is in its run.
    enum class State {
        Waiting, // not started (yet)
        Running,
        Finished, // StatusRole says how it went
    };
    Q_ENUM(State)

    enum Role {
        // int(CheckStatus) once finished; invalid before. Group rows: the worst status of
        // their finished checks (invalid while none finished).
        StatusRole = Qt::UserRole,
        StateRole, // int(State); group rows: Running while any check runs, Waiting, Finished
        CheckIdRole, // "selinux"; empty on group rows
        GroupRole, // int(CheckGroup), on both kinds of rows
        IsGroupRole, // bool
        EvidenceRole, // QStringList
        FixStepsRole, // QStringList
        FixCommandsRole, // QVariantList of QStringList (program first)
        CatalogueIdRole, // the known-error catalogue entry, or empty
        ResultRole, // the whole CheckResult (QVariant::fromValue); invalid before it finished
        IndexRole, // int: the check's position in the list given to setChecks (-1: group)
    };
    Q_ENUM(Role)

    // What a row shows before its result is known.
    struct CheckInfo
    {
        QString id;
        CheckGroup group = CheckGroup::Host;
        QString title;
    };

    explicit CheckResultModel(QObject *parent = nullptr);
    ~CheckResultModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // New rows, all Waiting (a reset). Indexes below refer to positions in this list.
    void setChecks(const QList<CheckInfo> &checks);
    void setChecks(const QList<DiagnosticCheck *> &checks);
    // Back to Waiting, results dropped, same rows (before a re-run).
    void resetStates();
    void setRunning(int index);
    void setResult(int index, const CheckResult &result);

    // Follows runner: takes its current checks now (setChecks) and every start and result
    // from then on. Call refreshChecks() after giving the runner another list.
    void attach(CheckRunner *runner);
    void refreshChecks();

    int checkCount() const { return int(m_checks.size()); }
    int finishedCount() const;
    State state(int index) const;
    // The index of the row of check `index`, column 0.
    QModelIndex indexOfCheck(int index) const;
    // The check position of a row (-1 for a group row or an invalid index).
    int checkAt(const QModelIndex &index) const;
    // The finished results, in the order of setChecks.
    QList<CheckResult> results() const;

private:
    struct Check
    {
        CheckInfo info;
        State state = State::Waiting;
        CheckResult result;
    };
    struct Group
    {
        CheckGroup group;
        QList<int> checks; // positions in m_checks
    };

    QVariant checkData(int checkIndex, int column, int role) const;
    QVariant groupData(int groupRow, int column, int role) const;
    int groupRowOf(int checkIndex) const;
    int rowInGroup(int checkIndex) const;
    void emitChanged(int checkIndex);

    QList<Check> m_checks;
    QList<Group> m_groups;
    QPointer<CheckRunner> m_runner;
};

} // namespace Wharf
