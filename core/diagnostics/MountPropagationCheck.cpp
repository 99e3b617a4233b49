// SPDX-License-Identifier: Apache-2.0
#include "MountPropagationCheck.h"

#include "MountInfo.h"

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QString describeMount(const MountInfoEntry &entry)
{
    return u"%1 (%2 from %3, mount %4)"_s.arg(entry.mountPoint, entry.fsType, entry.source)
        .arg(entry.mountId);
}

} // namespace

QString MountPropagationCheck::id() const
{
    return u"mount-propagation"_s;
}

QString MountPropagationCheck::title() const
{
    return tr("Mount propagation of /cvmfs");
}

void MountPropagationCheck::run()
{
    const HostEnvironment &env = environment();
    if (env.os != HostEnvironment::Os::Linux) {
        finish(makeResult(CheckStatus::NotApplicable,
            tr("Mount propagation matters only on Linux; Docker Desktop's virtual machine does not "
               "share mounts with this computer (drop :rslave and :shared there).")));
        return;
    }
    const QString mountinfoPath = u"/proc/self/mountinfo"_s;
    const Result<QByteArray> content = env.readFile(mountinfoPath, 8 * 1024 * 1024);
    if (!content) {
        CheckResult result
            = makeResult(CheckStatus::Warning, tr("The mount table cannot be read."));
        result.evidence = { tr("%1: %2").arg(mountinfoPath, content.error().message()) };
        result.fixSteps = { tr("Look at it yourself: `findmnt -o TARGET,PROPAGATION /cvmfs`.") };
        result.fixCommands = { { u"findmnt"_s, u"-o"_s, u"TARGET,PROPAGATION"_s, u"/cvmfs"_s } };
        finish(result);
        return;
    }
    const MountInfo table = MountInfo::parse(*content);
    QStringList evidence;
    evidence.append(tr("%1: %2 mounts").arg(mountinfoPath).arg(table.entries().size()));
    if (table.rejectedLines() > 0)
        evidence.append(tr("%1: lines not understood and skipped: %2")
                            .arg(mountinfoPath)
                            .arg(table.rejectedLines()));
    if (table.entries().isEmpty()) {
        CheckResult result
            = makeResult(CheckStatus::Warning, tr("The mount table is empty or not understood."));
        result.evidence = evidence;
        result.fixSteps = { tr("Look at it yourself: `findmnt -o TARGET,PROPAGATION /cvmfs`.") };
        result.fixCommands = { { u"findmnt"_s, u"-o"_s, u"TARGET,PROPAGATION"_s, u"/cvmfs"_s } };
        finish(result);
        return;
    }

    QStringList problems;
    QStringList fixSteps;
    QList<QStringList> fixCommands;

    // /cvmfs: rslave (what Wharf uses) needs a shared or slave mount.
    const QString cvmfs = u"/cvmfs"_s;
    const MountInfoEntry *cvmfsHolder = table.mountHolding(cvmfs);
    const QList<MountInfoEntry> cvmfsMounts = table.mountsUnder(cvmfs);
    if (cvmfsHolder) {
        evidence.append(tr("/cvmfs is held by %1: %2")
                            .arg(describeMount(*cvmfsHolder), cvmfsHolder->propagation()));
        for (qsizetype i = 0; i < cvmfsMounts.size() && i < 10; ++i) {
            const MountInfoEntry &mount = cvmfsMounts.at(i);
            if (mount.mountPoint != cvmfsHolder->mountPoint
                || mount.mountId != cvmfsHolder->mountId)
                evidence.append(tr("mounted below /cvmfs: %1: %2")
                                    .arg(describeMount(mount), mount.propagation()));
        }
        if (!cvmfsHolder->isShared() && !cvmfsHolder->isSlave()) {
            problems.append(
                tr("%1, which holds /cvmfs, is %2, neither shared nor a slave: "
                   "`-v /cvmfs:/cvmfs:rslave` is refused (\"not a shared or slave mount\"), and "
                   "without it repositories that autofs mounts later never appear in a running "
                   "container.")
                    .arg(cvmfsHolder->mountPoint, cvmfsHolder->propagation()));
            fixSteps.append(tr(
                "Make the mount shared: `sudo mount --make-rshared %1` (until the next reboot; "
                "systemd makes / shared at boot, so a private one was changed by something else).")
                                .arg(cvmfsHolder->mountPoint));
            fixCommands.append(
                { u"sudo"_s, u"mount"_s, u"--make-rshared"_s, cvmfsHolder->mountPoint });
        }
    }

    // /shared-mounts: the automounter container binds it with :rshared, which needs a shared mount.
    const QString sharedMounts = u"/shared-mounts"_s;
    if (env.pathExists(sharedMounts)) {
        if (const MountInfoEntry *holder = table.mountHolding(sharedMounts)) {
            evidence.append(tr("/shared-mounts is held by %1: %2")
                                .arg(describeMount(*holder), holder->propagation()));
            if (!holder->isShared()) {
                problems.append(
                    tr("%1, which holds /shared-mounts, is not shared: the automounter container "
                       "(`-v /shared-mounts:/cvmfsmounts:rshared`) cannot pass its CVMFS mounts to "
                       "other "
                       "containers.")
                        .arg(holder->mountPoint));
                fixSteps.append(
                    tr("Make /shared-mounts a shared mount of its own: `sudo mount --bind "
                       "/shared-mounts "
                       "/shared-mounts` then `sudo mount --make-rshared /shared-mounts`."));
                fixCommands.append(
                    { u"sudo"_s, u"mount"_s, u"--bind"_s, sharedMounts, sharedMounts });
                fixCommands.append({ u"sudo"_s, u"mount"_s, u"--make-rshared"_s, sharedMounts });
            }
        }
    } else {
        evidence.append(tr("/shared-mounts: not present (only the automounter container uses it)"));
    }

    if (problems.isEmpty()) {
        CheckResult result = makeResult(CheckStatus::Ok,
            cvmfsHolder ? tr("/cvmfs can be passed to containers with :rslave (%1).")
                              .arg(cvmfsHolder->propagation())
                        : tr("No mount holds /cvmfs."));
        result.evidence = evidence;
        finish(result);
        return;
    }
    CheckResult result = makeResult(CheckStatus::Warning, problems.join(u' '));
    result.evidence = evidence;
    fixSteps.append(
        tr("Check with `findmnt -o TARGET,PROPAGATION /cvmfs`: \"shared\" or \"private,slave\"/"
           "\"slave\" is what :rslave needs."));
    fixCommands.append({ u"findmnt"_s, u"-o"_s, u"TARGET,PROPAGATION"_s, cvmfs });
    result.fixSteps = fixSteps;
    result.fixCommands = fixCommands;
    result.catalogueId = u"mount-not-shared"_s;
    finish(result);
}

} // namespace Wharf
