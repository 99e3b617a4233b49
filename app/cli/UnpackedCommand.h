// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Wharf {

// `wharf unpacked list|recipe`: the unpacked.cern.ch page without the window. `list` walks
// the roots with the page's own UnpackedScanner (every directory has its time limit, a
// directory that hangs is named and skipped) into the page's UnpackedTreeModel (so --filter
// matches exactly as the page's search field does) and prints one public name a line.
// `recipe` prints the recipe.yaml line of UnpackedRecipe. Exit codes: 0 done, 1 a directory
// could not be read (the list is incomplete), 2 usage errors and refused references,
// 128 + the signal number when stopped by Ctrl+C or SIGTERM.
class UnpackedCommand
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::UnpackedCommand)

public:
    int run(const QStringList &arguments);

private:
    // Runs scan() in a worker process of its own (see the .cpp) and relays its exit code.
    int list(const QStringList &arguments);
    int scan(const QStringList &arguments);
    int recipe(const QStringList &arguments);
};

} // namespace Wharf
