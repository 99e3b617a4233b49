// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BearerToken.h"
#include "ImageManifest.h"
#include "RegistryHost.h"
#include "RegistryListing.h"
#include "PullAllowance.h"
#include "RegistryOptions.h"
#include "RegistryResponse.h"
#include "TagDetails.h"
#include "TokenCache.h"
#include "base/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Wharf {

class RegistryCall;

// The OCI distribution API of one registry: login check, catalog, tags, manifests, blobs,
// tag details. It follows the registry's WWW-Authenticate challenge itself: Basic, or
// Bearer tokens from the token service named in the challenge (anonymous when there is no
// credential), cached until they expire and asked for again with wider scopes when a
// request needs more. Pages (the Link header) are followed within the registry's origin
// only. Redirects to another origin (blob storage) are followed without the credentials.
//
// Every call is asynchronous: it returns a handle (to cancel) and reports once through
// `done`, in the thread of `context` and never after `context` is destroyed; never before
// the call returns. Destroying the client ends its calls silently. The secret is held in
// memory only, for as long as the client lives; it never reaches a log or an Error.
class RegistryClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;
    using PageCallback = std::function<void(const QStringList &names)>;

    struct ManifestReply
    {
        ImageManifest manifest;
        QString digest;
    };

    explicit RegistryClient(RegistryHost host, RegistryOptions options = {}, QObject *parent = nullptr);
    ~RegistryClient() override;

    const RegistryHost &host() const { return m_host; }
    const RegistryOptions &options() const { return m_options; }

    // Username and password or token; empty username: anonymous. Clears cached tokens.
    void setCredential(const QString &username, const QString &secret);
    bool hasCredential() const { return !m_username.isEmpty(); }
    QString username() const { return m_username; }

    // The CA file could not be read, or holds no certificate: calls fail with this error.
    std::optional<Error> configurationError() const { return m_configurationError; }

    // GET /v2/ with the credential, as `docker login` does: for a token registry a token is
    // fetched with the credential (no scope), so a wrong password fails here.
    RegistryCall *checkLogin(QObject *context, Callback<void> done);
    // The catalog, page by page (`page` gets each page's names as it arrives); `done` gets
    // the total. 401/403 here usually means the registry does not list its repositories
    // (GitLab, Docker Hub): the caller says so and offers to add paths by hand.
    RegistryCall *listRepositories(QObject *context, PageCallback page, Callback<int> done, int pageSize = 1000);
    // Docker Hub's own listing of one namespace (a user or an organisation).
    RegistryCall *listDockerHubRepositories(const QString &nameSpace, QObject *context, PageCallback page,
                                            Callback<int> done);
    // All tags of a repository, following pages; `done` gets them all, in the registry's order.
    RegistryCall *listTags(const QString &repository, QObject *context, PageCallback page,
                           Callback<QStringList> done, int pageSize = 1000);
    RegistryCall *fetchManifest(const QString &repository, const QString &reference, QObject *context,
                                Callback<ManifestReply> done);
    // What the registry's RateLimit-* headers say about further pulls, asked with a HEAD on a
    // manifest (Docker Hub counts GETs only; its own probe is "ratelimitpreview/test:latest").
    // An unknown allowance (no headers) is not an error: the registry sets no limit.
    RegistryCall *checkPullAllowance(const QString &repository, const QString &reference, QObject *context,
                                     Callback<PullAllowance> done);
    // A blob (an image config), at most maxBytes, checked against its digest.
    RegistryCall *fetchBlob(const QString &repository, const QString &digest, qint64 maxBytes, QObject *context,
                            Callback<QByteArray> done);
    // Manifest, then for an index this machine's platform (or the first real one), then
    // that image's config.
    RegistryCall *fetchTagDetails(const QString &repository, const QString &tag, QObject *context,
                                  Callback<TagDetails> done);

    // The platform a pull on this machine would choose: "linux/amd64", "linux/arm64/v8".
    static QString hostPlatform();
    // Requests sent to the registry and to its token service since the client was made.
    int requestCount() const { return m_requestCount; }
    int tokenRequestCount() const { return m_tokenRequestCount; }

private:
    struct Exchange
    {
        QUrl url;
        QByteArray accept;
        QStringList scopes;      // what the request needs from a token service
        qint64 maxBytes = 16 * 1024 * 1024;
        QString action;          // for messages: "list the tags of x"
        bool withCredentials = true; // false after a redirect to another origin
        bool authRetried = false;
        bool headOnly = false;   // HEAD: the headers are the answer (Docker Hub counts no pull)
        int redirectsLeft = 5;
    };
    using ResponseCallback = std::function<void(Result<RegistryResponse>)>;

    enum class AuthScheme { Unknown, None, Basic, Bearer };
    enum class Transport { Unknown, Https, Http };

    // GET (or HEAD) of a manifest, refused when a name could leave the URL path.
    Result<Exchange> manifestExchange(const QString &repository, const QString &reference) const;
    void send(RegistryCall *call, Exchange exchange, ResponseCallback done);
    void transmit(RegistryCall *call, Exchange exchange, ResponseCallback done);
    // Gets a token for the exchange's scopes (cached or fetched), then transmits.
    void transmitWithToken(RegistryCall *call, Exchange exchange, ResponseCallback done);
    void handleReply(RegistryCall *call, QNetworkReply *reply, Exchange exchange, ResponseCallback done);
    void fetchToken(RegistryCall *call, const QStringList &scopes, const QString &action,
                    std::function<void(Result<BearerToken>)> done);
    void followPages(RegistryCall *call, Exchange exchange,
                     std::function<Result<RegistryListing>(const QByteArray &)> parse, PageCallback page,
                     std::function<void(Result<QStringList>)> done, QStringList collected, int pagesLeft);
    // timeoutMs 0: the registry's timeout.
    QNetworkReply *get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, qint64 maxBytes,
                       int timeoutMs = 0, bool headOnly = false);
    // A GET (a HEAD with headOnly), or a form POST when `formBody` is set (the token
    // service's OAuth2 grants).
    QNetworkReply *sendRequest(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                               const std::optional<QByteArray> &formBody, qint64 maxBytes, int timeoutMs = 0,
                               bool headOnly = false);
    // The login is an identity token (Docker's "<token>" username): an OAuth2 refresh token
    // that is traded for access tokens, never sent as a password.
    bool hasIdentityToken() const;
    QUrl apiUrl(const QString &path) const;
    QByteArray basicAuthorization() const;
    bool mayFallBackToHttp() const;
    bool isHttpsProbe(const Exchange &exchange) const;
    RegistryCall *newCall(QObject *context);

    RegistryHost m_host;
    RegistryOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_ssl;
    std::optional<Error> m_configurationError;
    QString m_username;
    QString m_secret;
    AuthScheme m_authScheme = AuthScheme::Unknown;
    Transport m_transport = Transport::Unknown;
    QString m_realm;
    QString m_service;
    TokenCache m_tokens;
    // Token requests in flight, by scope key: the others wait for the same answer.
    QHash<QString, QList<std::function<void(Result<BearerToken>)>>> m_pendingTokens;
    int m_requestCount = 0;
    int m_tokenRequestCount = 0;
};

} // namespace Wharf
