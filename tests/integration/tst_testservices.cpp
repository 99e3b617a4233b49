// SPDX-License-Identifier: Apache-2.0
// The fixture itself: services.sh started real engines and registries, seeded the images, and
// TestServices finds them. Talks plain HTTP/1.0, or through TestServices::http (Qt's
// QNetworkAccessManager), so it depends on nothing under test.
#include "TestServices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Wharf::Test::TestServices;

namespace {

constexpr int TimeoutMs = 20000;

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QString error;
};

HttpReply parseReply(const QByteArray &raw)
{
    HttpReply reply;
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        reply.error = u"no complete HTTP header in %1 bytes"_s.arg(raw.size());
        return reply;
    }
    const QList<QByteArray> statusLine = raw.left(raw.indexOf("\r\n")).split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.")) {
        reply.error = u"not an HTTP status line: %1"_s.arg(QString::fromLatin1(raw.left(80)));
        return reply;
    }
    reply.status = statusLine.at(1).toInt();
    reply.body = raw.mid(headerEnd + 4);
    return reply;
}

// HTTP/1.0: the server sends no chunked body and closes the connection at the end.
QByteArray request(const QByteArray &target, const QByteArray &host)
{
    return "GET " + target + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n";
}

// Connects first, then starts: a unix socket may connect (and emit connected()) inside
// connectToServer(). The socket is declared after the state its lambdas use, so it is gone
// (and cannot signal into them) before that state is.
template<typename Socket, typename Start>
HttpReply exchange(const QByteArray &requestBytes, Start start)
{
    QByteArray received;
    bool finished = false;
    QString error;
    Socket socket;
    QObject::connect(&socket, &Socket::connected, &socket, [&] { socket.write(requestBytes); });
    QObject::connect(&socket, &Socket::readyRead, &socket, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &Socket::disconnected, &socket, [&] { finished = true; });
    QObject::connect(&socket, &Socket::errorOccurred, &socket, [&] {
        // The server closing after the reply is the normal end of an HTTP/1.0 exchange.
        if (received.isEmpty())
            error = socket.errorString();
        finished = true;
    });
    start(socket);
    if (!QTest::qWaitFor([&] { return finished; }, TimeoutMs)) {
        HttpReply reply;
        reply.error = u"no complete reply within %1 ms (%2 bytes so far)"_s.arg(TimeoutMs).arg(received.size());
        return reply;
    }
    if (received.isEmpty()) {
        HttpReply reply;
        reply.error = error.isEmpty() ? u"connection closed without a reply"_s : error;
        return reply;
    }
    return parseReply(received);
}

HttpReply getUnix(const QString &socketPath, const QByteArray &target)
{
    return exchange<QLocalSocket>(request(target, "d"),
                                  [&](QLocalSocket &socket) { socket.connectToServer(socketPath); });
}

HttpReply getTcp(const QString &address, const QByteArray &target)
{
    const qsizetype colon = address.lastIndexOf(u':');
    return exchange<QTcpSocket>(request(target, address.toUtf8()), [&](QTcpSocket &socket) {
        socket.connectToHost(address.left(colon), address.mid(colon + 1).toUShort());
    });
}

QStringList repoTags(const QByteArray &json)
{
    QStringList tags;
    const QJsonArray images = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &image : images) {
        const QJsonArray names = image.toObject().value(u"RepoTags"_s).toArray();
        for (const QJsonValue &name : names)
            tags.append(name.toString());
    }
    return tags;
}

void restoreEnvironment(const char *name, const QByteArray &value, bool wasSet)
{
    if (wasSet)
        qputenv(name, value);
    else
        qunsetenv(name);
}

using Reply = TestServices::HttpReply;

QString describe(const Reply &reply)
{
    return u"status %1, error '%2', body: %3"_s.arg(reply.status)
        .arg(reply.error, QString::fromUtf8(reply.body.left(300)));
}

QUrl registryUrl(const QString &scheme, const QString &address, const QString &path)
{
    return QUrl(scheme + u"://"_s + address + path);
}

