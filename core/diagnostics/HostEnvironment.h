// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "engine/DiscoveryEnvironment.h"

#include <QByteArray>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace Wharf {

class CommandRunner;

// Everything the diagnostic checks read about the computer, gathered in one value so tests
// (and `WHARF_DIAGNOSE_ROOT`) can point the checks at a prepared tree.
//
// System paths (/sys/fs/selinux/enforce, /proc/self/mountinfo, /etc/subuid, /dev/fuse,
// /cvmfs, programs on the PATH, ...) are looked up under `root`; empty means the real "/".
// The home and working directories are taken as they are (not under root): tests set them
// to folders of their own. Evidence names the logical path ("/dev/fuse"), not the prefixed one.
struct HostEnvironment
{
    enum class Os { Linux, MacOs, Windows, Other };

    QString root; // prefix for system paths; empty for the real system
    QString homeDirectory;
    QString workingDirectory; // the analysis folder a launch would bind
    QString userName;
    uint userId = 0;
    Os os = Os::Linux;
    QString cpuArchitecture; // QSysInfo::currentCpuArchitecture() form: "x86_64", "arm64"
    QProcessEnvironment environment;
    std::shared_ptr<const CommandRunner> commandRunner;
    std::function<QDateTime()> clock;
    // Test hook: runs on the worker thread of every filesystem probe (PathProbe) before it
    // touches the path. Tests block in it to play a hung /cvmfs repository.
    std::function<void(const QString &logicalPath)> probeHook;

    // The real computer: "/", $HOME, the current directory, the user, this OS and CPU, the
    // process environment, a QProcess-based CommandRunner and the system clock.
    static HostEnvironment fromSystem();

    // root + logicalPath ("/proc/self/mountinfo" -> "<root>/proc/self/mountinfo").
    QString hostPath(const QString &logicalPath) const;
    // Reads a small file (at most maxBytes) under root. The error says why not, in words
    // ("No such file or directory") with the logical path as details.
    Result<QByteArray> readFile(const QString &logicalPath, qsizetype maxBytes = 1024 * 1024) const;
    // Whether something exists at the logical path, without following a final symbolic
    // link (so a dangling link or an automount point does not hang or lie). Safe for /cvmfs
    // itself (an autofs root or a plain directory), never for a repository below it: those go
    // through PathProbe.
    bool pathExists(const QString &logicalPath) const;
    // The executable `name` in the PATH directories of `environment` (then in extraDirectories),
    // looked up under root. Returns the path to run (prefixed with root), or empty. PATH
    // entries under /cvmfs are skipped: looking there may hang, and the programs the checks
    // look for are host tools.
    QString findProgram(const QString &name, const QStringList &extraDirectories = {}) const;
    // The logical form of a path findProgram returned (root stripped), for evidence.
    QString logicalPath(const QString &hostPath) const;
    // The home directory with a trailing path appended ("Library/Group Containers/...").
    QString homePath(const QString &relative) const;
    QDateTime now() const;

    static QString osName(Os os); // "linux", "macos", "windows", "other"

    // What engine discovery reads, taken from here (environment, home, root), so engine checks
    // look where the window looks. explicitHost: Wharf's engine setting.
    DiscoveryEnvironment discoveryEnvironment(const QString &explicitHost) const;
};

} // namespace Wharf
