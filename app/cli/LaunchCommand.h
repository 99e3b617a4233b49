// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Wharf {

// `wharf launch [--strategy host|automounter|fuse|apptainer|cmssw] [--engine NAME]
//  [--workdir DIR] [--bind SRC[:DST][:ro]]... [--cvmfs-root DIR] [--repo NAME]... [--print]
//  [more options] IMAGE [-- COMMAND...]`: the launch dialog's plan, from a terminal. --print
// writes the plan's shell command and exits; otherwise the preconditions are checked and the
// plan's program replaces this process (exec), so the container runs in this very terminal.
// Bad input is refused with a message before anything runs. Exit status: 2 wrong usage or a
// request that cannot be planned, 1 a precondition failed, else the program's own.
class LaunchCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace Wharf
