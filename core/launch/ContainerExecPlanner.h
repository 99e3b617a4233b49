// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LaunchPlan.h"
#include "base/Result.h"
#include "engine/EngineKind.h"

#include <QString>

namespace Wharf {

// Plans for the Containers page: another terminal into a running container, and its log
// followed in a terminal. Like EngineRunPlanner, an argument vector that runs with no shell
// in between; the container is one argument after the options, and a name that is not one
// the engines allow (a hostile engine's reply, a leading dash) is refused, never run.
class ContainerExecPlanner
{
public:
    // docker|podman [--host URL | --remote --url URL] exec -it [-w DIR] CONTAINER SHELL...
    // with EngineRunPlanner::interactiveShellArguments(shell) (bash or zsh, falling back to
    // sh when the image lacks it). No --user: exec runs as the user the container was
    // started with, which is what a second terminal should be. container: a name or an ID;
    // engineHost: as LaunchRequest::engineHost; workingDirectory: empty for the container's
    // own (the working folder a Wharf launch set with -w).
    static Result<LaunchPlan> shellPlan(EngineKind engine, const QString &engineHost,
        const QString &container, const QString &shell, const QString &workingDirectory = {});
    // docker|podman [...] logs --follow --tail N CONTAINER (N < 0: the whole log).
    static Result<LaunchPlan> logsPlan(
        EngineKind engine, const QString &engineHost, const QString &container, int tail = 1000);
};

} // namespace Wharf
