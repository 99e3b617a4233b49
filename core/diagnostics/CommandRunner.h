// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <chrono>

class QObject;

namespace Wharf {

class CommandCall;

// The one seam through which diagnostics run host programs (`apptainer --version`, ...).
// Tests override start(); from a Flatpak, CommandCall goes through HostAccess.
class CommandRunner
{
public:
    CommandRunner() = default;
    virtual ~CommandRunner();
    CommandRunner(const CommandRunner &) = delete;
    CommandRunner &operator=(const CommandRunner &) = delete;

    // Creates a call for program (an absolute path, as HostEnvironment::findProgram returns)
    // with arguments and a time limit. The call starts on the next turn of the event loop;
    // connect to its finished() signal right away. It is a child of parent until it deletes
    // itself after reporting.
    virtual CommandCall *start(const QString &program, const QStringList &arguments,
        std::chrono::milliseconds timeout, QObject *parent) const;
};

} // namespace Wharf
