// SPDX-License-Identifier: Apache-2.0
#include "RegistryClient.h"

#include "AuthChallenge.h"
#include "LinkHeader.h"
#include "RegistryCall.h"
#include "RegistryFailure.h"
#include "base/LogCategories.h"
#include "credentials/RegistryCredential.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSysInfo>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr qint64 maxManifestBytes = 4 * 1024 * 1024;
constexpr qint64 maxConfigBytes = 8 * 1024 * 1024;
constexpr qint64 maxListingBytes = 64 * 1024 * 1024;
constexpr qint64 maxTokenBytes = 1024 * 1024;
constexpr int maxPages = 10000;

Error cancelled()
{
    return Error(ErrorCode::Cancelled, RegistryClient::tr("Cancelled."));
}

// Reports an operation's result once: not after a cancel, not to a destroyed context.
template<typename T>
struct Reporter
{
    QPointer<RegistryCall> call;
    QPointer<QObject> context;
    bool guarded = false;
    RegistryClient::Callback<T> done;

    void operator()(const Result<T> &result) const
    {
        if (!call || !call->finish())
            return;
        if (guarded && !context)
            return;
        done(result);
    }
    bool alive() const { return call && !call->isCancelled() && !call->isFinished() && (!guarded || context); }
};

// A page callback that stays quiet once the operation has reported or its context is gone.
template<typename T>
RegistryClient::PageCallback pagesTo(const Reporter<T> &report, RegistryClient::PageCallback page)
{
    return [report, page = std::move(page)](const QStringList &names) {
        if (page && report.alive())
            page(names);
    };
}

// Reports how many names all the pages held.
std::function<void(Result<QStringList>)> countOf(const Reporter<int> &report)
{
    return [report](Result<QStringList> all) {
        if (!all)
            report(all.error());
        else
            report(int(all->size()));
    };
}

template<typename T>
Reporter<T> begin(RegistryCall *call, QObject *context, RegistryClient::Callback<T> done)
{
    Reporter<T> reporter{ call, context, context != nullptr, std::move(done) };
    call->setCancelHandler([reporter] {
        if (reporter.guarded && !reporter.context)
            return;
        reporter.done(cancelled());
    });
    return reporter;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

// Repository paths and references go into the URL path as they are: check them, so that a
// hostile or mistyped name ("../x", "a b") cannot change what is requested.
bool isSafePathPart(const QString &text, bool allowSlash)
{
    if (text.isEmpty() || text.size() > 255 || text.startsWith(u'/') || text.endsWith(u'/'))
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'_' || u == u'-' || u == u':' || (allowSlash && u == u'/');
        if (!ok)
            return false;
    }
    return !text.contains(u".."_s) && !text.contains(u"//"_s);
}

QString digestOf(const QByteArray &body)
{
    return u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

} // namespace

RegistryClient::RegistryClient(RegistryHost host, RegistryOptions options, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    // Redirects are followed by hand: the credentials must not follow one to another origin.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    if (!m_options.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_configurationError = Error(
                ErrorCode::InvalidConfiguration,
                tr("The CA file for %1 (%2) cannot be read or holds no PEM certificate. Choose another file in "
                   "the registry's settings.")
                    .arg(m_host.name(), m_options.caFile),
                m_options.caFile);
        } else {
            QList<QSslCertificate> all = m_ssl.caCertificates();
            all.append(certificates);
            m_ssl.setCaCertificates(all);
        }
    }
    if (m_options.insecure)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
}

RegistryClient::~RegistryClient()
{
    // Calls first: their replies are aborted while the manager still exists, and nobody hears.
    const QList<RegistryCall *> calls = findChildren<RegistryCall *>(Qt::FindDirectChildrenOnly);
    for (RegistryCall *call : calls) {
        call->setCancelHandler(nullptr);
        delete call;
    }
    const QList<QNetworkReply *> replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect();
        reply->abort();
    }
}

void RegistryClient::setCredential(const QString &username, const QString &secret)
{
    m_username = username;
    m_secret = secret;
    m_tokens.clear();
    if (m_authScheme == AuthScheme::None)
        m_authScheme = AuthScheme::Unknown;
}

