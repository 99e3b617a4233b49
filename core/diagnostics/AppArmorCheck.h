// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

namespace Wharf {

// AppArmor from /sys/module/apparmor/parameters/enabled. When it is on (Ubuntu, Debian),
// Docker's default profile forbids mount(2) inside containers, so an image that mounts CVMFS
// by FUSE fails even with SYS_ADMIN and /dev/fuse: that strategy needs
// `--security-opt apparmor=unconfined`. A Warning that says so; the other strategies are not
// affected. Absent: NotApplicable.
class AppArmorCheck : public DiagnosticCheck
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
