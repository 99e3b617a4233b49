// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LaunchRequest.h"
#include "base/Result.h"

#include <QString>

namespace Wharf {

// Checks a LaunchRequest before any plan is made, so that every value ends up as exactly one
// argument or is refused with a message that says what is wrong and what to do. Errors are
// ErrorCode::InvalidReference for images (ImageReference's own message) and
// ErrorCode::InvalidConfiguration for everything else; details name the field
// ("workingFolder", "binds[1].source", "environment[0].name", ...) so a dialog can mark it.
class LaunchRequestValidator
{
public:
    static VoidResult validate(const LaunchRequest &request);

    // An absolute host or container path that Docker's `-v SRC:DST[:ro]` and Apptainer's
    // `-B SRC:DST[:ro]` can express: starts with '/', holds no ':' or ',' (both tools split
    // the specification there, and neither has an escape) and no NUL. `what` names it for
    // the message ("The working folder").
    static VoidResult checkMountPath(const QString &path, const QString &what, const QString &field);
    static VoidResult checkAutomounterSettings(const AutomounterSettings &settings);
    // An engine address for the CLI's --host/--url: unix:// (a socket path may hold
    // blanks), tcp://, ssh:// or npipe:// (one word); never a control character. Empty is allowed (the CLI's default).
    static VoidResult checkEngineHost(const QString &host);
    // Docker's container name rule: [a-zA-Z0-9][a-zA-Z0-9_.-]+ (at least two characters).
    static VoidResult checkContainerName(const QString &name, const QString &field);
    // A full image ID, "sha256:" and 64 lower-case hex digits: the only form of an ID that
    // cannot be mistaken for a repository name (a short ID is a valid name).
    static bool isImageId(const QString &image);
};

} // namespace Wharf