QString RegistryClient::hostPlatform()
{
    const QString cpu = QSysInfo::currentCpuArchitecture();
    QString architecture = cpu;
    if (cpu == u"x86_64"_s)
        architecture = u"amd64"_s;
    else if (cpu == u"i386"_s)
        architecture = u"386"_s;
    else if (cpu == u"arm64"_s)
        architecture = u"arm64"_s;
    else if (cpu == u"power64"_s)
        architecture = u"ppc64le"_s;
    return u"linux/"_s + architecture;
}

RegistryCall *RegistryClient::newCall(QObject *context)
{
    Q_UNUSED(context);
    return new RegistryCall(this);
}

QUrl RegistryClient::apiUrl(const QString &path) const
{
    const bool http = m_transport == Transport::Http;
    QUrl url = m_host.apiBaseUrl(http ? u"http"_s : u"https"_s);
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

bool RegistryClient::mayFallBackToHttp() const
{
    return m_options.insecure || m_host.isLoopback();
}

bool RegistryClient::isHttpsProbe(const Exchange &exchange) const
{
    // Unknown, or already learned to be HTTP by a request that ran beside this one.
    return exchange.withCredentials && m_transport != Transport::Https && exchange.url.scheme() == u"https"_s
        && mayFallBackToHttp();
}

bool RegistryClient::hasIdentityToken() const
{
    return m_username == RegistryCredential::IdentityTokenUsername;
}

QByteArray RegistryClient::basicAuthorization() const
{
    return "Basic " + (m_username + u':' + m_secret).toUtf8().toBase64();
}

QNetworkReply *RegistryClient::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                   qint64 maxBytes, int timeoutMs, bool headOnly)
{
    return sendRequest(url, headers, {}, maxBytes, timeoutMs, headOnly);
}

QNetworkReply *RegistryClient::sendRequest(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                           const std::optional<QByteArray> &formBody, qint64 maxBytes, int timeoutMs,
                                           bool headOnly)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : m_options.timeoutMs);
    request.setSslConfiguration(m_ssl);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Wharf/" WHARF_VERSION));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Never store credentials Qt may have learned; Wharf sends its own Authorization.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (formBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        reply = m_network->post(request, *formBody);
    } else if (headOnly) {
        reply = m_network->head(request);
    } else {
        reply = m_network->get(request);
    }
    ++m_requestCount;
    // Kept for the message: "the certificate is self-signed" says more than "handshake failed".
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        reply->setProperty("wharfSslErrors", QVariant::fromValue(errors));
    });
    // A registry that sends too much (a huge tag list, a hostile blob) is cut off.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            reply->setProperty("wharfTooLarge", true);
            reply->abort();
        }
    });
    return reply;
}

void RegistryClient::send(RegistryCall *call, Exchange exchange, ResponseCallback done)
{
    if (m_configurationError) {
        QMetaObject::invokeMethod(call, [done = std::move(done), error = *m_configurationError] { done(error); },
                                  Qt::QueuedConnection);
        return;
    }
    // A token registry: get the token before the request instead of after a 401 for each
    // new repository.
    if (m_authScheme == AuthScheme::Bearer && exchange.withCredentials && !m_realm.isEmpty()
        && m_tokens.find(exchange.scopes, QDateTime::currentDateTimeUtc()).isNull()) {
        transmitWithToken(call, std::move(exchange), std::move(done));
        return;
    }
    transmit(call, std::move(exchange), std::move(done));
}

void RegistryClient::transmitWithToken(RegistryCall *call, Exchange exchange, ResponseCallback done)
{
    QPointer<RegistryCall> guard(call);
    const QString action = exchange.action;
    const QStringList scopes = exchange.scopes;
    fetchToken(call, scopes, action,
               [this, guard, exchange = std::move(exchange), done = std::move(done)](Result<BearerToken> token) mutable {
                   if (!guard || guard->isCancelled())
                       return;
                   if (!token) {
                       done(token.error());
                       return;
                   }
                   transmit(guard, std::move(exchange), std::move(done));
               });
}

