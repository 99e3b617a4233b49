// SPDX-License-Identifier: Apache-2.0
#include "DockerDesktopFileSharingCheck.h"

#include "DockerDesktopSettings.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Wharf {

QString DockerDesktopFileSharingCheck::id() const
{
    return u"docker-desktop-file-sharing"_s;
}

QString DockerDesktopFileSharingCheck::title() const
{
    return tr("Docker Desktop file sharing");
}

void DockerDesktopFileSharingCheck::run()
{
    const HostEnvironment &env = environment();
    const QStringList candidates = DockerDesktopSettings::candidateFiles(env.os, env.homeDirectory);
    if (candidates.isEmpty()) {
        finish(makeResult(CheckStatus::NotApplicable,
            env.os == HostEnvironment::Os::Windows
                ? tr("Docker Desktop on Windows shares drives through WSL 2; there is no File "
                     "Sharing "
                     "list to check.")
                : tr("Docker Desktop is not available for this system.")));
        return;
    }
    QString settingsFile;
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            settingsFile = candidate;
            break;
        }
    }
    const QString settingsMenu = tr("Docker Desktop > Settings > Resources > File sharing");
    if (settingsFile.isEmpty()) {
        CheckResult result
            = makeResult(CheckStatus::NotApplicable, tr("Docker Desktop is not installed."));
        for (const QString &candidate : candidates)
            result.evidence.append(tr("%1: not present").arg(candidate));
        finish(result);
        return;
    }

    QStringList evidence;
    QFile file(settingsFile);
    QByteArray content;
    if (file.open(QIODevice::ReadOnly))
        content = file.read(4 * 1024 * 1024);
    const Result<DockerDesktopSettings> settings = file.isOpen()
        ? DockerDesktopSettings::parse(content)
        : Result<DockerDesktopSettings>(Error(ErrorCode::PermissionDenied, file.errorString()));
    if (!settings) {
        CheckResult result
            = makeResult(CheckStatus::Warning, tr("Docker Desktop's settings cannot be read."));
        result.evidence = { tr("%1: %2").arg(settingsFile, settings.error().message()) };
        if (!settings.error().details().isEmpty())
            result.evidence.append(settings.error().details());
        result.fixSteps = { tr(
            "Open %1 and check that /cvmfs and your working folder %2 are listed; add them, then "
            "Apply & restart.")
                                .arg(settingsMenu, env.workingDirectory) };
        result.catalogueId = u"docker-desktop-mounts-denied"_s;
        finish(result);
        return;
    }

    QStringList directories;
    if (settings->fileSharingDirectories()) {
        directories = *settings->fileSharingDirectories();
        evidence.append(tr("%1: File Sharing list: %2")
                            .arg(settingsFile,
                                directories.isEmpty() ? tr("(empty)") : directories.join(u", "_s)));
        if (settings->skippedEntries() > 0)
            evidence.append(tr("entries of the list that are not paths, ignored: %1")
                                .arg(settings->skippedEntries()));
    } else {
        directories
            = DockerDesktopSettings::defaultFileSharingDirectories(env.os, env.homeDirectory);
        evidence.append(tr("%1: no File Sharing list; Docker Desktop's default applies: %2")
                            .arg(settingsFile, directories.join(u", "_s)));
    }

    QStringList missing;
    struct Wanted
    {
        QString path;
        bool needed;
    };
    const bool hostHasCvmfs = env.pathExists(u"/cvmfs"_s);
    const QList<Wanted> wanted { { u"/cvmfs"_s, hostHasCvmfs },
        { env.workingDirectory, !env.workingDirectory.isEmpty() } };
    for (const Wanted &item : wanted) {
        if (item.path.isEmpty())
            continue;
        const QString entry = DockerDesktopSettings::coveringEntry(directories, item.path);
        if (!entry.isEmpty()) {
            evidence.append(tr("%1: shared (through %2)").arg(item.path, entry));
        } else if (!item.needed) {
            evidence.append(
                tr("%1: not shared, and not present on this computer (only needed when CVMFS is "
                   "installed here)")
                    .arg(item.path));
        } else {
            evidence.append(tr("%1: not shared").arg(item.path));
            missing.append(item.path);
        }
    }

    if (missing.isEmpty()) {
        CheckResult result
            = makeResult(CheckStatus::Ok, tr("Docker Desktop shares the folders containers need."));
        result.evidence = evidence;
        finish(result);
        return;
    }
    CheckResult result = makeResult(CheckStatus::Failed,
        tr("Docker Desktop does not share %1: containers that bind it fail with "
           "\"Mounts denied\".")
            .arg(missing.join(tr(" and "))));
    result.evidence = evidence;
    result.fixSteps = {
        tr("Open %1, add %2 with the + button, then Apply & restart.")
            .arg(settingsMenu, missing.join(u", "_s)),
        tr("Or work in a folder that is already shared (%1).").arg(directories.join(u", "_s)),
    };
    if (env.os == HostEnvironment::Os::MacOs && missing.contains(u"/cvmfs"_s)) {
        result.fixSteps.append(
            tr("On a Mac, host FUSE mounts (macFUSE) do not reach containers even when shared: "
               "if /cvmfs is empty inside the container, use an image that mounts CVMFS itself."));
    }
    result.catalogueId = u"docker-desktop-mounts-denied"_s;
    finish(result);
}

} // namespace Wharf
