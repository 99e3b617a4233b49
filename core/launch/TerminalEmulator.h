// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Wharf {

// One terminal emulator and its own convention for "run this argument vector, with no shell
// in between". Each convention was checked against the terminal's documentation or source;
// the unit test pins every one argument by argument.
class TerminalEmulator
{
public:
    enum class Kind {
        XdgTerminalExec,   // xdg-terminal-exec PROG ARGS... (a leading -e would be dropped)
        EnvTerminal,       // $TERMINAL -e PROG ARGS... (assumed: the xterm convention)
        Konsole,           // konsole --nofork -e PROG ARGS... (-e takes everything after it)
        GnomeTerminal,     // gnome-terminal --title T -- PROG ARGS...
        Kgx,               // kgx --title T -- PROG ARGS... (GNOME Console)
        Xfce4Terminal,     // xfce4-terminal --disable-server --title T -x PROG ARGS...
        Tilix,             // tilix --new-process --title T -e 'ONE QUOTED STRING' (see .cpp)
        Kitty,             // kitty --title T PROG ARGS...
        Alacritty,         // alacritty --title T -e PROG ARGS...
        WezTerm,           // wezterm start --always-new-process -- PROG ARGS...
        Foot,              // foot --title T -- PROG ARGS...
        Xterm,             // xterm -T T -e PROG ARGS...
        XTerminalEmulator, // x-terminal-emulator -T T -e PROG ARGS... (Debian policy 11.8.3)
        MacTerminal,       // osascript ... do script "SHELL LINE" (Terminal.app)
        ITerm2,            // osascript ... write text "SHELL LINE" (iTerm2)
        WindowsTerminal,   // wt.exe new-tab --title T -- PROG ARGS... (";" escaped as "\;")
    };

    TerminalEmulator() = default;
    // executable: the found program (a full path); empty means programName() on the PATH.
    explicit TerminalEmulator(Kind kind, QString executable = {});

    // Every kind, in the order Linux detection tries them after the user's choice
    // (issue 5): xdg-terminal-exec, $TERMINAL, konsole, gnome-terminal, kgx, ...
    static QList<Kind> linuxSearchOrder();
    static QList<Kind> allKinds();
    // "xterm", "gnome-terminal", "macos-terminal", ... (stable: stored in settings).
    static QString idFor(Kind kind);
    static std::optional<Kind> kindForId(const QString &id);

    Kind kind() const { return m_kind; }
    QString id() const { return idFor(m_kind); }
    QString displayName() const;
    // The executable to look for ("xterm", "osascript", "wt.exe"); for EnvTerminal, empty
    // (the value of $TERMINAL is the executable).
    QString programName() const;
    // What to start: the found executable, or programName() when none was given.
    QString executable() const;
    bool supportsTitle() const;
    // Whether the command runs as a child of the process Wharf starts, and so inherits the
    // environment Wharf gives it. Terminals that hand the command to a window process that
    // is already running (kgx, the macOS terminals, whatever xdg-terminal-exec picks) do not:
    // environment variables cannot reach the command through them, secrets least of all.
    bool forwardsEnvironment() const;

    // The terminal's arguments (not including the executable) that run `command` (program
    // first) with `title` where the terminal supports one. Fails for an empty command or a
    // program that starts with "-" (a terminal would read it as its own option).
    Result<QStringList> arguments(const QStringList &command, const QString &title = {}) const;

private:
    Kind m_kind = Kind::Xterm;
    QString m_executable;
};

} // namespace Wharf
