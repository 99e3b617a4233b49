// SPDX-License-Identifier: Apache-2.0
#include "HostEnvironment.h"

#include "CommandRunner.h"
#include "base/HostAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <cerrno>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

HostEnvironment::Os currentOs()
{
#if defined(Q_OS_LINUX)
    return HostEnvironment::Os::Linux;
#elif defined(Q_OS_MACOS)
    return HostEnvironment::Os::MacOs;
#elif defined(Q_OS_WIN)
    return HostEnvironment::Os::Windows;
#else
    return HostEnvironment::Os::Other;
#endif
}

QString currentUserName(const QProcessEnvironment &environment)
{
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = environment.value(u"USER"_s);
    return user.isEmpty() ? environment.value(u"LOGNAME"_s) : user;
}

} // namespace

HostEnvironment HostEnvironment::fromSystem()
{
    HostEnvironment env;
    env.environment = QProcessEnvironment::systemEnvironment();
    env.homeDirectory = QDir::homePath();
    env.workingDirectory = QDir::currentPath();
    env.userName = currentUserName(env.environment);
    env.userId = ::getuid();
    env.os = currentOs();
    env.cpuArchitecture = QSysInfo::currentCpuArchitecture();
    env.commandRunner = std::make_shared<CommandRunner>();
    env.clock = [] { return QDateTime::currentDateTimeUtc(); };
    return env;
}

QString HostEnvironment::hostPath(const QString &logicalPath) const
{
    if (root.isEmpty() || root == u"/"_s)
        return logicalPath;
    QString prefix = root;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (logicalPath.startsWith(u'/'))
        return prefix + logicalPath;
    return prefix + u'/' + logicalPath;
}

Result<QByteArray> HostEnvironment::readFile(const QString &logicalPath, qsizetype maxBytes) const
{
    QFile file(hostPath(logicalPath));
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = file.exists()
            ? file.errorString()
            : QCoreApplication::translate("Wharf::HostEnvironment", "No such file or directory");
        const ErrorCode code = file.exists() ? ErrorCode::PermissionDenied : ErrorCode::NotFound;
        return Error(code, reason, logicalPath);
    }
    // /proc and /sys files report size 0: read until the end, up to the limit.
    QByteArray content;
    while (content.size() < maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(64 * 1024, maxBytes - content.size()));
        if (chunk.isEmpty())
            break;
        content.append(chunk);
    }
    return content;
}

bool HostEnvironment::pathExists(const QString &logicalPath) const
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(hostPath(logicalPath)).constData(), &info) == 0;
}

QString HostEnvironment::findProgram(const QString &name, const QStringList &extraDirectories) const
{
    QStringList directories = environment.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
    directories.append(extraDirectories);
    if (root.isEmpty() || root == u"/"_s)
        return HostAccess::current().findProgram(name, directories);
    return HostAccess::findProgramUnder(root, name, directories);
}

QString HostEnvironment::logicalPath(const QString &path) const
{
    if (root.isEmpty() || root == u"/"_s)
        return path;
    QString prefix = root;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (path.startsWith(prefix + u'/'))
        return path.mid(prefix.size());
    return path;
}

QString HostEnvironment::homePath(const QString &relative) const
{
    return QDir::cleanPath(homeDirectory + u'/' + relative);
}

QDateTime HostEnvironment::now() const
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

QString HostEnvironment::osName(Os os)
{
    switch (os) {
    case Os::Linux: return u"linux"_s;
    case Os::MacOs: return u"macos"_s;
    case Os::Windows: return u"windows"_s;
    case Os::Other: return u"other"_s;
    }
    return u"other"_s;
}

DiscoveryEnvironment HostEnvironment::discoveryEnvironment(const QString &explicitHost) const
{
    DiscoveryEnvironment discovery;
    discovery.explicitHost = explicitHost;
    discovery.environment = environment;
    discovery.homeDirectory = homeDirectory;
    discovery.systemRoot = root;
    return discovery;
}

} // namespace Wharf
