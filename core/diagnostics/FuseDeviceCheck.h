// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

namespace Wharf {

// /dev/fuse exists and is a character device, and the kernel knows FUSE (a "fuse" line in
// /proc/filesystems, or the module in /proc/modules). Needed by the automounter container, the
// in-container FUSE strategy and the host CVMFS client. Fix: `sudo modprobe fuse`.
class FuseDeviceCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    using DiagnosticCheck::DiagnosticCheck;
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Cvmfs; }
    QString title() const override;

    // Whether /proc/filesystems content lists the "fuse" type (not fuseblk or fusectl).
    static bool filesystemsListFuse(const QByteArray &procFilesystems);
    // Whether /proc/modules content lists the "fuse" module.
    static bool modulesListFuse(const QByteArray &procModules);

protected:
    void run() override;
};

} // namespace Wharf
