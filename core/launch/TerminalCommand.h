// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Wharf {

// What TerminalSession runs: the part of a launch plan a terminal needs. Secrets are
// name/value pairs fetched at run time; they only ever reach the child's environment,
// never an argument vector, a file or a log.
struct TerminalCommand
{
    QString program;
    QStringList arguments;
    QList<QPair<QString, QString>> environment; // added to the system environment
    QList<QPair<QString, QString>> secrets;     // added too, never shown anywhere
    QString workingDirectory;                   // empty: Wharf's own
    QString title;                              // window title where the terminal has one
    // Leave stderr on the terminal instead of capturing it: for an interactive shell started
    // directly (apptainer shell, cmssw-elN), which only prompts when stderr is a terminal.
    bool captureStderr = true;
};

} // namespace Wharf
