// SPDX-License-Identifier: Apache-2.0
#include "CvmfsClientCheck.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString CvmfsClientCheck::id() const
{
    return u"cvmfs-client"_s;
}

QString CvmfsClientCheck::title() const
{
    return tr("CVMFS client tools");
}

void CvmfsClientCheck::run()
{
    const HostEnvironment &env = environment();
    if (env.os == HostEnvironment::Os::Windows) {
        finish(makeResult(CheckStatus::NotApplicable, tr("There is no CVMFS client for Windows.")));
        return;
    }
    // cvmfs_config lives in /usr/bin, but a root PATH may be minimal: look there too.
    const QString program
        = env.findProgram(u"cvmfs_config"_s, { u"/usr/bin"_s, u"/usr/local/bin"_s });
    if (!program.isEmpty()) {
        CheckResult result = makeResult(CheckStatus::Ok, tr("The CVMFS client is installed."));
        result.evidence = { tr("cvmfs_config: %1").arg(env.logicalPath(program)) };
        finish(result);
        return;
    }
    CheckResult result = makeResult(CheckStatus::Warning,
        tr("The CVMFS client is not installed: this computer cannot mount /cvmfs "
           "itself."));
    result.evidence
        = { tr("cvmfs_config: not found on the PATH (%1)").arg(env.environment.value(u"PATH"_s)) };
    if (env.os == HostEnvironment::Os::MacOs) {
        result.fixSteps = {
            tr("Install the CVMFS package for macOS from https://cernvm.cern.ch/fs/ (it needs "
               "macFUSE), then "
               "`sudo cvmfs_config setup`. Docker Desktop cannot see host FUSE mounts: containers "
               "then need an "
               "image that mounts CVMFS itself."),
        };
    } else {
        result.fixSteps = {
            tr("Debian/Ubuntu: install the CernVM repository package "
               "(`cvmfs-release-latest_all.deb` from "
               "https://cvmrepo.s3.cern.ch/cvmrepo/apt/), then `sudo apt-get update && sudo "
               "apt-get install cvmfs "
               "cvmfs-config-default`."),
            tr("RHEL/Alma/Fedora: `sudo dnf install "
               "https://cvmrepo.s3.cern.ch/cvmrepo/yum/cvmfs-release-latest.noarch.rpm`, then "
               "`sudo dnf install cvmfs cvmfs-config-default`."),
            tr("Then `sudo cvmfs_config setup`; on a laptop put "
               "`CVMFS_REPOSITORIES=cms.cern.ch,unpacked.cern.ch` "
               "and `CVMFS_HTTP_PROXY=DIRECT` in /etc/cvmfs/default.local, and check with "
               "`cvmfs_config probe`."),
            tr("Without installing: the CVMFS automounter container, or an image that mounts CVMFS "
               "itself."),
        };
    }
    result.fixCommands
        = { { u"sudo"_s, u"cvmfs_config"_s, u"setup"_s }, { u"cvmfs_config"_s, u"probe"_s } };
    result.catalogueId = u"cvmfs-client-missing"_s;
    finish(result);
}

} // namespace Wharf
