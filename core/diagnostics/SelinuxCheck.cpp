// SPDX-License-Identifier: Apache-2.0
#include "SelinuxCheck.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString SelinuxCheck::id() const
{
    return u"selinux"_s;
}

QString SelinuxCheck::title() const
{
    return tr("SELinux mode");
}

void SelinuxCheck::run()
{
    const HostEnvironment &env = environment();
    if (env.os != HostEnvironment::Os::Linux) {
        finish(makeResult(CheckStatus::NotApplicable, tr("SELinux exists only on Linux.")));
        return;
    }
    const QString path = u"/sys/fs/selinux/enforce"_s;
    const Result<QByteArray> content = env.readFile(path, 64);
    if (!content) {
        if (content.error().code() == ErrorCode::NotFound
            && !env.pathExists(u"/sys/fs/selinux"_s)) {
            CheckResult result = makeResult(
                CheckStatus::NotApplicable, tr("SELinux is not enabled on this computer."));
            result.evidence = { tr("%1: not present").arg(path) };
            finish(result);
            return;
        }
        CheckResult result
            = makeResult(CheckStatus::Warning, tr("The SELinux mode cannot be read."));
        result.evidence = { tr("%1: %2").arg(path, content.error().message()) };
        result.fixSteps
            = { tr("Run `getenforce` to see the mode; if it says Enforcing, see the SELinux advice "
                   "below.") };
        result.fixCommands = { { u"getenforce"_s } };
        finish(result);
        return;
    }
    const QByteArray value = content->trimmed();
    if (value == "0") {
        CheckResult result
            = makeResult(CheckStatus::Ok, tr("SELinux is permissive: it logs but does not block."));
        result.evidence = { tr("%1: 0 (permissive)").arg(path) };
        finish(result);
        return;
    }
    if (value != "1") {
        CheckResult result
            = makeResult(CheckStatus::Warning, tr("The SELinux mode is not one Wharf knows."));
        result.evidence
            = { tr("%1: unexpected content \"%2\"")
                      .arg(path, QString::fromLatin1(value.left(20).toPercentEncoding())) };
        result.fixCommands = { { u"getenforce"_s } };
        result.fixSteps = { tr("Run `getenforce` to see the mode.") };
        finish(result);
        return;
    }
    CheckResult result = makeResult(CheckStatus::Warning,
        tr("SELinux is enforcing: containers that mount CVMFS with FUSE, and bind mounts without a "
           "label, may be "
           "refused (\"Permission denied\")."));
    result.evidence = { tr("%1: 1 (enforcing)").arg(path) };
    result.fixSteps = {
        tr("For the container that mounts CVMFS itself (FUSE inside the container), or that binds "
           "/cvmfs: add "
           "`--security-opt label=disable` to its `docker run` / `podman run` command. This "
           "switches SELinux "
           "labelling off for that one container only."),
        tr("For your own folders bound into a container, add `:z` to the volume (`-v "
           "\"$PWD\":/work:z`) so they "
           "get a label containers may use. Never use `:z` on /cvmfs, /home or /: it relabels the "
           "whole tree."),
        tr("Only if neither works: `sudo setenforce 0` makes SELinux permissive until the next "
           "reboot. It lowers "
           "the protection of the whole computer; switch it back with `sudo setenforce 1`."),
    };
    result.fixCommands = { { u"sudo"_s, u"setenforce"_s, u"0"_s } };
    result.catalogueId = u"selinux-fuse-map-segment"_s;
    finish(result);
}

} // namespace Wharf