// A token from the token server for `scopes`, with or without the test user's password.
Reply requestToken(const QStringList &scopes, const QByteArray &authorization = {})
{
    QUrl url = TestServices::tokenRealm();
    QUrlQuery query;
    query.addQueryItem(u"service"_s, TestServices::tokenService());
    for (const QString &scope : scopes)
        query.addQueryItem(u"scope"_s, scope);
    url.setQuery(query);
    TestServices::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization"_ba, authorization});
    return TestServices::http("GET"_ba, url, headers);
}

QByteArray tokenOf(const Reply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(u"token"_s).toString().toUtf8();
}

QByteArray userAuthorization()
{
    return TestServices::basicAuthorization(TestServices::registryUser(), TestServices::registryPassword());
}

QJsonObject jsonOf(const Reply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

constexpr auto OciIndex = "application/vnd.oci.image.index.v1+json";
constexpr auto DockerList = "application/vnd.docker.distribution.manifest.list.v2+json";
constexpr auto DockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
constexpr auto OciManifest = "application/vnd.oci.image.manifest.v1+json";

} // namespace

class tst_TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runtimeDirectoryIsSet();
    void enginesAnswerPing_data();
    void enginesAnswerPing();
    void podmanSocketIsPodman();
    void seededImagesInBothEngines_data();
    void seededImagesInBothEngines();
    void registryAnswers();
    void catalogHasManyRepositoriesAcrossPages();
    void seededTagsAndPlatforms();
    void basicRegistryAnswers();
    void tokenRegistryAnswers();
    void tokenServerCountsAndLifetime();
    void tlsRegistryAnswers();
    void missingServicesAreExplained();
    void seededNames();
    void ciDetection_data();
    void ciDetection();
};

void tst_TestServices::runtimeDirectoryIsSet()
{
    WHARF_REQUIRE_DOCKER();
    const QString directory = TestServices::runtimeDirectory();
    QVERIFY(!directory.isEmpty());
    // sun_path holds 108 bytes: the fixture keeps its directory short.
    QVERIFY2(TestServices::podmanEndpoint().socketPath().toUtf8().size() < 108, qPrintable(directory));
    QVERIFY(TestServices::dockerEndpoint().isValid());
    QCOMPARE(TestServices::dockerEndpoint().socketPath(), directory + u"/docker.sock"_s);
    QCOMPARE(TestServices::podmanEndpoint().socketPath(), directory + u"/podman.sock"_s);
}

void tst_TestServices::enginesAnswerPing_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("docker") << u"docker"_s;
    QTest::newRow("podman") << u"podman"_s;
}

void tst_TestServices::enginesAnswerPing()
{
    QFETCH(QString, engine);
    const bool docker = engine == u"docker"_s;
    if (docker)
        WHARF_REQUIRE_DOCKER();
    else
        WHARF_REQUIRE_PODMAN();
    const QString socket = (docker ? TestServices::dockerEndpoint() : TestServices::podmanEndpoint()).socketPath();
    const HttpReply reply = getUnix(socket, "/_ping");
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed(), "OK"_ba);

    const HttpReply version = getUnix(socket, "/version");
    QCOMPARE(version.status, 200);
    const QJsonObject object = QJsonDocument::fromJson(version.body).object();
    QVERIFY2(!object.value(u"ApiVersion"_s).toString().isEmpty(), version.body.constData());
}

void tst_TestServices::podmanSocketIsPodman()
{
    WHARF_REQUIRE_PODMAN();
    const HttpReply reply = getUnix(TestServices::podmanEndpoint().socketPath(), "/libpod/_ping");
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
}

void tst_TestServices::seededImagesInBothEngines_data()
{
    enginesAnswerPing_data();
}

