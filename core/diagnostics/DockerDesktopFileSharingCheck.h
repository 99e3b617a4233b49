// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

namespace Wharf {

// Docker Desktop shares only the host folders in its File Sharing list with its virtual
// machine; binding anything else fails with "Mounts denied: the path ... is not shared from
// the host". Reads the list from the settings file (see DockerDesktopSettings) and checks
// that /cvmfs (when this computer has it) and the working folder are covered.
// NotApplicable when Docker Desktop is not installed (no settings file).
class DockerDesktopFileSharingCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    using DiagnosticCheck::DiagnosticCheck;
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::DockerDesktop; }
    QString title() const override;

protected:
    void run() override;
};

} // namespace Wharf
