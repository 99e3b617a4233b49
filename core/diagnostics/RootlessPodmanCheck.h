// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace Wharf {

// What rootless Podman needs from the host: a range for the user in /etc/subuid and
// /etc/subgid, newuidmap/newgidmap able to map them (setuid root, or file capabilities
// cap_setuid / cap_setgid), and user namespaces (/proc/sys/user/max_user_namespaces > 0).
// NotApplicable as root, off Linux, or without podman.
class RootlessPodmanCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    using DiagnosticCheck::DiagnosticCheck;
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Engines; }
    QString title() const override;

    // Whether a security.capability attribute (vfs_cap_data, v2 or v3) grants the capability
    // `capability` (CAP_SETUID = 7, CAP_SETGID = 6) as permitted and effective. nullopt when
    // the value is not a capability set.
    static std::optional<bool> capabilityGranted(const QByteArray &xattr, int capability);

protected:
    void run() override;
};

} // namespace Wharf
