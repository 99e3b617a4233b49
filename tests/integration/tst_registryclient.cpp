// SPDX-License-Identifier: Apache-2.0
// RegistryClient against the real distribution registry the test services start (plain HTTP
// on loopback), and against a scripted server for what a real registry will not do on
// request: malformed challenges, garbage bodies, a Link header to another host, a stall, a
// redirect to another origin (which must not receive the credentials).
#include "MisbehavingEngineServer.h"
#include "TestServices.h"
#include "credentials/RegistryCredential.h"
#include "registry/RegistryCall.h"
#include "registry/RegistryClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

template<typename T>
struct Outcome
{
    std::optional<Result<T>> result;
    bool done() const { return result.has_value(); }
};

template<typename T>
RegistryClient::Callback<T> capture(std::shared_ptr<Outcome<T>> outcome)
{
    return [outcome](const Result<T> &result) { outcome->result = result; };
}

// The failure's text, or nothing (QVERIFY2 evaluates its message even when it passes).
template<typename T>
QString whyNot(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

RegistryHost hostOf(const QString &address)
{
    const Result<RegistryHost> host = RegistryHost::parse(address);
    if (!host)
        qFatal("bad test address %s", qPrintable(address));
    return *host;
}

QString addressOf(const MisbehavingEngineServer &server)
{
    return u"127.0.0.1:"_s + QString::number(server.endpoint().port());
}

} // namespace

class TestRegistryClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realRegistryListsAndReads();
    void realRegistryPaginates();
    void tagsFollowLinkHeader();
    void realRegistryNotFound();
    void cancelReportsAtOnce();
    void destroyingContextSilences();
    void malformedChallenge();
    void garbageBodies_data();
    void garbageBodies();
    void linkToAnotherHostIsRefused();
    void stallTimesOut();
    void redirectToAnotherOriginDropsCredentials();
    void bearerTokenFlowAndCaching();
    void hugeTagList();
    void basicAuthLogin();
    void tokenAuthAnonymousAndLogin();
    void tokenAuthCachesTokens();
    void identityTokenRefreshGrant();
    void tlsWithCaFile();
    void tlsWithoutCaFileNamesTheProblem();
    void tlsInsecureOptIn();
};

void TestRegistryClient::realRegistryListsAndReads()
{
    WHARF_REQUIRE_REGISTRY();
    RegistryClient client(hostOf(TestServices::registryAddress()));

    auto login = std::make_shared<Outcome<void>>();
    client.checkLogin(this, capture(login));
    QTRY_VERIFY_WITH_TIMEOUT(login->done(), 15000);
    QVERIFY2(login->result->ok(), qPrintable(whyNot(*login->result)));

    auto repositories = std::make_shared<Outcome<int>>();
    QStringList names;
    client.listRepositories(this, [&names](const QStringList &page) { names += page; }, capture(repositories));
    QTRY_VERIFY_WITH_TIMEOUT(repositories->done(), 30000);
    QVERIFY2(repositories->result->ok(), qPrintable(whyNot(*repositories->result)));
    QVERIFY(names.contains(u"test/busybox"_s));
    QCOMPARE(repositories->result->value(), int(names.size()));

    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"test/busybox"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
    QVERIFY2(tags->result->ok(), qPrintable(whyNot(*tags->result)));
    QVERIFY(tags->result->value().contains(u"1"_s));
    QVERIFY(tags->result->value().contains(u"2"_s));

    auto manifest = std::make_shared<Outcome<RegistryClient::ManifestReply>>();
    client.fetchManifest(u"test/busybox"_s, u"1"_s, this, capture(manifest));
    QTRY_VERIFY_WITH_TIMEOUT(manifest->done(), 15000);
    QVERIFY2(manifest->result->ok(), qPrintable(whyNot(*manifest->result)));
    QVERIFY(manifest->result->value().digest.startsWith(u"sha256:"_s));

    // By digest too: the bytes are checked against it.
    auto byDigest = std::make_shared<Outcome<RegistryClient::ManifestReply>>();
    client.fetchManifest(u"test/busybox"_s, manifest->result->value().digest, this, capture(byDigest));
    QTRY_VERIFY_WITH_TIMEOUT(byDigest->done(), 15000);
    QVERIFY2(byDigest->result->ok(), qPrintable(whyNot(*byDigest->result)));

    auto details = std::make_shared<Outcome<TagDetails>>();
    client.fetchTagDetails(u"test/busybox"_s, u"1"_s, this, capture(details));
    QTRY_VERIFY_WITH_TIMEOUT(details->done(), 15000);
    QVERIFY2(details->result->ok(), qPrintable(whyNot(*details->result)));
    const TagDetails &tag = details->result->value();
    QCOMPARE(tag.digest, manifest->result->value().digest);
    QVERIFY(tag.compressedSize > 0);
    QVERIFY(tag.layerCount >= 1);
    QCOMPARE(tag.config.os(), u"linux"_s);
    QVERIFY(!tag.platform.isEmpty());
}

