// SPDX-License-Identifier: Apache-2.0
#include "FuseDeviceCheck.h"

#include <QFile>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;

namespace Wharf {

QString FuseDeviceCheck::id() const
{
    return u"dev-fuse"_s;
}

QString FuseDeviceCheck::title() const
{
    return tr("FUSE device (/dev/fuse)");
}

bool FuseDeviceCheck::filesystemsListFuse(const QByteArray &procFilesystems)
{
    // Lines: "nodev\tfuse", "\text4", "fuseblk".
    for (const QByteArray &line : procFilesystems.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (!fields.isEmpty() && fields.last() == "fuse")
            return true;
    }
    return false;
}

bool FuseDeviceCheck::modulesListFuse(const QByteArray &procModules)
{
    // Lines: "fuse 176128 3 - Live 0x0000000000000000".
    for (const QByteArray &line : procModules.split('\n')) {
        if (line.startsWith("fuse "))
            return true;
    }
    return false;
}

void FuseDeviceCheck::run()
{
    const HostEnvironment &env = environment();
    if (env.os != HostEnvironment::Os::Linux) {
        finish(makeResult(CheckStatus::NotApplicable,
            tr("Only Linux passes /dev/fuse to containers; Docker Desktop's virtual machine has "
               "its own.")));
        return;
    }
    QStringList evidence;
    const QString device = u"/dev/fuse"_s;
    struct stat info
    {
    };
    const bool exists = ::stat(QFile::encodeName(env.hostPath(device)).constData(), &info) == 0;
    const bool isCharDevice = exists && S_ISCHR(info.st_mode);
    if (!exists) {
        evidence.append(tr("%1: does not exist").arg(device));
    } else if (!isCharDevice) {
        evidence.append(tr("%1: exists but is not a character device (mode %2)")
                            .arg(device, QString::number(info.st_mode & 07777, 8)));
    } else {
        evidence.append(tr("%1: character device %2:%3, mode %4")
                            .arg(device)
                            .arg(major(info.st_rdev))
                            .arg(minor(info.st_rdev))
                            .arg(QString::number(info.st_mode & 07777, 8)));
    }

    bool kernelKnowsFuse = false;
    if (const Result<QByteArray> filesystems = env.readFile(u"/proc/filesystems"_s); filesystems) {
        kernelKnowsFuse = filesystemsListFuse(*filesystems);
        evidence.append(kernelKnowsFuse ? tr("/proc/filesystems: lists fuse")
                                        : tr("/proc/filesystems: does not list fuse"));
    } else {
        evidence.append(tr("/proc/filesystems: %1").arg(filesystems.error().message()));
    }
    if (!kernelKnowsFuse) {
        if (const Result<QByteArray> modules = env.readFile(u"/proc/modules"_s); modules) {
            kernelKnowsFuse = modulesListFuse(*modules);
            evidence.append(kernelKnowsFuse ? tr("/proc/modules: the fuse module is loaded")
                                            : tr("/proc/modules: the fuse module is not loaded"));
        } else {
            evidence.append(tr("/proc/modules: %1").arg(modules.error().message()));
        }
    }

    const QStringList loadModule = {
        tr("Load the FUSE module: `sudo modprobe fuse` (check with `lsmod | grep fuse`)."),
        tr("To load it at every boot: `echo fuse | sudo tee /etc/modules-load.d/fuse.conf`."),
        tr("If this computer cannot have FUSE (some virtual machines and containers), use CVMFS "
           "mounted on the "
           "host, or run an image from /cvmfs/unpacked.cern.ch with Apptainer."),
    };
    if (!isCharDevice) {
        CheckResult result = makeResult(CheckStatus::Failed,
            exists ? tr("/dev/fuse is not a character device: FUSE cannot work.")
                   : tr("This computer has no /dev/fuse: nothing can mount CVMFS with "
                        "FUSE here."));
        result.evidence = evidence;
        result.fixSteps = loadModule;
        if (exists)
            result.fixSteps.prepend(
                tr("Something replaced the device with a file: remove it (`sudo rm /dev/fuse`) "
                   "and load the module again, or reboot."));
        result.fixCommands = { { u"sudo"_s, u"modprobe"_s, u"fuse"_s } };
        result.catalogueId = u"host-dev-fuse-missing"_s;
        finish(result);
        return;
    }
    if (!kernelKnowsFuse) {
        CheckResult result = makeResult(CheckStatus::Warning,
            tr("/dev/fuse exists, but the kernel does not list FUSE as loaded."));
        result.evidence = evidence;
        result.fixSteps = loadModule;
        result.fixCommands = { { u"sudo"_s, u"modprobe"_s, u"fuse"_s } };
        result.catalogueId = u"host-dev-fuse-missing"_s;
        finish(result);
        return;
    }
    CheckResult result
        = makeResult(CheckStatus::Ok, tr("/dev/fuse is present and the kernel supports FUSE."));
    result.evidence = evidence;
    finish(result);
}

} // namespace Wharf