void tst_TestServices::seededImagesInBothEngines()
{
    QFETCH(QString, engine);
    const bool docker = engine == u"docker"_s;
    if (docker)
        WHARF_REQUIRE_DOCKER();
    else
        WHARF_REQUIRE_PODMAN();
    const QStringList seeded = TestServices::seededImages();
    QVERIFY(!seeded.isEmpty());
    QVERIFY(seeded.contains(u"localhost/test/busybox:1"_s));
    QVERIFY(seeded.contains(u"localhost/test/busybox:2"_s));
    QVERIFY(seeded.contains(u"localhost/test/other:latest"_s));

    const QString socket = (docker ? TestServices::dockerEndpoint() : TestServices::podmanEndpoint()).socketPath();
    const HttpReply reply = getUnix(socket, "/v1.41/images/json");
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
    const QStringList tags = repoTags(reply.body);
    for (const QString &image : seeded)
        QVERIFY2(tags.contains(image), qPrintable(image + u" not in "_s + tags.join(u", "_s)));

    // The dangling image the fixture imported without a name.
    const HttpReply dangling = getUnix(socket, "/v1.41/images/json?filters=%7B%22dangling%22%3A%5B%22true%22%5D%7D");
    QCOMPARE(dangling.status, 200);
    QVERIFY2(!QJsonDocument::fromJson(dangling.body).array().isEmpty(), dangling.body.constData());
}

