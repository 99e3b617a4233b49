// SPDX-License-Identifier: Apache-2.0
#include "registry/BearerToken.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

// When the token request left, as RegistryClient records it.
const QDateTime Now(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());

QByteArray tokenBody(const QByteArray &members)
{
    return "{" + members + "}";
}

} // namespace

class TestBearerToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<qint64>("lifetime"); // seconds from Now to expires()

        auto row = [](const char *name, const QByteArray &body, const QString &token, qint64 lifetime) {
            QTest::newRow(name) << body << token << lifetime;
        };
        const QString jwt = u"eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl"_s;
        const QByteArray jwtBytes = jwt.toUtf8();

        // What token services send.
        row("distribution", tokenBody("\"token\":\"" + jwtBytes + "\",\"expires_in\":300,\"issued_at\":\"2024-05-01T12:00:00Z\""),
            jwt, 300);
        row("docker hub (both names)",
            tokenBody("\"token\":\"" + jwtBytes + "\",\"access_token\":\"" + jwtBytes
                      + "\",\"expires_in\":300,\"issued_at\":\"2024-05-01T11:59:59.123456789Z\""),
            jwt, 299);
        row("gitlab", tokenBody("\"token\":\"" + jwtBytes + "\",\"expires_in\":900"), jwt, 900);
        row("access_token only", tokenBody("\"access_token\":\"abc\",\"expires_in\":120"), u"abc"_s, 120);
        row("token wins over access_token", tokenBody("\"token\":\"first\",\"access_token\":\"second\""), u"first"_s, 60);
        row("empty token, access_token used", tokenBody("\"token\":\"\",\"access_token\":\"second\""), u"second"_s, 60);
        row("null token, access_token used", tokenBody("\"token\":null,\"access_token\":\"second\""), u"second"_s, 60);
        row("number token, access_token used", tokenBody("\"token\":42,\"access_token\":\"second\""), u"second"_s, 60);
        row("extra members", tokenBody("\"token\":\"abc\",\"refresh_token\":\"r\",\"scope\":[1,2],\"x\":{}"),
            u"abc"_s, 60);
        row("printable punctuation", tokenBody("\"token\":\"a-b_c.d~e+f/g=h!$%&'()*,;:@[]^`{|}\""),
            u"a-b_c.d~e+f/g=h!$%&'()*,;:@[]^`{|}"_s, 60);
        row("64 KiB token", tokenBody("\"token\":\"" + QByteArray(64 * 1024, 'a') + "\""),
            QString(64 * 1024, u'a'), 60);

        // expires_in: absent means 60 s (spec); fewer than 60 counts as 60; absurd is a day.
        row("expires_in absent", tokenBody("\"token\":\"abc\""), u"abc"_s, 60);
        row("expires_in 0", tokenBody("\"token\":\"abc\",\"expires_in\":0"), u"abc"_s, 60);
        row("expires_in 1", tokenBody("\"token\":\"abc\",\"expires_in\":1"), u"abc"_s, 60);
        row("expires_in 59", tokenBody("\"token\":\"abc\",\"expires_in\":59"), u"abc"_s, 60);
        row("expires_in 60", tokenBody("\"token\":\"abc\",\"expires_in\":60"), u"abc"_s, 60);
        row("expires_in fraction", tokenBody("\"token\":\"abc\",\"expires_in\":120.9"), u"abc"_s, 120);
        row("expires_in negative", tokenBody("\"token\":\"abc\",\"expires_in\":-3600"), u"abc"_s, 60);
        row("expires_in one day", tokenBody("\"token\":\"abc\",\"expires_in\":86400"), u"abc"_s, 86400);
        row("expires_in a year", tokenBody("\"token\":\"abc\",\"expires_in\":31536000"), u"abc"_s, 86400);
        row("expires_in huge", tokenBody("\"token\":\"abc\",\"expires_in\":1e300"), u"abc"_s, 86400);
        row("expires_in 2^63", tokenBody("\"token\":\"abc\",\"expires_in\":9223372036854775808"), u"abc"_s, 86400);
        row("expires_in string", tokenBody("\"token\":\"abc\",\"expires_in\":\"300\""), u"abc"_s, 60);
        row("expires_in null", tokenBody("\"token\":\"abc\",\"expires_in\":null"), u"abc"_s, 60);
        row("expires_in bool", tokenBody("\"token\":\"abc\",\"expires_in\":true"), u"abc"_s, 60);
        row("expires_in array", tokenBody("\"token\":\"abc\",\"expires_in\":[300]"), u"abc"_s, 60);

        // issued_at: trusted only when it agrees with our clock within a minute.
        row("issued_at 30 s earlier", tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"2024-05-01T11:59:30Z\""),
            u"abc"_s, 270);
        row("issued_at 30 s later", tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"2024-05-01T12:00:30Z\""),
            u"abc"_s, 330);
        row("issued_at with offset",
            tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"2024-05-01T13:59:30+02:00\""), u"abc"_s, 270);
        row("issued_at 2 h behind", tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"2024-05-01T10:00:00Z\""),
            u"abc"_s, 300);
        row("issued_at a year ahead",
            tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"2025-05-01T12:00:00Z\""), u"abc"_s, 300);
        row("issued_at epoch", tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"1970-01-01T00:00:00Z\""),
            u"abc"_s, 300);
        row("issued_at garbage", tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"yesterday\""), u"abc"_s, 300);
        row("issued_at empty", tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"\""), u"abc"_s, 300);
        row("issued_at number", tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":1714564800"), u"abc"_s, 300);
        row("issued_at invalid date", tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"2024-02-30T12:00:00Z\""),
            u"abc"_s, 300);
        row("issued_at huge year",
            tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"999999999-01-01T00:00:00Z\""), u"abc"_s, 300);
    }

    void valid()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(qint64, lifetime);

        const Result<BearerToken> parsed = BearerToken::parse(body, Now);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QVERIFY(!parsed->isNull());
        QCOMPARE(parsed->token(), token);
        QVERIFY(parsed->expires().isValid());
        QCOMPARE(Now.secsTo(parsed->expires()), lifetime);
        QVERIFY(parsed->isValidAt(Now));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("body");

        auto row = [](const char *name, const QByteArray &body) { QTest::newRow(name) << body; };

        // Not a JSON object.
        row("empty", QByteArray());
        row("blank", "  \n"_ba);
        row("html", "<html><body>502 Bad Gateway</body></html>"_ba);
        row("plain token", "abc"_ba);
        row("json string", "\"abc\""_ba);
        row("json null", "null"_ba);
        row("json number", "42"_ba);
        row("array of tokens", "[{\"token\":\"abc\"}]"_ba);
        row("empty array", "[]"_ba);
        row("truncated", "{\"token\":\"ab"_ba);
        row("truncated after token", "{\"token\":\"abc\","_ba);
        row("trailing garbage", "{\"token\":\"abc\"} x"_ba);
        row("two objects", "{\"token\":\"abc\"}{\"token\":\"def\"}"_ba);
        row("NUL byte after object", QByteArray("{\"token\":\"abc\"}\0", 16));
        row("NUL byte inside", QByteArray("{\"token\":\0\"abc\"}", 16));
        row("invalid utf-8", "{\"token\":\"\xff\xfe\"}"_ba);
        row("more than 1 MiB",
            tokenBody("\"token\":\"abc\",\"padding\":\"" + QByteArray(1024 * 1024, 'x') + "\""));

        // No usable token.
        row("empty object", "{}"_ba);
        row("token missing", tokenBody("\"expires_in\":300"));
        row("token empty", tokenBody("\"token\":\"\""));
        row("both empty", tokenBody("\"token\":\"\",\"access_token\":\"\""));
        row("token null", tokenBody("\"token\":null"));
        row("token number", tokenBody("\"token\":42"));
        row("token bool", tokenBody("\"token\":true"));
        row("token array", tokenBody("\"token\":[\"abc\"]"));
        row("token object", tokenBody("\"token\":{\"value\":\"abc\"}"));
        row("access_token number", tokenBody("\"access_token\":42"));
        row("wrong case", tokenBody("\"Token\":\"abc\""));
        row("longer than 64 KiB", tokenBody("\"token\":\"" + QByteArray(64 * 1024 + 1, 'a') + "\""));

        // Characters that cannot go into an Authorization header.
        row("space", tokenBody("\"token\":\"sekrit abc\""));
        row("CRLF header injection", tokenBody("\"token\":\"sekrit\\r\\nX-Evil: 1\""));
        row("LF", tokenBody("\"token\":\"sekrit\\n\""));
        row("tab", tokenBody("\"token\":\"sekrit\\tabc\""));
        row("NUL escape", tokenBody("\"token\":\"sekrit\\u0000abc\""));
        row("DEL", tokenBody("\"token\":\"sekrit\\u007fabc\""));
        row("C1 control", tokenBody("\"token\":\"sekrit\\u0085abc\""));
        row("latin-1", tokenBody("\"token\":\"sekrit\xc3\xa9\""));
        row("emoji", tokenBody("\"token\":\"sekrit\xf0\x9f\x90\xb3\""));
        row("lone surrogate", tokenBody("\"token\":\"sekrit\\ud800\""));
        row("bad token, good access_token", tokenBody("\"token\":\"sekrit abc\",\"access_token\":\"fine\""));
    }

    void invalid()
    {
        QFETCH(QByteArray, body);

        const Result<BearerToken> parsed = BearerToken::parse(body, Now);
        QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->token().left(80) : QString()));
        QCOMPARE(parsed.error().code(), ErrorCode::ParseError);
        QVERIFY(!parsed.error().message().isEmpty());
        QVERIFY(!parsed.error().details().isEmpty());
        // A rejected token is still a secret: it is never echoed.
        QVERIFY(!parsed.error().message().contains(u"sekrit"_s));
        QVERIFY(!parsed.error().details().contains(u"sekrit"_s));
        QVERIFY(parsed.error().details().size() < 200);
    }

    void isValidAt_data()
    {
        QTest::addColumn<qint64>("lifetime");
        QTest::addColumn<qint64>("later"); // seconds after Now
        QTest::addColumn<bool>("valid");

        // Renewed 10 s before the end, so no request leaves with a token about to expire.
        QTest::newRow("fresh") << qint64(300) << qint64(0) << true;
        QTest::newRow("well within") << qint64(300) << qint64(200) << true;
        QTest::newRow("11 s left") << qint64(300) << qint64(289) << true;
        QTest::newRow("10 s left") << qint64(300) << qint64(290) << false;
        QTest::newRow("at expiry") << qint64(300) << qint64(300) << false;
        QTest::newRow("long after") << qint64(300) << qint64(86400) << false;
        QTest::newRow("minimum lifetime") << qint64(60) << qint64(49) << true;
        QTest::newRow("minimum lifetime, margin") << qint64(60) << qint64(50) << false;
        QTest::newRow("clock went back") << qint64(60) << qint64(-3600) << true;
    }

    void isValidAt()
    {
        QFETCH(qint64, lifetime);
        QFETCH(qint64, later);
        QFETCH(bool, valid);

        const QByteArray body = tokenBody("\"token\":\"abc\",\"expires_in\":" + QByteArray::number(lifetime));
        const Result<BearerToken> parsed = BearerToken::parse(body, Now);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->isValidAt(Now.addSecs(later)), valid);
    }

    void nullToken()
    {
        const BearerToken token;
        QVERIFY(token.isNull());
        QVERIFY(!token.isValidAt(Now));
        QVERIFY(!token.expires().isValid());

        // An empty token is never valid, whatever its expiry says.
        const BearerToken empty(QString(), Now.addSecs(3600));
        QVERIFY(empty.isNull());
        QVERIFY(!empty.isValidAt(Now));
    }

    void constructed()
    {
        const BearerToken token(u"abc"_s, Now.addSecs(120));
        QVERIFY(!token.isNull());
        QCOMPARE(token.token(), u"abc"_s);
        QCOMPARE(token.expires(), Now.addSecs(120));
        QVERIFY(token.isValidAt(Now));
        QVERIFY(!token.isValidAt(Now.addSecs(115)));
    }

    // `now` in another time zone or as local time describes the same instant.
    void timeZones()
    {
        const QByteArray body = tokenBody("\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"2024-05-01T11:59:30Z\"");
        const QDateTime inZurich = Now.toTimeZone(QTimeZone(2 * 3600));
        const Result<BearerToken> parsed = BearerToken::parse(body, inZurich);
        QVERIFY(parsed.ok());
        QCOMPARE(Now.secsTo(parsed->expires()), qint64(270));
        const Result<BearerToken> local = BearerToken::parse(body, Now.toLocalTime());
        QVERIFY(local.ok());
        QCOMPARE(Now.secsTo(local->expires()), qint64(270));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestBearerToken)
#include "tst_bearertoken.moc"
