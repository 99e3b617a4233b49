// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// The outcome of one diagnostic check.
// A check that does not answer within its time limit is Failed, with the evidence "no answer
// within N s": to the user a hung /cvmfs is a failure, not a separate state. Cancelled is only
// for checks the user stopped before they answered; it is neither good nor bad.
enum class CheckStatus {
    Ok,
    Warning, // works, but something will bite in some set-ups (SELinux enforcing, arm64)
    Failed, // broken: the fix is needed
    NotApplicable, // does not concern this computer (no Docker Desktop, not Linux, ...)
    Cancelled, // stopped before it answered
};

// A stable identifier for JSON and tests: "ok", "warning", "failed", "not-applicable", "cancelled".
QString checkStatusName(CheckStatus status);
// The translated label shown to the user ("OK", "Warning", ...).
QString checkStatusLabel(CheckStatus status);
// How bad a status is, to combine several findings: Failed > Warning > Ok > NotApplicable.
int checkStatusSeverity(CheckStatus status);

} // namespace Wharf