void tst_TestServices::registryAnswers()
{
    WHARF_REQUIRE_REGISTRY();
    const QString address = TestServices::registryAddress();
    QVERIFY(address.startsWith(u"127.0.0.1:"_s));

    const HttpReply base = getTcp(address, "/v2/");
    QVERIFY2(base.error.isEmpty(), qPrintable(base.error));
    QCOMPARE(base.status, 200);

    const HttpReply tags = getTcp(address, "/v2/test/busybox/tags/list");
    QCOMPARE(tags.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(tags.body).object().value(u"tags"_s).toArray();
    QVERIFY2(list.contains(u"1"_s) && list.contains(u"2"_s), tags.body.constData());
}

void tst_TestServices::catalogHasManyRepositoriesAcrossPages()
{
    WHARF_REQUIRE_REGISTRY();
    const QString address = TestServices::registryAddress();
    QString next = u"/v2/_catalog?n=500"_s;
    QStringList repositories;
    int pages = 0;
    while (!next.isEmpty()) {
        QVERIFY2(++pages <= 20, "the catalog does not end");
        const Reply page = TestServices::http("GET"_ba, registryUrl(u"http"_s, address, next));
        QVERIFY2(page.status == 200, qPrintable(describe(page)));
        const QJsonArray names = jsonOf(page).value(u"repositories"_s).toArray();
        QVERIFY(!names.isEmpty());
        for (const QJsonValue &name : names)
            repositories.append(name.toString());
        // Link: </v2/_catalog?last=many%2Frepo-0499&n=500>; rel="next"
        next.clear();
        const QString link = QString::fromUtf8(page.header("Link"_ba));
        if (!link.isEmpty()) {
            const QRegularExpressionMatch match = QRegularExpression(u"^<([^>]+)>;\\s*rel=\"next\"$"_s).match(link);
            QVERIFY2(match.hasMatch(), qPrintable(link));
            next = match.captured(1);
        }
    }
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(repositories.removeDuplicates(), 0);
    int many = 0;
    for (const QString &name : std::as_const(repositories))
        many += name.startsWith(u"many/repo-"_s) ? 1 : 0;
    QCOMPARE(many, TestServices::ManyRepositories);
    QVERIFY(repositories.contains(TestServices::manyRepository(0)));
    QVERIFY(repositories.contains(TestServices::manyRepository(TestServices::ManyRepositories - 1)));
    QVERIFY(repositories.contains(TestServices::ManyTagsRepository));
    QVERIFY(repositories.contains(TestServices::MultiPlatformRepository));
    QVERIFY(repositories.contains(u"test/busybox"_s));

    // distribution 2.8 refuses pages larger than 1000.
    const Reply tooLarge = TestServices::http("GET"_ba, registryUrl(u"http"_s, address, u"/v2/_catalog?n=1001"_s));
    QCOMPARE(tooLarge.status, 400);
}

void tst_TestServices::seededTagsAndPlatforms()
{
    WHARF_REQUIRE_REGISTRY();
    const QString address = TestServices::registryAddress();
    const Reply tags = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/"_s + TestServices::ManyTagsRepository + u"/tags/list"_s));
    QVERIFY2(tags.status == 200, qPrintable(describe(tags)));
    const QJsonArray list = jsonOf(tags).value(u"tags"_s).toArray();
    QCOMPARE(list.size(), TestServices::ManyTags);
    QVERIFY(list.contains(TestServices::manyTag(0)));
    QVERIFY(list.contains(TestServices::manyTag(TestServices::ManyTags - 1)));

    const QJsonObject seed = TestServices::registrySeed().value(u"registry"_s).toObject();
    QVERIFY2(!seed.isEmpty(), "DIR/registry-seed.json is missing");

    // The OCI index: two platforms and an attestation manifest.
    const Reply index = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/multi/arch/manifests/1"_s),
        {{"Accept"_ba, OciIndex}});
    QVERIFY2(index.status == 200, qPrintable(describe(index)));
    QCOMPARE(index.header("Content-Type"_ba), QByteArray(OciIndex));
    QCOMPARE(QString::fromUtf8(index.header("Docker-Content-Digest"_ba)),
             seed.value(TestServices::MultiPlatformIndex).toObject().value(u"digest"_s).toString());
    QStringList platforms;
    QString amd64Digest;
    const QJsonArray manifests = jsonOf(index).value(u"manifests"_s).toArray();
    for (const QJsonValue &value : manifests) {
        const QJsonObject platform = value.toObject().value(u"platform"_s).toObject();
        QString name = platform.value(u"os"_s).toString() + u'/' + platform.value(u"architecture"_s).toString();
        if (platform.contains(u"variant"_s))
            name += u'/' + platform.value(u"variant"_s).toString();
        platforms.append(name);
        if (name == u"linux/amd64"_s)
            amd64Digest = value.toObject().value(u"digest"_s).toString();
        if (name == u"unknown/unknown"_s) {
            const QJsonObject annotations = value.toObject().value(u"annotations"_s).toObject();
            QCOMPARE(annotations.value(u"vnd.docker.reference.type"_s).toString(), u"attestation-manifest"_s);
        }
    }
    QCOMPARE(platforms, (QStringList{u"linux/amd64"_s, u"linux/arm64/v8"_s, u"unknown/unknown"_s}));

    // The amd64 image's config: realistic fields.
    const Reply amd64 = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/multi/arch/manifests/"_s + amd64Digest),
        {{"Accept"_ba, OciManifest}});
    QVERIFY2(amd64.status == 200, qPrintable(describe(amd64)));
    const QString configDigest = jsonOf(amd64).value(u"config"_s).toObject().value(u"digest"_s).toString();
    const Reply config = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/multi/arch/blobs/"_s + configDigest));
    QVERIFY2(config.status == 200, qPrintable(describe(config)));
    const QJsonObject image = jsonOf(config);
    QCOMPARE(image.value(u"architecture"_s).toString(), u"amd64"_s);
    QCOMPARE(image.value(u"os"_s).toString(), u"linux"_s);
    QVERIFY(!image.value(u"created"_s).toString().isEmpty());
    QVERIFY(!image.value(u"config"_s).toObject().value(u"Labels"_s).toObject().isEmpty());

    // The Docker manifest list variant.
    const Reply manifestList = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/multi/arch/manifests/list"_s),
        {{"Accept"_ba, DockerList}});
    QVERIFY2(manifestList.status == 200, qPrintable(describe(manifestList)));
    QCOMPARE(manifestList.header("Content-Type"_ba), QByteArray(DockerList));
    QCOMPARE(jsonOf(manifestList).value(u"manifests"_s).toArray().size(), 2);
}

