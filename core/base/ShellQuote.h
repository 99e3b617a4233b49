// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Wharf {

// Shows an argument vector as one POSIX shell command line that a user can copy into sh, bash
// or zsh and that runs exactly that vector: no expansion, no word splitting, no globbing.
// Only for display and copying: Wharf itself never runs a command through a shell.
class ShellQuote
{
public:
    // One word: left bare when it holds only characters no shell treats specially
    // (ASCII letters, digits and @%+=:,./_-), otherwise in single quotes, each ' written as
    // '\''. The empty string becomes '', and a word starting with "=" is quoted (zsh expands it).
    static QString quote(const QString &word);
    // The words quoted and joined with single spaces. A first word with "=" is quoted too,
    // or the shell would read it as a variable assignment instead of the program.
    static QString join(const QStringList &argv);
};

} // namespace Wharf
