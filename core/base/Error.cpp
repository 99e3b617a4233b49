// SPDX-License-Identifier: Apache-2.0
#include "Error.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString Error::toString() const
{
    if (m_details.isEmpty() || m_details == m_message)
        return m_message;
    return u"%1 (%2)"_s.arg(m_message, m_details);
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return u"none"_s;
    case ErrorCode::SocketMissing: return u"socket-missing"_s;
    case ErrorCode::NotASocket: return u"not-a-socket"_s;
    case ErrorCode::PermissionDenied: return u"permission-denied"_s;
    case ErrorCode::DaemonNotRunning: return u"daemon-not-running"_s;
    case ErrorCode::ConnectionFailed: return u"connection-failed"_s;
    case ErrorCode::TlsFailed: return u"tls-failed"_s;
    case ErrorCode::Timeout: return u"timeout"_s;
    case ErrorCode::Cancelled: return u"cancelled"_s;
    case ErrorCode::ApiTooOld: return u"api-too-old"_s;
    case ErrorCode::ProtocolError: return u"protocol-error"_s;
    case ErrorCode::TruncatedReply: return u"truncated-reply"_s;
    case ErrorCode::ParseError: return u"parse-error"_s;
    case ErrorCode::HttpError: return u"http-error"_s;
    case ErrorCode::NotFound: return u"not-found"_s;
    case ErrorCode::Conflict: return u"conflict"_s;
    case ErrorCode::InvalidReference: return u"invalid-reference"_s;
    case ErrorCode::InvalidConfiguration: return u"invalid-configuration"_s;
    case ErrorCode::ProgramNotFound: return u"program-not-found"_s;
    case ErrorCode::ProcessFailed: return u"process-failed"_s;
    case ErrorCode::EngineError: return u"engine-error"_s;
    case ErrorCode::HostNotFound: return u"host-not-found"_s;
    case ErrorCode::AuthenticationRequired: return u"authentication-required"_s;
    case ErrorCode::AccessDenied: return u"access-denied"_s;
    case ErrorCode::RateLimited: return u"rate-limited"_s;
    case ErrorCode::ServerError: return u"server-error"_s;
    case ErrorCode::KeychainUnavailable: return u"keychain-unavailable"_s;
    case ErrorCode::CredentialsError: return u"credentials-error"_s;
    }
    return u"unknown"_s;
}

} // namespace Wharf
