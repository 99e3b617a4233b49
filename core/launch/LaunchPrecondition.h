// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// Something that must hold on this computer before the plan can run. The planner only names
// them (it touches nothing); a checker runs them, off the GUI thread, with timeouts.
struct LaunchPrecondition
{
    enum class Kind {
        PathExists,          // subject: an absolute host path (lstat, never a readdir)
        RepositoryAnswers,   // subject: "<cvmfs root>/<repository>"; touching it mounts it
        SharedMount,         // subject: a host path that must be a shared mount point
        ContainerRunning,    // subject: a container name on the plan's engine
        FileSharingIncludes, // subject: a host path Docker Desktop must share into its VM
        ProgramFound,        // subject: a program name looked up on the PATH
    };

    Kind kind = Kind::PathExists;
    QString subject;
    QString description; // translated: what is checked and why

    // "path-exists", "repository-answers", ... for JSON output and tests.
    static QString kindName(Kind kind);

    bool operator==(const LaunchPrecondition &) const = default;
};

} // namespace Wharf
