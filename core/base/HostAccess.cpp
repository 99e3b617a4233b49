// SPDX-License-Identifier: Apache-2.0
#include "HostAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A /.flatpak-info is a few hundred bytes; anything far larger is not one.
constexpr qsizetype MaxFlatpakInfoBytes = 64 * 1024;

// Where programs live on a Linux host. The sandbox's PATH (/app/bin:/usr/bin) says nothing
// about the host's, and the host's own PATH is not visible from inside.
const QStringList &hostProgramDirectories()
{
    static const QStringList directories{u"/usr/local/sbin"_s, u"/usr/local/bin"_s, u"/usr/sbin"_s,
                                         u"/usr/bin"_s, u"/sbin"_s, u"/bin"_s};
    return directories;
}

// Variables that choose an engine or a login for the CLIs. The sandbox has the ones of the
// session that started it; a host command started by Flatpak's session helper would not.
const QStringList &engineVariables()
{
    static const QStringList names{u"DOCKER_HOST"_s,      u"DOCKER_CONTEXT"_s,     u"DOCKER_CONFIG"_s,
                                   u"DOCKER_CERT_PATH"_s, u"DOCKER_TLS_VERIFY"_s,  u"CONTAINER_HOST"_s,
                                   u"CONTAINER_CONNECTION"_s, u"REGISTRY_AUTH_FILE"_s};
    return names;
}

// Flatpak's rules for an application id: three or more dot-separated elements of
// [A-Za-z0-9_-], none starting with a digit, 255 characters at most.
bool isValidAppId(const QString &id)
{
    if (id.isEmpty() || id.size() > 255)
        return false;
    const QStringList elements = id.split(u'.');
    if (elements.size() < 3)
        return false;
    for (const QString &element : elements) {
        if (element.isEmpty() || element.front().isDigit())
            return false;
        for (const QChar c : element) {
            const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || c == u'_' || c == u'-';
            if (!allowed)
                return false;
        }
    }
    return true;
}

HostAccess initialAccess()
{
    // For the tests of the wrapper, which runs as a child process: a stand-in for flatpak-spawn
    // (the real one needs Flatpak's session helper) makes this process act as the Flatpak,
    // with this computer as the host.
    const QString standIn = qEnvironmentVariable("WHARF_TEST_FLATPAK_SPAWN");
    if (!standIn.isEmpty())
        return HostAccess::flatpak(u"cern.wharf.Wharf"_s, standIn, u"/"_s);
    return HostAccess::detect();
}

HostAccess &currentStorage()
{
    static HostAccess access = initialAccess();
    return access;
}

} // namespace

HostAccess HostAccess::flatpak(const QString &appId, const QString &spawnProgram, const QString &hostFilesRoot)
{
    HostAccess access;
    access.m_appId = appId;
    access.m_spawnProgram = spawnProgram;
    access.m_hostFilesRoot = hostFilesRoot;
    return access;
}

HostAccess HostAccess::detect(const QString &flatpakInfoPath)
{
    QFile file(flatpakInfoPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto appId = parseFlatpakInfo(file.read(MaxFlatpakInfoBytes + 1));
    // A sandbox whose id cannot be read is still a sandbox: host programs only run through
    // flatpak-spawn there. The id only names the app for `flatpak run`.
    return flatpak(appId ? *appId : u"cern.wharf.Wharf"_s);
}

Result<QString> HostAccess::parseFlatpakInfo(const QByteArray &content)
{
    const auto invalid = [](const QString &why) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::HostAccess", "The Flatpak information file cannot be read: %1")
                         .arg(why));
    };
    if (content.size() > MaxFlatpakInfoBytes)
        return invalid(QCoreApplication::translate("Wharf::HostAccess", "it is too large."));
    if (content.contains('\0'))
        return invalid(QCoreApplication::translate("Wharf::HostAccess", "it is not text."));
    QString section;
    for (QByteArray line : content.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.startsWith('[')) {
            section = line.endsWith(']') ? QString::fromUtf8(line.mid(1, line.size() - 2)) : QString();
            continue;
        }
        if (section != u"Application"_s)
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0 || line.left(equals).trimmed() != "name")
            continue;
        const QString name = QString::fromUtf8(line.mid(equals + 1).trimmed());
        if (!isValidAppId(name))
            return invalid(QCoreApplication::translate("Wharf::HostAccess", "\"%1\" is not an application id.")
                               .arg(name.left(80)));
        return name;
    }
    return invalid(QCoreApplication::translate("Wharf::HostAccess", "it names no application."));
}

