// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// What kind of failure happened. Troubleshooting code switches on this; the build treats an
// unhandled enumerator in a switch as an error, so a new code cannot be silently ignored.
enum class ErrorCode {
    None,
    SocketMissing,       // the endpoint's socket file does not exist
    NotASocket,          // the path exists but is not a socket (a regular file, a directory)
    PermissionDenied,    // connect() refused with EACCES
    DaemonNotRunning,    // the socket exists, nobody listens (ECONNREFUSED)
    ConnectionFailed,    // any other transport failure (host unreachable, DNS, ...)
    TlsFailed,           // TLS handshake or certificate problem
    Timeout,             // no answer in time
    Cancelled,           // the caller cancelled
    ApiTooOld,           // the engine speaks an API older than Wharf needs
    ProtocolError,       // the reply is not valid HTTP
    TruncatedReply,      // the connection closed before the reply was complete
    ParseError,          // the body is not the JSON (or text) we expect
    HttpError,           // a well-formed reply with an unexpected status
    NotFound,            // 404 from the engine: no such image, container, ...
    Conflict,            // 409 from the engine: image in use, name taken, ...
    InvalidReference,    // a malformed image reference typed by the user
    InvalidConfiguration,// a setting, DOCKER_HOST or docker context that cannot be used
    ProgramNotFound,     // an executable is not installed
    ProcessFailed,       // a child process failed to start, crashed or exited non-zero
    EngineError,         // the engine reported an error inside a stream (pull, events)
    HostNotFound,        // DNS could not resolve the host name
    AuthenticationRequired, // 401: no credentials, wrong credentials, or a token is needed
    AccessDenied,        // 403: authenticated, but not allowed (or listing disabled)
    RateLimited,         // 429: too many requests (Docker Hub's anonymous pull limit)
    ServerError,         // 5xx from a registry or token service
    KeychainUnavailable, // no Secret Service / keychain to keep a secret in
    CredentialsError,    // a credential store (keychain, helper, auth file) failed
};

// A failure as it reaches the user: what happened (message, translated), and the raw
// evidence (details: the engine's own text, a path, an errno string) for reports.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString details = {})
        : m_code(code), m_message(std::move(message)), m_details(std::move(details))
    {
    }

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &details() const { return m_details; }

    // "message (details)" for logs and command-line output.
    QString toString() const;
    // A stable identifier for the code ("permission-denied"), for JSON output and tests.
    static QString codeName(ErrorCode code);

    bool operator==(const Error &other) const = default;

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_details;
};

} // namespace Wharf