void tst_TestServices::basicRegistryAnswers()
{
    WHARF_REQUIRE_BASIC_REGISTRY();
    const QString address = TestServices::basicRegistryAddress();
    QVERIFY(address.startsWith(u"127.0.0.1:"_s));
    QCOMPARE(TestServices::registryUser(), u"wharf-tester"_s);
    QVERIFY(TestServices::registryPassword().size() >= 16);

    const Reply anonymous = TestServices::http("GET"_ba, registryUrl(u"http"_s, address, u"/v2/"_s));
    QVERIFY2(anonymous.status == 401, qPrintable(describe(anonymous)));
    QCOMPARE(anonymous.header("WWW-Authenticate"_ba), "Basic realm=\"wharf-test-basic\""_ba);

    const Reply wrong = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/"_s),
        {{"Authorization"_ba, TestServices::basicAuthorization(TestServices::registryUser(), u"not-the-password"_s)}});
    QCOMPARE(wrong.status, 401);

    const Reply catalog = TestServices::http("GET"_ba, registryUrl(u"http"_s, address, u"/v2/_catalog"_s),
                                             {{"Authorization"_ba, userAuthorization()}});
    QVERIFY2(catalog.status == 200, qPrintable(describe(catalog)));
    QVERIFY2(jsonOf(catalog).value(u"repositories"_s).toArray().contains(u"private/busybox"_s), catalog.body.constData());

    const Reply manifest = TestServices::http(
        "HEAD"_ba, registryUrl(u"http"_s, address, u"/v2/private/busybox/manifests/1"_s),
        {{"Authorization"_ba, userAuthorization()}, {"Accept"_ba, DockerManifest}});
    QVERIFY2(manifest.status == 200, qPrintable(describe(manifest)));
    QVERIFY(manifest.header("Docker-Content-Digest"_ba).startsWith("sha256:"));
}

void tst_TestServices::tokenRegistryAnswers()
{
    WHARF_REQUIRE_TOKEN_REGISTRY();
    const QString address = TestServices::tokenRegistryAddress();
    const QString realm = TestServices::tokenRealm().toString();
    QCOMPARE(realm, u"http://"_s + TestServices::tokenServerAddress() + u"/token"_s);

    // The challenge names the realm, the service and the scope the request needs.
    const Reply challenge = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/private/busybox/tags/list"_s));
    QVERIFY2(challenge.status == 401, qPrintable(describe(challenge)));
    QCOMPARE(QString::fromUtf8(challenge.header("WWW-Authenticate"_ba)),
             u"Bearer realm=\"%1\",service=\"%2\",scope=\"repository:private/busybox:pull\""_s
                 .arg(realm, TestServices::tokenService()));

    // Anonymous: pull on public/*, nothing on private/*.
    const Reply anonymous = requestToken({u"repository:public/busybox:pull"_s});
    QVERIFY2(anonymous.status == 200, qPrintable(describe(anonymous)));
    const QJsonObject answer = jsonOf(anonymous);
    QVERIFY(!answer.value(u"token"_s).toString().isEmpty());
    QCOMPARE(answer.value(u"access_token"_s).toString(), answer.value(u"token"_s).toString());
    QVERIFY(answer.value(u"expires_in"_s).toInt() > 0);
    QVERIFY(answer.value(u"issued_at"_s).toString().endsWith(u'Z'));
    // An RS256 JWT that carries its certificate chain.
    const QList<QByteArray> parts = tokenOf(anonymous).split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject header = QJsonDocument::fromJson(
        QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)).object();
    QCOMPARE(header.value(u"alg"_s).toString(), u"RS256"_s);
    QVERIFY(!header.value(u"x5c"_s).toArray().isEmpty());

    const Reply publicTags = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/public/busybox/tags/list"_s),
        {{"Authorization"_ba, "Bearer "_ba + tokenOf(anonymous)}});
    QVERIFY2(publicTags.status == 200, qPrintable(describe(publicTags)));
    QVERIFY(jsonOf(publicTags).value(u"tags"_s).toArray().contains(u"1"_s));

    const Reply anonymousPrivate = requestToken({u"repository:private/busybox:pull"_s});
    QCOMPARE(anonymousPrivate.status, 200); // a token without that access, as the spec says
    const Reply denied = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/private/busybox/tags/list"_s),
        {{"Authorization"_ba, "Bearer "_ba + tokenOf(anonymousPrivate)}});
    QCOMPARE(denied.status, 401);
    QVERIFY2(denied.header("WWW-Authenticate"_ba).contains("error=\"insufficient_scope\""),
             denied.header("WWW-Authenticate"_ba).constData());

    // A wrong password is refused by the token server itself.
    const Reply wrong = requestToken({u"repository:private/busybox:pull"_s},
                                     TestServices::basicAuthorization(TestServices::registryUser(), u"wrong"_s));
    QCOMPARE(wrong.status, 401);

    // The test user: private repositories and the catalog, several scopes in one token.
    const Reply user = requestToken({u"repository:private/busybox:pull"_s, u"registry:catalog:*"_s},
                                    userAuthorization());
    QVERIFY2(user.status == 200, qPrintable(describe(user)));
    const QByteArray bearer = "Bearer "_ba + tokenOf(user);
    const Reply privateTags = TestServices::http(
        "GET"_ba, registryUrl(u"http"_s, address, u"/v2/private/busybox/tags/list"_s), {{"Authorization"_ba, bearer}});
    QVERIFY2(privateTags.status == 200, qPrintable(describe(privateTags)));
    const Reply catalog = TestServices::http("GET"_ba, registryUrl(u"http"_s, address, u"/v2/_catalog"_s),
                                             {{"Authorization"_ba, bearer}});
    QVERIFY2(catalog.status == 200, qPrintable(describe(catalog)));
    const QJsonArray repositories = jsonOf(catalog).value(u"repositories"_s).toArray();
    QVERIFY(repositories.contains(u"public/busybox"_s) && repositories.contains(u"private/busybox"_s));
}

