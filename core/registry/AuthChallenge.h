// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Wharf {

// One challenge of a WWW-Authenticate header (RFC 7235): a scheme and either auth-params
// (`Bearer realm="https://auth.example/token",service="registry",scope="repository:a:pull"`)
// or a token68 (`Negotiate YIIB...==`). A registry answers 401 with one; the client follows
// Basic or Bearer (the distribution token-auth flow).
class AuthChallenge
{
public:
    enum class Scheme { Basic, Bearer, Other };

    AuthChallenge() = default;

    // All challenges in a header value. QNetworkReply joins repeated headers with ", ", so a
    // value may hold several challenges: `Bearer realm="a",service="b", Basic realm="c"`.
    // Tolerant of what servers send (quoted strings with \" escapes, unquoted values, token68,
    // extra spaces and commas, any case of scheme and parameter names) but bounded: a value
    // over 16 KiB gives nothing. At the first thing that breaks the grammar (or a challenge
    // with more than 32 parameters, or more than 32 challenges), that challenge and the rest
    // are dropped and the complete challenges before it are returned, so garbage gives an
    // empty list. When a parameter is repeated, the first one counts.
    static QList<AuthChallenge> parse(const QByteArray &headerValue);

    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr int MaxParameters = 32;
    static constexpr int MaxChallenges = 32;

    Scheme scheme() const { return m_scheme; }
    QString schemeName() const { return m_schemeName; } // as sent: "Bearer", "bearer", "Basic"
    // The value of a parameter (name compared case-insensitively); empty if absent.
    QString parameter(const QString &name) const;
    bool hasParameter(const QString &name) const;
    // The parameters in the order sent, names as sent.
    QList<QPair<QString, QString>> parameters() const { return m_parameters; }
    // A token68 challenge's token ("abc=="); empty for a challenge with parameters.
    QString token68() const { return m_token68; }

    QString realm() const;
    QString service() const;
    // The "scope" parameter split on spaces: a Bearer challenge may ask for several
    // ("repository:a:pull repository:b:pull").
    QStringList scopes() const;
    // Why the request was refused: "insufficient_scope", "invalid_token", ...
    QString error() const;

    bool operator==(const AuthChallenge &) const = default;

private:
    Scheme m_scheme = Scheme::Other;
    QString m_schemeName;
    QString m_token68;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace Wharf
