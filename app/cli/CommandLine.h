// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Wharf {

// The headless side of the one `wharf` binary: `wharf engines`, `wharf images`, `--version`,
// `--help`. It drives the same core objects as the window.
class CommandLine
{
public:
    // Whether these arguments ask for a command rather than the window.
    static bool wantsCommand(const QStringList &arguments);
    // Runs the command in a QCoreApplication the caller created; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace Wharf
