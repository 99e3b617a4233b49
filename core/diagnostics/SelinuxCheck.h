// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

namespace Wharf {

// SELinux mode from /sys/fs/selinux/enforce: "1" enforcing (Warning: containers that mount
// CVMFS with FUSE, and bind mounts without a label, are refused), "0" permissive (Ok), no
// file (NotApplicable: SELinux is off). The fix offers the per-container options
// (--security-opt label=disable, :z) before the host-wide `setenforce 0`.
class SelinuxCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    using DiagnosticCheck::DiagnosticCheck;
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::HostSecurity; }
    QString title() const override;

protected:
    void run() override;
};

} // namespace Wharf
