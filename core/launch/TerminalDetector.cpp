// SPDX-License-Identifier: Apache-2.0
#include "TerminalDetector.h"

#include "base/HostAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::TerminalDetector)
};

} // namespace

TerminalDetector::TerminalDetector(QProcessEnvironment environment, Platform platform)
    : m_environment(std::move(environment)), m_platform(platform)
{
}

TerminalDetector::Platform TerminalDetector::currentPlatform()
{
#if defined(Q_OS_MACOS)
    return Platform::MacOS;
#elif defined(Q_OS_WIN)
    return Platform::Windows;
#else
    return Platform::Linux;
#endif
}

QString TerminalDetector::findExecutable(const QString &name) const
{
    if (name.isEmpty())
        return {};
    if (name.contains(u'/')) {
        const QFileInfo info(name);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QChar separator = m_platform == Platform::Windows ? u';' : u':';
    const QStringList path = m_environment.value(u"PATH"_s).split(separator, Qt::SkipEmptyParts);
    if (m_platform == Platform::Windows)
        return path.isEmpty() ? QString() : QStandardPaths::findExecutable(name, path);
    // From a Flatpak the terminal is the host's: HostAccess looks there.
    if (path.isEmpty() && !HostAccess::current().isSandboxed())
        return {};
    return HostAccess::current().findProgram(name, path);
}

std::optional<TerminalEmulator> TerminalDetector::find(TerminalEmulator::Kind kind) const
{
    using K = TerminalEmulator::Kind;
    switch (kind) {
    case K::MacTerminal:
        // Terminal.app comes with every macOS; osascript drives it.
        if (m_platform != Platform::MacOS)
            return std::nullopt;
        return TerminalEmulator(kind, u"/usr/bin/osascript"_s);
    case K::ITerm2:
        if (m_platform != Platform::MacOS || !QFileInfo::exists(m_applicationsDirectory + u"/iTerm.app"_s))
            return std::nullopt;
        return TerminalEmulator(kind, u"/usr/bin/osascript"_s);
    case K::EnvTerminal: {
        // $TERMINAL is one program (a name or a path); a value with spaces is not split.
        const QString found = findExecutable(m_environment.value(u"TERMINAL"_s).trimmed());
        if (found.isEmpty())
            return std::nullopt;
        return TerminalEmulator(kind, found);
    }
    case K::XdgTerminalExec:
    case K::Konsole:
    case K::GnomeTerminal:
    case K::Kgx:
    case K::Xfce4Terminal:
    case K::Tilix:
    case K::Kitty:
    case K::Alacritty:
    case K::WezTerm:
    case K::Foot:
    case K::Xterm:
    case K::XTerminalEmulator:
    case K::WindowsTerminal: {
        const QString found = findExecutable(TerminalEmulator(kind).programName());
        if (found.isEmpty())
            return std::nullopt;
        return TerminalEmulator(kind, found);
    }
    }
    return std::nullopt;
}

QList<TerminalEmulator> TerminalDetector::available() const
{
    QList<TerminalEmulator::Kind> order;
    switch (m_platform) {
    case Platform::MacOS:
        order = {TerminalEmulator::Kind::ITerm2, TerminalEmulator::Kind::MacTerminal};
        break;
    case Platform::Windows:
        order = {TerminalEmulator::Kind::WindowsTerminal};
        break;
    case Platform::Linux:
        order = TerminalEmulator::linuxSearchOrder();
        break;
    }
    QList<TerminalEmulator> found;
    for (TerminalEmulator::Kind kind : std::as_const(order)) {
        if (auto terminal = find(kind))
            found.append(*terminal);
    }
    return found;
}

QStringList TerminalDetector::searchedNames() const
{
    switch (m_platform) {
    case Platform::MacOS:
        return {u"iTerm2"_s, u"Terminal"_s};
    case Platform::Windows:
        return {u"wt.exe"_s};
    case Platform::Linux:
        break;
    }
    QStringList names;
    for (TerminalEmulator::Kind kind : TerminalEmulator::linuxSearchOrder())
        names << (kind == TerminalEmulator::Kind::EnvTerminal ? u"$TERMINAL"_s : TerminalEmulator(kind).programName());
    return names;
}

Result<TerminalEmulator> TerminalDetector::detect(const QString &preferredId, bool needsEnvironment) const
{
    if (!preferredId.isEmpty()) {
        const auto kind = TerminalEmulator::kindForId(preferredId);
        if (!kind) {
            return Error(ErrorCode::InvalidConfiguration,
                         Tr::tr("The terminal chosen in the settings, \"%1\", is not one Wharf knows. "
                                "Choose another terminal in the settings, or \"automatic\".")
                             .arg(preferredId));
        }
        const auto terminal = find(*kind);
        if (!terminal) {
            return Error(ErrorCode::ProgramNotFound,
                         Tr::tr("The terminal chosen in the settings, %1, is not installed (no \"%2\" on the PATH). "
                                "Install it, or choose another terminal in the settings.")
                             .arg(TerminalEmulator(*kind).displayName(), TerminalEmulator(*kind).programName()),
                         m_environment.value(u"PATH"_s));
        }
        if (needsEnvironment && !terminal->forwardsEnvironment()) {
            return Error(ErrorCode::InvalidConfiguration,
                         Tr::tr("%1 runs commands in a window process of its own, so Wharf cannot pass this "
                                "launch's environment variables (a registry password among them) to it. "
                                "Choose another terminal in the settings.")
                             .arg(terminal->displayName()));
        }
        return *terminal;
    }
    bool skippedForEnvironment = false;
    for (const TerminalEmulator &terminal : available()) {
        if (needsEnvironment && !terminal.forwardsEnvironment()) {
            skippedForEnvironment = true;
            continue;
        }
        return terminal;
    }
    QString fix;
    switch (m_platform) {
    case Platform::Linux:
        fix = Tr::tr("Install a terminal emulator: your desktop's own (Konsole, GNOME Terminal, ...) or, on "
                     "Debian and Ubuntu, \"sudo apt install xterm\". Or set TERMINAL to the one you use.");
        break;
    case Platform::MacOS:
        fix = Tr::tr("Wharf drives Terminal or iTerm2 through osascript, which was not found.");
        break;
    case Platform::Windows:
        fix = Tr::tr("Install Windows Terminal from the Microsoft Store.");
        break;
    }
    if (skippedForEnvironment) {
        fix = Tr::tr("The terminals found run commands in a window process of their own and cannot receive "
                     "this launch's environment variables. ") + fix;
    }
    return Error(ErrorCode::ProgramNotFound,
                 Tr::tr("No terminal emulator found. Looked for: %1. %2").arg(searchedNames().join(u", "_s), fix),
                 m_environment.value(u"PATH"_s));
}

} // namespace Wharf