void TestRegistryClient::realRegistryPaginates()
{
    WHARF_REQUIRE_REGISTRY();
    RegistryClient client(hostOf(TestServices::registryAddress()));
    // Two names per page: every page after the first comes from the Link header.
    // (distribution 2.8 pages its catalog; its tag lists come in one piece: see
    // tagsFollowLinkHeader for those.)
    auto catalog = std::make_shared<Outcome<int>>();
    int catalogPages = 0;
    client.listRepositories(this, [&catalogPages](const QStringList &) { ++catalogPages; }, capture(catalog), 2);
    QTRY_VERIFY_WITH_TIMEOUT(catalog->done(), 60000);
    QVERIFY2(catalog->result->ok(), qPrintable(whyNot(*catalog->result)));
    QCOMPARE(catalogPages, (catalog->result->value() + 1) / 2);
}

void TestRegistryClient::tagsFollowLinkHeader()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("last=b", MisbehavingEngineServer::reply(200, "{\"name\":\"a/b\",\"tags\":[\"c\"]}"));
    server.on("last=", MisbehavingEngineServer::reply(
                           200, "{\"name\":\"a/b\",\"tags\":[\"b\"]}", "application/json",
                           "Link: </v2/a/b/tags/list?n=1&last=b>; rel=\"next\"\r\n"));
    server.on("/tags/list", MisbehavingEngineServer::reply(
                                200, "{\"name\":\"a/b\",\"tags\":[\"a\"]}", "application/json",
                                "Link: </v2/a/b/tags/list?n=1&last=a>; rel=\"next\"\r\n"));
    RegistryClient client(hostOf(addressOf(server)));
    auto tags = std::make_shared<Outcome<QStringList>>();
    int pages = 0;
    client.listTags(u"a/b"_s, this, [&pages](const QStringList &) { ++pages; }, capture(tags), 1);
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 10000);
    QVERIFY2(tags->result->ok(), qPrintable(whyNot(*tags->result)));
    QCOMPARE(tags->result->value(), QStringList({ u"a"_s, u"b"_s, u"c"_s }));
    QCOMPARE(pages, 3);
}

void TestRegistryClient::realRegistryNotFound()
{
    WHARF_REQUIRE_REGISTRY();
    RegistryClient client(hostOf(TestServices::registryAddress()));
    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"no/such/repository"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
    QVERIFY(!tags->result->ok());
    QCOMPARE(tags->result->error().code(), ErrorCode::NotFound);
    QVERIFY(tags->result->error().message().contains(TestServices::registryAddress()));
    QVERIFY(tags->result->error().details().contains(u"NAME_UNKNOWN"_s));

    // A path that would change the request is refused before anything is sent.
    auto hostile = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"../../v2/_catalog"_s, this, nullptr, capture(hostile));
    QTRY_VERIFY(hostile->done());
    QCOMPARE(hostile->result->error().code(), ErrorCode::InvalidReference);
}

