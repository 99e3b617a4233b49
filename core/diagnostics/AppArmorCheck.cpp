// SPDX-License-Identifier: Apache-2.0
#include "AppArmorCheck.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString AppArmorCheck::id() const
{
    return u"apparmor"_s;
}

QString AppArmorCheck::title() const
{
    return tr("AppArmor");
}

void AppArmorCheck::run()
{
    const HostEnvironment &env = environment();
    if (env.os != HostEnvironment::Os::Linux) {
        finish(makeResult(CheckStatus::NotApplicable, tr("AppArmor exists only on Linux.")));
        return;
    }
    const QString path = u"/sys/module/apparmor/parameters/enabled"_s;
    const Result<QByteArray> content = env.readFile(path, 64);
    if (!content) {
        CheckResult result = makeResult(CheckStatus::NotApplicable, tr("AppArmor is not enabled on this computer."));
        result.evidence = {tr("%1: %2").arg(path, content.error().message())};
        finish(result);
        return;
    }
    const QByteArray value = content->trimmed();
    if (value != "Y") {
        CheckResult result = makeResult(CheckStatus::NotApplicable, tr("AppArmor is switched off on this computer."));
        result.evidence = {tr("%1: %2").arg(path, QString::fromLatin1(value.left(20).toPercentEncoding()))};
        finish(result);
        return;
    }
    CheckResult result = makeResult(
        CheckStatus::Warning,
        tr("AppArmor is on: Docker's default profile forbids mounting inside a container, so images that mount "
           "CVMFS themselves (FUSE) need `--security-opt apparmor=unconfined`. Host mount, the automounter and "
           "Apptainer are not affected."));
    result.evidence = {tr("%1: Y (enabled)").arg(path)};
    result.fixSteps = {
        tr("For the container that mounts CVMFS with FUSE only: add `--security-opt apparmor=unconfined` next to "
           "`--cap-add SYS_ADMIN --device /dev/fuse` (Wharf's FUSE strategy does this on AppArmor hosts)."),
        tr("Or use the host mount or the automounter container, which need no mount inside the container."),
    };
    result.catalogueId = u"fuse-device-not-found"_s;
    finish(result);
}

} // namespace Wharf