void tst_TestServices::tokenServerCountsAndLifetime()
{
    WHARF_REQUIRE_TOKEN_REGISTRY();
    auto restore = qScopeGuard([] { TestServices::setTokenLifetime(TestServices::DefaultTokenLifetime); });
    QVERIFY(TestServices::resetTokenServerStats());
    QCOMPARE(TestServices::tokenServerIssuedCount(), 0);

    QCOMPARE(requestToken({u"repository:public/busybox:pull"_s}).status, 200);
    QCOMPARE(requestToken({u"repository:private/busybox:pull,push"_s}, userAuthorization()).status, 200);
    QCOMPARE(requestToken({u"repository:private/busybox:pull"_s},
                          TestServices::basicAuthorization(u"nobody"_s, u"x"_s)).status, 401);
    QCOMPARE(TestServices::tokenServerIssuedCount(), 2); // refusals are not tokens

    const QJsonArray requests = TestServices::tokenServerStats().value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 3);
    const QJsonObject second = requests.at(1).toObject();
    QCOMPARE(second.value(u"account"_s).toString(), u"wharf-tester"_s);
    QCOMPARE(second.value(u"scopes"_s).toArray().first().toString(), u"repository:private/busybox:pull,push"_s);
    QCOMPARE(second.value(u"granted"_s).toArray().first().toString(), u"repository:private/busybox:pull,push"_s);
    QVERIFY(requests.at(0).toObject().value(u"account"_s).isNull());
    QCOMPARE(requests.at(2).toObject().value(u"status"_s).toInt(), 401);

    QVERIFY(TestServices::setTokenLifetime(3));
    QCOMPARE(jsonOf(requestToken({u"repository:public/busybox:pull"_s})).value(u"expires_in"_s).toInt(), 3);
    QVERIFY(TestServices::setTokenLifetime(TestServices::DefaultTokenLifetime));
    QCOMPARE(jsonOf(requestToken({u"repository:public/busybox:pull"_s})).value(u"expires_in"_s).toInt(),
             TestServices::DefaultTokenLifetime);
    QVERIFY(!TestServices::setTokenLifetime(0));
    QVERIFY(TestServices::resetTokenServerStats());
}

