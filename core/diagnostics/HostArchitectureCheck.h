// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

namespace Wharf {

// The CPU architecture against what CMS images are built for: the el7/cc7 images are
// linux/amd64 only, so an arm64 computer (Apple Silicon, ARM laptops) runs them emulated with
// --platform linux/amd64, or gets "no matching manifest for linux/arm64".
class HostArchitectureCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    using DiagnosticCheck::DiagnosticCheck;
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Host; }
    QString title() const override;

protected:
    void run() override;
};

} // namespace Wharf
