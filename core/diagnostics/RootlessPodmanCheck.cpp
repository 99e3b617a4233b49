// SPDX-License-Identifier: Apache-2.0
#include "RootlessPodmanCheck.h"

#include "SubordinateIds.h"

#include <QFile>
#include <QtEndian>
#include <sys/stat.h>
#include <sys/xattr.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr int CapSetgid = 6;
constexpr int CapSetuid = 7;

// Reads the file capability attribute; empty when there is none.
QByteArray readCapabilities(const QString &path)
{
    char buffer[64];
    const ssize_t size = ::getxattr(
        QFile::encodeName(path).constData(), "security.capability", buffer, sizeof buffer);
    if (size <= 0)
        return {};
    return QByteArray(buffer, qsizetype(size));
}

} // namespace

QString RootlessPodmanCheck::id() const
{
    return u"podman-rootless"_s;
}

QString RootlessPodmanCheck::title() const
{
    return tr("Rootless Podman prerequisites");
}

std::optional<bool> RootlessPodmanCheck::capabilityGranted(const QByteArray &xattr, int capability)
{
    // struct vfs_cap_data: le32 magic_etc; { le32 permitted, inheritable } data[2]; (v3: + le32
    // rootid)
    constexpr quint32 RevisionMask = 0xFF000000;
    constexpr quint32 Revision2 = 0x02000000;
    constexpr quint32 Revision3 = 0x03000000;
    constexpr quint32 EffectiveFlag = 0x000001;
    if (xattr.size() < 20 || capability < 0 || capability > 63)
        return std::nullopt;
    const auto word
        = [&xattr](int index) { return qFromLittleEndian<quint32>(xattr.constData() + 4 * index); };
    const quint32 magic = word(0);
    const quint32 revision = magic & RevisionMask;
    if ((revision == Revision2 && xattr.size() != 20)
        || (revision == Revision3 && xattr.size() != 24)
        || (revision != Revision2 && revision != Revision3))
        return std::nullopt;
    const quint32 permitted = capability < 32 ? word(1) : word(3);
    const bool granted = (permitted >> (capability % 32)) & 1U;
    return granted && (magic & EffectiveFlag);
}

