// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Wharf {

// One line of /proc/self/mountinfo (proc(5)):
//   36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
// Paths are unescaped (\040 -> space).
struct MountInfoEntry
{
    int mountId = 0;
    int parentId = 0;
    QString device; // "98:0"
    QString root; // the part of the source filesystem mounted here
    QString mountPoint;
    QString mountOptions;
    QStringList optionalFields; // "shared:1", "master:2", "propagate_from:3", "unbindable"
    QString fsType;
    QString source;
    QString superOptions;

    std::optional<int> sharedPeerGroup() const;
    std::optional<int> masterPeerGroup() const;
    bool isUnbindable() const;
    bool isShared() const { return sharedPeerGroup().has_value(); }
    bool isSlave() const { return masterPeerGroup().has_value(); }
    bool isPrivate() const { return !isShared() && !isSlave() && !isUnbindable(); }
    // "shared:1", "master:2", "shared:1 master:2", "private", "unbindable", as findmnt says it.
    QString propagation() const;

    bool operator==(const MountInfoEntry &other) const = default;
};

} // namespace Wharf
