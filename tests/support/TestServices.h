// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/EngineKind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace Wharf::Test {

// The real services the fixture (services.sh) started for this test run, under
// WHARF_TEST_RUNTIME_DIR. When one is missing: in CI (CI=true) the test fails, elsewhere it
// is skipped with a message that says how to start it. Use through the macros below.
//
// Registries (Debian's docker-registry, distribution 2.8), all on 127.0.0.1:
//   registryAddress()       plain HTTP, no auth
//   basicRegistryAddress()  plain HTTP, Basic auth: registryUser() / registryPassword()
//   tokenRegistryAddress()  plain HTTP, Bearer tokens from tokenServerAddress() (realm
//                           http://ADDRESS/token, service tokenService()); anonymous gets pull
//                           on public/*, the test user pull,push everywhere and
//                           registry:catalog:*; a wrong password gets 401 from the token server
//   tlsRegistryAddress()    HTTPS, certificate from the CA in tlsRegistryCaFile() (SAN
//                           IP:127.0.0.1 and DNS:localhost), no auth
// Seeded content (see also services.sh and DIR/registry-seed.json for the digests):
//   plain:  many/repo-0000 .. many/repo-1199, tag "1" (manyRepository(i), ManyRepositories):
//             Docker schema 2, one shared image; the catalog comes 100 a page by default and
//             2.8 refuses n > 1000 (400 PAGINATION_NUMBER_INVALID)
//           tags/many (ManyTagsRepository): t-000 .. t-399 (ManyTags), OCI manifests, each its
//             own config created one day apart from 2023-01-01 (t-399 newest), label
//             org.opencontainers.image.version = the tag; 2.8 ignores n/last on tags/list and
//             returns all 400 in one unsorted page
//           multi/arch:1 (MultiPlatformIndex): OCI index, linux/amd64 (runnable busybox on
//             amd64 hosts), linux/arm64/v8, and an attestation manifest (platform
//             unknown/unknown, annotation vnd.docker.reference.type=attestation-manifest)
//           multi/arch:list (MultiPlatformManifestList): Docker manifest list, linux/amd64
//             and linux/arm64/v8
//           test/busybox:1 and :2 (pushed by podman from the engines' image)
//   basic:  private/busybox:1
//   token:  public/busybox:1, private/busybox:1
//   tls:    test/busybox:1
// The busybox images are Docker schema 2 with the busybox-static root filesystem: engines can
// pull and run them. Configs carry created, architecture, os, config.Labels.
class TestServices
{
public:
    static QString runtimeDirectory();
    static EngineEndpoint dockerEndpoint();
    static EngineEndpoint podmanEndpoint();
    // "127.0.0.1:PORT" of the plain-HTTP distribution registry, or empty.
    static QString registryAddress();
    // Names of the images the fixture seeded into both engines ("localhost/test/busybox:1", ...).
    static QStringList seededImages();

    // "127.0.0.1:PORT" of each, or empty.
    static QString basicRegistryAddress();
    static QString tokenRegistryAddress();
    static QString tokenServerAddress();
    static QString tlsRegistryAddress();
    // PEM file of the CA that signed the TLS registry's certificate, or empty.
    static QString tlsRegistryCaFile();
    // The one test user of the Basic and token registries (the password is random per run
    // directory, in a file only root can read).
    static QString registryUser();
    static QString registryPassword();
    // The token registry's `service` (the JWT audience) and the token server's realm URL.
    static QString tokenService();
    static QUrl tokenRealm();

    // Names of the seeded content (above).
    static constexpr int ManyRepositories = 1200;
    static constexpr int ManyTags = 400;
    static QString manyRepository(int index); // "many/repo-0042"
    static QString manyTag(int index);        // "t-042"
    static inline const QString ManyTagsRepository = QStringLiteral("tags/many");
    static inline const QString MultiPlatformRepository = QStringLiteral("multi/arch");
    static inline const QString MultiPlatformIndex = QStringLiteral("multi/arch:1");
    static inline const QString MultiPlatformManifestList = QStringLiteral("multi/arch:list");
    // DIR/registry-seed.json: {"version", "registry": {"multi/arch:1": {"digest", "mediaType",
    // "platforms": {"amd64": digest, "arm64/v8": digest}, "attestation"}, "multi/arch:list":
    // {...}, "many": {...}, "tags/many": {...}}}; empty when missing.
    static QJsonObject registrySeed();

