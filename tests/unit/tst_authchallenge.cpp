// SPDX-License-Identifier: Apache-2.0
#include "registry/AuthChallenge.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

// One line per parse: `Scheme[name=value|name=value]` or `Scheme(token68)`, joined by "; ".
QString describe(const QList<AuthChallenge> &challenges)
{
    QStringList parts;
    for (const AuthChallenge &challenge : challenges) {
        if (!challenge.token68().isEmpty()) {
            parts.append(challenge.schemeName() + u'(' + challenge.token68() + u')');
            continue;
        }
        QStringList parameters;
        for (const auto &[name, value] : challenge.parameters())
            parameters.append(name + u'=' + value);
        parts.append(challenge.schemeName() + u'[' + parameters.join(u'|') + u']');
    }
    return parts.join(u"; "_s);
}

QByteArray manyParameters(int count)
{
    QByteArray header = "Bearer ";
    for (int i = 0; i < count; ++i)
        header += "p" + QByteArray::number(i) + "=\"" + QByteArray::number(i) + "\",";
    return header;
}

QString describeManyParameters(int count)
{
    QStringList parameters;
    for (int i = 0; i < count; ++i)
        parameters.append(u"p%1=%1"_s.arg(i));
    return u"Bearer["_s + parameters.join(u'|') + u']';
}

} // namespace