void RegistryClient::transmit(RegistryCall *call, Exchange exchange, ResponseCallback done)
{
    // Made before this registry was found to speak plain HTTP (pages, queued requests).
    if (exchange.withCredentials && m_transport == Transport::Http && exchange.url.scheme() == u"https"_s)
        exchange.url.setScheme(u"http"_s);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!exchange.accept.isEmpty())
        headers.append({ "Accept"_ba, exchange.accept });
    if (exchange.withCredentials) {
        if (m_authScheme == AuthScheme::Basic && hasCredential()) {
            headers.append({ "Authorization"_ba, basicAuthorization() });
        } else if (m_authScheme == AuthScheme::Bearer) {
            const BearerToken token = m_tokens.find(exchange.scopes, QDateTime::currentDateTimeUtc());
            if (!token.isNull())
                headers.append({ "Authorization"_ba, "Bearer " + token.token().toLatin1() });
        }
    }
    // The first HTTPS attempt at a registry that may be plain HTTP is a probe: a server that
    // never answers a TLS hello must not cost the user the whole timeout.
    const bool probe = isHttpsProbe(exchange);
    QNetworkReply *reply =
        get(exchange.url, headers, exchange.maxBytes, probe ? qMin(3000, m_options.timeoutMs) : 0, exchange.headOnly);
    call->addReply(reply);
    connect(reply, &QNetworkReply::finished, call,
            [this, call, reply, exchange = std::move(exchange), done = std::move(done)]() mutable {
                reply->deleteLater();
                handleReply(call, reply, std::move(exchange), std::move(done));
            });
}