    // The token server's bookkeeping, read and changed over HTTP (blocking, for tests only).
    // -1 when it does not answer.
    static int tokenServerIssuedCount();
    // {"issued": N, "expires_in": S, "requests": [{"time", "account" (null: anonymous),
    // "service", "scopes": [...], "granted": [...], "status"}, ...]} (the last 100), or empty.
    static QJsonObject tokenServerStats();
    static bool resetTokenServerStats();
    // Lifetime (expires_in, seconds) of the tokens issued from now on; the default is 60.
    // Tests that shorten it set it back (cleanup or qScopeGuard).
    static bool setTokenLifetime(int seconds);
    static constexpr int DefaultTokenLifetime = 60;
    // A refresh token for the test user, as `docker login` gets one to keep as its
    // "identitytoken" (the password grant with access_type=offline); empty on failure.
    static QString issueRefreshToken();

    // Empty when the service answers (its socket exists and is a socket); else why not.
    static QString dockerMissingReason();
    static QString podmanMissingReason();
    static QString registryMissingReason();
    // Empty when the fixture wrote the service's address (and its credentials or CA file).
    static QString basicRegistryMissingReason();
    static QString tokenRegistryMissingReason();
    static QString tlsRegistryMissingReason();

    static bool inCi();

    // A blocking HTTP exchange for test code that must not depend on the code under test:
    // no redirects followed, no proxy, no cookies, no credentials cache. With a CA file, TLS
    // trusts that CA only.
    struct HttpReply
    {
        int status = 0; // 0: no HTTP reply, see error
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString error; // the network error, empty when a reply came (whatever its status)
        QByteArray header(const QByteArray &name) const; // first value, case-insensitive
        QByteArrayList headerValues(const QByteArray &name) const;
    };
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    static HttpReply http(const QByteArray &verb, const QUrl &url, const Headers &headers = {},
                          const QByteArray &body = {}, const QString &caFile = {},
                          int timeoutMs = 20000);
    static QByteArray basicAuthorization(const QString &user, const QString &password);

    // The engine CLIs pointed at the fixture's engines, the way a launch plan points them
    // (LaunchRequest::engineGlobalArguments): {"docker", "--host", URL} or
    // {"podman", "--remote", "--url", URL}.
    static QStringList engineCli(EngineKind engine);
    static EngineEndpoint endpoint(EngineKind engine);
    // The fixture's engine of that kind is missing: why (see dockerMissingReason()).
    static QString engineMissingReason(EngineKind engine);
    // The seeded busybox image both engines hold ("localhost/test/busybox:1").
    static QString busyboxImage();

    // A process run to its end (blocking, for tests only).
    struct ProcessOutcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QString error; // it did not start, crashed or timed out (then killed); empty otherwise
        bool succeeded() const { return error.isEmpty() && exitCode == 0; }
        QString describe() const; // "exit 1: <stderr>" for failure messages
    };
    static ProcessOutcome run(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
                              const QByteArray &input = {});
    // engineCli(engine) + arguments.
    static ProcessOutcome runEngineCli(EngineKind engine, const QStringList &arguments, int timeoutMs = 60000);

    // Makes `directory` a mount point of its own with shared propagation (bind-mounted onto
    // itself, then made rshared), as the host's /cvmfs and the automounter's /shared-mounts
    // are: engines accept ":rslave" and ":rshared" only for such mounts. Needs root. Empty when
    // done, else why not. Undo with unmountTree().
    static QString makeSharedMount(const QString &directory);
    // Detaches the mount at `directory` and everything mounted below it (lazily: a busy mount
    // goes once unused). Safe when nothing is mounted there.
    static void unmountTree(const QString &directory);
};

} // namespace Wharf::Test

// Skip (or fail in CI) when a service is missing. Use at the top of a test function or in
// initTestCase().
#define WHARF_REQUIRE_SERVICE(reason)                                                            \
    do {                                                                                         \
        const QString wharfMissing_ = (reason);                                                  \
        if (!wharfMissing_.isEmpty()) {                                                          \
            if (::Wharf::Test::TestServices::inCi())                                            \
                QFAIL(qPrintable(wharfMissing_));                                                \
            QSKIP(qPrintable(wharfMissing_));                                                    \
        }                                                                                        \
    } while (false)
#define WHARF_REQUIRE_DOCKER() WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::dockerMissingReason())
#define WHARF_REQUIRE_PODMAN() WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::podmanMissingReason())
#define WHARF_REQUIRE_REGISTRY() WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::registryMissingReason())
#define WHARF_REQUIRE_BASIC_REGISTRY()                                                           \
    WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::basicRegistryMissingReason())
#define WHARF_REQUIRE_TOKEN_REGISTRY()                                                           \
    WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::tokenRegistryMissingReason())
#define WHARF_REQUIRE_TLS_REGISTRY()                                                             \
    WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::tlsRegistryMissingReason())
