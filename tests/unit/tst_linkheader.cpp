// SPDX-License-Identifier: Apache-2.0
#include "registry/LinkHeader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

const QString Catalog = u"https://registry.example/v2/_catalog?n=2"_s;

} // namespace

class TestLinkHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextPage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("requestUrl");
        QTest::addColumn<QString>("expected"); // the next URL; empty: none; "ERROR": a ProtocolError

        const QString none;
        const QString error = u"ERROR"_s;
        auto row = [](const char *name, const QByteArray &header, const QString &request, const QString &expected) {
            QTest::newRow(name) << header << request << expected;
        };

        // What registries send.
        row("distribution catalog", "</v2/_catalog?last=b&n=2>; rel=\"next\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b&n=2"_s);
        row("distribution tags", "</v2/cms/analysis/tags/list?last=1.0&n=100>; rel=\"next\""_ba,
            u"https://registry.example/v2/cms/analysis/tags/list?n=100"_s,
            u"https://registry.example/v2/cms/analysis/tags/list?last=1.0&n=100"_s);
        row("loopback with port", "</v2/_catalog?last=repo-0099&n=100>; rel=\"next\""_ba,
            u"http://127.0.0.1:5000/v2/_catalog?n=100"_s, u"http://127.0.0.1:5000/v2/_catalog?last=repo-0099&n=100"_s);
        row("IPv6 loopback", "</v2/_catalog?last=a>; rel=\"next\""_ba, u"http://[::1]:5000/v2/_catalog"_s,
            u"http://[::1]:5000/v2/_catalog?last=a"_s);
        row("absolute, same origin", "<https://registry.example/v2/_catalog?last=x&n=2>; rel=\"next\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=x&n=2"_s);
        row("explicit default port", "<https://registry.example:443/v2/_catalog?last=x>; rel=next"_ba, Catalog,
            u"https://registry.example:443/v2/_catalog?last=x"_s);
        row("host in other case", "<https://REGISTRY.Example/v2/_catalog?last=x>; rel=next"_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=x"_s);
        row("percent-encoding kept", "</v2/_catalog?last=a%2Fb&n=2>; rel=\"next\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=a%2Fb&n=2"_s);

        // Tolerance: RFC 8288 forms.
        row("unquoted rel", "</v2/_catalog?last=b>;rel=next"_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b"_s);
        row("rel in upper case", "</v2/_catalog?last=b>; REL=\"NEXT\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b"_s);
        row("several relation types", "</v2/_catalog?last=b>; rel=\"prev  next\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b"_s);
        row("several links", "</v2/_catalog?last=a>; rel=\"prev\", </v2/_catalog?last=c>; rel=\"next\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=c"_s);
        row("the first next link counts", "</p?1>; rel=next, </p?2>; rel=next"_ba, Catalog,
            u"https://registry.example/p?1"_s);
        row("other parameters, quoted delimiters",
            "</v2/_catalog?last=b>; title=\"a, b; c \\\" d\"; type=\"text/html\" ; rel=\"next\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b"_s);
        row("parameter without value", "</v2/_catalog?last=b>; crossorigin; rel=next"_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b"_s);
        row("trailing semicolon", "</v2/_catalog?last=b>; rel=next;"_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b"_s);
        row("spaces and commas", " , </v2/_catalog?last=b> ;  rel = \"next\" ,, "_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b"_s);
        row("query-only reference", "<?last=b&n=2>; rel=\"next\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b&n=2"_s);
        row("relative path", "<list?last=b>; rel=\"next\""_ba, u"https://registry.example/v2/a/tags/list?n=1"_s,
            u"https://registry.example/v2/a/tags/list?last=b"_s);
        row("fragment dropped", "</v2/_catalog?last=b#top>; rel=\"next\""_ba, Catalog,
            u"https://registry.example/v2/_catalog?last=b"_s);
        row("first rel parameter counts", "</v2/_catalog?last=b>; rel=\"prev\"; rel=\"next\""_ba, Catalog, none);

        // No next page.
        row("empty", QByteArray(), Catalog, none);
        row("blank", "  \t "_ba, Catalog, none);
        row("prev only", "</v2/_catalog?last=a>; rel=\"prev\""_ba, Catalog, none);
        row("no rel", "</v2/_catalog?last=a>"_ba, Catalog, none);
        row("rel containing next as a word part", "</x>; rel=\"nextpage\""_ba, Catalog, none);
        row("foreign link that is not next is ignored", "<https://evil.example/x>; rel=\"prev\""_ba, Catalog, none);

        // Elsewhere: refused.
        row("other host", "<https://evil.example/v2/_catalog?last=b>; rel=\"next\""_ba, Catalog, error);
        row("host with the registry as prefix", "<https://registry.example.evil.example/v2/_catalog>; rel=next"_ba,
            Catalog, error);
        row("other scheme", "<http://registry.example/v2/_catalog?last=b>; rel=\"next\""_ba, Catalog, error);
        row("other port", "<https://registry.example:444/v2/_catalog?last=b>; rel=\"next\""_ba, Catalog, error);
        row("explicit port 80 on https", "<https://registry.example:80/v2/_catalog>; rel=next"_ba, Catalog, error);
        row("network-path reference", "<//evil.example/v2/_catalog?last=b>; rel=\"next\""_ba, Catalog, error);
        row("javascript", "<javascript:alert(1)>; rel=\"next\""_ba, Catalog, error);
        row("file", "<file:///etc/passwd>; rel=\"next\""_ba, Catalog, error);
        row("user information", "<https://user:secret@registry.example/v2/_catalog>; rel=next"_ba, Catalog, error);
        row("back to the same page", "</v2/_catalog?n=2>; rel=\"next\""_ba, Catalog, error);
        row("empty target is the same page", "<>; rel=\"next\""_ba, Catalog, error);

        // Malformed.
        row("no angle brackets", "/v2/_catalog?last=b; rel=\"next\""_ba, Catalog, error);
        row("unterminated target", "</v2/_catalog?last=b; rel=\"next\""_ba, Catalog, error);
        row("space in target", "</v2/a b>; rel=\"next\""_ba, Catalog, error);
        row("NUL in target", QByteArray("</v2/a\0b>; rel=\"next\"", 21), Catalog, error);
        row("NUL after the link", QByteArray("</v2/ab>; rel=\"next\"\0", 21), Catalog, error);
        row("non-ASCII in target", "</v2/\xc3\xa4>; rel=\"next\""_ba, Catalog, error);
        row("invalid URL", "<http://[::1/x>; rel=\"next\""_ba, Catalog, error);
        row("bad percent-encoding", "</v2/%zz>; rel=\"next\""_ba, Catalog, error);
        row("text after the link", "</v2/x>; rel=\"next\" garbage"_ba, Catalog, error);
        row("unterminated quoted rel", "</v2/x>; rel=\"next"_ba, Catalog, error);
        row("control character in quoted parameter", "</v2/x>; title=\"a\x01\"; rel=next"_ba, Catalog, error);
        row("parameter without name", "</v2/x>; =next"_ba, Catalog, error);
        row("garbage", "@@@"_ba, Catalog, error);
        row("relative request URL", "</v2/x>; rel=next"_ba, u"/v2/_catalog"_s, error);
        row("over 16 KiB", "</v2/_catalog?last=" + QByteArray(LinkHeader::MaxHeaderBytes, 'a') + ">; rel=\"next\"",
            Catalog, error);
        {
            // A long (but bounded) target is fine.
            const QByteArray last(8000, 'a');
            row("long target", "</v2/_catalog?last=" + last + ">; rel=\"next\"", Catalog,
                u"https://registry.example/v2/_catalog?last="_s + QString::fromLatin1(last));
        }
    }

    void nextPage()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, requestUrl);
        QFETCH(QString, expected);

        const Result<QUrl> next = LinkHeader::nextPage(header, QUrl(requestUrl));
        if (expected == u"ERROR"_s) {
            QVERIFY2(!next.ok(), qPrintable(next.ok() ? next->toString() : QString()));
            QCOMPARE(next.error().code(), ErrorCode::ProtocolError);
            QVERIFY(!next.error().message().isEmpty());
            QVERIFY(next.error().details().size() < 1000); // bounded, whatever the header
            return;
        }
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().toString()));
        if (expected.isEmpty()) {
            QVERIFY2(next->isEmpty(), qPrintable(next->toString()));
        } else {
            QCOMPARE(next->toString(QUrl::FullyEncoded), expected);
        }
    }

    void otherHostMessageNamesTheServer()
    {
        const Result<QUrl> next = LinkHeader::nextPage("<https://evil.example:8443/x?a=b>; rel=next"_ba, QUrl(Catalog));
        QVERIFY(!next.ok());
        QVERIFY2(next.error().message().contains(u"https://evil.example:8443"_s), qPrintable(next.error().message()));
        QVERIFY(!next.error().message().contains(u"a=b"_s));
    }

    void randomBytesDoNotCrash()
    {
        QRandomGenerator random(8288);
        const QByteArray alphabet = "<>/;,= \"\\\0\x7frelnxt?:ab%"_ba;
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes(random.bounded(0, 60), '\0');
            for (char &c : bytes)
                c = round % 2 ? static_cast<char>(random.bounded(256)) : alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
            const Result<QUrl> next = LinkHeader::nextPage(bytes, QUrl(Catalog));
            if (next.ok() && !next->isEmpty()) {
                QCOMPARE(next->scheme(), u"https"_s);
                QCOMPARE(next->host(), u"registry.example"_s);
                QCOMPARE(next->port(443), 443);
            }
        }
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLinkHeader)
#include "tst_linkheader.moc"
