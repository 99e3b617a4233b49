// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistryHost.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

// Nothing a message shows may be a control, format or other invisible character: the text
// ends up in labels, logs and a terminal.
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

QString withChar(const QString &before, char16_t c, const QString &after)
{
    return before + QChar(c) + after;
}

} // namespace

class TestRegistryHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("apiAuthority");
        QTest::addColumn<bool>("dockerHub");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<QString>("configKey");

        const QString hubKey = u"https://index.docker.io/v1/"_s;
        const QString hubApi = u"registry-1.docker.io"_s;
        auto hub = [&](const char *rowName, const QString &text) {
            QTest::newRow(rowName) << text << u"docker.io"_s << hubApi << true << false << hubKey;
        };
        auto plain = [](const char *rowName, const QString &text, const QString &name, bool loopback) {
            QTest::newRow(rowName) << text << name << name << false << loopback << name;
        };

        // Docker Hub under all its names, as people paste them.
        hub("docker.io", u"docker.io"_s);
        hub("index.docker.io", u"index.docker.io"_s);
        hub("registry-1.docker.io", u"registry-1.docker.io"_s);
        hub("registry.hub.docker.com", u"registry.hub.docker.com"_s);
        hub("config.json key", u"https://index.docker.io/v1/"_s);
        hub("config.json key without slash", u"https://index.docker.io/v1"_s);
        hub("api url", u"https://registry-1.docker.io/v2/"_s);
        hub("upper case", u"Docker.IO"_s);
        hub("upper-case scheme", u"HTTPS://index.docker.io/v1/"_s);
        hub("blanks around", u"  docker.io\t\n"_s);

        plain("gitlab", u"gitlab-registry.cern.ch"_s, u"gitlab-registry.cern.ch"_s, false);
        plain("harbor with scheme", u"https://registry.cern.ch"_s, u"registry.cern.ch"_s, false);
        plain("http scheme", u"http://registry.example.org"_s, u"registry.example.org"_s, false);
        plain("trailing slash", u"registry.example.org/"_s, u"registry.example.org"_s, false);
        plain("trailing /v2/", u"https://registry.example.org/v2/"_s, u"registry.example.org"_s, false);
        plain("trailing /v2", u"registry.example.org/v2"_s, u"registry.example.org"_s, false);
        plain("trailing /v1/", u"registry.example.org/v1/"_s, u"registry.example.org"_s, false);
        plain("mixed case", u"Registry.Example.ORG:5000"_s, u"registry.example.org:5000"_s, false);
        plain("port", u"registry.example.org:5000"_s, u"registry.example.org:5000"_s, false);
        plain("port 1", u"registry.example.org:1"_s, u"registry.example.org:1"_s, false);
        plain("port 65535", u"registry.example.org:65535"_s, u"registry.example.org:65535"_s, false);
        plain("name without dot but port", u"myregistry:5000"_s, u"myregistry:5000"_s, false);
        plain("punycode", u"xn--bcher-kva.example:5000"_s, u"xn--bcher-kva.example:5000"_s, false);
        plain("long but allowed", u"a"_s.repeated(60) + u"."_s + u"b"_s.repeated(60) + u".org"_s,
              u"a"_s.repeated(60) + u"."_s + u"b"_s.repeated(60) + u".org"_s, false);

        // Loopback: plain HTTP allowed without opting in.
        plain("localhost", u"localhost"_s, u"localhost"_s, true);
        plain("localhost port", u"localhost:5000"_s, u"localhost:5000"_s, true);
        plain("LOCALHOST", u"http://LOCALHOST:5000/"_s, u"localhost:5000"_s, true);
        plain("127.0.0.1", u"127.0.0.1:5000"_s, u"127.0.0.1:5000"_s, true);
        plain("127.0.0.5", u"127.0.0.5:5000"_s, u"127.0.0.5:5000"_s, true);
        plain("127.255.255.254", u"127.255.255.254"_s, u"127.255.255.254"_s, true);
        plain("ipv6 loopback", u"[::1]:5000"_s, u"[::1]:5000"_s, true);
        plain("ipv6 loopback no port", u"[::1]"_s, u"[::1]"_s, true);
        plain("ipv6 loopback long form", u"[0:0:0:0:0:0:0:1]:5000"_s, u"[0:0:0:0:0:0:0:1]:5000"_s, true);

        // Not loopback, however much they look like it.
        plain("private address", u"10.0.0.1:5000"_s, u"10.0.0.1:5000"_s, false);
        plain("any address", u"0.0.0.0:5000"_s, u"0.0.0.0:5000"_s, false);
        plain("ipv6 other", u"[fe80::1]:5000"_s, u"[fe80::1]:5000"_s, false);
        plain("localhost as subdomain", u"localhost.evil.example"_s, u"localhost.evil.example"_s, false);
        plain("127 as subdomain", u"127.0.0.1.evil.example"_s, u"127.0.0.1.evil.example"_s, false);
        plain("host ending in localhost", u"notlocalhost.example"_s, u"notlocalhost.example"_s, false);
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, apiAuthority);
        QFETCH(bool, dockerHub);
        QFETCH(bool, loopback);
        QFETCH(QString, configKey);

        const Result<RegistryHost> host = RegistryHost::parse(text);
        QVERIFY2(host.ok(), qPrintable(host.ok() ? QString() : host.error().toString()));
        QVERIFY(!host->isNull());
        QCOMPARE(host->name(), name);
        QCOMPARE(host->apiAuthority(), apiAuthority);
        QCOMPARE(host->isDockerHub(), dockerHub);
        QCOMPARE(host->isLoopback(), loopback);
        QCOMPARE(host->dockerConfigKey(), configKey);
        QCOMPARE(host->apiBaseUrl(u"https"_s), QUrl(u"https://"_s + apiAuthority));
        QVERIFY(host->apiBaseUrl(u"https"_s).isValid());

        // The name is a fixed point: what Wharf stores parses back to itself.
        const Result<RegistryHost> again = RegistryHost::parse(host->name());
        QVERIFY(again.ok());
        QCOMPARE(*again, *host);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");

        auto row = [](const char *rowName, const QString &text) { QTest::newRow(rowName) << text; };

        row("empty", QString());
        row("blank", u"   \t "_s);
        row("scheme only", u"https://"_s);
        row("slash only", u"/"_s);
        row("v2 only", u"/v2/"_s);
        row("no dot, no port", u"myregistry"_s);
        row("no dot, no port, trailing slash", u"https://myregistry/"_s);
        row("repository path", u"registry.example.org/team"_s);
        row("repository path with scheme", u"https://registry.example.org/team/app"_s);
        row("api path", u"registry.example.org/v2/_catalog"_s);
        row("path after v2", u"https://registry.example.org/v2/team/"_s);
        row("docker hub user", u"docker.io/library"_s);
        row("image reference", u"registry.example.org/app:1.0"_s);
        row("port 0", u"registry.example.org:0"_s);
        row("port 65536", u"registry.example.org:65536"_s);
        row("port huge", u"registry.example.org:99999999999999999999"_s);
        row("port letters", u"registry.example.org:abc"_s);
        row("port negative", u"registry.example.org:-1"_s);
        row("port empty", u"registry.example.org:"_s);
        row("two ports", u"registry.example.org:5000:5001"_s);
        row("ipv6 port 0", u"[::1]:0"_s);
        row("ipv6 port 65536", u"[::1]:65536"_s);
        row("ipv6 unclosed", u"[::1:5000"_s);
        row("ipv6 empty", u"[]:5000"_s);
        row("ipv6 not hex", u"[::g]:5000"_s);
        row("ipv6 without brackets", u"::1"_s);
        row("label starts with dash", u"-registry.example.org"_s);
        row("label ends with dash", u"registry-.example.org"_s);
        row("empty label", u"registry..example.org"_s);
        row("underscore", u"my_registry.example.org"_s);
        row("blank inside", u"registry example.org"_s);
        row("300 characters", u"a"_s.repeated(296) + u".org"_s);
        row("100000 characters", u"a"_s.repeated(100000) + u".org"_s);
        row("query", u"registry.example.org?x=1"_s);
        row("fragment", u"registry.example.org#x"_s);
        row("user info", u"https://alice:s3cret@registry.example.org"_s);
        row("user info, no scheme", u"alice:s3cret@registry.example.org:5000/v2/"_s);
        row("other scheme", u"ftp://registry.example.org"_s);
        row("docker scheme", u"docker://registry.example.org"_s);
        row("backslash", u"registry.example.org\\"_s);

        // Control characters, NULs and other invisible things pasted along.
        row("NUL inside", withChar(u"registry"_s, 0, u".example.org"_s));
        row("NUL at end", withChar(u"registry.example.org"_s, 0, QString()));
        row("NUL before port", withChar(u"registry.example.org"_s, 0, u":5000"_s));
        row("escape sequence", withChar(QString(), 0x1b, u"[31mregistry.example.org"_s));
        row("bell", withChar(u"registry"_s, 0x07, u".example.org"_s));
        row("DEL", withChar(u"registry"_s, 0x7f, u".example.org"_s));
        row("C1 control", withChar(u"registry"_s, 0x9b, u".example.org"_s));
        row("newline inside", u"registry\n.example.org"_s);
        row("zero-width space", withChar(u"registry.example.org"_s, 0x200b, QString()));
        row("right-to-left override", withChar(u"registry."_s, 0x202e, u"gro.elpmaxe"_s));
        row("byte order mark", withChar(QString(), 0xfeff, u"registry.example.org"_s));

        // Unicode: Docker's host grammar is ASCII.
        row("accented", u"régistry.example.org"_s);
        row("cyrillic look-alike", u"dосker.io"_s); // the "о" and "с" are Cyrillic
        row("fullwidth dot", u"registry．example.org"_s);
        row("emoji", u"\U0001F433.example.org"_s);
        row("lone surrogate", withChar(u"registry"_s, 0xd800, u".example.org"_s));
    }

    void invalid()
    {
        QFETCH(QString, text);

        const Result<RegistryHost> host = RegistryHost::parse(text);
        QVERIFY2(!host.ok(), qPrintable(host.ok() ? host->name() : QString()));
        QCOMPARE(host.error().code(), ErrorCode::InvalidReference);
        QVERIFY(!host.error().message().isEmpty());
        QVERIFY(!host.error().details().isEmpty());
        // Bounded, printable, and never an echo of a secret pasted along with the host.
        QVERIFY2(host.error().message().size() < 1000, qPrintable(QString::number(host.error().message().size())));
        QVERIFY2(allPrintable(host.error().message()), qPrintable(host.error().message().toHtmlEscaped()));
        QVERIFY2(allPrintable(host.error().details()), qPrintable(host.error().details().toHtmlEscaped()));
        QVERIFY(!host.error().message().contains(u"s3cret"_s));
        QVERIFY(!host.error().details().contains(u"s3cret"_s));
    }

    void messagesSayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment"); // in the message

        QTest::newRow("no dot") << u"myregistry"_s << u"Docker Hub"_s;
        QTest::newRow("path") << u"registry.example.org/team"_s << u"repository path"_s;
        QTest::newRow("port") << u"registry.example.org:65536"_s << u"65535"_s;
        QTest::newRow("long") << u"a"_s.repeated(300) << u"255"_s;
        QTest::newRow("shows what was typed") << u"my_registry.example.org"_s << u"my_registry.example.org"_s;
        QTest::newRow("user info elided") << u"https://alice:s3cret@registry.example.org/team"_s
                                          << u"“https://…@registry.example.org/team”"_s;
        QTest::newRow("user info elided, no scheme") << u"alice:s3cret@registry.example.org"_s
                                                     << u"“…@registry.example.org”"_s;
        QTest::newRow("invisible shown as replacement") << withChar(u"registry"_s, 0x1b, u".example.org"_s)
                                                        << u"“registry\uFFFD.example.org”"_s;
    }

    void messagesSayWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);

        const Result<RegistryHost> host = RegistryHost::parse(text);
        QVERIFY(!host.ok());
        QVERIFY2(host.error().message().contains(fragment), qPrintable(host.error().message()));
    }

    void dockerHub()
    {
        const RegistryHost hub = RegistryHost::dockerHub();
        QCOMPARE(hub.name(), u"docker.io"_s);
        QVERIFY(hub.isDockerHub());
        QVERIFY(!hub.isLoopback());
        QCOMPARE(hub.apiAuthority(), u"registry-1.docker.io"_s);
        QCOMPARE(hub.dockerConfigKey(), u"https://index.docker.io/v1/"_s);
        QCOMPARE(hub.apiBaseUrl(u"https"_s), QUrl(u"https://registry-1.docker.io"_s));
        QCOMPARE(*RegistryHost::parse(u"index.docker.io"_s), hub);
    }

    void nullHost()
    {
        const RegistryHost host;
        QVERIFY(host.isNull());
        QVERIFY(!host.isDockerHub());
        QVERIFY(!host.isLoopback());
        QVERIFY(host.name().isEmpty());
    }

    void apiBaseUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("urlHost");
        QTest::addColumn<int>("port");

        QTest::newRow("https default port") << u"registry.example.org"_s << u"https"_s << u"registry.example.org"_s << -1;
        QTest::newRow("http with port") << u"localhost:5000"_s << u"http"_s << u"localhost"_s << 5000;
        QTest::newRow("ipv6 with port") << u"[::1]:5000"_s << u"http"_s << u"::1"_s << 5000;
        QTest::newRow("ipv6 without port") << u"[::1]"_s << u"https"_s << u"::1"_s << -1;
        QTest::newRow("docker hub") << u"docker.io"_s << u"https"_s << u"registry-1.docker.io"_s << -1;
    }

    void apiBaseUrl()
    {
        QFETCH(QString, text);
        QFETCH(QString, scheme);
        QFETCH(QString, urlHost);
        QFETCH(int, port);

        const Result<RegistryHost> host = RegistryHost::parse(text);
        QVERIFY(host.ok());
        const QUrl url = host->apiBaseUrl(scheme);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.scheme(), scheme);
        QCOMPARE(url.host(), urlHost);
        QCOMPARE(url.port(), port);
        QVERIFY(url.userInfo().isEmpty());
    }

    // Random input from a hostile alphabet never crashes the parser, and whatever it accepts
    // is a fixed point that passes the same checks again.
    void fuzz()
    {
        QString alphabet = u"aZ09.-_:/[]@%?#\\ \t"_s;
        for (const char16_t c : { char16_t(0), char16_t(0x1b), char16_t(0x7f), char16_t(0xe9), char16_t(0x130),
                                  char16_t(0x200b), char16_t(0xd800) }) {
            alphabet += QChar(c);
        }
        quint32 seed = 4242;
        for (int i = 0; i < 20000; ++i) {
            QString text;
            seed = seed * 1103515245u + 12345u;
            const int length = int((seed >> 16) % 20);
            for (int j = 0; j < length; ++j) {
                seed = seed * 1103515245u + 12345u;
                text += alphabet.at(int((seed >> 16) % quint32(alphabet.size())));
            }
            const Result<RegistryHost> host = RegistryHost::parse(text);
            if (host.ok()) {
                QVERIFY2(!host->isNull(), qPrintable(text.toHtmlEscaped()));
                const Result<RegistryHost> again = RegistryHost::parse(host->name());
                QVERIFY2(again.ok(), qPrintable(text.toHtmlEscaped()));
                QCOMPARE(*again, *host);
                QVERIFY2(allPrintable(host->name()), qPrintable(text.toHtmlEscaped()));
            } else {
                QVERIFY2(allPrintable(host.error().message()), qPrintable(text.toHtmlEscaped()));
            }
        }
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestRegistryHost)
#include "tst_registryhost.moc"
