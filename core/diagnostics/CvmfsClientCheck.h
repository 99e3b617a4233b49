// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

namespace Wharf {

// The CVMFS client tools (cvmfs_config) on the PATH. Without them the host cannot mount
// /cvmfs itself; the automounter container and in-container FUSE still work, so their
// absence is a Warning, not a failure.
class CvmfsClientCheck : public DiagnosticCheck
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