class TestAuthChallenge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");

        // What registries send.
        QTest::newRow("Docker Hub")
            << "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
               "scope=\"repository:library/busybox:pull\""_ba
            << u"Bearer[realm=https://auth.docker.io/token|service=registry.docker.io|"
               "scope=repository:library/busybox:pull]"_s;
        QTest::newRow("distribution htpasswd") << "Basic realm=\"test\""_ba << u"Basic[realm=test]"_s;
        QTest::newRow("distribution token /v2/")
            << "Bearer realm=\"http://127.0.0.1:5001/auth\",service=\"Docker registry\""_ba
            << u"Bearer[realm=http://127.0.0.1:5001/auth|service=Docker registry]"_s;
        QTest::newRow("insufficient scope")
            << "Bearer realm=\"https://gitlab.cern.ch/jwt/auth\",service=\"container_registry\","
               "scope=\"repository:a/b:pull,push\",error=\"insufficient_scope\""_ba
            << u"Bearer[realm=https://gitlab.cern.ch/jwt/auth|service=container_registry|"
               "scope=repository:a/b:pull,push|error=insufficient_scope]"_s;
        QTest::newRow("Harbor: Bearer then Basic, joined by QNetworkReply")
            << "Bearer realm=\"https://registry.cern.ch/service/token\",service=\"harbor-registry\", "
               "Basic realm=\"harbor\""_ba
            << u"Bearer[realm=https://registry.cern.ch/service/token|service=harbor-registry]; Basic[realm=harbor]"_s;
        QTest::newRow("RFC 7235 example")
            << "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\""_ba
            << u"Newauth[realm=apps|type=1|title=Login to \"apps\"]; Basic[realm=simple]"_s;

        // Tolerance.
        QTest::newRow("scheme only") << "Basic"_ba << u"Basic[]"_s;
        QTest::newRow("schemes only") << "Negotiate, NTLM"_ba << u"Negotiate[]; NTLM[]"_s;
        QTest::newRow("scheme without parameters, then another")
            << "Basic, Bearer realm=\"x\""_ba << u"Basic[]; Bearer[realm=x]"_s;
        QTest::newRow("token68") << "Negotiate YIIBz+/ab_c-d.e~f=="_ba << u"Negotiate(YIIBz+/ab_c-d.e~f==)"_s;
        QTest::newRow("token68 then challenge")
            << "Negotiate abc==, Basic realm=\"x\""_ba << u"Negotiate(abc==); Basic[realm=x]"_s;
        QTest::newRow("empty value is a token68") << "Bearer realm="_ba << u"Bearer(realm=)"_s;
        QTest::newRow("any case") << "bEaReR ReAlM=\"x\",SERVICE=\"y\""_ba << u"bEaReR[ReAlM=x|SERVICE=y]"_s;
        QTest::newRow("spaces and commas")
            << "  , Bearer   realm = \"a\" ,  service=\"b\"  ,, ,  "_ba << u"Bearer[realm=a|service=b]"_s;
        QTest::newRow("tabs") << "Bearer\trealm=\"a\",\tservice=\"b\""_ba << u"Bearer[realm=a|service=b]"_s;
        QTest::newRow("escapes")
            << "Basic realm=\"a \\\"quoted\\\" \\\\ back\\slash\""_ba << u"Basic[realm=a \"quoted\" \\ backslash]"_s;
        QTest::newRow("unquoted URL")
            << "Bearer realm=https://auth.example/token?x=1,service=reg"_ba
            << u"Bearer[realm=https://auth.example/token?x=1|service=reg]"_s;
        QTest::newRow("empty quoted value") << "Bearer realm=\"\",service=\"s\""_ba << u"Bearer[realm=|service=s]"_s;
        QTest::newRow("comma and equals in quotes")
            << "Bearer realm=\"a,b=c\", scope=\"x y\""_ba << u"Bearer[realm=a,b=c|scope=x y]"_s;
        QTest::newRow("repeated parameter: first wins")
            << "Bearer realm=\"first\",realm=\"second\",REALM=\"third\""_ba << u"Bearer[realm=first]"_s;
        QTest::newRow("UTF-8 in quotes") << "Basic realm=\"Z\xc3\xbcrich\""_ba << u"Basic[realm=Zürich]"_s;
        QTest::newRow("32 parameters") << manyParameters(32) << describeManyParameters(32);

        // Hostile: whatever breaks the grammar drops that challenge and the rest.
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("blank") << "   "_ba << QString();
        QTest::newRow("commas") << ", , ,"_ba << QString();
        QTest::newRow("garbage") << "@@@ ###"_ba << QString();
        QTest::newRow("no scheme") << "realm=\"x\""_ba << QString();
        QTest::newRow("quoted scheme") << "\"Bearer\" realm=\"x\""_ba << QString();
        QTest::newRow("scheme glued to quote") << "Bearer\"x\""_ba << QString();
        QTest::newRow("parameter without name") << "Bearer =x"_ba << QString();
        QTest::newRow("parameter without value sign") << "Bearer realm \"x\""_ba << QString();
        QTest::newRow("truncated quoted string") << "Bearer realm=\"https://auth.exam"_ba << QString();
        QTest::newRow("trailing backslash") << "Bearer realm=\"abc\\"_ba << QString();
        QTest::newRow("missing comma") << "Bearer realm=\"a\" service=\"b\""_ba << QString();
        QTest::newRow("NUL in quotes") << QByteArray("Bearer realm=\"a\0b\"", 18) << QString();
        QTest::newRow("NUL at start") << QByteArray("\0Basic realm=\"x\"", 16) << QString();
        QTest::newRow("NUL in unquoted value") << QByteArray("Bearer realm=a\0b", 16) << QString();
        QTest::newRow("control character in quotes") << "Bearer realm=\"a\x01\""_ba << QString();
        QTest::newRow("DEL in quotes") << "Bearer realm=\"a\x7f\""_ba << QString();
        QTest::newRow("garbage after a good challenge keeps it")
            << "Basic realm=\"x\", @@@"_ba << u"Basic[realm=x]"_s;
        QTest::newRow("NUL after a good challenge keeps it")
            << QByteArray("Basic realm=\"x\", \0", 18) << u"Basic[realm=x]"_s;
        QTest::newRow("broken second challenge")
            << "Basic realm=\"x\", Bearer realm=\"y"_ba << u"Basic[realm=x]"_s;
        QTest::newRow("comma right after scheme, then a parameter")
            << "Bearer ,realm=\"x\""_ba << u"Bearer[]"_s;
        QTest::newRow("33 parameters") << manyParameters(33) << QString();
        QTest::newRow("parameter after token68") << "Negotiate abc==, realm=x"_ba << u"Negotiate(abc==)"_s;
        {
            QByteArray many;
            QStringList expected;
            for (int i = 0; i < 40; ++i) {
                many += "S" + QByteArray::number(i) + " a=\"b\", ";
                if (i < AuthChallenge::MaxChallenges)
                    expected.append(u"S%1[a=b]"_s.arg(i));
            }
            QTest::newRow("more than 32 challenges") << many << expected.join(u"; "_s);
        }
        {
            QByteArray big = "Bearer realm=\"";
            big += QByteArray(AuthChallenge::MaxHeaderBytes - big.size() - 1, 'x');
            big += '"';
            QCOMPARE(big.size(), AuthChallenge::MaxHeaderBytes);
            QTest::newRow("16 KiB") << big << u"Bearer[realm="_s + QString(big.size() - 15, u'x') + u']';
            QTest::newRow("over 16 KiB") << QByteArray(big + ' ') << QString();
        }
        QTest::newRow("huge") << QByteArray("Basic realm=\"" + QByteArray(10 * 1024 * 1024, 'a') + '"') << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        QCOMPARE(describe(AuthChallenge::parse(header)), expected);
    }

    void accessors()
    {
        const QList<AuthChallenge> challenges = AuthChallenge::parse(
            "BEARER Realm=\"https://auth.example/token\",Service=\"registry\","
            "Scope=\"  repository:a:pull   repository:b:pull,push \",Error=\"insufficient_scope\", basic Realm=x"_ba);
        QCOMPARE(challenges.size(), 2);
        const AuthChallenge &bearer = challenges.at(0);
        QCOMPARE(bearer.scheme(), AuthChallenge::Scheme::Bearer);
        QCOMPARE(bearer.schemeName(), u"BEARER"_s);
        QCOMPARE(bearer.realm(), u"https://auth.example/token"_s);
        QCOMPARE(bearer.service(), u"registry"_s);
        QCOMPARE(bearer.scopes(), (QStringList{u"repository:a:pull"_s, u"repository:b:pull,push"_s}));
        QCOMPARE(bearer.error(), u"insufficient_scope"_s);
        QCOMPARE(bearer.parameter(u"SERVICE"_s), u"registry"_s);
        QVERIFY(bearer.hasParameter(u"scope"_s));
        QVERIFY(!bearer.hasParameter(u"charset"_s));
        QCOMPARE(bearer.parameter(u"charset"_s), QString());

        const AuthChallenge &basic = challenges.at(1);
        QCOMPARE(basic.scheme(), AuthChallenge::Scheme::Basic);
        QCOMPARE(basic.schemeName(), u"basic"_s);
        QCOMPARE(basic.realm(), u"x"_s);
        QCOMPARE(basic.service(), QString());
        QVERIFY(basic.scopes().isEmpty());
        QCOMPARE(basic.error(), QString());

        const QList<AuthChallenge> other = AuthChallenge::parse("Digest realm=\"r\", nonce=\"n\""_ba);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.at(0).scheme(), AuthChallenge::Scheme::Other);
        QCOMPARE(other.at(0).parameter(u"nonce"_s), u"n"_s);

        const AuthChallenge empty;
        QCOMPARE(empty.scheme(), AuthChallenge::Scheme::Other);
        QVERIFY(empty.scopes().isEmpty());
    }

    // Every prefix of a real header, and random bytes: no crash, and nothing without a scheme.
    void truncatedAndRandom()
    {
        const QByteArray header = "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
                                  "scope=\"repository:library/busybox:pull\", Basic realm=\"x\\\"y\""_ba;
        for (qsizetype length = 0; length <= header.size(); ++length) {
            const QList<AuthChallenge> challenges = AuthChallenge::parse(header.left(length));
            QVERIFY(challenges.size() <= 2);
            for (const AuthChallenge &challenge : challenges)
                QVERIFY(!challenge.schemeName().isEmpty());
        }
        QRandomGenerator random(20240131);
        const QByteArray alphabet = "Bearer realm=\",\\ \t\0\x7f\xff=abc"_ba;
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes(random.bounded(0, 80), '\0');
            for (char &c : bytes)
                c = round % 2 ? static_cast<char>(random.bounded(256)) : alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
            const QList<AuthChallenge> challenges = AuthChallenge::parse(bytes);
            for (const AuthChallenge &challenge : challenges) {
                QVERIFY(!challenge.schemeName().isEmpty());
                QVERIFY(challenge.parameters().size() <= AuthChallenge::MaxParameters);
            }
        }
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestAuthChallenge)
#include "tst_authchallenge.moc"
