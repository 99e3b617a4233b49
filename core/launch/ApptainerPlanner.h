// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HostFacts.h"
#include "LaunchPlan.h"
#include "LaunchRequest.h"
#include "base/Result.h"

namespace Wharf {

// `apptainer shell|exec` (or `singularity`, whichever the host has) on a docker:// reference
// or an absolute image path (an unpacked.cern.ch directory, a .sif file). Expects a request
// that LaunchRequestValidator accepted; LaunchPlanner is the entry point.
//
// Engine-only options do not apply: Apptainer runs as the user, passes DISPLAY and the
// environment through and binds /tmp and $HOME by default (so X11 and a Kerberos cache in
// /tmp work without options); keepContainer, containerName and platform are ignored (the last
// with a warning).
class ApptainerPlanner
{
public:
    static Result<LaunchPlan> plan(const LaunchRequest &request, const HostFacts &facts);

    // "apptainer" or "singularity" (apptainer when neither was found: the plan then carries
    // a ProgramFound precondition that fails with the reason).
    static QString programName(const HostFacts &facts);
    // "APPTAINER" or "SINGULARITY": the prefix of the tool's environment variables.
    static QString variablePrefix(const HostFacts &facts);
    // One -B value: "SRC", "SRC:DST" or "SRC:DST:ro" (paths checked by LaunchRequestValidator).
    static QString bindSpec(const QString &source, const QString &target, bool readOnly);
};

} // namespace Wharf