void TestRegistryClient::cancelReportsAtOnce()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("", MisbehavingEngineServer::Script{ {}, MisbehavingEngineServer::Ending::KeepOpen });
    RegistryClient client(hostOf(addressOf(server)));
    auto tags = std::make_shared<Outcome<QStringList>>();
    QPointer<RegistryCall> call = client.listTags(u"a/b"_s, this, nullptr, capture(tags));
    QTRY_VERIFY(server.connectionCount() > 0);
    call->cancel();
    QVERIFY(tags->done());
    QCOMPARE(tags->result->error().code(), ErrorCode::Cancelled);
    QTRY_VERIFY(call.isNull());
}

void TestRegistryClient::destroyingContextSilences()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("/v2/", MisbehavingEngineServer::reply(200, "{}"));
    RegistryClient client(hostOf(addressOf(server)));
    auto context = std::make_unique<QObject>();
    bool called = false;
    client.checkLogin(context.get(), [&called](const Result<void> &) { called = true; });
    context.reset();
    QTest::qWait(300);
    QVERIFY(!called);
}

void TestRegistryClient::malformedChallenge()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("/v2/", MisbehavingEngineServer::reply(401, "{}", "application/json",
                                                     "WWW-Authenticate: Bearer realm=\"unterminated, ,,=\r\n"));
    RegistryClient client(hostOf(addressOf(server)));
    auto login = std::make_shared<Outcome<void>>();
    client.checkLogin(this, capture(login));
    QTRY_VERIFY_WITH_TIMEOUT(login->done(), 10000);
    QVERIFY(!login->result->ok());
    QCOMPARE(login->result->error().code(), ErrorCode::AuthenticationRequired);
}

void TestRegistryClient::garbageBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("html") << "<html><body>Proxy error</body></html>"_ba << "text/html"_ba;
    QTest::newRow("truncated") << "{\"name\":\"a/b\",\"tags\":[\"1\""_ba << "application/json"_ba;
    QTest::newRow("wrong type") << "{\"name\":\"a/b\",\"tags\":\"1\"}"_ba << "application/json"_ba;
    QTest::newRow("array") << "[1,2,3]"_ba << "application/json"_ba;
    QTest::newRow("nul bytes") << QByteArray("{\"tags\":[\"a\0b\"]", 15) << "application/json"_ba;
}

void TestRegistryClient::garbageBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("/tags/list", MisbehavingEngineServer::reply(200, body, contentType));
    RegistryClient client(hostOf(addressOf(server)));
    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"a/b"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 10000);
    QVERIFY(!tags->result->ok());
    QCOMPARE(tags->result->error().code(), ErrorCode::ParseError);
    QVERIFY(!tags->result->error().message().isEmpty());
}

void TestRegistryClient::linkToAnotherHostIsRefused()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("/tags/list", MisbehavingEngineServer::reply(
                                200, "{\"name\":\"a/b\",\"tags\":[\"1\"]}", "application/json",
                                "Link: <http://evil.example.org/v2/a/b/tags/list?last=1>; rel=\"next\"\r\n"));
    RegistryClient client(hostOf(addressOf(server)));
    client.setCredential(u"user"_s, u"s3cret-password"_s);
    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"a/b"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 10000);
    QVERIFY(!tags->result->ok());
    QCOMPARE(tags->result->error().code(), ErrorCode::ProtocolError);
    QVERIFY(!tags->result->error().toString().contains(u"s3cret"_s));
    QCOMPARE(server.requests().size(), 1);
}