void RegistryClient::handleReply(RegistryCall *call, QNetworkReply *reply, Exchange exchange, ResponseCallback done)
{
    if (call->isCancelled())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcRegistry) << "GET" << exchange.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "->" << status
                        << reply->error();
    if (reply->property("wharfTooLarge").toBool()) {
        done(Error(ErrorCode::ParseError,
                   tr("%1 sent more than %2 MiB when Wharf tried to %3; Wharf stopped reading.")
                       .arg(m_host.name())
                       .arg(exchange.maxBytes / (1024 * 1024))
                       .arg(exchange.action),
                   exchange.url.toString(QUrl::RemoveUserInfo)));
        return;
    }
    const bool toRegistry = exchange.withCredentials;
    // Transport errors (codes below 100) can come after the status line: a stall mid-body,
    // a connection closed early. Those are failures of the exchange, not replies.
    const bool transportFailed = reply->error() != QNetworkReply::NoError && int(reply->error()) < 100;
    if (status == 0 || transportFailed) {
        const QList<QSslError> sslErrors = reply->property("wharfSslErrors").value<QList<QSslError>>();
        const QNetworkReply::NetworkError error = reply->error();
        // A plain-HTTP registry answers a TLS hello with garbage: the handshake fails
        // without a certificate problem. Loopback and opted-in registries may then use HTTP;
        // a certificate problem is never a reason to fall back.
        const bool handshakeFailed = error == QNetworkReply::SslHandshakeFailedError
            || error == QNetworkReply::ProtocolFailure || error == QNetworkReply::RemoteHostClosedError
            || error == QNetworkReply::UnknownNetworkError || error == QNetworkReply::OperationCanceledError
            || error == QNetworkReply::TimeoutError;
        if (isHttpsProbe(exchange) && handshakeFailed && sslErrors.isEmpty()
            && reply->sslConfiguration().peerCertificate().isNull()) {
            if (m_transport != Transport::Http)
                qCInfo(lcRegistry) << m_host.name() << "does not speak TLS; using plain HTTP";
            m_transport = Transport::Http;
            exchange.url.setScheme(u"http"_s);
            transmit(call, std::move(exchange), std::move(done));
            return;
        }
        done(RegistryFailure::fromNetworkError(error, reply->errorString(), sslErrors, m_host.name(),
                                               exchange.action, m_options.timeoutMs));
        return;
    }
    if (toRegistry && m_transport == Transport::Unknown)
        m_transport = exchange.url.scheme() == u"http"_s ? Transport::Http : Transport::Https;

    RegistryResponse response;
    response.status = status;
    response.url = exchange.url;
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();

    if (status >= 300 && status < 400 && status != 304) {
        const QByteArray location = response.header("Location");
        if (location.isEmpty() || exchange.redirectsLeft <= 0) {
            done(Error(ErrorCode::ProtocolError,
                       tr("%1 redirected Wharf too often, or nowhere, when it tried to %2.")
                           .arg(m_host.name(), exchange.action),
                       QString::fromLatin1(location.left(300))));
            return;
        }
        const QUrl target = exchange.url.resolved(QUrl::fromEncoded(location));
        if (!target.isValid() || (target.scheme() != u"https"_s && target.scheme() != u"http"_s)
            || (exchange.url.scheme() == u"https"_s && target.scheme() == u"http"_s)) {
            done(Error(ErrorCode::ProtocolError,
                       tr("%1 redirected Wharf to an address it will not follow when it tried to %2.")
                           .arg(m_host.name(), exchange.action),
                       target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
            return;
        }
        if (!sameOrigin(target, exchange.url))
            exchange.withCredentials = false;
        exchange.url = target;
        --exchange.redirectsLeft;
        transmit(call, std::move(exchange), std::move(done));
        return;
    }

    if (status == 401 && toRegistry && !exchange.authRetried) {
        const QList<AuthChallenge> challenges = AuthChallenge::parse(response.header("WWW-Authenticate"));
        const AuthChallenge *bearer = nullptr;
        const AuthChallenge *basic = nullptr;
        for (const AuthChallenge &challenge : challenges) {
            if (challenge.scheme() == AuthChallenge::Scheme::Bearer && !bearer)
                bearer = &challenge;
            else if (challenge.scheme() == AuthChallenge::Scheme::Basic && !basic)
                basic = &challenge;
        }
        if (bearer && !bearer->realm().isEmpty()) {
            m_authScheme = AuthScheme::Bearer;
            m_realm = bearer->realm();
            m_service = bearer->service();
            QStringList scopes = exchange.scopes;
            for (const QString &scope : bearer->scopes()) {
                if (!scopes.contains(scope))
                    scopes.append(scope);
            }
            exchange.scopes = scopes;
            exchange.authRetried = true;
            transmitWithToken(call, std::move(exchange), std::move(done));
            return;
        }
        if (basic && hasCredential()) {
            m_authScheme = AuthScheme::Basic;
            exchange.authRetried = true;
            transmit(call, std::move(exchange), std::move(done));
            return;
        }
        if (basic)
            m_authScheme = AuthScheme::Basic;
    }
    if (status >= 200 && status < 300) {
        if (toRegistry && m_authScheme == AuthScheme::Unknown && !exchange.authRetried)
            m_authScheme = AuthScheme::None;
        done(std::move(response));
        return;
    }
    done(RegistryFailure::fromResponse(response, m_host.name(), exchange.action, hasCredential()));
}

void RegistryClient::fetchToken(RegistryCall *call, const QStringList &scopes, const QString &action,
                                std::function<void(Result<BearerToken>)> done)
{
    Q_UNUSED(call);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BearerToken cached = m_tokens.find(scopes, now);
    if (!cached.isNull()) {
        done(cached);
        return;
    }
    const QString key = TokenCache::keyFor(scopes);
    auto pending = m_pendingTokens.find(key);
    if (pending != m_pendingTokens.end()) {
        pending->append(std::move(done));
        return;
    }
    m_pendingTokens.insert(key, { std::move(done) });
    const auto finish = [this, key](const Result<BearerToken> &result) {
        const QList<std::function<void(Result<BearerToken>)>> waiters = m_pendingTokens.take(key);
        for (const auto &waiter : waiters)
            waiter(result);
    };

    QUrl url(m_realm);
    const QString tokenService = tr("the token service of %1").arg(m_host.name());
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
        QMetaObject::invokeMethod(this, [finish, realm = m_realm, host = m_host.name()] {
            finish(Error(ErrorCode::ProtocolError,
                         tr("%1 names a token service Wharf cannot use (“%2”).").arg(host, realm.left(200)),
                         realm.left(300)));
        }, Qt::QueuedConnection);
        return;
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    if (hasCredential()) {
        // The password goes to the token service only over TLS, unless the user said the
        // registry may be insecure or it is on this machine.
        const bool safe = url.scheme() == u"https"_s || m_options.insecure
            || QHostAddress(url.host()).isLoopback() || url.host() == u"localhost"_s;
        if (!safe) {
            QMetaObject::invokeMethod(this, [finish, realm = url.toString(QUrl::RemoveQuery), host = m_host.name()] {
                finish(Error(ErrorCode::TlsFailed,
                             tr("%1 asks Wharf to send your password to %2 without encryption. Wharf refuses; "
                                "mark the registry insecure in its settings only if you trust the network.")
                                 .arg(host, realm),
                             realm));
            }, Qt::QueuedConnection);
            return;
        }
        if (!hasIdentityToken())
            headers.append({ "Authorization"_ba, basicAuthorization() });
    }
    std::optional<QByteArray> form;
    if (hasIdentityToken()) {
        // The distribution token spec's OAuth2 refresh grant: the token goes in the body of
        // a POST, never in a URL that proxies and logs may keep.
        QUrlQuery fields;
        const auto add = [&fields](const QString &name, const QString &value) {
            fields.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        };
        add(u"grant_type"_s, u"refresh_token"_s);
        add(u"refresh_token"_s, m_secret);
        add(u"client_id"_s, u"wharf"_s);
        if (!m_service.isEmpty())
            add(u"service"_s, m_service);
        if (!scopes.isEmpty())
            add(u"scope"_s, scopes.join(u' '));
        form = fields.query(QUrl::FullyEncoded).toUtf8();
        url.setQuery(QString());
    } else {
        QUrlQuery query(url);
        if (!m_service.isEmpty())
            query.addQueryItem(u"service"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_service)));
        for (const QString &scope : scopes)
            query.addQueryItem(u"scope"_s, QString::fromUtf8(QUrl::toPercentEncoding(scope)));
        if (hasCredential())
            query.addQueryItem(u"account"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_username)));
        url.setQuery(query);
    }

    ++m_tokenRequestCount;
    QNetworkReply *reply = sendRequest(url, headers, form, maxTokenBytes);
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    connect(reply, &QNetworkReply::finished, this, [this, reply, scopes, sent, finish, action, tokenService] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("wharfTooLarge").toBool()) {
            finish(Error(ErrorCode::ParseError, tr("The token service of %1 sent far too much.").arg(m_host.name())));
            return;
        }
        if (status == 0 || (reply->error() != QNetworkReply::NoError && int(reply->error()) < 100)) {
            finish(RegistryFailure::fromNetworkError(reply->error(), reply->errorString(),
                                                     reply->property("wharfSslErrors").value<QList<QSslError>>(),
                                                     tokenService, action, m_options.timeoutMs));
            return;
        }
        RegistryResponse response;
        response.status = status;
        response.url = reply->url();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        if (status != 200) {
            if (hasIdentityToken() && (status == 400 || status == 401 || status == 403)) {
                // OAuth2 answers a bad refresh token with 400 invalid_grant.
                finish(Error(ErrorCode::AuthenticationRequired,
                             tr("%1 refused the identity token of your login: it has expired or was revoked. "
                                "Log in to %1 again.")
                                 .arg(m_host.name()),
                             m_secret.isEmpty() || !response.body.contains(m_secret.toUtf8())
                                 ? QString::fromUtf8(response.body.left(300))
                                 : QString()));
                return;
            }
            finish(RegistryFailure::fromResponse(response, m_host.name(), action, hasCredential()));
            return;
        }
        const Result<BearerToken> token = BearerToken::parse(response.body, sent);
        if (token)
            m_tokens.insert(scopes, *token);
        finish(token);
    });
}

