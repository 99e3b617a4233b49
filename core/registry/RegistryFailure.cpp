// SPDX-License-Identifier: Apache-2.0
#include "RegistryFailure.h"

#include "PullAllowance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::RegistryFailure)
};

// Registry text, whether its JSON or a proxy's page, is untrusted: one line, printable.
QString printable(const QString &text)
{
    QString line = text.simplified();
    for (QChar &c : line) {
        if (!c.isPrint())
            c = u'?';
    }
    return line;
}

// Qt's error strings may quote the request URL; a password in its user info must not reach
// a message or the logs.
QString withoutUserInfo(const QString &text)
{
    static const QRegularExpression userInfo(u"(^|[\\s/])[^\\s/@]*:[^\\s/@]*@"_s);
    QString cleaned = text;
    return cleaned.replace(userInfo, u"\\1"_s);
}

} // namespace

QString RegistryFailure::registryErrorText(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body.left(256 * 1024));
    QStringList lines;
    const QJsonArray errors = document.object().value("errors"_L1).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject error = value.toObject();
        const QString code = error.value("code"_L1).toString().left(64);
        const QString message = error.value("message"_L1).toString().left(300);
        if (code.isEmpty() && message.isEmpty())
            continue;
        lines.append(code.isEmpty() ? message : message.isEmpty() ? code : code + u": "_s + message);
        if (lines.size() == 5)
            break;
    }
    if (!lines.isEmpty())
        return printable(lines.join(u"; "_s));
    // Not the registry's JSON: a proxy's page, a load balancer. A short, printable excerpt.
    return printable(QString::fromUtf8(body.left(300)));
}

QString RegistryFailure::rateLimitText(const RegistryResponse &response)
{
    QStringList parts;
    const PullAllowance allowance =
        PullAllowance::fromHeaders(response.header("RateLimit-Limit"), response.header("RateLimit-Remaining"));
    if (allowance.isKnown())
        parts.append(allowance.describe());
    bool ok = false;
    qint64 wait = response.header("Retry-After").trimmed().toLongLong(&ok);
    if (!ok) {
        // Some registries send an absolute reset time (seconds since the epoch).
        const qint64 reset = response.header("RateLimit-Reset").trimmed().toLongLong(&ok);
        if (ok && reset > 0) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            wait = reset > now ? reset - now : reset;
        }
    }
    if (ok && wait >= 0 && wait < 7 * 86400)
        parts.append(Tr::tr("try again in %1").arg(PullAllowance::duration(wait)));
    return parts.join(u"; "_s);
}

Error RegistryFailure::fromResponse(const RegistryResponse &response, const QString &host, const QString &action,
                                    bool hadCredentials)
{
    const QString evidence = u"HTTP %1 from %2: %3"_s.arg(response.status)
                                 .arg(response.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                      registryErrorText(response.body));
    switch (response.status) {
    case 401:
        if (hadCredentials) {
            return Error(ErrorCode::AuthenticationRequired,
                         Tr::tr("%1 did not accept your login when Wharf tried to %2. Check the user name, and "
                                "the password or token (it may have expired); log in again.")
                             .arg(host, action),
                         evidence);
        }
        return Error(ErrorCode::AuthenticationRequired,
                     Tr::tr("%1 wants a login to %2. Log in to %1 (Registries › Log In), then try again.")
                         .arg(host, action),
                     evidence);
    case 403:
        return Error(ErrorCode::AccessDenied,
                     hadCredentials
                         ? Tr::tr("%1 does not allow your account to %2.").arg(host, action)
                         : Tr::tr("%1 does not allow anonymous users to %2. Log in, then try again.").arg(host, action),
                     evidence);
    case 404:
        return Error(ErrorCode::NotFound,
                     hadCredentials
                         ? Tr::tr("%1 has nothing there: Wharf could not %2. Check the name.").arg(host, action)
                         : Tr::tr("%1 has nothing there: Wharf could not %2. Check the name; a private repository "
                                  "is only visible after you log in.")
                               .arg(host, action),
                     evidence);
    case 429: {
        const QString limits = rateLimitText(response);
        QString message = Tr::tr("%1 refuses more requests for now (rate limit), so Wharf could not %2.").arg(host, action);
        if (!limits.isEmpty())
            message += u' ' + Tr::tr("%1.").arg(limits);
        message += u' ' + Tr::tr("Logged-in users get a higher limit.");
        return Error(ErrorCode::RateLimited, message, evidence);
    }
    default:
        break;
    }
    if (response.status >= 500) {
        return Error(ErrorCode::ServerError,
                     Tr::tr("%1 had a problem of its own (HTTP %2) when Wharf tried to %3. Try again later.")
                         .arg(host)
                         .arg(response.status)
                         .arg(action),
                     evidence);
    }
    return Error(ErrorCode::HttpError,
                 Tr::tr("%1 answered HTTP %2 when Wharf tried to %3.").arg(host).arg(response.status).arg(action),
                 evidence);
}

Error RegistryFailure::fromNetworkError(QNetworkReply::NetworkError error, const QString &rawErrorString,
                                        const QList<QSslError> &sslErrors, const QString &host,
                                        const QString &action, int timeoutMs)
{
    const QString errorString = withoutUserInfo(rawErrorString);
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Error(ErrorCode::HostNotFound,
                     Tr::tr("The host name of %1 is not known (DNS), so Wharf could not %2. Check the spelling, "
                            "your network, and whether the registry is only reachable through a VPN.")
                         .arg(host, action),
                     errorString);
    case QNetworkReply::ConnectionRefusedError:
        return Error(ErrorCode::ConnectionFailed,
                     Tr::tr("Nothing answers at %1 (connection refused), so Wharf could not %2. Check the port, "
                            "and that the registry is running.")
                         .arg(host, action),
                     errorString);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error(ErrorCode::Timeout,
                     Tr::tr("%1 stopped answering for %2 s while Wharf tried to %3. The registry or the network "
                            "is slow or down; try again later.")
                         .arg(host)
                         .arg(timeoutMs / 1000)
                         .arg(action),
                     errorString);
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList problems;
        for (const QSslError &sslError : sslErrors) {
            if (!problems.contains(sslError.errorString()))
                problems.append(sslError.errorString());
        }
        if (problems.isEmpty())
            problems.append(errorString);
        return Error(ErrorCode::TlsFailed,
                     Tr::tr("Wharf does not trust the TLS certificate of %1, so it could not %2: %3. If the registry "
                            "uses its own certificate authority, add its CA file in the registry's settings; if you "
                            "trust the network, mark the registry insecure there.")
                         .arg(host, action, problems.join(u"; "_s)),
                     errorString);
    }
    default:
        break;
    }
    return Error(ErrorCode::ConnectionFailed,
                 Tr::tr("Wharf could not reach %1 to %2: %3.").arg(host, action, errorString), errorString);
}

} // namespace Wharf
