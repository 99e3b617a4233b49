// SPDX-License-Identifier: Apache-2.0
#include "registry/ImageReference.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

const QString Sha = u"sha256:"_s + u"0123456789abcdef"_s.repeated(4);

} // namespace

class TestImageReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("familiarName");
        QTest::addColumn<QString>("normalised"); // toString()

        auto row = [](const char *name, const QString &text, const QString &domain, const QString &path,
                      const QString &tag, const QString &digest, const QString &familiar, const QString &normalised) {
            QTest::newRow(name) << text << domain << path << tag << digest << familiar << normalised;
        };
        const QString hub = u"docker.io"_s;
        const QString none;

        row("official", u"busybox"_s, hub, u"library/busybox"_s, none, none, u"busybox"_s, u"docker.io/library/busybox"_s);
        row("official with tag", u"busybox:latest"_s, hub, u"library/busybox"_s, u"latest"_s, none, u"busybox"_s,
            u"docker.io/library/busybox:latest"_s);
        row("tag with dots and dashes", u"busybox:1.36.1-musl"_s, hub, u"library/busybox"_s, u"1.36.1-musl"_s, none,
            u"busybox"_s, u"docker.io/library/busybox:1.36.1-musl"_s);
        row("library prefix", u"library/busybox"_s, hub, u"library/busybox"_s, none, none, u"busybox"_s,
            u"docker.io/library/busybox"_s);
        row("docker.io without library", u"docker.io/busybox"_s, hub, u"library/busybox"_s, none, none, u"busybox"_s,
            u"docker.io/library/busybox"_s);
        row("fully qualified", u"docker.io/library/busybox:1"_s, hub, u"library/busybox"_s, u"1"_s, none, u"busybox"_s,
            u"docker.io/library/busybox:1"_s);
        row("index.docker.io", u"index.docker.io/busybox"_s, hub, u"library/busybox"_s, none, none, u"busybox"_s,
            u"docker.io/library/busybox"_s);
        row("index.docker.io user", u"index.docker.io/user/app:1"_s, hub, u"user/app"_s, u"1"_s, none, u"user/app"_s,
            u"docker.io/user/app:1"_s);
        row("user repository", u"user/app"_s, hub, u"user/app"_s, none, none, u"user/app"_s, u"docker.io/user/app"_s);
        row("nested on hub", u"user/app/sub"_s, hub, u"user/app/sub"_s, none, none, u"user/app/sub"_s,
            u"docker.io/user/app/sub"_s);
        row("library nested keeps library", u"docker.io/library/foo/bar"_s, hub, u"library/foo/bar"_s, none, none,
            u"library/foo/bar"_s, u"docker.io/library/foo/bar"_s);
        row("quay", u"quay.io/x/y"_s, u"quay.io"_s, u"x/y"_s, none, none, u"quay.io/x/y"_s, u"quay.io/x/y"_s);
        row("quay one component", u"quay.io/y"_s, u"quay.io"_s, u"y"_s, none, none, u"quay.io/y"_s, u"quay.io/y"_s);
        row("localhost", u"localhost/foo"_s, u"localhost"_s, u"foo"_s, none, none, u"localhost/foo"_s, u"localhost/foo"_s);
        row("localhost port", u"localhost:5000/foo/bar:tag"_s, u"localhost:5000"_s, u"foo/bar"_s, u"tag"_s, none,
            u"localhost:5000/foo/bar"_s, u"localhost:5000/foo/bar:tag"_s);
        row("bare localhost is a name", u"localhost"_s, hub, u"library/localhost"_s, none, none, u"localhost"_s,
            u"docker.io/library/localhost"_s);
        row("bare localhost:5000 is name and tag", u"localhost:5000"_s, hub, u"library/localhost"_s, u"5000"_s, none,
            u"localhost"_s, u"docker.io/library/localhost:5000"_s);
        row("bare host name is a name", u"quay.io"_s, hub, u"library/quay.io"_s, none, none, u"quay.io"_s,
            u"docker.io/library/quay.io"_s);
        row("IPv4 and port", u"127.0.0.1:5557/test/layered:3"_s, u"127.0.0.1:5557"_s, u"test/layered"_s, u"3"_s, none,
            u"127.0.0.1:5557/test/layered"_s, u"127.0.0.1:5557/test/layered:3"_s);
        row("host and port, digest", u"registry.example.com:443/a/b@"_s + Sha, u"registry.example.com:443"_s, u"a/b"_s,
            none, Sha, u"registry.example.com:443/a/b"_s, u"registry.example.com:443/a/b@"_s + Sha);
        row("digest only", u"busybox@"_s + Sha, hub, u"library/busybox"_s, none, Sha, u"busybox"_s,
            u"docker.io/library/busybox@"_s + Sha);
        row("tag and digest", u"busybox:1@"_s + Sha, hub, u"library/busybox"_s, u"1"_s, Sha, u"busybox"_s,
            u"docker.io/library/busybox:1@"_s + Sha);
        row("sha512 digest", u"x@sha512:"_s + u"ab"_s.repeated(64), hub, u"library/x"_s, none,
            u"sha512:"_s + u"ab"_s.repeated(64), u"x"_s, u"docker.io/library/x@sha512:"_s + u"ab"_s.repeated(64));
        row("sha384 digest", u"x@sha384:"_s + u"c"_s.repeated(96), hub, u"library/x"_s, none,
            u"sha384:"_s + u"c"_s.repeated(96), u"x"_s, u"docker.io/library/x@sha384:"_s + u"c"_s.repeated(96));
        row("upper case domain", u"Registry.Example.COM/app"_s, u"Registry.Example.COM"_s, u"app"_s, none, none,
            u"Registry.Example.COM/app"_s, u"Registry.Example.COM/app"_s);
        row("upper case first component is a domain", u"Foo/bar"_s, u"Foo"_s, u"bar"_s, none, none, u"Foo/bar"_s,
            u"Foo/bar"_s);
        row("CERN GitLab", u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:latest"_s,
            u"gitlab-registry.cern.ch"_s, u"cms-cloud/cmssw-docker/cc7-cms"_s, u"latest"_s, none,
            u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms"_s,
            u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:latest"_s);
        row("hyphenated host", u"a.b-c.d/x"_s, u"a.b-c.d"_s, u"x"_s, none, none, u"a.b-c.d/x"_s, u"a.b-c.d/x"_s);
        row("IPv6 and port", u"[::1]:5000/foo"_s, u"[::1]:5000"_s, u"foo"_s, none, none, u"[::1]:5000/foo"_s,
            u"[::1]:5000/foo"_s);
        row("IPv6", u"[fe80::1]/foo:2"_s, u"[fe80::1]"_s, u"foo"_s, u"2"_s, none, u"[fe80::1]/foo"_s,
            u"[fe80::1]/foo:2"_s);
        row("separators", u"g/a.b_c__d---e-f"_s, hub, u"g/a.b_c__d---e-f"_s, none, none, u"g/a.b_c__d---e-f"_s,
            u"docker.io/g/a.b_c__d---e-f"_s);
        row("separators, one component", u"a.b_c__d---e-f"_s, hub, u"library/a.b_c__d---e-f"_s, none, none,
            u"a.b_c__d---e-f"_s, u"docker.io/library/a.b_c__d---e-f"_s);
        row("digits", u"123/456:789"_s, hub, u"123/456"_s, u"789"_s, none, u"123/456"_s, u"docker.io/123/456:789"_s);
        row("tag starting with underscore", u"x:_t"_s, hub, u"library/x"_s, u"_t"_s, none, u"x"_s,
            u"docker.io/library/x:_t"_s);
        row("tag with upper case", u"x:Tag.With-Dots_"_s, hub, u"library/x"_s, u"Tag.With-Dots_"_s, none, u"x"_s,
            u"docker.io/library/x:Tag.With-Dots_"_s);
        row("tag of 128", u"x:"_s + QString(128, u'v'), hub, u"library/x"_s, QString(128, u'v'), none, u"x"_s,
            u"docker.io/library/x:"_s + QString(128, u'v'));
        row("host:port/ns", u"myhost:5000/ns/repo"_s, u"myhost:5000"_s, u"ns/repo"_s, none, none,
            u"myhost:5000/ns/repo"_s, u"myhost:5000/ns/repo"_s);
        row("k8s", u"k8s.gcr.io/pause:3.9"_s, u"k8s.gcr.io"_s, u"pause"_s, u"3.9"_s, none, u"k8s.gcr.io/pause"_s,
            u"k8s.gcr.io/pause:3.9"_s);
        row("name of 255", u"a/"_s + QString(243, u'b'), hub, u"a/"_s + QString(243, u'b'), none, none,
            u"a/"_s + QString(243, u'b'), u"docker.io/a/"_s + QString(243, u'b'));
        row("sha256 is a name here", u"sha256:"_s + u"0123456789abcdef"_s.repeated(4), hub, u"library/sha256"_s,
            u"0123456789abcdef"_s.repeated(4), none, u"sha256"_s,
            u"docker.io/library/sha256:"_s + u"0123456789abcdef"_s.repeated(4));
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, domain);
        QFETCH(QString, path);
        QFETCH(QString, normalised);
        const auto reference = ImageReference::parse(text);
        QVERIFY2(reference.ok(), qPrintable(reference.ok() ? QString() : reference.error().toString()));
        QCOMPARE(reference->domain(), domain);
        QCOMPARE(reference->path(), path);
        QTEST(reference->tag(), "tag");
        QTEST(reference->digest(), "digest");
        QTEST(reference->familiarName(), "familiarName");
        QCOMPARE(reference->toString(), normalised);
        QCOMPARE(reference->repository(), domain + u'/' + path);
        QVERIFY(!reference->isNull());

        // Round trips: the normalised and the familiar forms parse to the same reference.
        const auto again = ImageReference::parse(reference->toString());
        QVERIFY(again.ok());
        QCOMPARE(*again, *reference);
        const auto familiar = ImageReference::parse(reference->familiarString());
        QVERIFY(familiar.ok());
        QCOMPARE(*familiar, *reference);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment"); // the message says this

        auto row = [](const char *name, const QString &text, const QString &fragment) {
            QTest::newRow(name) << text << fragment;
        };
        row("empty", QString(), u"empty"_s);
        row("leading blank", u" busybox"_s, u"blank at position 1"_s);
        row("trailing blank", u"busybox "_s, u"blank at position 8"_s);
        row("inner blank", u"docker pull busybox"_s, u"blank at position 7"_s);
        row("newline", u"busybox\n"_s, u"U+000A"_s);
        row("CR", u"busybox:latest\r"_s, u"blank at position 15"_s);
        row("tab", u"busy\tbox"_s, u"blank at position 5"_s);
        row("no-break space", u"busybox\u00a0"_s, u"blank at position 8"_s);
        row("NUL", QString::fromUtf16(u"busybox\0x", 9), u"invisible character at position 8 (U+0000)"_s);
        row("zero-width space", u"busy\u200bbox"_s, u"invisible character at position 5"_s);
        row("right-to-left override", u"\u202ebusybox"_s, u"invisible character at position 1"_s);
        row("upper case name", u"Busybox"_s, u"repository name must be lowercase (“B” at position 1)"_s);
        row("upper case user path", u"user/App"_s, u"must be lowercase (“A” at position 6)"_s);
        row("upper case after domain", u"docker.io/Library/busybox"_s, u"must be lowercase (“L” at position 11)"_s);
        row("upper case on quay", u"quay.io/Org/app"_s, u"must be lowercase"_s);
        row("upper case, long", QString(100000, u'A'), u"must be lowercase (“A” at position 1)"_s);
        row("empty tag", u"busybox:"_s, u"tag after “:” at position 8 is empty"_s);
        row("only a tag", u":tag"_s, u"missing"_s);
        row("only a digest", u"@"_s + Sha, u"missing before “@”"_s);
        row("empty digest", u"busybox@"_s, u"digest after “@” at position 8 is empty"_s);
        row("short digest", u"busybox@sha256:abc"_s, u"64 hexadecimal digits, this one has 3"_s);
        row("long digest", u"busybox@"_s + Sha + u"0"_s, u"this one has 65"_s);
        row("upper case digest", u"busybox@sha256:"_s + u"ABCDEF0123456789"_s.repeated(4), u"lowercase hexadecimal"_s);
        row("unsupported algorithm", u"busybox@md5:"_s + u"a"_s.repeated(32), u"“md5” is not supported"_s);
        row("digest without colon", u"busybox@sha256"_s, u"must look like “sha256:”"_s);
        row("digest empty algorithm", u"busybox@:abc"_s, u"algorithm before “:” at position 9"_s);
        row("digest bad algorithm", u"busybox@sha 256:abc"_s, u"blank at position 12"_s);
        row("digest algorithm separator", u"busybox@sha256+:"_s + u"a"_s.repeated(64), u"incomplete"_s);
        row("digest non-hex", u"busybox@sha256:"_s + u"g"_s.repeated(64), u"“g” at position 16"_s);
        row("two digests", u"busybox@"_s + Sha + u"@x"_s, u"second “@” at position 80"_s);
        row("leading dash", u"-busybox"_s, u"start and end with a lowercase letter or digit, not “-” (position 1)"_s);
        row("trailing dash", u"busybox-"_s, u"not “-” (position 8)"_s);
        row("trailing dot", u"user/app."_s, u"not “.” (position 9)"_s);
        row("double dot", u"a..b"_s, u"“..” at position 2 is not a valid separator"_s);
        row("three underscores", u"a___b"_s, u"“___” at position 2 is not a valid separator"_s);
        row("dash then dot", u"a-.b"_s, u"“-.” at position 2"_s);
        row("component starts with dash", u"a/-b"_s, u"not “-” (position 3)"_s);
        row("double slash", u"a//b"_s, u"empty part at position 3"_s);
        row("trailing slash", u"a/"_s, u"empty part at position 3"_s);
        row("leading slash", u"/a"_s, u"empty part at position 1"_s);
        row("registry without path", u"quay.io/"_s, u"empty part at position 9"_s);
        row("registry without path, tag", u"quay.io/:1"_s, u"empty part at position 9"_s);
        row("bad tag character", u"busybox:tag!"_s, u"“!” at position 12 is not allowed in a tag"_s);
        row("tag starts with dot", u"busybox:.tag"_s, u"must start with a letter, digit or “_”, not “.”"_s);
        row("tag starts with dash", u"busybox:-tag"_s, u"not “-” (position 9)"_s);
        row("tag too long", u"x:"_s + QString(129, u'v'), u"129 characters long, at most 128"_s);
        row("two colons", u"busybox:1:2"_s, u"“:” at position 8 is not allowed in a repository name"_s);
        row("image ID", u"0123456789abcdef"_s.repeated(4), u"image ID"_s);
        row("underscore in host", u"my_host.com/x"_s, u"“_” at position 3 is not allowed in a registry host name"_s);
        row("host starts with dash", u"-host.com/x"_s, u"not “-” (position 1)"_s);
        row("host label ends with dash", u"host-.com/x"_s, u"not “-” (position 5)"_s);
        row("empty host label", u"host..com/x"_s, u"empty part at position 6"_s);
        row("empty port", u"host.com:/x"_s, u"port after “:” at position 9 is empty"_s);
        row("port letters", u"host.com:abc/x"_s, u"port may only contain digits, not “a” (position 10)"_s);
        row("port mixed", u"host.com:50a/x"_s, u"not “a” (position 12)"_s);
        // Docker's grammar would take this as a path with no registry; the daemon then fails with
        // "no Host in request URL". Saying what is wrong up front is more useful.
        row("dotted first component is a registry", u"a.b_c/d"_s, u"“_” at position 4 is not allowed in a registry host name"_s);
        row("URL", u"http://quay.io/x"_s, u"port after “:” at position 5 is empty"_s);
        row("unclosed IPv6", u"[::1:5000/x"_s, u"without closing"_s);
        row("empty IPv6", u"[]:5000/x"_s, u"empty IPv6"_s);
        row("bad IPv6", u"[::g]/x"_s, u"“g” at position 4 is not allowed in an IPv6 address"_s);
        row("umlaut", u"büsybox"_s, u"“ü” at position 2 is not allowed in a repository name"_s);
        row("emoji", u"🐳"_s, u"“🐳” at position 1"_s);
        row("fullwidth letter", u"ｂusybox"_s, u"position 1"_s);
        row("emoji in tag", u"x:🐳"_s, u"not allowed in a tag"_s);
        // The Docker 20.10 daemon answers "repository name must not be more than 255 characters".
        row("name of 256", u"a/"_s + QString(244, u'b'), u"256 characters long"_s);
        row("huge name", QString(100000, u'a'), u"100018 characters long"_s);
        row("percent encoding", u"busybox%3Alatest"_s, u"“%” at position 8"_s);
        row("shell", u"busybox;rm"_s, u"“;” at position 8"_s);
        row("quotes", u"\"busybox\""_s, u"“\"” at position 1"_s);
        row("backslash", u"user\\app"_s, u"“\\” at position 5"_s);
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        const auto reference = ImageReference::parse(text);
        QVERIFY(!reference.ok());
        const Error &error = reference.error();
        QCOMPARE(error.code(), ErrorCode::InvalidReference);
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
        QVERIFY2(error.details().contains(fragment), qPrintable(error.details()));
        // The message names the input (shortened when long) and stays readable.
        QVERIFY(error.message().size() < 600);
        if (!text.isEmpty() && text.size() < 40 && text.at(0).isPrint() && !text.at(0).isSpace())
            QVERIFY2(error.message().contains(text.left(1)), qPrintable(error.message()));
    }

    void defaultTag_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("withDefaultTag");
        QTest::addColumn<QString>("pullFromImage");
        QTest::addColumn<QString>("pullTag");
        QTest::addColumn<QString>("familiarString");

        QTest::newRow("bare") << u"busybox"_s << u"docker.io/library/busybox:latest"_s
                              << u"docker.io/library/busybox"_s << u"latest"_s << u"busybox"_s;
        QTest::newRow("tag") << u"quay.io/x/y:2"_s << u"quay.io/x/y:2"_s << u"quay.io/x/y"_s << u"2"_s
                             << u"quay.io/x/y:2"_s;
        QTest::newRow("digest") << u"user/app@"_s + Sha << u"docker.io/user/app@"_s + Sha << u"docker.io/user/app"_s
                                << Sha << u"user/app@"_s + Sha;
        QTest::newRow("tag and digest: the digest is pulled")
            << u"user/app:1@"_s + Sha << u"docker.io/user/app:1@"_s + Sha << u"docker.io/user/app"_s << Sha
            << u"user/app:1@"_s + Sha;
        QTest::newRow("port") << u"localhost:5000/a"_s << u"localhost:5000/a:latest"_s << u"localhost:5000/a"_s
                              << u"latest"_s << u"localhost:5000/a"_s;
    }

    void defaultTag()
    {
        QFETCH(QString, text);
        const auto reference = ImageReference::parse(text);
        QVERIFY(reference.ok());
        QTEST(reference->withDefaultTag().toString(), "withDefaultTag");
        QTEST(reference->pullFromImage(), "pullFromImage");
        QTEST(reference->pullTag(), "pullTag");
        QTEST(reference->familiarString(), "familiarString");
        // withDefaultTag() never changes a reference that names a version already.
        if (!reference->tag().isEmpty() || !reference->digest().isEmpty())
            QCOMPARE(reference->withDefaultTag(), *reference);
    }

    void nullReference()
    {
        const ImageReference reference;
        QVERIFY(reference.isNull());
        QCOMPARE(reference.toString(), QString());
        QCOMPARE(reference.familiarName(), QString());
        QCOMPARE(reference.repository(), QString());
        QVERIFY(reference.withDefaultTag().isNull());
    }

    // Random printable ASCII never crashes the parser and never yields a reference that does
    // not survive its own round trip.
    void fuzz()
    {
        const QString alphabet = u"abcAB09._-/:@[]!% \t"_s;
        quint32 seed = 12345;
        for (int i = 0; i < 20000; ++i) {
            QString text;
            seed = seed * 1103515245u + 12345u;
            const int length = int((seed >> 16) % 24);
            for (int j = 0; j < length; ++j) {
                seed = seed * 1103515245u + 12345u;
                text += alphabet.at(int((seed >> 16) % quint32(alphabet.size())));
            }
            const auto reference = ImageReference::parse(text);
            if (reference.ok()) {
                const auto again = ImageReference::parse(reference->toString());
                QVERIFY2(again.ok(), qPrintable(text));
                QCOMPARE(*again, *reference);
            } else {
                QVERIFY2(!reference.error().message().isEmpty(), qPrintable(text));
            }
        }
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestImageReference)
#include "tst_imagereference.moc"