const HostAccess &HostAccess::current()
{
    return currentStorage();
}

void HostAccess::setCurrent(const HostAccess &access)
{
    currentStorage() = access;
}

QStringList HostAccess::hostCommand(const QStringList &argv, const QList<QPair<QString, QString>> &environment,
                                    const QString &workingDirectory) const
{
    if (!isSandboxed() || argv.isEmpty())
        return argv;
    // --watch-bus: the host command ends when flatpak-spawn does, even by SIGKILL, so a
    // cancelled call leaves nothing behind on the host. flatpak-spawn reads options up to the
    // first word that does not start with "-": the program (an absolute path or a bare name)
    // ends them, and "--" would not.
    QStringList command{m_spawnProgram, u"--host"_s, u"--watch-bus"_s};
    command << u"--directory="_s + (workingDirectory.isEmpty() ? QDir::homePath() : workingDirectory);
    for (const auto &[name, value] : environment)
        command << u"--env="_s + name + u'=' + value;
    QString program = argv.first();
    if (program.startsWith(u'-'))
        program.prepend(u"./"_s); // never read as an option of flatpak-spawn
    command << program << argv.mid(1);
    return command;
}

void HostAccess::prepare(QProcess &process) const
{
    if (!isSandboxed())
        return;
    const QProcessEnvironment own = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment wanted = process.processEnvironment();
    if (wanted.isEmpty())
        wanted = own; // the process would inherit ours
    QList<QPair<QString, QString>> environment;
    for (const QString &name : wanted.keys()) {
        const QString value = wanted.value(name);
        if (engineVariables().contains(name) || !own.contains(name) || own.value(name) != value)
            environment.append({name, value});
    }
    const QStringList command =
        hostCommand(QStringList{process.program()} + process.arguments(), environment, process.workingDirectory());
    process.setProgram(command.first());
    process.setArguments(command.mid(1));
    // flatpak-spawn itself runs here, with the sandbox's own environment and directory.
    process.setProcessEnvironment(own);
    process.setWorkingDirectory({});
}

QString HostAccess::findProgramUnder(const QString &root, const QString &name, const QStringList &directories)
{
    if (name.isEmpty() || name.contains(u'/'))
        return {};
    QString prefix = root;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    for (const QString &directory : directories) {
        if (!directory.startsWith(u'/'))
            continue; // a relative PATH entry depends on the current directory
        // cmsenv puts /cvmfs directories on the PATH; a stat() there can hang the caller.
        if (directory == u"/cvmfs"_s || directory.startsWith(u"/cvmfs/"_s))
            continue;
        const QString candidate = prefix + QDir::cleanPath(directory + u'/' + name);
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return candidate;
    }
    return {};
}

QString HostAccess::findProgram(const QString &name, const QStringList &directories) const
{
    if (name.startsWith(u'/')) {
        const QFileInfo info(m_hostFilesRoot + QDir::cleanPath(name));
        return info.isFile() && info.isExecutable() ? QDir::cleanPath(name) : QString();
    }
    if (!isSandboxed())
        return findProgramUnder({}, name, directories);
    QStringList hostDirectories;
    for (const QString &directory : directories) {
        // The sandbox's own programs are not the host's.
        if (directory != u"/app"_s && !directory.startsWith(u"/app/"_s))
            hostDirectories.append(directory);
    }
    for (const QString &directory : hostProgramDirectories()) {
        if (!hostDirectories.contains(directory))
            hostDirectories.append(directory);
    }
    const QString found = findProgramUnder(m_hostFilesRoot, name, hostDirectories);
    if (found.isEmpty())
        return {};
    QString prefix = m_hostFilesRoot;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    return found.mid(prefix.size());
}

QStringList HostAccess::selfCommand(const QString &wharfBinary) const
{
    if (!isSandboxed())
        return {wharfBinary};
    QString flatpak = findProgram(u"flatpak"_s, {});
    if (flatpak.isEmpty())
        flatpak = u"flatpak"_s;
    return {flatpak, u"run"_s, u"--command=wharf"_s, m_appId};
}

QString HostAccess::sharedTemporaryDirectory() const
{
    if (!isSandboxed())
        return QDir::tempPath();
    // Flatpak binds $XDG_RUNTIME_DIR/app/<id> into every instance of the app, at the same path
    // as on the host, and only the user can enter it. The sandbox's /tmp is its own.
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = u"/run/user/"_s + QString::number(::getuid());
    return runtime + u"/app/"_s + m_appId;
}

} // namespace Wharf