void TestRegistryClient::stallTimesOut()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    // Headers, then silence.
    server.on("/tags/list", MisbehavingEngineServer::Script{
                                { { "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"_ba, 0 } },
                                MisbehavingEngineServer::Ending::KeepOpen });
    RegistryOptions options;
    options.timeoutMs = 700;
    RegistryClient client(hostOf(addressOf(server)), options);
    auto tags = std::make_shared<Outcome<QStringList>>();
    QElapsedTimer timer;
    timer.start();
    client.listTags(u"a/b"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 10000);
    QCOMPARE(tags->result->error().code(), ErrorCode::Timeout);
    QVERIFY(timer.elapsed() < 5000);
}

void TestRegistryClient::redirectToAnotherOriginDropsCredentials()
{
    MisbehavingEngineServer storage;
    QVERIFY(storage.listenTcp());
    storage.on("/blob", MisbehavingEngineServer::reply(200, "hello", "application/octet-stream"));
    MisbehavingEngineServer registry;
    QVERIFY(registry.listenTcp());
    const QByteArray location = "Location: http://127.0.0.1:" + QByteArray::number(storage.endpoint().port())
        + "/blob?signature=x\r\n";
    registry.on("/v2/a/b/blobs/", MisbehavingEngineServer::reply(307, "", "text/plain", location));
    registry.on("/v2/", MisbehavingEngineServer::reply(401, "{}", "application/json",
                                                       "WWW-Authenticate: Basic realm=\"test\"\r\n"));
    RegistryClient client(hostOf(addressOf(registry)));
    client.setCredential(u"user"_s, u"s3cret-password"_s);
    // Learn the scheme first (Basic), as a browse does.
    auto login = std::make_shared<Outcome<void>>();
    client.checkLogin(this, capture(login));
    QTRY_VERIFY_WITH_TIMEOUT(login->done(), 10000);

    const QString digest = u"sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"_s; // "hello"
    auto blob = std::make_shared<Outcome<QByteArray>>();
    client.fetchBlob(u"a/b"_s, digest, 1024, this, capture(blob));
    QTRY_VERIFY_WITH_TIMEOUT(blob->done(), 10000);
    QVERIFY2(blob->result->ok(), qPrintable(whyNot(*blob->result)));
    QCOMPARE(blob->result->value(), "hello"_ba);

    const QByteArray registryRequest = registry.requests().constLast();
    QVERIFY2(registryRequest.contains("Authorization: Basic"), registryRequest.constData());
    QCOMPARE(storage.requests().size(), 1);
    QVERIFY2(!storage.requests().constFirst().toLower().contains("authorization"),
             storage.requests().constFirst().constData());
}

void TestRegistryClient::bearerTokenFlowAndCaching()
{
    // A token service that issues one token per request, and a registry that wants one.
    MisbehavingEngineServer tokens;
    QVERIFY(tokens.listenTcp());
    tokens.on("/token", MisbehavingEngineServer::reply(200, "{\"token\":\"abc\",\"expires_in\":300}"));
    MisbehavingEngineServer registry;
    QVERIFY(registry.listenTcp());
    const QByteArray challenge = "WWW-Authenticate: Bearer realm=\"http://127.0.0.1:"
        + QByteArray::number(tokens.endpoint().port()) + "/token\",service=\"test\",scope=\"repository:a/b:pull\"\r\n";
    // The scripted registry cannot look at headers: the first request gets the challenge,
    // the rest the tags (rules match in order; a rule is consumed by nothing), so a second
    // server answers after the token: simplest is to check the token request itself.
    registry.on("/tags/list", MisbehavingEngineServer::reply(401, "{}", "application/json", challenge));
    RegistryClient client(hostOf(addressOf(registry)));
    client.setCredential(u"user"_s, u"s3cret-password"_s);
    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"a/b"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 10000);
    // The retry with the token got a 401 again: a login problem, said as such.
    QCOMPARE(tags->result->error().code(), ErrorCode::AuthenticationRequired);
    QCOMPARE(tokens.requests().size(), 1);
    const QByteArray tokenRequest = tokens.requests().constFirst();
    QVERIFY(tokenRequest.contains("scope=repository%3Aa%2Fb%3Apull") || tokenRequest.contains("scope=repository:a/b:pull"));
    QVERIFY(tokenRequest.contains("service=test"));
    QVERIFY(tokenRequest.contains("Authorization: Basic"));
    QVERIFY(registry.requests().constLast().contains("Authorization: Bearer abc"));

    // The second request for the same scope reuses the token: no new token request.
    auto again = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"a/b"_s, this, nullptr, capture(again));
    QTRY_VERIFY_WITH_TIMEOUT(again->done(), 10000);
    QCOMPARE(tokens.requests().size(), 1);
    QCOMPARE(client.tokenRequestCount(), 1);
}

