// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace Wharf::Test {

// A real FUSE file system whose readdir of "hang.example.org" sleeps for an hour, the way a
// CVMFS repository hangs when its network or proxy is down (tests/support/unpacked-hanging-fs.py,
// which also serves "ok.example.org" normally and a folder it refuses). Stands in for a hung
// /cvmfs in the unpacked.cern.ch tests. Needs root, /dev/fuse and python3-fusepy.
class HangingFuseMount
{
public:
    HangingFuseMount() = default;
    ~HangingFuseMount();
    HangingFuseMount(const HangingFuseMount &) = delete;
    HangingFuseMount &operator=(const HangingFuseMount &) = delete;

    // Empty when it can be mounted here, else what is missing (for WHARF_REQUIRE_SERVICE).
    static QString missingReason();

    // Mounts at `mountpoint` (created) and waits until it serves; empty when done, else why not.
    QString mount(const QString &mountpoint);
    // Ends the daemon (which fails the blocked calls with ENOTCONN) and detaches the mount.
    void unmount();

    QString mountpoint() const { return m_mountpoint; }

private:
    std::unique_ptr<QProcess> m_daemon;
    QString m_mountpoint;
};

} // namespace Wharf::Test
