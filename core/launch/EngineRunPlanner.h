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
    // engineHost: as LaunchRequest::engineHost.
    static Result<LaunchPlan> automounterStartPlan(EngineKind engine, const AutomounterSettings &settings,
                                                   const HostFacts &facts, const QString &engineHost = {});
    // What an interactive container runs when the user gave no command: the chosen shell, or
    // sh with a one-line notice when the image does not have it (many slim images lack bash).
    // "sh" itself is run as it is.
    static QStringList interactiveShellArguments(const QString &shell);
};

} // namespace Wharf