void tst_TestServices::tlsRegistryAnswers()
{
    WHARF_REQUIRE_TLS_REGISTRY();
    const QString address = TestServices::tlsRegistryAddress();
    const QString caFile = TestServices::tlsRegistryCaFile();
    QVERIFY(caFile.endsWith(u"/registry-tls/ca.pem"_s));

    const Reply base = TestServices::http("GET"_ba, registryUrl(u"https"_s, address, u"/v2/"_s), {}, {}, caFile);
    QVERIFY2(base.status == 200, qPrintable(describe(base)));
    const Reply tags = TestServices::http(
        "GET"_ba, registryUrl(u"https"_s, address, u"/v2/test/busybox/tags/list"_s), {}, {}, caFile);
    QVERIFY2(tags.status == 200, qPrintable(describe(tags)));
    QVERIFY(jsonOf(tags).value(u"tags"_s).toArray().contains(u"1"_s));

    // The certificate names localhost too.
    const QString localhost = u"localhost:"_s + address.section(u':', 1);
    QCOMPARE(TestServices::http("GET"_ba, registryUrl(u"https"_s, localhost, u"/v2/"_s), {}, {}, caFile).status, 200);

    // Without the test CA the certificate is not trusted; plain HTTP gets no registry answer.
    const Reply untrusted = TestServices::http("GET"_ba, registryUrl(u"https"_s, address, u"/v2/"_s));
    QCOMPARE(untrusted.status, 0);
    QVERIFY(!untrusted.error.isEmpty());
    QVERIFY(TestServices::http("GET"_ba, registryUrl(u"http"_s, address, u"/v2/"_s)).status != 200);
}