void TestRegistryClient::hugeTagList()
{
    // 200,000 tags in one reply (~2.6 MB): read and parsed without trouble.
    QByteArray body = "{\"name\":\"a/b\",\"tags\":[";
    for (int i = 0; i < 200000; ++i) {
        if (i)
            body += ',';
        body += "\"t-" + QByteArray::number(i) + '"';
    }
    body += "]}";
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("/tags/list", MisbehavingEngineServer::reply(200, body));
    RegistryClient client(hostOf(addressOf(server)));
    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"a/b"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 20000);
    QVERIFY2(tags->result->ok(), qPrintable(whyNot(*tags->result)));
    QCOMPARE(tags->result->value().size(), 200000);
}

void TestRegistryClient::basicAuthLogin()
{
    WHARF_REQUIRE_BASIC_REGISTRY();
    const RegistryHost host = hostOf(TestServices::basicRegistryAddress());
    {
        RegistryClient client(host);
        client.setCredential(TestServices::registryUser(), TestServices::registryPassword());
        auto login = std::make_shared<Outcome<void>>();
        client.checkLogin(this, capture(login));
        QTRY_VERIFY_WITH_TIMEOUT(login->done(), 15000);
        QVERIFY2(login->result->ok(), qPrintable(whyNot(*login->result)));
        auto tags = std::make_shared<Outcome<QStringList>>();
        client.listTags(u"private/busybox"_s, this, nullptr, capture(tags));
        QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
        QVERIFY2(tags->result->ok(), qPrintable(whyNot(*tags->result)));
        QCOMPARE(tags->result->value(), QStringList{ u"1"_s });
    }
    {
        const QString wrong = u"not-the-password-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        RegistryClient client(host);
        client.setCredential(TestServices::registryUser(), wrong);
        auto login = std::make_shared<Outcome<void>>();
        client.checkLogin(this, capture(login));
        QTRY_VERIFY_WITH_TIMEOUT(login->done(), 15000);
        QVERIFY(!login->result->ok());
        QCOMPARE(login->result->error().code(), ErrorCode::AuthenticationRequired);
        QVERIFY(login->result->error().message().contains(u"did not accept"_s));
        QVERIFY(!login->result->error().toString().contains(wrong));
    }
    {
        RegistryClient anonymous(host);
        auto tags = std::make_shared<Outcome<QStringList>>();
        anonymous.listTags(u"private/busybox"_s, this, nullptr, capture(tags));
        QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
        QCOMPARE(tags->result->error().code(), ErrorCode::AuthenticationRequired);
        QVERIFY(tags->result->error().message().contains(u"Log in"_s));
    }
}