void RegistryClient::followPages(RegistryCall *call, Exchange exchange,
                                 std::function<Result<RegistryListing>(const QByteArray &)> parse, PageCallback page,
                                 std::function<void(Result<QStringList>)> done, QStringList collected, int pagesLeft)
{
    QPointer<RegistryCall> guard(call);
    const Exchange current = exchange;
    send(call, std::move(exchange),
         [this, guard, current, parse = std::move(parse), page = std::move(page), done = std::move(done),
          collected = std::move(collected), pagesLeft](Result<RegistryResponse> response) mutable {
             if (!guard || guard->isCancelled())
                 return;
             if (!response) {
                 done(response.error());
                 return;
             }
             const Result<RegistryListing> listing = parse(response->body);
             if (!listing) {
                 done(listing.error());
                 return;
             }
             collected.append(listing->names);
             if (page && !listing->names.isEmpty())
                 page(listing->names);
             if (!guard || guard->isCancelled() || guard->isFinished())
                 return;
             QUrl next = listing->next;
             if (next.isEmpty()) {
                 const Result<QUrl> link = LinkHeader::nextPage(response->header("Link"), response->url);
                 if (!link) {
                     done(Error(link.error().code(),
                                tr("%1 sent a next-page link Wharf will not follow while it tried to %2.")
                                    .arg(m_host.name(), current.action),
                                link.error().details()));
                     return;
                 }
                 next = *link;
             }
             if (next.isEmpty() || listing->names.isEmpty()) {
                 done(std::move(collected));
                 return;
             }
             if (next == response->url || pagesLeft <= 1) {
                 done(Error(ErrorCode::ProtocolError,
                            tr("%1 keeps sending more pages; Wharf stopped after %2 names.")
                                .arg(m_host.name())
                                .arg(collected.size()),
                            next.toString(QUrl::RemoveUserInfo)));
                 return;
             }
             Exchange following = current;
             following.url = next;
             following.authRetried = false;
             followPages(guard, std::move(following), std::move(parse), std::move(page), std::move(done),
                         std::move(collected), pagesLeft - 1);
         });
}

