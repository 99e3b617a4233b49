// SPDX-License-Identifier: Apache-2.0
#include "unpacked/UnpackedRecipe.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::ErrorCode;
using Wharf::UnpackedRecipe;

namespace {

const QString Digest = u"sha256:"_s + u"0123456789abcdef"_s.repeated(4);

} // namespace

class tst_UnpackedRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("publicName");
        QTest::addColumn<bool>("wildcard");
        QTest::addColumn<int>("notes");

        auto row = [](const char *name, const QString &input, const QString &url, const QString &publicName,
                       bool wildcard, int notes) {
            QTest::newRow(name) << input << u"    - '"_s + url + u'\'' << publicName << wildcard << notes;
        };
        row("layout example centos", u"https://registry.hub.docker.com/library/centos:centos7"_s,
            u"https://registry.hub.docker.com/library/centos:centos7"_s,
            u"registry.hub.docker.com/library/centos:centos7"_s, false, 0);
        row("gitlab", u"gitlab-registry.cern.ch/clange/jetmetanalysis:latest"_s,
            u"https://gitlab-registry.cern.ch/clange/jetmetanalysis:latest"_s,
            u"gitlab-registry.cern.ch/clange/jetmetanalysis:latest"_s, false, 0);
        row("tag prefix", u"registry.hub.docker.com/atlas/analysisbase:21.2.1*"_s,
            u"https://registry.hub.docker.com/atlas/analysisbase:21.2.1*"_s,
            u"registry.hub.docker.com/atlas/analysisbase:21.2.1*"_s, true, 1);
        row("every tag", u"https://registry.hub.docker.com/pyhf/pyhf:*"_s,
            u"https://registry.hub.docker.com/pyhf/pyhf:*"_s, u"registry.hub.docker.com/pyhf/pyhf:*"_s, true, 1);
        row("short hub name gets library and latest", u"busybox"_s,
            u"https://registry.hub.docker.com/library/busybox:latest"_s,
            u"registry.hub.docker.com/library/busybox:latest"_s, false, 2);
        row("docker.io renamed", u"docker.io/cmssw/el8:x86_64"_s, u"https://registry.hub.docker.com/cmssw/el8:x86_64"_s,
            u"registry.hub.docker.com/cmssw/el8:x86_64"_s, false, 1);
        row("docker scheme", u"docker://ghcr.io/org/app:1.0"_s, u"https://ghcr.io/org/app:1.0"_s,
            u"ghcr.io/org/app:1.0"_s, false, 0);
        row("port", u"gitlab.example.org:5005/group/app:v2"_s, u"https://gitlab.example.org:5005/group/app:v2"_s,
            u"gitlab.example.org:5005/group/app:v2"_s, false, 0);
        row("deep repository", u"gitlab-registry.cern.ch/a/b/c/d/img:1"_s,
            u"https://gitlab-registry.cern.ch/a/b/c/d/img:1"_s, u"gitlab-registry.cern.ch/a/b/c/d/img:1"_s, false, 0);
        row("digest only", u"ghcr.io/org/app@"_s + Digest, u"https://ghcr.io/org/app@"_s + Digest,
            u"ghcr.io/org/app:"_s + Digest, false, 1);
        row("tag and digest", u"ghcr.io/org/app:1@"_s + Digest, u"https://ghcr.io/org/app:1@"_s + Digest,
            u"ghcr.io/org/app:1"_s, false, 0);
        row("surrounding spaces", u"  quay.io/x/y:2  \n"_s, u"https://quay.io/x/y:2"_s, u"quay.io/x/y:2"_s, false, 0);
        row("upper-case scheme", u"HTTPS://quay.io/x/y:2"_s, u"https://quay.io/x/y:2"_s, u"quay.io/x/y:2"_s, false, 0);
        row("public ipv4", u"8.8.8.8:5000/x/y:1"_s, u"https://8.8.8.8:5000/x/y:1"_s, u"8.8.8.8:5000/x/y:1"_s, false, 0);
        row("wildcard with underscore prefix", u"quay.io/x/y:_a*"_s, u"https://quay.io/x/y:_a*"_s, u"quay.io/x/y:_a*"_s,
            true, 1);
    }
    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, line);
        QFETCH(QString, publicName);
        QFETCH(bool, wildcard);
        QFETCH(int, notes);
        const auto recipe = UnpackedRecipe::fromReference(input);
        QVERIFY2(recipe.ok(), qPrintable(recipe.ok() ? QString() : recipe.error().message()));
        QCOMPARE(recipe->recipeLine(), line);
        QCOMPARE(recipe->publicName(), publicName);
        QCOMPARE(recipe->expectedPath(), u"/cvmfs/unpacked.cern.ch/"_s + publicName);
        QCOMPARE(recipe->isWildcard(), wildcard);
        QCOMPARE(recipe->notes().size(), notes);
        const QString explanation = recipe->explanation();
        QVERIFY(explanation.contains(u"https://gitlab.cern.ch/unpacked/sync"_s));
        QVERIFY(explanation.contains(u"https://github.com/cvmfs/images-unpacked.cern.ch"_s));
        QVERIFY(explanation.contains(u"15 minutes"_s));
        QVERIFY(explanation.contains(recipe->expectedPath()));
        // The line is valid YAML inside single quotes: nothing in it can end the quote.
        QCOMPARE(recipe->inputUrl().count(u'\''), 0);
        QVERIFY(!recipe->inputUrl().contains(u'#'));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonPart"); // in the message

        QTest::newRow("empty") << QString() << u"Type the image"_s;
        QTest::newRow("blank") << u"   \t"_s << u"Type the image"_s;
        QTest::newRow("localhost") << u"localhost/foo:1"_s << u"this computer"_s;
        QTest::newRow("localhost port") << u"localhost:5000/foo:1"_s << u"this computer"_s;
        QTest::newRow("sub localhost") << u"registry.localhost/foo:1"_s << u"this computer"_s;
        QTest::newRow("loopback") << u"127.0.0.1:5000/foo:1"_s << u"this computer"_s;
        QTest::newRow("private 10") << u"10.1.2.3/foo:1"_s << u"private"_s;
        QTest::newRow("private 172") << u"172.20.0.1:5000/foo:1"_s << u"private"_s;
        QTest::newRow("private 192") << u"192.168.1.10/foo:1"_s << u"private"_s;
        QTest::newRow("link-local") << u"169.254.1.1/foo:1"_s << u"private"_s;
        QTest::newRow("cgnat") << u"100.64.0.1/foo:1"_s << u"private"_s;
        QTest::newRow("ipv6 loopback") << u"[::1]:5000/foo:1"_s << u"private"_s;
        QTest::newRow("ipv6 unique local") << u"[fd00::1]/foo:1"_s << u"private"_s;
        QTest::newRow("ipv6 link local") << u"[fe80::1]/foo:1"_s << u"private"_s;
        QTest::newRow("single label with port") << u"registry:5000/foo:1"_s << u"no domain"_s;
        QTest::newRow(".local") << u"nas.local/foo:1"_s << u".local"_s;
        QTest::newRow(".internal") << u"registry.corp.internal/foo:1"_s << u".internal"_s;
        QTest::newRow(".lan") << u"box.lan:5000/foo:1"_s << u".lan"_s;
        QTest::newRow("home.arpa") << u"pi.home.arpa/foo:1"_s << u".home.arpa"_s;
        QTest::newRow("http") << u"http://registry.example.com/foo:1"_s << u"HTTPS"_s;
        QTest::newRow("ftp") << u"ftp://registry.example.com/foo:1"_s << u"ftp://"_s;
        QTest::newRow("star in repository") << u"quay.io/x*/y:1"_s << u"only stand in the tag"_s;
        QTest::newRow("star in image") << u"quay.io/x/y*:1"_s << u"only stand in the tag"_s;
        QTest::newRow("star without tag") << u"quay.io/x/y*"_s << u"only stand in the tag"_s;
        QTest::newRow("star in middle") << u"quay.io/x/y:1*2"_s << u"must end the tag"_s;
        QTest::newRow("star at start") << u"quay.io/x/y:*-slim"_s << u"must end the tag"_s;
        QTest::newRow("two stars") << u"quay.io/x/y:1**"_s << u"must end the tag"_s;
        QTest::newRow("wildcard and digest") << u"quay.io/x/y:1*@"_s + Digest << u"digest"_s;
        QTest::newRow("bad prefix char") << u"quay.io/x/y:1+2*"_s << u"cannot be in a tag"_s;
        QTest::newRow("prefix starts with dot") << u"quay.io/x/y:.1*"_s << u"cannot be in a tag"_s;
        QTest::newRow("upper-case repository") << u"quay.io/X/y:1"_s << u"lowercase"_s;
        QTest::newRow("space inside") << u"quay.io/x/y :1"_s << u"U+0020"_s;
        QTest::newRow("newline inside (yaml injection)") << u"quay.io/x/y:1\n    - 'https://evil.example/x:1'"_s
                                                         << u"U+000A"_s;
        QTest::newRow("single quote (yaml injection)") << u"quay.io/x/y:1'"_s << u"“'”"_s;
        QTest::newRow("comment") << u"quay.io/x/y:1#x"_s << u"“#”"_s;
        QTest::newRow("nul") << u"quay.io/x/y:1"_s + QChar(0) + u"x"_s << u"U+0000"_s;
        QTest::newRow("backslash") << u"quay.io\\x/y:1"_s << u"“\\”"_s;
        QTest::newRow("tab inside") << u"quay.io/x\t/y"_s << u"U+0009"_s;
        QTest::newRow("huge") << u"quay.io/"_s + u"a"_s.repeated(5000) + u":1"_s << u"characters long"_s;
        QTest::newRow("bad digest") << u"quay.io/x/y@sha256:abc"_s << u"digest"_s;
        QTest::newRow("tag too long") << u"quay.io/x/y:"_s + u"a"_s.repeated(129) << u"tag"_s;
        QTest::newRow("wildcard prefix too long") << u"quay.io/x/y:"_s + u"a"_s.repeated(130) + u'*' << u"longer than"_s;
        QTest::newRow("only a scheme") << u"https://"_s << u"empty"_s;
        QTest::newRow("only a tag") << u":latest"_s << u"repository name is missing"_s;
        QTest::newRow("unicode homoglyph") << u"quаy.io/x/y:1"_s << u"registry host name"_s; // Cyrillic а
        QTest::newRow("emoji") << u"quay.io/🐳/y:1"_s << u"“🐳”"_s;
    }
    void refused()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonPart);
        const auto recipe = UnpackedRecipe::fromReference(input);
        QVERIFY2(!recipe.ok(), qPrintable(recipe.ok() ? recipe->recipeLine() : QString()));
        QCOMPARE(recipe.error().code(), ErrorCode::InvalidReference);
        QVERIFY2(recipe.error().message().contains(reasonPart), qPrintable(recipe.error().message()));
        QVERIFY(!recipe.error().message().contains(u'\n'));
        QVERIFY(recipe.error().message().size() < 600);
    }

    void notesSayWhatChanged()
    {
        const auto recipe = UnpackedRecipe::fromReference(u"busybox"_s);
        QVERIFY(recipe.ok());
        QCOMPARE(recipe->registry(), u"registry.hub.docker.com"_s);
        QCOMPARE(recipe->repository(), u"library/busybox"_s);
        QCOMPARE(recipe->tag(), u"latest"_s);
        QVERIFY(recipe->notes().join(u' ').contains(u"latest"_s));
        QVERIFY(recipe->notes().join(u' ').contains(u"registry.hub.docker.com"_s));
    }

    void expectedPathUnderAnotherRoot()
    {
        const auto recipe = UnpackedRecipe::fromReference(u"gitlab-registry.cern.ch/x/y:1"_s);
        QVERIFY(recipe.ok());
        QCOMPARE(recipe->expectedPath(u"/tmp/root/"_s), u"/tmp/root/gitlab-registry.cern.ch/x/y:1"_s);
    }
};

QTEST_GUILESS_MAIN(tst_UnpackedRecipe)
#include "tst_unpackedrecipe.moc"
