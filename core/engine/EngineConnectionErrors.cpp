// SPDX-License-Identifier: Apache-2.0
#include "EngineConnectionErrors.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

QString errnoText(int sysErrno)
{
    if (sysErrno == 0)
        return {};
    return u"errno %1: %2"_s.arg(sysErrno).arg(QString::fromLocal8Bit(std::strerror(sysErrno)));
}

QString joinDetails(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + u"; "_s + b;
}

QString where(const EngineEndpoint &endpoint)
{
    if (endpoint.transport() == EngineEndpoint::Transport::Unix)
        return QDir::toNativeSeparators(endpoint.socketPath());
    return endpoint.toUrl();
}

} // namespace

Error EngineConnectionErrors::toError(const EngineEndpoint &endpoint, const Facts &facts)
{
    const bool isUnix = endpoint.transport() == EngineEndpoint::Transport::Unix;
    const QString place = where(endpoint);
    const QString details = joinDetails(facts.systemText, errnoText(facts.sysErrno));
    const QString startHint
        = tr("Start the engine (Docker: `sudo systemctl start docker`; Podman: "
             "`systemctl --user start podman.socket`), or check DOCKER_HOST and the engine "
             "address in Wharf's settings.");

    switch (facts.failure) {
    case Failure::SocketMissing:
        return Error(ErrorCode::SocketMissing,
            tr("No engine socket at %1. %2").arg(place, startHint), details);

    case Failure::NotASocket: {
        QString what;
        switch (facts.pathType) {
        case PathType::RegularFile: what = tr("a regular file"); break;
        case PathType::Directory: what = tr("a directory"); break;
        case PathType::Other:
        case PathType::Unknown: what = tr("something other than a socket"); break;
        }
        return Error(ErrorCode::NotASocket,
            tr("%1 is %2, not an engine socket, so no engine can be listening there. Check "
               "DOCKER_HOST "
               "and the engine address in Wharf's settings; if the file was left there by mistake, "
               "remove it and restart the engine.")
                .arg(place, what),
            details);
    }

    case Failure::AccessDenied: {
        if (!isUnix) {
            return Error(ErrorCode::PermissionDenied,
                tr("Permission denied when connecting to the engine at %1.").arg(place), details);
        }
        const QString rootless
            = tr("A rootless engine needs no such access: `systemctl --user start podman.socket` "
                 "starts Podman's for your user.");
        if (facts.socketGroup.isEmpty() || facts.socketGroup == u"root") {
            return Error(ErrorCode::PermissionDenied,
                tr("Permission denied on the engine socket %1: only root may use it. %2 Or ask "
                   "your "
                   "administrator to give the socket a group of its own.")
                    .arg(place, rootless),
                joinDetails(
                    details, facts.socketGroup.isEmpty() ? QString() : u"socket group root"_s));
        }
        //: %2 is a group name such as "docker". Membership lets any program start privileged
        //: containers.
        return Error(ErrorCode::PermissionDenied,
            tr("Permission denied on the engine socket %1. The socket grants access to the members "
               "of the "
               "group \"%2\"; membership in that group is equivalent to root access on this "
               "machine. "
               "If that is acceptable, join it with `sudo usermod -aG %2 $USER`, then log out and "
               "log in "
               "again. %3")
                .arg(place, facts.socketGroup, rootless),
            joinDetails(details, u"socket group "_s + facts.socketGroup));
    }

    case Failure::Refused:
        if (isUnix) {
            return Error(ErrorCode::DaemonNotRunning,
                tr("The engine is not running: nothing listens on %1 (the socket file is left "
                   "over). %2")
                    .arg(place, startHint),
                details);
        }
        return Error(ErrorCode::DaemonNotRunning,
            tr("Nothing listens on %1: the engine is not running there, or a firewall refuses the "
               "connection. Check that the engine listens on that port and that DOCKER_HOST is "
               "right.")
                .arg(place),
            details);

    case Failure::Timeout:
        return Error(ErrorCode::Timeout,
            tr("The engine at %1 did not answer within %2 seconds. It may be overloaded or hung: "
               "try "
               "again, or restart it.")
                .arg(place, seconds(facts.timeoutMs)),
            details);

    case Failure::IdleTimeout:
        return Error(ErrorCode::Timeout,
            tr("The engine at %1 stopped sending its reply for %2 seconds. It may be overloaded or "
               "hung: "
               "try again, or restart it.")
                .arg(place, seconds(facts.timeoutMs)),
            details);

    case Failure::HostNotFound:
        return Error(ErrorCode::ConnectionFailed,
            tr("The host \"%1\" of the engine address %2 cannot be found. Check the name in "
               "DOCKER_HOST "
               "or in Wharf's settings.")
                .arg(endpoint.host(), place),
            details);

    case Failure::Tls: {
        const QString certs = endpoint.certDirectory().isEmpty()
            ? tr("Set DOCKER_CERT_PATH to the directory with ca.pem, cert.pem and key.pem")
            : tr("Check ca.pem, cert.pem and key.pem in %1")
                  .arg(QDir::toNativeSeparators(endpoint.certDirectory()));
        return Error(ErrorCode::TlsFailed,
            tr("The secure (TLS) connection to the engine at %1 failed. %2, and that the engine "
               "expects "
               "TLS on this port.")
                .arg(place, certs),
            details);
    }

    case Failure::Other: break;
    }
    return Error(ErrorCode::ConnectionFailed,
        tr("Cannot connect to the engine at %1: %2")
            .arg(place, facts.systemText.isEmpty() ? tr("unknown error") : facts.systemText),
        details);
}