RegistryCall *RegistryClient::checkLogin(QObject *context, Callback<void> done)
{
    RegistryCall *call = newCall(context);
    Reporter<void> report = begin(call, context, std::move(done));
    Exchange exchange;
    exchange.url = apiUrl(u"/v2/"_s);
    exchange.maxBytes = maxTokenBytes;
    exchange.action = hasCredential() ? tr("check your login") : tr("connect");
    // A token registry: GET /v2/ answers 401 whatever the credential; the token request
    // (with the credential, no scope) is what checks it, as `docker login` does.
    send(call, std::move(exchange), [report](Result<RegistryResponse> response) {
        if (!response) {
            report(response.error());
            return;
        }
        report(Result<void>());
    });
    return call;
}

RegistryCall *RegistryClient::listRepositories(QObject *context, PageCallback page, Callback<int> done, int pageSize)
{
    RegistryCall *call = newCall(context);
    Reporter<int> report = begin(call, context, std::move(done));
    Exchange exchange;
    exchange.url = apiUrl(u"/v2/_catalog?n="_s + QString::number(qBound(1, pageSize, 10000)));
    exchange.scopes = { u"registry:catalog:*"_s };
    exchange.maxBytes = maxListingBytes;
    exchange.action = tr("list its repositories");
    followPages(call, std::move(exchange), &RegistryListing::parseCatalog, pagesTo(report, std::move(page)),
                countOf(report),
                {}, maxPages);
    return call;
}

RegistryCall *RegistryClient::listDockerHubRepositories(const QString &nameSpace, QObject *context, PageCallback page,
                                                        Callback<int> done)
{
    RegistryCall *call = newCall(context);
    Reporter<int> report = begin(call, context, std::move(done));
    if (!isSafePathPart(nameSpace, false)) {
        QMetaObject::invokeMethod(call, [report, nameSpace] {
            report(Error(ErrorCode::InvalidReference,
                         tr("“%1” is not a Docker Hub user or organisation name.").arg(nameSpace.left(100))));
        }, Qt::QueuedConnection);
        return call;
    }
    Exchange exchange;
    exchange.url = QUrl(m_options.dockerHubApi + u"/v2/repositories/"_s + nameSpace.toLower() + u"/?page_size=100"_s);
    exchange.withCredentials = false; // Docker Hub's web API; the registry's login is not for it
    exchange.maxBytes = maxListingBytes;
    exchange.action = tr("list the repositories of %1").arg(nameSpace);
    followPages(call, std::move(exchange), &RegistryListing::parseDockerHubRepositories, pagesTo(report, std::move(page)),
                countOf(report),
                {}, 1000);
    return call;
}

RegistryCall *RegistryClient::listTags(const QString &repository, QObject *context, PageCallback page,
                                       Callback<QStringList> done, int pageSize)
{
    RegistryCall *call = newCall(context);
    Reporter<QStringList> report = begin(call, context, std::move(done));
    if (!isSafePathPart(repository, true)) {
        QMetaObject::invokeMethod(call, [report, repository] {
            report(Error(ErrorCode::InvalidReference,
                         tr("“%1” is not a repository path.").arg(repository.left(200))));
        }, Qt::QueuedConnection);
        return call;
    }
    Exchange exchange;
    exchange.url = apiUrl(u"/v2/"_s + repository + u"/tags/list?n="_s + QString::number(qBound(1, pageSize, 10000)));
    exchange.scopes = { u"repository:"_s + repository + u":pull"_s };
    exchange.maxBytes = maxListingBytes;
    exchange.action = tr("list the tags of %1").arg(repository);
    followPages(call, std::move(exchange), &RegistryListing::parseTags, pagesTo(report, std::move(page)),
                [report](Result<QStringList> all) { report(all); }, {}, maxPages);
    return call;
}

