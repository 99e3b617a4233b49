// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CheckGroup.h"
#include "CheckStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Wharf {

// What one check found: the status, one line for the user, the evidence (what was read and
// from where: "/sys/fs/selinux/enforce: 1", "apptainer --version: ..."), and the fix as
// steps in the order to try them, plus the exact commands among them as argument vectors
// (so a GUI can offer "Copy command" without parsing text).
struct CheckResult
{
    QString id; // the check's stable id ("cvmfs.mount")
    CheckGroup group = CheckGroup::Host;
    QString title; // the check's title, translated
    CheckStatus status = CheckStatus::NotApplicable;
    QString summary; // one line: what was found
    QStringList evidence; // what was read, from which file or command
    QStringList fixSteps; // what to do, in the order to try
    QList<QStringList> fixCommands; // exact commands of the fix, program first
    QString catalogueId; // the known-error catalogue entry for this finding, if any
    qint64 elapsedMs = -1; // how long the check took; -1 when unknown

    bool operator==(const CheckResult &other) const = default;
};

} // namespace Wharf

Q_DECLARE_METATYPE(Wharf::CheckResult)
