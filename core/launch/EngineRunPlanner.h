// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HostFacts.h"
#include "LaunchPlan.h"
#include "LaunchRequest.h"
#include "base/Result.h"

namespace Wharf {

// Plans for the strategies that start a Docker or Podman container (host mount, automounter,
// FUSE): one `docker|podman run` builder, so the common options (working folder, binds, user,
// platform, X11, Kerberos, SELinux) are written once. Expects a request that
// LaunchRequestValidator accepted; LaunchPlanner is the entry point.
class EngineRunPlanner
{
public:
    static Result<LaunchPlan> plan(const LaunchRequest &request, const HostFacts &facts);
    // The cvmfs-automounter container, exactly as its documentation starts it.
    static Result<LaunchPlan> automounterStartPlan(EngineKind engine, const AutomounterSettings &settings,
                                                   const HostFacts &facts);
};

} // namespace Wharf
