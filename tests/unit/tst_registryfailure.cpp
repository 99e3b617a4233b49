// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistryFailure.h"

#include <QSslError>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

const QString Host = u"registry.example.org:5000"_s;
const QString Action = u"list the tags of cms/analysis"_s;
const QString Secret = u"s3cret"_s;
// A request URL as a caller might hold it: a password in the user info and a token in the
// query. Neither may reach a message or its details.
const QUrl RequestUrl(u"https://alice:s3cret@registry.example.org:5000/v2/cms/analysis/tags/list?n=100&access_token=s3cret"_s);
const QByteArray NameUnknown =
    "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known to registry\","
    "\"detail\":{\"name\":\"cms/analysis\"}}]}"_ba;

// "Name: value" lines, as they come off the wire.
QList<QPair<QByteArray, QByteArray>> headersFrom(const QByteArray &lines)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : lines.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return headers;
}

RegistryResponse response(int status, const QByteArray &headerLines = {}, const QByteArray &body = {})
{
    RegistryResponse reply;
    reply.status = status;
    reply.url = RequestUrl;
    reply.headers = headersFrom(headerLines);
    reply.body = body;
    return reply;
}

// Surrogate pairs count as the one character they encode.
bool allPrintable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (!QChar::isPrint(QChar::surrogateToUcs4(c, text.at(i + 1))))
                return false;
            ++i;
        } else if (!c.isPrint()) {
            return false;
        }
    }
    return true;
}

void checkSafe(const Error &error)
{
    QVERIFY2(!error.message().contains(Secret), qPrintable(error.message()));
    QVERIFY2(!error.details().contains(Secret), qPrintable(error.details()));
    QVERIFY(!error.toString().contains(Secret));
    QVERIFY2(allPrintable(error.message()), qPrintable(error.message().toHtmlEscaped()));
    QVERIFY2(allPrintable(error.details()), qPrintable(error.details().toHtmlEscaped()));
}

} // namespace

class TestRegistryFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromResponse_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("hadCredentials");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("inMessage");
        QTest::addColumn<QStringList>("notInMessage");
        QTest::addColumn<QStringList>("inDetails");

        const QByteArray none;
        const QByteArray challenge = "WWW-Authenticate: Bearer realm=\"https://auth.example.org/token\",service=\"registry\""_ba;
        const QByteArray unauthorized =
            "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\","
            "\"detail\":[{\"Type\":\"repository\",\"Name\":\"cms/analysis\",\"Action\":\"pull\"}]}]}"_ba;
        const QByteArray denied =
            "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"requested access to the resource is denied\"}]}"_ba;
        const QByteArray hubLimits = "RateLimit-Limit: 100;w=21600\nRateLimit-Remaining: 0;w=21600\nRetry-After: 2520"_ba;
        const QByteArray tooMany =
            "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull rate limit.\"}]}"_ba;
        const QByteArray badGateway = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n</html>\r\n"_ba;

        auto row = [](const char *name, int status, const QByteArray &headers, const QByteArray &body, bool credentials,
                      ErrorCode code, const QStringList &in, const QStringList &notIn, const QStringList &details) {
            QTest::newRow(name) << status << headers << body << credentials << code << in << notIn << details;
        };

        row("401 anonymous", 401, challenge, unauthorized, false, ErrorCode::AuthenticationRequired,
            { u"Log in"_s }, { u"did not accept"_s },
            { u"HTTP 401"_s, u"UNAUTHORIZED: authentication required"_s });
        row("401 with credentials", 401, challenge, unauthorized, true, ErrorCode::AuthenticationRequired,
            { u"did not accept"_s, u"password or token"_s }, {}, { u"HTTP 401"_s });
        row("401 without body", 401, none, none, false, ErrorCode::AuthenticationRequired, { u"Log in"_s }, {},
            { u"HTTP 401"_s });
        row("403 anonymous", 403, none, denied, false, ErrorCode::AccessDenied, { u"anonymous"_s, u"Log in"_s }, {},
            { u"DENIED: requested access to the resource is denied"_s });
        row("403 with credentials", 403, none, denied, true, ErrorCode::AccessDenied, { u"your account"_s },
            { u"anonymous"_s }, { u"HTTP 403"_s });
        row("404 registry body", 404, none, NameUnknown, false, ErrorCode::NotFound,
            { u"Check the name"_s, u"log in"_s }, {},
            { u"HTTP 404"_s, u"NAME_UNKNOWN: repository name not known to registry"_s });
        row("404 with credentials", 404, none, NameUnknown, true, ErrorCode::NotFound, { u"Check the name"_s },
            { u"log in"_s }, { u"NAME_UNKNOWN"_s });
        row("404 plain text", 404, none, "404 page not found\n"_ba, false, ErrorCode::NotFound, {}, {},
            { u"404 page not found"_s });
        row("429 docker hub", 429, hubLimits, tooMany, false, ErrorCode::RateLimited,
            { u"rate limit"_s, u"0 of 100"_s, u"6 h"_s, u"42 min"_s, u"Logged-in"_s }, {},
            { u"HTTP 429"_s, u"TOOMANYREQUESTS"_s });
        row("429 retry-after only", 429, "Retry-After: 30"_ba, none, true, ErrorCode::RateLimited,
            { u"rate limit"_s, u"30 s"_s }, { u"requests left"_s }, { u"HTTP 429"_s });
        row("429 no headers", 429, none, none, false, ErrorCode::RateLimited, { u"rate limit"_s },
            { u"requests left"_s, u"try again in"_s }, { u"HTTP 429"_s });
        row("429 garbage headers", 429, "RateLimit-Limit: lots\nRateLimit-Remaining: ;;;\nRetry-After: soon"_ba, none,
            false, ErrorCode::RateLimited, { u"rate limit"_s }, { u"requests left"_s, u"try again in"_s }, {});
        row("500", 500, none, none, false, ErrorCode::ServerError, { u"HTTP 500"_s, u"Try again later"_s }, {},
            { u"HTTP 500"_s });
        row("502 proxy page", 502, none, badGateway, false, ErrorCode::ServerError, { u"HTTP 502"_s }, {},
            { u"502 Bad Gateway"_s });
        row("503 retry-after", 503, "Retry-After: 120"_ba,
            "{\"errors\":[{\"code\":\"UNAVAILABLE\",\"message\":\"service unavailable\"}]}"_ba, false, ErrorCode::ServerError,
            { u"HTTP 503"_s }, {}, { u"UNAVAILABLE: service unavailable"_s });
        row("504", 504, none, none, true, ErrorCode::ServerError, { u"HTTP 504"_s }, {}, { u"HTTP 504"_s });

        // Statuses a registry should not send here.
        row("status 0", 0, none, none, false, ErrorCode::HttpError, { u"HTTP 0"_s }, {}, { u"HTTP 0"_s });
        row("status -1", -1, none, none, false, ErrorCode::HttpError, { u"HTTP -1"_s }, {}, {});
        row("100", 100, none, none, false, ErrorCode::HttpError, { u"HTTP 100"_s }, {}, {});
        row("204", 204, none, none, false, ErrorCode::HttpError, { u"HTTP 204"_s }, {}, {});
        row("302", 302, "Location: https://elsewhere.example/"_ba, none, false, ErrorCode::HttpError, { u"HTTP 302"_s },
            {}, {});
        row("400", 400, none, "{\"errors\":[{\"code\":\"NAME_INVALID\",\"message\":\"invalid repository name\"}]}"_ba, false,
            ErrorCode::HttpError, { u"HTTP 400"_s }, {}, { u"NAME_INVALID"_s });
        row("405", 405, none, "{\"errors\":[{\"code\":\"UNSUPPORTED\",\"message\":\"The operation is unsupported.\"}]}"_ba,
            false, ErrorCode::HttpError, { u"HTTP 405"_s }, {}, { u"UNSUPPORTED"_s });
        row("418", 418, none, "I'm a teapot"_ba, false, ErrorCode::HttpError, { u"HTTP 418"_s }, {}, { u"teapot"_s });
        row("499", 499, none, none, false, ErrorCode::HttpError, { u"HTTP 499"_s }, {}, {});
        row("600", 600, none, none, false, ErrorCode::ServerError, { u"HTTP 600"_s }, {}, {});
        row("999", 999, none, none, false, ErrorCode::ServerError, { u"HTTP 999"_s }, {}, {});

        // Hostile bodies still give a bounded, printable error.
        row("404 huge body", 404, none, QByteArray(20 * 1024 * 1024, 'x'), false, ErrorCode::NotFound, {}, {},
            { u"HTTP 404"_s });
        row("500 binary body", 500, none, QByteArray("\x00\x01\x1b[2J\xff\xfe\x7f\r\n", 11), false,
            ErrorCode::ServerError, {}, {}, { u"HTTP 500"_s });
        row("401 escape in registry text", 401, none,
            "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"\\u001b[2Jgo away\\nnow\\u0000\"}]}"_ba, false,
            ErrorCode::AuthenticationRequired, {}, {}, { u"UNAUTHORIZED"_s });
    }

    void fromResponse()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(bool, hadCredentials);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, inMessage);
        QFETCH(QStringList, notInMessage);
        QFETCH(QStringList, inDetails);

        const Error error = RegistryFailure::fromResponse(response(status, headers, body), Host, Action, hadCredentials);
        QCOMPARE(error.code(), code);
        // Every message says where and what Wharf was doing.
        QVERIFY2(error.message().contains(Host), qPrintable(error.message()));
        QVERIFY2(error.message().contains(Action), qPrintable(error.message()));
        for (const QString &fragment : inMessage)
            QVERIFY2(error.message().contains(fragment), qPrintable(fragment + u" not in: "_s + error.message()));
        for (const QString &fragment : notInMessage)
            QVERIFY2(!error.message().contains(fragment), qPrintable(fragment + u" in: "_s + error.message()));
        for (const QString &fragment : inDetails)
            QVERIFY2(error.details().contains(fragment), qPrintable(fragment + u" not in: "_s + error.details()));
        // The evidence names the request without its user info or query.
        QVERIFY2(error.details().contains(u"registry.example.org:5000/v2/cms/analysis/tags/list"_s),
                 qPrintable(error.details()));
        checkSafe(error);
        QVERIFY2(error.message().size() < 1000, qPrintable(QString::number(error.message().size())));
        QVERIFY2(error.details().size() < 3000, qPrintable(QString::number(error.details().size())));
    }

    void registryErrorText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");

        QTest::newRow("distribution") << NameUnknown << u"NAME_UNKNOWN: repository name not known to registry"_s;
        QTest::newRow("two errors")
            << "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"},"
               "{\"code\":\"DENIED\",\"message\":\"no\"}]}"_ba
            << u"UNAUTHORIZED: authentication required; DENIED: no"_s;
        QTest::newRow("gitlab") << "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"HTTP Basic: Access denied\"}]}"_ba
                                << u"UNAUTHORIZED: HTTP Basic: Access denied"_s;
        QTest::newRow("code only") << "{\"errors\":[{\"code\":\"UNSUPPORTED\"}]}"_ba << u"UNSUPPORTED"_s;
        QTest::newRow("message only") << "{\"errors\":[{\"message\":\"something broke\"}]}"_ba << u"something broke"_s;
        QTest::newRow("empty entries skipped") << "{\"errors\":[{},{\"code\":\"\"},{\"code\":\"X\"}]}"_ba << u"X"_s;
        QTest::newRow("wrong entry types") << "{\"errors\":[1,\"a\",null,[],{\"code\":5,\"message\":\"m\"}]}"_ba << u"m"_s;
        QTest::newRow("at most five")
            << "{\"errors\":[{\"code\":\"A\"},{\"code\":\"B\"},{\"code\":\"C\"},"
               "{\"code\":\"D\"},{\"code\":\"E\"},{\"code\":\"F\"}]}"_ba
            << u"A; B; C; D; E"_s;
        QTest::newRow("errors not an array") << "{\"errors\":\"boom\"}"_ba << u"{\"errors\":\"boom\"}"_s;
        QTest::newRow("errors empty") << "{\"errors\":[]}"_ba << u"{\"errors\":[]}"_s;
        QTest::newRow("json array") << "[{\"code\":\"X\"}]"_ba << u"[{\"code\":\"X\"}]"_s;
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("blank") << " \r\n\t "_ba << QString();
        QTest::newRow("html") << "<html>\n  <body>502 Bad Gateway</body>\n</html>\n"_ba
                              << u"<html> <body>502 Bad Gateway</body> </html>"_s;
        QTest::newRow("plain text") << "upstream connect error\r\n"_ba << u"upstream connect error"_s;
        QTest::newRow("long text cut") << QByteArray(10000, 'x') << QString(300, u'x');
        QTest::newRow("NUL bytes") << QByteArray("abc\0def", 7) << u"abc?def"_s;
        QTest::newRow("escape sequence") << "\x1b[31mred\x1b[0m"_ba << u"?[31mred?[0m"_s;
        QTest::newRow("bidi override") << "abc\xe2\x80\xae"
                                          "def"_ba
                                       << u"abc?def"_s;
        QTest::newRow("invalid utf-8") << "abc\xff"
                                          "def"_ba
                                       << u"abc\uFFFDdef"_s;
        QTest::newRow("utf-8 kept") << "Zugriff verweigert: Ü"_ba << u"Zugriff verweigert: Ü"_s;
        // The registry's own text is as untrusted as any other body.
        QTest::newRow("registry text with newline")
            << "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"line one\\nline two\"}]}"_ba << u"DENIED: line one line two"_s;
        QTest::newRow("registry text with escape")
            << "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"\\u001b[2Jgone\"}]}"_ba << u"DENIED: ?[2Jgone"_s;
        QTest::newRow("registry text with NUL") << "{\"errors\":[{\"code\":\"X\\u0000Y\"}]}"_ba << u"X?Y"_s;
    }

    void registryErrorText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);

        QCOMPARE(RegistryFailure::registryErrorText(body), text);
    }

    void registryErrorTextHostile_data()
    {
        QTest::addColumn<QByteArray>("body");

        QByteArray random(4 * 1024 * 1024, Qt::Uninitialized);
        quint32 seed = 99;
        for (char &c : random) {
            seed = seed * 1103515245u + 12345u;
            c = char(seed >> 24);
        }
        QByteArray manyLong = "{\"errors\":["_ba;
        for (int i = 0; i < 50; ++i) {
            manyLong += (i ? ","_ba : QByteArray()) + "{\"code\":\"" + QByteArray(1000, 'C') + "\",\"message\":\""
                + QByteArray(100000, 'm') + "\"}";
        }
        manyLong += "]}";
        QByteArray bigValid = "{\"errors\":[{\"code\":\"X\",\"message\":\"ok\"}],\"padding\":\""_ba + QByteArray(300 * 1024, 'p')
            + "\"}";

        QTest::newRow("random bytes") << random;
        QTest::newRow("many long errors") << manyLong;
        QTest::newRow("valid but beyond 256 KiB") << bigValid;
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
        QTest::newRow("truncated") << "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"mess"_ba;
        QTest::newRow("all NUL") << QByteArray(1000, '\0');
        QTest::newRow("all controls") << QByteArray(1000, '\x01');
        QTest::newRow("utf-8 cut in the middle") << QByteArray(QByteArray(299, 'a') + "\xe2\x82\xac");
    }

    void registryErrorTextHostile()
    {
        QFETCH(QByteArray, body);

        const QString text = RegistryFailure::registryErrorText(body);
        QVERIFY2(text.size() <= 2000, qPrintable(QString::number(text.size())));
        QVERIFY2(allPrintable(text), qPrintable(text.left(400).toHtmlEscaped()));
    }

    void rateLimitText_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("text");

        QTest::newRow("none") << QByteArray() << QString();
        QTest::newRow("docker hub, exhausted")
            << "RateLimit-Limit: 100;w=21600\nRateLimit-Remaining: 0;w=21600\nRetry-After: 2520"_ba
            << u"0 of 100 requests left per 6 h; try again in 42 min"_s;
        QTest::newRow("docker hub, some left")
            << "ratelimit-limit: 200;w=21600\nratelimit-remaining: 76;w=21600"_ba << u"76 of 200 requests left per 6 h"_s;
        QTest::newRow("without window") << "RateLimit-Limit: 100\nRateLimit-Remaining: 5"_ba
                                        << u"5 of 100 requests left"_s;
        QTest::newRow("window in minutes") << "RateLimit-Limit: 10;w=600\nRateLimit-Remaining: 0;w=600"_ba
                                           << u"0 of 10 requests left per 10 min"_s;
        QTest::newRow("window in seconds") << "RateLimit-Limit: 10;w=60\nRateLimit-Remaining: 0;w=60"_ba
                                           << u"0 of 10 requests left per 60 s"_s;
        QTest::newRow("blanks") << "RateLimit-Limit:  100 ; w=21600 \nRateLimit-Remaining: 0 ; w=21600"_ba
                                << u"0 of 100 requests left per 6 h"_s;
        QTest::newRow("garbage window") << "RateLimit-Limit: 100;w=abc\nRateLimit-Remaining: 0;w=abc"_ba
                                        << u"0 of 100 requests left"_s;
        QTest::newRow("limit only") << "RateLimit-Limit: 100;w=21600"_ba << QString();
        QTest::newRow("remaining only") << "RateLimit-Remaining: 0;w=21600"_ba << QString();
        QTest::newRow("garbage counts") << "RateLimit-Limit: many\nRateLimit-Remaining: few"_ba << QString();
        QTest::newRow("negative counts") << "RateLimit-Limit: -1\nRateLimit-Remaining: -1"_ba << QString();
        QTest::newRow("huge count") << "RateLimit-Limit: 99999999999999999999999\nRateLimit-Remaining: 0"_ba << QString();
        QTest::newRow("retry-after seconds") << "Retry-After: 30"_ba << u"try again in 30 s"_s;
        QTest::newRow("retry-after zero") << "Retry-After: 0"_ba << u"try again in 0 s"_s;
        QTest::newRow("retry-after hours") << "Retry-After: 7200"_ba << u"try again in 2 h"_s;
        QTest::newRow("retry-after date") << "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT"_ba << QString();
        QTest::newRow("retry-after negative") << "Retry-After: -30"_ba << QString();
        QTest::newRow("retry-after absurd") << "Retry-After: 99999999"_ba << QString();
        QTest::newRow("retry-after garbage") << "Retry-After: soon"_ba << QString();
        QTest::newRow("reset as delta") << "RateLimit-Reset: 90"_ba << u"try again in 2 min"_s;
        QTest::newRow("reset in the past") << "RateLimit-Reset: 1000000000"_ba << QString();
        QTest::newRow("retry-after wins over reset") << "Retry-After: 30\nRateLimit-Reset: 90"_ba
                                                     << u"try again in 30 s"_s;
    }

    void rateLimitText()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QString, text);

        QCOMPARE(RegistryFailure::rateLimitText(response(429, headers)), text);
    }

    void fromNetworkError_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<QList<int>>("sslErrors");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("inMessage");

        const QString transferError =
            u"Error transferring https://alice:s3cret@registry.example.org:5000/v2/ - server replied: Forbidden"_s;
        const QString selfSigned = QSslError(QSslError::SelfSignedCertificate).errorString();
        const QString mismatch = QSslError(QSslError::HostNameMismatch).errorString();
        const QString expired = QSslError(QSslError::CertificateExpired).errorString();
        const QString unknownIssuer = QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString();

        auto row = [](const char *name, QNetworkReply::NetworkError error, const QString &errorString,
                      const QList<int> &ssl, ErrorCode code, const QStringList &in) {
            QTest::newRow(name) << int(error) << errorString << ssl << code << in;
        };

        row("host not found", QNetworkReply::HostNotFoundError, u"Host registry.example.org not found"_s, {},
            ErrorCode::HostNotFound, { u"DNS"_s, u"VPN"_s });
        row("connection refused", QNetworkReply::ConnectionRefusedError, u"Connection refused"_s, {},
            ErrorCode::ConnectionFailed, { u"connection refused"_s, u"port"_s });
        row("timeout", QNetworkReply::TimeoutError, u"Socket operation timed out"_s, {}, ErrorCode::Timeout,
            { u"30 s"_s, u"try again later"_s });
        row("cancelled by the timer", QNetworkReply::OperationCanceledError, u"Operation canceled"_s, {},
            ErrorCode::Timeout, { u"30 s"_s });
        row("self-signed", QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed"_s,
            { QSslError::SelfSignedCertificate }, ErrorCode::TlsFailed, { selfSigned, u"CA file"_s, u"insecure"_s });
        row("several certificate problems", QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed"_s,
            { QSslError::SelfSignedCertificate, QSslError::HostNameMismatch, QSslError::SelfSignedCertificate },
            ErrorCode::TlsFailed, { selfSigned, mismatch });
        row("expired", QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed"_s,
            { QSslError::CertificateExpired }, ErrorCode::TlsFailed, { expired });
        row("unknown issuer", QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed"_s,
            { QSslError::UnableToGetLocalIssuerCertificate }, ErrorCode::TlsFailed, { unknownIssuer });
        row("handshake without certificate errors", QNetworkReply::SslHandshakeFailedError,
            u"SSL handshake failed: wrong version number"_s, {}, ErrorCode::TlsFailed, { u"wrong version number"_s });
        row("remote closed", QNetworkReply::RemoteHostClosedError, u"Connection closed"_s, {},
            ErrorCode::ConnectionFailed, { u"Connection closed"_s });
        row("network unreachable", QNetworkReply::UnknownNetworkError, u"Network unreachable"_s, {},
            ErrorCode::ConnectionFailed, { u"Network unreachable"_s });
        row("proxy refused", QNetworkReply::ProxyConnectionRefusedError, u"Proxy connection refused"_s, {},
            ErrorCode::ConnectionFailed, { u"Proxy connection refused"_s });
        row("empty error string", QNetworkReply::UnknownNetworkError, QString(), {}, ErrorCode::ConnectionFailed, {});

        // A password in a URL's user info never reaches the message or the details.
        row("user info, other error", QNetworkReply::ContentAccessDenied, transferError, {},
            ErrorCode::ConnectionFailed, { u"server replied: Forbidden"_s });
        row("user info, dns", QNetworkReply::HostNotFoundError,
            u"Host alice:s3cret@registry.example.org not found"_s, {}, ErrorCode::HostNotFound, {});
        row("user info, timeout", QNetworkReply::TimeoutError, transferError, {}, ErrorCode::Timeout, {});
        row("user info, tls", QNetworkReply::SslHandshakeFailedError, transferError, {}, ErrorCode::TlsFailed, {});
        row("user info, refused", QNetworkReply::ConnectionRefusedError,
            u"Connection to http://bob:s3cret@[::1]:5000/v2/ refused"_s, {}, ErrorCode::ConnectionFailed, {});
    }

    void fromNetworkError()
    {
        QFETCH(int, networkError);
        QFETCH(QString, errorString);
        QFETCH(QList<int>, sslErrors);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, inMessage);

        QList<QSslError> ssl;
        for (const int sslError : sslErrors)
            ssl.append(QSslError(QSslError::SslError(sslError)));
        const Error error = RegistryFailure::fromNetworkError(QNetworkReply::NetworkError(networkError), errorString,
                                                              ssl, Host, Action, 30000);
        QCOMPARE(error.code(), code);
        QVERIFY2(error.message().contains(Host), qPrintable(error.message()));
        QVERIFY2(error.message().contains(Action), qPrintable(error.message()));
        for (const QString &fragment : inMessage)
            QVERIFY2(error.message().contains(fragment), qPrintable(fragment + u" not in: "_s + error.message()));
        // Each certificate problem is named once.
        for (const int sslError : sslErrors) {
            const QString problem = QSslError(QSslError::SslError(sslError)).errorString();
            QCOMPARE(error.message().count(problem), qsizetype(1));
        }
        checkSafe(error);
        if (!errorString.contains(Secret))
            QCOMPARE(error.details(), errorString);
    }

    void timeoutSeconds_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("30 s") << 30000 << u"30 s"_s;
        QTest::newRow("2 min") << 120000 << u"120 s"_s;
        QTest::newRow("rounded down") << 15999 << u"15 s"_s;
    }

    void timeoutSeconds()
    {
        QFETCH(int, timeoutMs);
        QFETCH(QString, fragment);

        const Error error = RegistryFailure::fromNetworkError(QNetworkReply::TimeoutError, u"timed out"_s, {}, Host,
                                                              Action, timeoutMs);
        QCOMPARE(error.code(), ErrorCode::Timeout);
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    }

    // The token service's host is named when it is the one that failed.
    void namesTheGivenHost()
    {
        const Error error = RegistryFailure::fromNetworkError(QNetworkReply::HostNotFoundError, u"Host not found"_s, {},
                                                              u"auth.docker.io"_s, u"log in to docker.io"_s, 30000);
        QVERIFY(error.message().contains(u"auth.docker.io"_s));
        QVERIFY(error.message().contains(u"log in to docker.io"_s));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestRegistryFailure)
#include "tst_registryfailure.moc"
