// SPDX-License-Identifier: Apache-2.0
#include "TerminalEmulator.h"

#include "base/ShellQuote.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::TerminalEmulator)
};

struct KindInfo
{
    TerminalEmulator::Kind kind;
    QString id;
    QString program;
    QString displayName;
};

const QList<KindInfo> &kindTable()
{
    using K = TerminalEmulator::Kind;
    static const QList<KindInfo> table{
        {K::XdgTerminalExec, u"xdg-terminal-exec"_s, u"xdg-terminal-exec"_s, u"xdg-terminal-exec"_s},
        {K::EnvTerminal, u"env-terminal"_s, QString(), u"$TERMINAL"_s},
        {K::Konsole, u"konsole"_s, u"konsole"_s, u"Konsole"_s},
        {K::GnomeTerminal, u"gnome-terminal"_s, u"gnome-terminal"_s, u"GNOME Terminal"_s},
        {K::Kgx, u"kgx"_s, u"kgx"_s, u"GNOME Console"_s},
        {K::Xfce4Terminal, u"xfce4-terminal"_s, u"xfce4-terminal"_s, u"Xfce Terminal"_s},
        {K::Tilix, u"tilix"_s, u"tilix"_s, u"Tilix"_s},
        {K::Kitty, u"kitty"_s, u"kitty"_s, u"kitty"_s},
        {K::Alacritty, u"alacritty"_s, u"alacritty"_s, u"Alacritty"_s},
        {K::WezTerm, u"wezterm"_s, u"wezterm"_s, u"WezTerm"_s},
        {K::Foot, u"foot"_s, u"foot"_s, u"foot"_s},
        {K::Xterm, u"xterm"_s, u"xterm"_s, u"XTerm"_s},
        {K::XTerminalEmulator, u"x-terminal-emulator"_s, u"x-terminal-emulator"_s, u"x-terminal-emulator"_s},
        {K::MacTerminal, u"macos-terminal"_s, u"osascript"_s, u"Terminal"_s},
        {K::ITerm2, u"iterm2"_s, u"osascript"_s, u"iTerm2"_s},
        {K::WindowsTerminal, u"windows-terminal"_s, u"wt.exe"_s, u"Windows Terminal"_s},
    };
    return table;
}

const KindInfo &infoFor(TerminalEmulator::Kind kind)
{
    for (const KindInfo &info : kindTable()) {
        if (info.kind == kind)
            return info;
    }
    Q_UNREACHABLE();
}

// The macOS terminals take a line for the user's login shell, not a vector: the only place
// where quoting cannot be avoided. The line goes to osascript as a run-handler argument
// (never spliced into AppleScript source), and "exec" replaces the window's shell so the
// window's process is the command.
QStringList appleScriptArguments(const QStringList &scriptLines, const QString &shellLine,
                                 const QString &title)
{
    QStringList args;
    for (const QString &line : scriptLines)
        args << u"-e"_s << line;
    args << shellLine << title;
    return args;
}

} // namespace

TerminalEmulator::TerminalEmulator(Kind kind, QString executable)
    : m_kind(kind), m_executable(std::move(executable))
{
}

QList<TerminalEmulator::Kind> TerminalEmulator::linuxSearchOrder()
{
    return {Kind::XdgTerminalExec, Kind::EnvTerminal, Kind::Konsole,   Kind::GnomeTerminal,
            Kind::Kgx,             Kind::Xfce4Terminal, Kind::Tilix,   Kind::Kitty,
            Kind::Alacritty,       Kind::WezTerm,     Kind::Foot,      Kind::Xterm,
            Kind::XTerminalEmulator};
}

QList<TerminalEmulator::Kind> TerminalEmulator::allKinds()
{
    QList<Kind> kinds;
    for (const KindInfo &info : kindTable())
        kinds.append(info.kind);
    return kinds;
}

QString TerminalEmulator::idFor(Kind kind)
{
    return infoFor(kind).id;
}

std::optional<TerminalEmulator::Kind> TerminalEmulator::kindForId(const QString &id)
{
    for (const KindInfo &info : kindTable()) {
        if (info.id == id)
            return info.kind;
    }
    return std::nullopt;
}

QString TerminalEmulator::displayName() const
{
    return infoFor(m_kind).displayName;
}

QString TerminalEmulator::programName() const
{
    return infoFor(m_kind).program;
}

QString TerminalEmulator::executable() const
{
    return m_executable.isEmpty() ? programName() : m_executable;
}

bool TerminalEmulator::supportsTitle() const
{
    switch (m_kind) {
    case Kind::XdgTerminalExec: // no title option in its specification
    case Kind::EnvTerminal:     // unknown terminal: only -e is assumed
    case Kind::Konsole:         // -T is accepted but ignored (Debian policy compatibility)
    case Kind::WezTerm:         // `wezterm start` has no title option
        return false;
    case Kind::GnomeTerminal:
    case Kind::Kgx:
    case Kind::Xfce4Terminal:
    case Kind::Tilix:
    case Kind::Kitty:
    case Kind::Alacritty:
    case Kind::Foot:
    case Kind::Xterm:
    case Kind::XTerminalEmulator:
    case Kind::MacTerminal:
    case Kind::ITerm2:
    case Kind::WindowsTerminal:
        return true;
    }
    return false;
}

