// SPDX-License-Identifier: Apache-2.0
#include "HostArchitectureCheck.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Wharf {

QString HostArchitectureCheck::id() const
{
    return u"architecture"_s;
}

QString HostArchitectureCheck::title() const
{
    return tr("Processor architecture");
}

void HostArchitectureCheck::run()
{
    const HostEnvironment &env = environment();
    const QString architecture
        = env.cpuArchitecture.isEmpty() ? QSysInfo::currentCpuArchitecture() : env.cpuArchitecture;
    const QString lower = architecture.toLower();
    const QString evidence = tr("processor architecture: %1").arg(architecture);
    if (lower == u"x86_64"_s || lower == u"amd64"_s) {
        CheckResult result
            = makeResult(CheckStatus::Ok, tr("This computer runs linux/amd64 images natively."));
        result.evidence = { evidence };
        finish(result);
        return;
    }
    const bool arm64 = lower == u"arm64"_s || lower == u"aarch64"_s;
    CheckResult result = makeResult(CheckStatus::Warning,
        arm64 ? tr("This is an arm64 computer: the el7/cc7 CMS images exist for linux/amd64 only "
                   "and run here "
                   "emulated (slower), with --platform linux/amd64.")
              : tr("This computer's processor (%1) is not amd64: most CMS images exist for "
                   "linux/amd64 only.")
                    .arg(architecture));
    result.evidence = { evidence };
    result.fixSteps = {
        tr("Pull and run amd64-only images with `--platform linux/amd64`, e.g. `docker run "
           "--platform linux/amd64 "
           "...` (Podman: the same option)."),
        tr("Prefer images that also exist for linux/arm64 (the el8/el9 CMS images) when they fit "
           "your release."),
    };
    if (arm64 && env.os == HostEnvironment::Os::MacOs) {
        result.fixSteps.append(
            tr("On Apple Silicon, switch on \"Use Rosetta for x86_64/amd64 emulation\" in Docker "
               "Desktop > Settings > General: emulation gets much faster."));
    }
    result.catalogueId = u"no-matching-platform"_s;
    finish(result);
}

} // namespace Wharf