void TestRegistryClient::tokenAuthAnonymousAndLogin()
{
    WHARF_REQUIRE_TOKEN_REGISTRY();
    const RegistryHost host = hostOf(TestServices::tokenRegistryAddress());
    {
        // Anonymous: public/ is readable with an anonymous token, private/ is not.
        RegistryClient client(host);
        auto details = std::make_shared<Outcome<TagDetails>>();
        client.fetchTagDetails(u"public/busybox"_s, u"1"_s, this, capture(details));
        QTRY_VERIFY_WITH_TIMEOUT(details->done(), 15000);
        QVERIFY2(details->result->ok(), qPrintable(whyNot(*details->result)));
        QVERIFY(details->result->value().compressedSize > 0);
        auto denied = std::make_shared<Outcome<QStringList>>();
        client.listTags(u"private/busybox"_s, this, nullptr, capture(denied));
        QTRY_VERIFY_WITH_TIMEOUT(denied->done(), 15000);
        QCOMPARE(denied->result->error().code(), ErrorCode::AuthenticationRequired);
    }
    {
        RegistryClient client(host);
        client.setCredential(TestServices::registryUser(), TestServices::registryPassword());
        auto login = std::make_shared<Outcome<void>>();
        client.checkLogin(this, capture(login));
        QTRY_VERIFY_WITH_TIMEOUT(login->done(), 15000);
        QVERIFY2(login->result->ok(), qPrintable(whyNot(*login->result)));
        auto tags = std::make_shared<Outcome<QStringList>>();
        client.listTags(u"private/busybox"_s, this, nullptr, capture(tags));
        QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
        QVERIFY2(tags->result->ok(), qPrintable(whyNot(*tags->result)));
        auto catalog = std::make_shared<Outcome<int>>();
        client.listRepositories(this, nullptr, capture(catalog));
        QTRY_VERIFY_WITH_TIMEOUT(catalog->done(), 15000);
        QVERIFY2(catalog->result->ok(), qPrintable(whyNot(*catalog->result)));
        QVERIFY(catalog->result->value() >= 2);
    }
    {
        // A wrong password is refused by the token service: checkLogin says so.
        RegistryClient client(host);
        client.setCredential(TestServices::registryUser(), u"wrong"_s);
        auto login = std::make_shared<Outcome<void>>();
        client.checkLogin(this, capture(login));
        QTRY_VERIFY_WITH_TIMEOUT(login->done(), 15000);
        QVERIFY(!login->result->ok());
        QCOMPARE(login->result->error().code(), ErrorCode::AuthenticationRequired);
    }
}

void TestRegistryClient::identityTokenRefreshGrant()
{
    // Docker keeps an OAuth2 refresh token as "identitytoken" with the username "<token>";
    // Wharf imports it as such and trades it for access tokens, never sending it as a password.
    WHARF_REQUIRE_TOKEN_REGISTRY();
    const QString refreshToken = TestServices::issueRefreshToken();
    QVERIFY2(!refreshToken.isEmpty(), "the token server gave no refresh token");
    const RegistryHost host = hostOf(TestServices::tokenRegistryAddress());
    {
        RegistryClient client(host);
        client.setCredential(RegistryCredential::IdentityTokenUsername.toString(), refreshToken);
        auto login = std::make_shared<Outcome<void>>();
        client.checkLogin(this, capture(login));
        QTRY_VERIFY_WITH_TIMEOUT(login->done(), 15000);
        QVERIFY2(login->result->ok(), qPrintable(whyNot(*login->result)));
        auto tags = std::make_shared<Outcome<QStringList>>();
        client.listTags(u"private/busybox"_s, this, nullptr, capture(tags));
        QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
        QVERIFY2(tags->result->ok(), qPrintable(whyNot(*tags->result)));
        QVERIFY(tags->result->value().contains(u"1"_s));
    }
    {
        // A revoked or unknown refresh token: a message that says to log in again, and the
        // token itself in no part of the error.
        RegistryClient client(host);
        const QString revoked = u"revoked-"_s + refreshToken;
        client.setCredential(RegistryCredential::IdentityTokenUsername.toString(), revoked);
        auto tags = std::make_shared<Outcome<QStringList>>();
        client.listTags(u"private/busybox"_s, this, nullptr, capture(tags));
        QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
        QVERIFY(!tags->result->ok());
        const Error error = tags->result->error();
        QCOMPARE(error.code(), ErrorCode::AuthenticationRequired);
        QVERIFY2(error.message().contains(u"identity token"_s), qPrintable(error.message()));
        QVERIFY(!error.message().contains(revoked) && !error.details().contains(revoked));
    }
}

