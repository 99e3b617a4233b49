// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// What the planners need to know about this computer, handed in so that planning is pure:
// the same request and facts always give the same plan, and tests describe a Mac or an
// SELinux host without having one. Filling it from the real machine is a probe's job.
struct HostFacts
{
    enum class Os { Linux, MacOs, Windows };
    enum class ApptainerProgram { None, Apptainer, Singularity };

    Os os = Os::Linux;
    bool dockerDesktop = false;    // the engine runs in Docker Desktop's VM (macOS, Windows, Linux)
    QString architecture = QStringLiteral("amd64"); // OCI form; see ociArchitecture()
    uint userId = 1000;
    uint groupId = 1000;
    QString userName;              // for the xhost hint; empty: "$USER" is shown
    QString display;               // $DISPLAY, empty when there is none
    bool x11SocketDirectoryExists = false; // /tmp/.X11-unix
    QString kerberosCache;         // ticket cache file (KRB5CCNAME without "FILE:"), empty: none
    bool afsExists = false;        // /afs
    bool eosExists = false;        // /eos
    ApptainerProgram apptainer = ApptainerProgram::None;
    QString apptainerCacheDirectory; // where apptainer would cache images (for messages)
    bool apptainerCacheOnAfs = false;
    // A local (not network) folder of this user for caches; empty: /tmp/<user name or uid>.
    QString localScratchDirectory;
    bool selinuxEnforcing = false;
    bool appArmorEnabled = false;

    // QSysInfo::currentCpuArchitecture() or `uname -m` in the form platforms use:
    // x86_64 -> amd64, aarch64 -> arm64, i386/i686 -> 386, armv7l -> arm; others lower-cased.
    static QString ociArchitecture(const QString &cpuArchitecture);

    // Whether the engine runs its containers directly on this Linux kernel (not in a VM):
    // only then do mount propagation, /dev/fuse on the host and SELinux labels apply.
    bool nativeLinuxEngine() const { return os == Os::Linux && !dockerDesktop; }
    // The folder a plan uses instead of an AFS cache.
    QString scratchDirectory() const;
};

} // namespace Wharf
