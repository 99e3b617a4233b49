// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineEndpoint.h"
#include "base/Error.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QLocalSocket>
#include <QString>
#include <optional>

namespace Wharf {

// Turns a failure to reach an engine (socket layer error, errno, what is at the socket path)
// into the Error the user sees, with what to do about it. The mapping itself (toError) is
// pure, so tests can produce every case, including EACCES, which root never gets.
class EngineConnectionErrors
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::EngineConnectionErrors)

public:
    enum class Failure {
        SocketMissing, // ENOENT on the socket path
        NotASocket, // the path exists but is a file, a directory, ...
        AccessDenied, // EACCES, EPERM
        Refused, // ECONNREFUSED: nobody listens
        Timeout, // no connection, or no reply headers, in time
        IdleTimeout, // the reply stalled midway
        HostNotFound, // DNS failure (tcp)
        Tls, // handshake, certificate or key problem
        Other,
    };
    enum class PathType { Unknown, RegularFile, Directory, Other };

    struct Facts
    {
        Failure failure = Failure::Other;
        int sysErrno = 0; // errno when known
        QString systemText; // what the socket layer said (Qt's errorString, TLS errors)
        PathType pathType = PathType::Unknown; // for NotASocket
        QString socketGroup; // the group that owns the unix socket (for AccessDenied)
        int timeoutMs = 0; // for Timeout and IdleTimeout
    };

    static Error toError(const EngineEndpoint &endpoint, const Facts &facts);

    static Failure failureFromErrno(int sysErrno);
    static Failure failureFromLocalSocketError(QLocalSocket::LocalSocketError error);
    static Failure failureFromSocketError(QAbstractSocket::SocketError error);

    // Looks at a unix socket path before connecting (stat): nothing when it is a socket,
    // else why it cannot be used. Touches the filesystem.
    static std::optional<Facts> probeSocketPath(const QString &path);
    // The name of the group that owns path (stat, getgrgid_r); empty when unknown.
    static QString owningGroup(const QString &path);
};

} // namespace Wharf
