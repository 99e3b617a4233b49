// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QProcess;

namespace Wharf {

// How Wharf reaches the host's programs: directly, or, inside a Flatpak sandbox, through
// `flatpak-spawn --host`, which asks Flatpak's session helper to run them on the host as the
// user. Every place that starts a host program (engine CLIs, terminals, credential helpers,
// the diagnostics' commands, the Podman service) goes through current(), so the sandbox is
// handled in one place.
//
// Inside the sandbox the host's /usr, /bin and /sbin are seen under /run/host (the manifest's
// host-os permission): programs are looked up there and run by their host path.
class HostAccess
{
public:
    // Outside any sandbox: programs run as they are.
    HostAccess() = default;

    // Inside the Flatpak of appId. spawnProgram runs commands on the host; hostFilesRoot is
    // where the host's /usr is seen. Tests give a stand-in for both.
    static HostAccess flatpak(const QString &appId, const QString &spawnProgram = QStringLiteral("/usr/bin/flatpak-spawn"),
                              const QString &hostFilesRoot = QStringLiteral("/run/host"));
    // What this process runs in: a Flatpak when flatpakInfoPath exists and names the app.
    static HostAccess detect(const QString &flatpakInfoPath = QStringLiteral("/.flatpak-info"));
    // The application id in a /.flatpak-info file ("[Application]" section, "name" key).
    static Result<QString> parseFlatpakInfo(const QByteArray &content);

    // The process-wide value: detect() on first use, unless setCurrent() came first. Tests of
    // child processes set WHARF_TEST_FLATPAK_SPAWN to a stand-in for flatpak-spawn instead.
    static const HostAccess &current();
    // main() does not need it; tests play a sandbox with it.
    static void setCurrent(const HostAccess &access);

    bool isSandboxed() const { return !m_appId.isEmpty(); }
    QString appId() const { return m_appId; }

    // The argument vector that runs argv on the host, with the environment variables added
    // (never secrets: inside the sandbox they become arguments) and in workingDirectory.
    // Outside the sandbox: argv itself; the caller sets the environment and directory.
    QStringList hostCommand(const QStringList &argv, const QList<QPair<QString, QString>> &environment = {},
                            const QString &workingDirectory = {}) const;
    // Rewrites a configured QProcess (program, arguments, environment, directory) so that it
    // runs on the host; the variables it sets that this process does not have go along. Call
    // it last, just before start(). Does nothing outside the sandbox.
    void prepare(QProcess &process) const;

    // The executable `name` in directories (absolute ones only; /cvmfs is skipped, a stat()
    // there may hang), or `name` itself when it is an absolute path. Inside the sandbox the host's standard directories are searched instead
    // of the sandbox's own, and the host path is returned. Empty when not found.
    QString findProgram(const QString &name, const QStringList &directories) const;
    // The same search under a prepared tree (diagnostics tests): returns the prefixed path.
    static QString findProgramUnder(const QString &root, const QString &name, const QStringList &directories);

    // How a host program (a terminal emulator) runs this Wharf: the binary, or, from the
    // sandbox, `flatpak run --command=wharf <app id>`.
    QStringList selfCommand(const QString &wharfBinary) const;
    // A folder that this process, the host and another instance of Wharf all see, private to
    // the user: the temporary folder, or, in the sandbox, $XDG_RUNTIME_DIR/app/<app id>.
    QString sharedTemporaryDirectory() const;

private:
    QString m_appId;
    QString m_spawnProgram;
    QString m_hostFilesRoot;
};

} // namespace Wharf