EngineConnectionErrors::Failure EngineConnectionErrors::failureFromErrno(int sysErrno)
{
    switch (sysErrno) {
    case ENOENT: return Failure::SocketMissing;
    case ENOTSOCK: return Failure::NotASocket;
    case EACCES:
    case EPERM: return Failure::AccessDenied;
    case ECONNREFUSED: return Failure::Refused;
    case ETIMEDOUT: return Failure::Timeout;
    default: return Failure::Other;
    }
}

EngineConnectionErrors::Failure EngineConnectionErrors::failureFromLocalSocketError(
    QLocalSocket::LocalSocketError error)
{
    switch (error) {
    case QLocalSocket::ServerNotFoundError: return Failure::SocketMissing;
    case QLocalSocket::SocketAccessError: return Failure::AccessDenied;
    case QLocalSocket::ConnectionRefusedError: return Failure::Refused;
    case QLocalSocket::SocketTimeoutError: return Failure::Timeout;
    default: return Failure::Other;
    }
}

EngineConnectionErrors::Failure EngineConnectionErrors::failureFromSocketError(
    QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: return Failure::Refused;
    case QAbstractSocket::HostNotFoundError: return Failure::HostNotFound;
    case QAbstractSocket::SocketAccessError: return Failure::AccessDenied;
    case QAbstractSocket::SocketTimeoutError: return Failure::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: return Failure::Tls;
    default: return Failure::Other;
    }
}

std::optional<EngineConnectionErrors::Facts> EngineConnectionErrors::probeSocketPath(
    const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0) {
        const int savedErrno = errno;
        Facts facts;
        facts.sysErrno = savedErrno;
        facts.failure = failureFromErrno(savedErrno);
        if (facts.failure == Failure::NotASocket) // ENOTDIR and the like end up as Other
            facts.failure = Failure::Other;
        facts.systemText = u"stat %1"_s.arg(path);
        return facts;
    }
    if (S_ISSOCK(st.st_mode))
        return std::nullopt;
    Facts facts;
    facts.failure = Failure::NotASocket;
    facts.pathType = S_ISREG(st.st_mode) ? PathType::RegularFile
        : S_ISDIR(st.st_mode)            ? PathType::Directory
                                         : PathType::Other;
    facts.systemText = u"%1 is not a socket (mode %2)"_s.arg(path, QString::number(st.st_mode, 8));
    return facts;
}

QString EngineConnectionErrors::owningGroup(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0)
        return {};
    long size = ::sysconf(_SC_GETGR_R_SIZE_MAX);
    if (size <= 0)
        size = 16384;
    std::vector<char> buffer(size_t(size), '\0');
    struct group entry
    {
    };
    struct group *found = nullptr;
    while (::getgrgid_r(st.st_gid, &entry, buffer.data(), buffer.size(), &found) == ERANGE
        && buffer.size() < 1024 * 1024) {
        buffer.resize(buffer.size() * 2);
    }
    if (!found || !found->gr_name)
        return QString::number(st.st_gid);
    return QString::fromLocal8Bit(found->gr_name);
}

} // namespace Wharf
