// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EnvironmentVariable.h"
#include "LaunchPrecondition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Wharf {

// A launch as data (ARCHITECTURE.md): what would run, with what, after which checks. Shown
// live in the launch dialog, copied as a shell command, tested argument by argument, and only
// then handed to a terminal that runs `program` with `arguments`, no shell in between.
struct LaunchPlan
{
    QString program;
    QStringList arguments;
    // Added to the process environment, in this order (after the caller's own environment).
    QList<EnvironmentVariable> environment;
    // Names of variables whose values are secrets. The plan never holds the values: whoever
    // runs the plan puts them into the process environment at run time.
    QStringList secretEnvironment;
    // The directory the process starts in; empty: it does not matter (the plan says it).
    QString workingDirectory;
    QList<LaunchPrecondition> preconditions;
    QStringList warnings; // translated, one paragraph each

    QStringList argv() const { return QStringList{program} + arguments; }

    // One POSIX shell line (sh, bash, zsh) that runs the same vector in the same environment:
    //   [cd DIR && ]env NAME=value... SECRET... program arguments...
    // every word quoted with ShellQuote. A secret never appears: it is written as
    //   "NAME=${NAME:?export NAME first}"
    // so the pasted line takes the value from the user's own shell, and stops with that
    // message (running nothing) when it is not set.
    QString commandLine() const;
    // The placeholder word for one secret variable, as commandLine() writes it.
    static QString secretPlaceholder(const QString &name);

    bool operator==(const LaunchPlan &) const = default;
};

} // namespace Wharf