Result<RegistryClient::Exchange> RegistryClient::manifestExchange(const QString &repository,
                                                                  const QString &reference) const
{
    if (!isSafePathPart(repository, true) || !isSafePathPart(reference, false)) {
        return Error(ErrorCode::InvalidReference, tr("“%1:%2” is not an image reference Wharf can ask for.")
                                                      .arg(repository.left(200), reference.left(200)));
    }
    Exchange exchange;
    exchange.url = apiUrl(u"/v2/"_s + repository + u"/manifests/"_s + reference);
    exchange.accept = ImageManifest::acceptHeader();
    exchange.scopes = { u"repository:"_s + repository + u":pull"_s };
    return exchange;
}

RegistryCall *RegistryClient::fetchManifest(const QString &repository, const QString &reference, QObject *context,
                                            Callback<ManifestReply> done)
{
    RegistryCall *call = newCall(context);
    Reporter<ManifestReply> report = begin(call, context, std::move(done));
    Result<Exchange> made = manifestExchange(repository, reference);
    if (!made) {
        QMetaObject::invokeMethod(call, [report, error = made.error()] { report(error); }, Qt::QueuedConnection);
        return call;
    }
    Exchange exchange = std::move(*made);
    exchange.maxBytes = maxManifestBytes;
    exchange.action = tr("read the manifest of %1:%2").arg(repository, reference);
    const QString host = m_host.name();
    send(call, std::move(exchange), [report, reference, host](Result<RegistryResponse> response) {
        if (!response) {
            report(response.error());
            return;
        }
        const QString computed = ImageManifest::computeDigest(response->body);
        const QString announced = QString::fromLatin1(response->header("Docker-Content-Digest")).trimmed();
        const bool byDigest = reference.contains(u':');
        // The bytes must be what was asked for: a digest reference, or the digest the
        // registry announced (sha256; other algorithms are taken as announced).
        if ((byDigest && reference.startsWith(u"sha256:"_s) && computed != reference)
            || (!announced.isEmpty() && announced.startsWith(u"sha256:"_s) && announced != computed)) {
            report(Error(ErrorCode::ProtocolError,
                         tr("The manifest %1 sent for %2 does not match its digest; it may have been altered on "
                            "the way.")
                             .arg(host, reference),
                         u"expected "_s + (byDigest ? reference : announced) + u", got "_s + computed));
            return;
        }
        Result<ImageManifest> manifest =
            ImageManifest::parse(response->body, QString::fromLatin1(response->header("Content-Type")));
        if (!manifest) {
            report(manifest.error());
            return;
        }
        report(ManifestReply{ std::move(*manifest), byDigest ? reference : (announced.isEmpty() ? computed : announced) });
    });
    return call;
}

RegistryCall *RegistryClient::checkPullAllowance(const QString &repository, const QString &reference,
                                                QObject *context, Callback<PullAllowance> done)
{
    RegistryCall *call = newCall(context);
    Reporter<PullAllowance> report = begin(call, context, std::move(done));
    Result<Exchange> made = manifestExchange(repository, reference);
    if (!made) {
        QMetaObject::invokeMethod(call, [report, error = made.error()] { report(error); }, Qt::QueuedConnection);
        return call;
    }
    Exchange exchange = std::move(*made);
    exchange.headOnly = true;
    exchange.action = tr("ask how many pulls are left");
    send(call, std::move(exchange), [report](Result<RegistryResponse> response) {
        if (!response) {
            report(response.error());
            return;
        }
        report(PullAllowance::fromHeaders(response->header("RateLimit-Limit"), response->header("RateLimit-Remaining")));
    });
    return call;
}

RegistryCall *RegistryClient::fetchBlob(const QString &repository, const QString &digest, qint64 maxBytes,
                                        QObject *context, Callback<QByteArray> done)
{
    RegistryCall *call = newCall(context);
    Reporter<QByteArray> report = begin(call, context, std::move(done));
    if (!isSafePathPart(repository, true) || !isSafePathPart(digest, false) || !digest.contains(u':')) {
        QMetaObject::invokeMethod(call, [report, digest] {
            report(Error(ErrorCode::InvalidReference, tr("“%1” is not a blob digest.").arg(digest.left(200))));
        }, Qt::QueuedConnection);
        return call;
    }
    Exchange exchange;
    exchange.url = apiUrl(u"/v2/"_s + repository + u"/blobs/"_s + digest);
    exchange.scopes = { u"repository:"_s + repository + u":pull"_s };
    exchange.maxBytes = maxBytes;
    exchange.action = tr("read %1 of %2").arg(digest.left(19), repository);
    const QString host = m_host.name();
    send(call, std::move(exchange), [report, digest, host](Result<RegistryResponse> response) {
        if (!response) {
            report(response.error());
            return;
        }
        if (digest.startsWith(u"sha256:"_s) && digestOf(response->body) != digest) {
            report(Error(ErrorCode::ProtocolError,
                         tr("The data %1 sent for %2 does not match its digest.").arg(host, digest.left(19)),
                         u"got "_s + digestOf(response->body)));
            return;
        }
        report(response->body);
    });
    return call;
}

