// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TerminalEmulator.h"
#include "base/Result.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace Wharf {

// Finds the terminal emulator to launch in: the user's choice from the settings, then the
// order of issue 5 (xdg-terminal-exec, $TERMINAL, konsole, gnome-terminal, kgx, ...), each
// looked up on the PATH of the given environment. Pure: no settings, no global state, so a
// test hands it a fake PATH.
class TerminalDetector
{
public:
    enum class Platform { Linux, MacOS, Windows };

    explicit TerminalDetector(QProcessEnvironment environment, Platform platform = currentPlatform());

    static Platform currentPlatform();
    // Where the macOS applications live (the iTerm2 check); tests point it at a fixture.
    void setApplicationsDirectory(const QString &directory) { m_applicationsDirectory = directory; }

    // preferredId: a TerminalEmulator id from the settings, or empty for automatic.
    // needsEnvironment: the command needs environment variables (secrets among them), so a
    // terminal that cannot pass them on is skipped (and refused when it is the user's choice).
    Result<TerminalEmulator> detect(const QString &preferredId = {}, bool needsEnvironment = false) const;
    // Every terminal found, in search order (for a settings combo box).
    QList<TerminalEmulator> available() const;

private:
    std::optional<TerminalEmulator> find(TerminalEmulator::Kind kind) const;
    QString findExecutable(const QString &name) const;
    QStringList searchedNames() const;

    QProcessEnvironment m_environment;
    Platform m_platform;
    QString m_applicationsDirectory = QStringLiteral("/Applications");
};

} // namespace Wharf