bool TerminalEmulator::forwardsEnvironment() const
{
    switch (m_kind) {
    case Kind::XdgTerminalExec: // may pick a terminal that runs in an existing process
    case Kind::Kgx:             // a running instance spawns with its own environment
    case Kind::MacTerminal:     // Terminal.app starts a login shell of its own
    case Kind::ITerm2:
        return false;
    case Kind::EnvTerminal:
    case Kind::Konsole:         // --nofork: a process of its own
    case Kind::GnomeTerminal:   // the client passes its environment to the server
    case Kind::Xfce4Terminal:   // --disable-server: a process of its own
    case Kind::Tilix:           // --new-process: a process of its own
    case Kind::Kitty:
    case Kind::Alacritty:
    case Kind::WezTerm:         // --always-new-process
    case Kind::Foot:
    case Kind::Xterm:
    case Kind::XTerminalEmulator:
    case Kind::WindowsTerminal:
        return true;
    }
    return false;
}

Result<QStringList> TerminalEmulator::arguments(const QStringList &command, const QString &title) const
{
    if (command.isEmpty() || command.first().isEmpty())
        return Error(ErrorCode::InvalidConfiguration, Tr::tr("There is no command to run in the terminal."));
    if (command.first().startsWith(u'-')) {
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("The program to run in the terminal, \"%1\", starts with \"-\": a terminal would "
                            "read it as one of its own options. Give the program's full path.")
                         .arg(command.first()));
    }
    const bool withTitle = !title.isEmpty() && supportsTitle();
    QStringList args;
    switch (m_kind) {
    case Kind::XdgTerminalExec:
        args << command;
        break;
    case Kind::EnvTerminal:
        args << u"-e"_s << command;
        break;
    case Kind::Konsole:
        // Konsole takes everything after the first "-e" as the command; only a single word
        // that is not an executable would be split like a shell line, and a program with
        // arguments never is.
        args << u"--nofork"_s << u"-e"_s << command;
        break;
    case Kind::GnomeTerminal:
        if (withTitle)
            args << u"--title=%1"_s.arg(title);
        args << u"--"_s << command;
        break;
    case Kind::Kgx:
        if (withTitle)
            args << u"--title=%1"_s.arg(title);
        args << u"--"_s << command;
        break;
    case Kind::Xfce4Terminal:
        args << u"--disable-server"_s;
        if (withTitle)
            args << u"--title=%1"_s.arg(title);
        args << u"-x"_s << command;
        break;
    case Kind::Tilix:
        // Tilix turns "-e A B C" into one string, quoting only words with a space, and then
        // splits that string with g_shell_parse_argv: quotes, backslashes and empty words
        // would not survive. Given exactly one word after -e it passes that word through
        // untouched, so the vector goes in as one string quoted for g_shell_parse_argv
        // (POSIX single quotes, which it reads literally). No shell runs the command.
        args << u"--new-process"_s;
        if (withTitle)
            args << u"--title=%1"_s.arg(title);
        args << u"-e"_s << ShellQuote::join(command);
        break;
    case Kind::Kitty:
        if (withTitle)
            args << u"--title"_s << title;
        args << command;
        break;
    case Kind::Alacritty:
        if (withTitle)
            args << u"--title"_s << title;
        args << u"-e"_s << command;
        break;
    case Kind::WezTerm:
        args << u"start"_s << u"--always-new-process"_s << u"--"_s << command;
        break;
    case Kind::Foot:
        if (withTitle)
            args << u"--title=%1"_s.arg(title);
        args << u"--"_s << command;
        break;
    case Kind::Xterm:
    case Kind::XTerminalEmulator:
        if (withTitle)
            args << u"-T"_s << title;
        args << u"-e"_s << command;
        break;
    case Kind::MacTerminal:
        args = appleScriptArguments({u"on run argv"_s, u"tell application \"Terminal\""_s, u"activate"_s,
                                     u"set wharfTab to do script (item 1 of argv)"_s,
                                     u"if (item 2 of argv) is not \"\" then set custom title of wharfTab to (item 2 of argv)"_s,
                                     u"end tell"_s, u"end run"_s},
                                    u"exec "_s + ShellQuote::join(command), withTitle ? title : QString());
        break;
    case Kind::ITerm2:
        args = appleScriptArguments({u"on run argv"_s, u"tell application \"iTerm\""_s, u"activate"_s,
                                     u"set wharfWindow to (create window with default profile)"_s,
                                     u"tell current session of wharfWindow"_s,
                                     u"if (item 2 of argv) is not \"\" then set name to (item 2 of argv)"_s,
                                     u"write text (item 1 of argv)"_s, u"end tell"_s, u"end tell"_s, u"end run"_s},
                                    u"exec "_s + ShellQuote::join(command), withTitle ? title : QString());
        break;
    case Kind::WindowsTerminal: {
        // wt.exe splits its command line into subcommands at every ";", even inside an
        // argument, unless it is written "\;".
        const auto escaped = [](QString word) { return word.replace(u";"_s, u"\\;"_s); };
        args << u"new-tab"_s;
        if (withTitle)
            args << u"--title"_s << escaped(title);
        args << u"--"_s;
        for (const QString &word : command)
            args << escaped(word);
        break;
    }
    }
    return args;
}

} // namespace Wharf