void TestRegistryClient::tokenAuthCachesTokens()
{
    WHARF_REQUIRE_TOKEN_REGISTRY();
    QVERIFY(TestServices::resetTokenServerStats());
    RegistryClient client(hostOf(TestServices::tokenRegistryAddress()));
    client.setCredential(TestServices::registryUser(), TestServices::registryPassword());
    // Ten requests on one repository, five of them at once: one token.
    for (int round = 0; round < 2; ++round) {
        QList<std::shared_ptr<Outcome<QStringList>>> outcomes;
        for (int i = 0; i < 5; ++i) {
            outcomes.append(std::make_shared<Outcome<QStringList>>());
            client.listTags(u"private/busybox"_s, this, nullptr, capture(outcomes.constLast()));
        }
        for (const auto &outcome : outcomes) {
            QTRY_VERIFY_WITH_TIMEOUT(outcome->done(), 15000);
            QVERIFY2(outcome->result->ok(), qPrintable(whyNot(*outcome->result)));
        }
    }
    QCOMPARE(client.tokenRequestCount(), 1);
    QCOMPARE(TestServices::tokenServerIssuedCount(), 1);
    // Another repository needs another scope: one more token.
    auto other = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"public/busybox"_s, this, nullptr, capture(other));
    QTRY_VERIFY_WITH_TIMEOUT(other->done(), 15000);
    QVERIFY2(other->result->ok(), qPrintable(whyNot(*other->result)));
    QCOMPARE(client.tokenRequestCount(), 2);
}

void TestRegistryClient::tlsWithCaFile()
{
    WHARF_REQUIRE_TLS_REGISTRY();
    RegistryOptions options;
    options.caFile = TestServices::tlsRegistryCaFile();
    RegistryClient client(hostOf(TestServices::tlsRegistryAddress()), options);
    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"test/busybox"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
    QVERIFY2(tags->result->ok(), qPrintable(whyNot(*tags->result)));
    QCOMPARE(tags->result->value(), QStringList{ u"1"_s });
}

void TestRegistryClient::tlsWithoutCaFileNamesTheProblem()
{
    WHARF_REQUIRE_TLS_REGISTRY();
    // Loopback may fall back to plain HTTP, but never because of a certificate problem.
    RegistryClient client(hostOf(TestServices::tlsRegistryAddress()));
    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"test/busybox"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
    QVERIFY(!tags->result->ok());
    QCOMPARE(tags->result->error().code(), ErrorCode::TlsFailed);
    const QString message = tags->result->error().message();
    QVERIFY2(message.contains(u"certificate"_s, Qt::CaseInsensitive) && message.contains(u"CA file"_s),
             qPrintable(message));

    RegistryOptions options;
    options.caFile = u"/nonexistent/ca.pem"_s;
    RegistryClient misconfigured(hostOf(TestServices::tlsRegistryAddress()), options);
    auto failed = std::make_shared<Outcome<QStringList>>();
    misconfigured.listTags(u"test/busybox"_s, this, nullptr, capture(failed));
    QTRY_VERIFY(failed->done());
    QCOMPARE(failed->result->error().code(), ErrorCode::InvalidConfiguration);
}

void TestRegistryClient::tlsInsecureOptIn()
{
    WHARF_REQUIRE_TLS_REGISTRY();
    RegistryOptions options;
    options.insecure = true;
    RegistryClient client(hostOf(TestServices::tlsRegistryAddress()), options);
    auto tags = std::make_shared<Outcome<QStringList>>();
    client.listTags(u"test/busybox"_s, this, nullptr, capture(tags));
    QTRY_VERIFY_WITH_TIMEOUT(tags->done(), 15000);
    QVERIFY2(tags->result->ok(), qPrintable(whyNot(*tags->result)));
}

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