void tst_TestServices::missingServicesAreExplained()
{
    const QByteArray saved = qgetenv("WHARF_TEST_RUNTIME_DIR");
    const bool wasSet = qEnvironmentVariableIsSet("WHARF_TEST_RUNTIME_DIR");
    auto restore = qScopeGuard([&] { restoreEnvironment("WHARF_TEST_RUNTIME_DIR", saved, wasSet); });

    qunsetenv("WHARF_TEST_RUNTIME_DIR");
    QVERIFY(TestServices::runtimeDirectory().isEmpty());
    QVERIFY(!TestServices::dockerEndpoint().isValid());
    QVERIFY(TestServices::dockerMissingReason().contains(u"WHARF_TEST_RUNTIME_DIR"_s));
    QVERIFY(TestServices::registryMissingReason().contains(u"services.sh start"_s));
    QVERIFY(TestServices::seededImages().isEmpty());
    QVERIFY(TestServices::basicRegistryMissingReason().contains(u"WHARF_TEST_RUNTIME_DIR"_s));
    QVERIFY(TestServices::tokenRegistryMissingReason().contains(u"WHARF_TEST_RUNTIME_DIR"_s));
    QVERIFY(TestServices::tlsRegistryMissingReason().contains(u"WHARF_TEST_RUNTIME_DIR"_s));
    QVERIFY(TestServices::tokenRealm().isEmpty());
    QCOMPARE(TestServices::tokenServerIssuedCount(), -1);
    QVERIFY(!TestServices::resetTokenServerStats());
    QVERIFY(TestServices::registrySeed().isEmpty());

    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    qputenv("WHARF_TEST_RUNTIME_DIR", QFile::encodeName(empty.path()));
    QCOMPARE(TestServices::runtimeDirectory(), empty.path());
    const QString docker = TestServices::dockerMissingReason();
    QVERIFY2(docker.contains(u"does not exist"_s) && docker.contains(u"services.sh start "_s + empty.path()),
             qPrintable(docker));
    QVERIFY(TestServices::podmanMissingReason().contains(empty.path() + u"/podman.sock"_s));
    QVERIFY(TestServices::registryMissingReason().contains(u"registry.address"_s));
    QVERIFY(TestServices::registryAddress().isEmpty());
    QVERIFY(TestServices::basicRegistryMissingReason().contains(u"registry-basic.address"_s));
    QVERIFY(TestServices::tokenRegistryMissingReason().contains(u"registry-token.address"_s));
    QVERIFY(TestServices::tlsRegistryMissingReason().contains(u"registry-tls.address"_s));
    QVERIFY(TestServices::tlsRegistryCaFile().isEmpty());
    QVERIFY(TestServices::registryUser().isEmpty() && TestServices::registryPassword().isEmpty());

    // A regular file where the socket should be.
    QFile file(empty.filePath(u"docker.sock"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY2(TestServices::dockerMissingReason().contains(u"not a unix socket"_s),
             qPrintable(TestServices::dockerMissingReason()));

    QFile address(empty.filePath(u"registry.address"_s));
    QVERIFY(address.open(QIODevice::WriteOnly));
    address.write("127.0.0.1:5000\n");
    address.close();
    QVERIFY(TestServices::registryMissingReason().isEmpty());
    QCOMPARE(TestServices::registryAddress(), u"127.0.0.1:5000"_s);

    QFile seeded(empty.filePath(u"seeded-images"_s));
    QVERIFY(seeded.open(QIODevice::WriteOnly));
    seeded.write("a:1\n\n  b:2  \n");
    seeded.close();
    QCOMPARE(TestServices::seededImages(), (QStringList{u"a:1"_s, u"b:2"_s}));

    // An address without the credentials still counts as missing, and says which file.
    QFile basic(empty.filePath(u"registry-basic.address"_s));
    QVERIFY(basic.open(QIODevice::WriteOnly));
    basic.write("127.0.0.1:5001\n");
    basic.close();
    QVERIFY2(TestServices::basicRegistryMissingReason().contains(u"registry-user"_s),
             qPrintable(TestServices::basicRegistryMissingReason()));
    QFile user(empty.filePath(u"registry-user"_s));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("someone\n");
    user.close();
    QFile password(empty.filePath(u"registry-password"_s));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.close(); // empty
    QVERIFY2(TestServices::basicRegistryMissingReason().contains(u"is empty"_s),
             qPrintable(TestServices::basicRegistryMissingReason()));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("secret\n");
    password.close();
    QVERIFY(TestServices::basicRegistryMissingReason().isEmpty());
    QCOMPARE(TestServices::basicRegistryAddress(), u"127.0.0.1:5001"_s);
    QCOMPARE(TestServices::registryUser(), u"someone"_s);
    QCOMPARE(TestServices::registryPassword(), u"secret"_s);
    QVERIFY(TestServices::tokenRegistryMissingReason().contains(u"registry-token.address"_s));

    QFile tokenServer(empty.filePath(u"token-server.address"_s));
    QVERIFY(tokenServer.open(QIODevice::WriteOnly));
    tokenServer.write("127.0.0.1:5002\n");
    tokenServer.close();
    QCOMPARE(TestServices::tokenRealm(), QUrl(u"http://127.0.0.1:5002/token"_s));
}

void tst_TestServices::seededNames()
{
    QCOMPARE(TestServices::manyRepository(0), u"many/repo-0000"_s);
    QCOMPARE(TestServices::manyRepository(1199), u"many/repo-1199"_s);
    QCOMPARE(TestServices::manyTag(7), u"t-007"_s);
    QCOMPARE(TestServices::manyTag(399), u"t-399"_s);
    QCOMPARE(TestServices::MultiPlatformIndex, u"multi/arch:1"_s);
    QCOMPARE(TestServices::MultiPlatformManifestList, u"multi/arch:list"_s);
}

void tst_TestServices::ciDetection_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("ci");
    QTest::newRow("true") << "true"_ba << true;
    QTest::newRow("TRUE") << "TRUE"_ba << true;
    QTest::newRow("1") << "1"_ba << true;
    QTest::newRow("false") << "false"_ba << false;
    QTest::newRow("0") << "0"_ba << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_TestServices::ciDetection()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ci);
    const QByteArray saved = qgetenv("CI");
    const bool wasSet = qEnvironmentVariableIsSet("CI");
    auto restore = qScopeGuard([&] { restoreEnvironment("CI", saved, wasSet); });
    if (value.isEmpty())
        qunsetenv("CI");
    else
        qputenv("CI", value);
    QCOMPARE(TestServices::inCi(), ci);
}

QTEST_GUILESS_MAIN(tst_TestServices)
#include "tst_testservices.moc"
