// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HostFacts.h"
#include "LaunchPlan.h"
#include "LaunchRequest.h"
#include "base/Result.h"

namespace Wharf {

// The one entry point: the user's choices and the host's facts in, a plan (or the reason
// there is none) out. Pure: starts nothing, reads nothing from the machine.
class LaunchPlanner
{
public:
    static Result<LaunchPlan> plan(const LaunchRequest &request, const HostFacts &facts);
    // `docker|podman run -d --name cvmfs --pid=host --user 0 --privileged --restart always
    //  -v /shared-mounts:/cvmfsmounts:rshared gitlab-registry.cern.ch/vcs/cvmfs-automounter:master`
    // with the settings' values, and a warning explaining the privileges (to confirm first).
    static Result<LaunchPlan> automounterStartPlan(EngineKind engine, const AutomounterSettings &settings,
                                                   const HostFacts &facts, const QString &engineHost = {});
};

} // namespace Wharf
