// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LaunchPrecondition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Wharf {

// What LaunchPreconditionChecker found for one precondition of a plan: whether it holds, what
// was looked at (evidence), and, when it does not, what to do. Laid out like the diagnostic
// checks' CheckResult so the window can show both the same way: the fix steps come from the
// known-error catalogue entry `catalogueId` where one applies (its title, links and actions
// are there too), else they are specific sentences.
struct PreconditionResult
{
    enum class Status {
        Ok,
        Failed,   // checked: it does not hold
        TimedOut, // no answer in time (a hung CVMFS repository, a slow engine): not known to hold
    };

    LaunchPrecondition precondition;
    Status status = Status::Failed;
    QString summary;                // one line, translated: what was found
    QStringList evidence;           // what was read, from where ("/cvmfs: directory", "lstat ...: ...")
    QStringList fixSteps;           // what to do, in order; empty when ok
    QList<QStringList> fixCommands; // exact commands among the steps, program first
    QString catalogueId;            // the known-error catalogue entry for this failure, if any
    qint64 elapsedMs = -1;

    bool ok() const { return status == Status::Ok; }
    // "ok", "failed", "timed-out" for JSON output and tests.
    static QString statusName(Status status);
    // Whether every result is ok (an empty list is).
    static bool allOk(const QList<PreconditionResult> &results);

    bool operator==(const PreconditionResult &) const = default;
};

} // namespace Wharf