void RootlessPodmanCheck::run()
{
    const HostEnvironment &env = environment();
    if (env.os != HostEnvironment::Os::Linux) {
        finish(makeResult(
            CheckStatus::NotApplicable, tr("Rootless Podman prerequisites concern Linux only.")));
        return;
    }
    if (env.userId == 0) {
        finish(makeResult(CheckStatus::NotApplicable,
            tr("Wharf runs as root: Podman runs rootful and needs no subordinate ids.")));
        return;
    }
    const QStringList systemDirectories { u"/usr/bin"_s, u"/usr/sbin"_s, u"/bin"_s, u"/sbin"_s };
    const QString podman = env.findProgram(u"podman"_s);
    if (podman.isEmpty()) {
        finish(makeResult(CheckStatus::NotApplicable, tr("Podman is not installed.")));
        return;
    }
    QStringList evidence { tr("podman: %1").arg(env.logicalPath(podman)) };
    QStringList problems;
    QStringList warnings;
    QStringList fixSteps;
    QList<QStringList> fixCommands;
    QString catalogueId;

    // Subordinate ids.
    bool idsMissing = false;
    for (const QString &file : { u"/etc/subuid"_s, u"/etc/subgid"_s }) {
        const Result<QByteArray> content = env.readFile(file);
        if (!content) {
            evidence.append(tr("%1: %2").arg(file, content.error().message()));
            idsMissing = true;
            continue;
        }
        const SubordinateIds ids = SubordinateIds::parse(*content);
        const QList<SubordinateIds::Range> ranges = ids.rangesFor(env.userName, env.userId);
        if (ranges.isEmpty()) {
            evidence.append(
                tr("%1: no range for %2 (uid %3)").arg(file, env.userName).arg(env.userId));
            idsMissing = true;
        } else {
            const SubordinateIds::Range &range = ranges.first();
            evidence.append(tr("%1 line %2: %3:%4:%5")
                                .arg(file)
                                .arg(range.line)
                                .arg(range.owner)
                                .arg(range.first)
                                .arg(range.count));
        }
    }
    if (idsMissing) {
        problems.append(
            tr("%1 has no subordinate id range in /etc/subuid or /etc/subgid.").arg(env.userName));
        fixSteps.append(tr(
            "Give %1 a range of ids no other user has, in both files: `sudo usermod --add-subuids "
            "100000-165535 --add-subgids 100000-165535 %1` (or add the line `%1:100000:65536` to "
            "/etc/subuid and /etc/subgid), then `podman system migrate`.")
                            .arg(env.userName));
        fixCommands.append({ u"sudo"_s, u"usermod"_s, u"--add-subuids"_s, u"100000-165535"_s,
            u"--add-subgids"_s, u"100000-165535"_s, env.userName });
        fixCommands.append({ u"podman"_s, u"system"_s, u"migrate"_s });
        catalogueId = u"newuidmap-failed"_s;
    }

    // newuidmap / newgidmap: setuid root or file capabilities.
    struct Mapper
    {
        QString name;
        int capability;
        QString capabilityName;
    };
    const QList<Mapper> mappers { { u"newuidmap"_s, CapSetuid, u"cap_setuid"_s },
        { u"newgidmap"_s, CapSetgid, u"cap_setgid"_s } };
    for (const Mapper &mapper : mappers) {
        const QString path = env.findProgram(mapper.name, systemDirectories);
        if (path.isEmpty()) {
            evidence.append(tr("%1: not installed").arg(mapper.name));
            problems.append(tr("%1 is not installed.").arg(mapper.name));
            if (!fixSteps.join(u' ').contains(u"uidmap"_s)) {
                fixSteps.append(tr("Install newuidmap and newgidmap: `sudo apt-get install uidmap` "
                                   "(Debian, Ubuntu) "
                                   "or `sudo dnf install shadow-utils` (Fedora, RHEL, Alma)."));
            }
            catalogueId = u"newuidmap-failed"_s;
            continue;
        }
        struct stat info
        {
        };
        const bool setuidRoot = ::stat(QFile::encodeName(path).constData(), &info) == 0
            && (info.st_mode & S_ISUID) && info.st_uid == 0;
        const QByteArray capabilities = readCapabilities(path);
        const std::optional<bool> granted = capabilityGranted(capabilities, mapper.capability);
        const QString logical = env.logicalPath(path);
        if (setuidRoot) {
            evidence.append(tr("%1: setuid root").arg(logical));
        } else if (granted.value_or(false)) {
            evidence.append(tr("%1: file capability %2+ep").arg(logical, mapper.capabilityName));
        } else {
            evidence.append(capabilities.isEmpty()
                    ? tr("%1: neither setuid root nor file capabilities").arg(logical)
                    : tr("%1: file capabilities without %2").arg(logical, mapper.capabilityName));
            problems.append(tr("%1 can map no ids: it is neither setuid root nor has %2.")
                                .arg(mapper.name, mapper.capabilityName));
            fixSteps.append(
                tr("Give %1 its capability back: `sudo setcap %2+ep %3` (or reinstall the uidmap / "
                   "shadow-utils package).")
                    .arg(mapper.name, mapper.capabilityName, logical));
            fixCommands.append(
                { u"sudo"_s, u"setcap"_s, mapper.capabilityName + u"+ep"_s, logical });
            catalogueId = u"newuidmap-failed"_s;
        }
    }

    // User namespaces.
    const QString userNamespaces = u"/proc/sys/user/max_user_namespaces"_s;
    if (const Result<QByteArray> content = env.readFile(userNamespaces, 64); content) {
        bool ok = false;
        const qlonglong value = content->trimmed().toLongLong(&ok);
        evidence.append(tr("%1: %2").arg(
            userNamespaces, QString::fromLatin1(content->trimmed().left(20).toPercentEncoding())));
        if (!ok || value <= 0) {
            problems.append(tr("User namespaces are switched off (user.max_user_namespaces = 0)."));
            fixSteps.append(tr("Switch user namespaces on: `sudo sysctl -w "
                               "user.max_user_namespaces=15000`; to keep "
                               "it after a reboot, put `user.max_user_namespaces=15000` into "
                               "/etc/sysctl.d/90-userns.conf."));
            fixCommands.append(
                { u"sudo"_s, u"sysctl"_s, u"-w"_s, u"user.max_user_namespaces=15000"_s });
            if (catalogueId.isEmpty())
                catalogueId = u"user-namespaces-disabled"_s;
        }
    } else {
        evidence.append(tr("%1: %2").arg(userNamespaces, content.error().message()));
        warnings.append(tr("This kernel does not say whether it allows user namespaces."));
        fixSteps.append(
            tr("Look at the setting with `sysctl user.max_user_namespaces`; it must be above 0."));
        fixCommands.append({ u"sysctl"_s, u"user.max_user_namespaces"_s });
    }

    if (problems.isEmpty() && !warnings.isEmpty()) {
        CheckResult result = makeResult(CheckStatus::Warning, warnings.join(u' '));
        result.evidence = evidence;
        result.fixSteps = fixSteps;
        result.fixCommands = fixCommands;
        result.catalogueId = u"user-namespaces-disabled"_s;
        finish(result);
        return;
    }
    if (problems.isEmpty()) {
        CheckResult result = makeResult(
            CheckStatus::Ok, tr("Podman can run rootless containers for %1.").arg(env.userName));
        result.evidence = evidence;
        finish(result);
        return;
    }
    CheckResult result = makeResult(CheckStatus::Failed,
        tr("Rootless Podman cannot start containers: %1").arg(problems.join(u' ')));
    result.evidence = evidence;
    result.fixSteps = fixSteps;
    result.fixCommands = fixCommands;
    result.catalogueId = catalogueId;
    finish(result);
}

} // namespace Wharf
