// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QString>

namespace Wharf {

// A token from a registry's token service (distribution token spec): {"token" or
// "access_token", "expires_in", "issued_at"}. The spec says to assume 60 s when no expiry
// is given; Wharf renews a little before the end so a request never leaves with a token
// that expires on the way.
class BearerToken
{
public:
    BearerToken() = default;
    BearerToken(QString token, QDateTime expires) : m_token(std::move(token)), m_expires(std::move(expires)) {}

    // `now` is when the request was sent (issued_at, when present and sane, wins).
    static Result<BearerToken> parse(const QByteArray &body, const QDateTime &now);

    bool isNull() const { return m_token.isEmpty(); }
    const QString &token() const { return m_token; }
    QDateTime expires() const { return m_expires; }
    bool isValidAt(const QDateTime &now) const;

private:
    QString m_token;
    QDateTime m_expires;
};

} // namespace Wharf
