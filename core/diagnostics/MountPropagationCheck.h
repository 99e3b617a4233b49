// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

namespace Wharf {

class MountInfo;

// Mount propagation, from /proc/self/mountinfo, of the mount that holds /cvmfs and of the
// one that holds /shared-mounts (the automounter container's exchange folder).
// `-v /cvmfs:/cvmfs:rslave` needs the mount holding /cvmfs to be shared or a slave, or Docker
// refuses it ("is not a shared or slave mount") and repositories autofs mounts later never
// appear in the container; the automounter's `-v /shared-mounts:/cvmfsmounts:rshared` needs
// /shared-mounts on a shared mount.
class MountPropagationCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    using DiagnosticCheck::DiagnosticCheck;
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Cvmfs; }
    QString title() const override;

protected:
    void run() override;
};

} // namespace Wharf
