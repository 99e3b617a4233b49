// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Wharf {

// `wharf run-in-terminal --report FILE [--no-wait] [--no-capture] [--env NAME=VALUE]...
//  -- PROGRAM [ARGS...]`: hidden; what a terminal window runs for TerminalSession. Starts
// PROGRAM on the terminal's stdin and stdout (interactive use works: same tty), passes its
// stderr through to the terminal while keeping the last 64 KiB, then writes a RunReport to
// FILE (atomically) and, when the command failed quickly, says so and waits for Enter so
// that the window does not vanish with the message. Plain POSIX on purpose: a small
// separate process, not the GUI. Exit code: the command's (128 + N for signal N), 2 for
// usage errors.
class RunInTerminalCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace Wharf