RegistryCall *RegistryClient::fetchTagDetails(const QString &repository, const QString &tag, QObject *context,
                                              Callback<TagDetails> done)
{
    RegistryCall *call = newCall(context);
    Reporter<TagDetails> report = begin(call, context, std::move(done));
    auto details = std::make_shared<TagDetails>();
    details->repository = repository;
    details->tag = tag;
    QPointer<RegistryCall> guard(call);

    // Step 3: the config blob of the chosen image.
    auto readConfig = [this, guard, report, details, repository](const ImageManifest &image) {
        details->compressedSize = image.compressedSize();
        details->layerCount = image.layerCount();
        if (image.configDigest().isEmpty()) {
            report(*details);
            return;
        }
        QPointer<RegistryCall> step = fetchBlob(repository, image.configDigest(), maxConfigBytes, guard,
                                       [report, details](const Result<QByteArray> &blob) {
                                           if (!blob) {
                                               report(blob.error());
                                               return;
                                           }
                                           Result<ImageConfigSummary> config = ImageConfigSummary::parse(*blob);
                                           if (!config) {
                                               report(config.error());
                                               return;
                                           }
                                           details->config = std::move(*config);
                                           if (details->platform.isEmpty()) {
                                               details->platform = details->config.os() + u'/'
                                                   + details->config.architecture()
                                                   + (details->config.variant().isEmpty()
                                                          ? QString()
                                                          : u'/' + details->config.variant());
                                           }
                                           report(*details);
                                       });
        // Cancelling the tag's call cancels the step in flight.
        guard->setCancelHandler([report, step] {
            if (step)
                step->cancel();
            if (report.guarded && !report.context)
                return;
            report.done(cancelled());
        });
    };

    RegistryCall *first = fetchManifest(repository, tag, call,
        [this, guard, report, details, repository, readConfig](const Result<ManifestReply> &reply) {
            if (!guard || guard->isCancelled())
                return;
            if (!reply) {
                report(reply.error());
                return;
            }
            details->digest = reply->digest;
            details->mediaType = reply->manifest.mediaType();
            if (reply->manifest.kind() == ImageManifest::Kind::Image) {
                readConfig(reply->manifest);
                return;
            }
            details->isIndex = true;
            details->platforms = reply->manifest.platforms();
            // This machine's platform when offered, else the first real one.
            const QString wanted = hostPlatform();
            const PlatformManifest *chosen = nullptr;
            for (const PlatformManifest &platform : std::as_const(details->platforms)) {
                if (platform.isAttestation())
                    continue;
                if (!chosen)
                    chosen = &platform;
                if (platform.platformString() == wanted || platform.platformString().startsWith(wanted + u'/')) {
                    chosen = &platform;
                    break;
                }
            }
            if (!chosen) {
                report(*details);
                return;
            }
            details->platform = chosen->platformString();
            details->platformDigest = chosen->digest;
            QPointer<RegistryCall> step = fetchManifest(repository, chosen->digest, guard,
                [report, readConfig](const Result<ManifestReply> &image) {
                    if (!image) {
                        report(image.error());
                        return;
                    }
                    if (image->manifest.kind() != ImageManifest::Kind::Image) {
                        report(Error(ErrorCode::ParseError,
                                     tr("An image index points at another index; Wharf does not follow nested "
                                        "indexes.")));
                        return;
                    }
                    readConfig(image->manifest);
                });
            guard->setCancelHandler([report, step] {
                if (step)
                    step->cancel();
                if (report.guarded && !report.context)
                    return;
                report.done(cancelled());
            });
        });
    call->setCancelHandler([report, first = QPointer<RegistryCall>(first)] {
        if (first)
            first->cancel();
        if (report.guarded && !report.context)
            return;
        report.done(cancelled());
    });
    return call;
}

} // namespace Wharf
