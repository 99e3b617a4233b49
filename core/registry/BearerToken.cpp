// SPDX-License-Identifier: Apache-2.0
#include "BearerToken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr qint64 defaultLifetimeSeconds = 60;
constexpr qint64 renewMarginSeconds = 10;
constexpr qsizetype maxBodyBytes = 1 << 20;
constexpr qsizetype maxTokenBytes = 64 * 1024;

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::BearerToken)
};

} // namespace

Result<BearerToken> BearerToken::parse(const QByteArray &body, const QDateTime &now)
{
    const auto invalid = [](const QString &why) {
        return Error(ErrorCode::ParseError,
                     Tr::tr("The registry's token service answered with something that is not a token."), why);
    };
    if (body.size() > maxBodyBytes)
        return invalid(u"reply larger than 1 MiB"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(u"not a JSON object"_s);
    const QJsonObject object = document.object();
    // Both names exist in the wild; "token" is the one the spec requires.
    QJsonValue value = object.value("token"_L1);
    if (!value.isString() || value.toString().isEmpty())
        value = object.value("access_token"_L1);
    if (!value.isString() || value.toString().isEmpty())
        return invalid(u"no \"token\" or \"access_token\" string"_s);
    const QString token = value.toString();
    if (token.size() > maxTokenBytes)
        return invalid(u"token longer than 64 KiB"_s);
    for (const QChar c : token) {
        // It goes into an HTTP header: printable ASCII only.
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return invalid(u"token contains characters that cannot go into a header"_s);
    }

    qint64 lifetime = defaultLifetimeSeconds;
    const QJsonValue expiresIn = object.value("expires_in"_L1);
    if (expiresIn.isDouble()) {
        const double seconds = expiresIn.toDouble();
        // Fewer than 60 s is treated as 60 (spec); absurd values are capped at a day.
        if (seconds >= defaultLifetimeSeconds && seconds <= 86400.0)
            lifetime = static_cast<qint64>(seconds);
        else if (seconds > 86400.0)
            lifetime = 86400;
    }
    QDateTime issued = now;
    const QJsonValue issuedAt = object.value("issued_at"_L1);
    if (issuedAt.isString()) {
        const QDateTime parsed = QDateTime::fromString(issuedAt.toString(), Qt::ISODateWithMs);
        // Trust the server's clock only when it agrees with ours within a minute: a skewed
        // clock must not make every token look expired, or valid forever.
        if (parsed.isValid() && std::abs(parsed.secsTo(now)) < 60)
            issued = parsed;
    }
    return BearerToken(token, issued.addSecs(lifetime));
}

bool BearerToken::isValidAt(const QDateTime &now) const
{
    return !m_token.isEmpty() && now.addSecs(renewMarginSeconds) < m_expires;
}

} // namespace Wharf
