// SPDX-License-Identifier: Apache-2.0
#include "engine/HttpResponseParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

enum class Outcome { Complete, Incomplete, Failed };

struct Parsed
{
    Outcome outcome = Outcome::Incomplete;
    ErrorCode code = ErrorCode::None;
    QString details;
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    bool upgraded = false;
};

// Feeds the pieces in order, collecting the body as it comes, then (optionally) reports EOF.
Parsed run(const QByteArrayList &pieces, bool closeAtEnd, bool noBody = false)
{
    HttpResponseParser parser;
    parser.setExpectNoBody(noBody);
    Parsed result;
    bool ok = true;
    for (const QByteArray &piece : pieces) {
        ok = parser.feed(piece);
        result.body += parser.takeBody();
        if (!ok)
            break;
    }
    if (ok && closeAtEnd) {
        ok = parser.finish();
        result.body += parser.takeBody();
    }
    if (!ok) {
        result.outcome = Outcome::Failed;
        result.code = parser.error().code();
        result.details = parser.error().details();
        if (parser.error().message().isEmpty())
            result.details = u"EMPTY MESSAGE"_s;
    } else {
        result.outcome = parser.messageComplete() ? Outcome::Complete : Outcome::Incomplete;
    }
    result.status = parser.statusCode();
    result.headers = parser.headers();
    result.upgraded = parser.isUpgraded();
    return result;
}

QByteArrayList bytewise(const QByteArray &data)
{
    QByteArrayList out;
    for (qsizetype i = 0; i < data.size(); ++i)
        out.append(data.mid(i, 1));
    return out;
}

} // namespace

class tst_HttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void takeBodyIsIncremental();
    void failedStaysFailed();
    void headResponseHasNoBody();
    void upgradeKeepsRawBytes();
    void errorDetailsNameTheParserError_data();
    void errorDetailsNameTheParserError();
    void headersWithNoEnd();
    void randomGarbageNeverCrashes();
    void httpHeaderValueIsCaseInsensitive();
};

void tst_HttpResponseParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("closeAtEnd");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");

    const int complete = int(Outcome::Complete);
    const int incomplete = int(Outcome::Incomplete);
    const int failed = int(Outcome::Failed);
    const int none = int(ErrorCode::None);
    const int protocol = int(ErrorCode::ProtocolError);
    const int truncated = int(ErrorCode::TruncatedReply);

    QTest::newRow("content-length")
        << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]"_ba
        << false << complete << none << 200 << "[]"_ba
        << "content-type"_ba
        << "application/json"_ba;
    QTest::newRow("content-length, closed at end")
        << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]"_ba << true << complete << none << 200
        << "[]"_ba << QByteArray() << QByteArray();
    QTest::newRow("chunked")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"_ba
        << false << complete << none << 200 << "hello world"_ba
        << "Transfer-Encoding"_ba
        << "chunked"_ba;
    QTest::newRow("chunked, extensions and trailers")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n"_ba
        << false << complete << none << 200 << "abc0123456789"_ba
        << "X-Trailer"_ba << QByteArray();
    QTest::newRow("chunked, upper-case hex")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nF\r\n0123456789abcde\r\n0\r\n\r\n"_ba
        << false << complete << none << 200 << "0123456789abcde"_ba << QByteArray() << QByteArray();
    QTest::newRow("close-delimited, completed by close")
        << "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it"_ba << true << complete
        << none << 200 << "all of it"_ba << QByteArray() << QByteArray();
    QTest::newRow("close-delimited, still open")
        << "HTTP/1.1 200 OK\r\n\r\nsome"_ba << false << incomplete << none << 200 << "some"_ba
        << QByteArray() << QByteArray();
    QTest::newRow("HTTP/1.0 close-delimited")
        << "HTTP/1.0 200 OK\r\n\r\nold"_ba << true << complete << none << 200 << "old"_ba
        << QByteArray() << QByteArray();
    QTest::newRow("204 has no body") << "HTTP/1.1 204 No Content\r\n\r\n"_ba << false << complete
                                     << none << 204 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("304 has no body") << "HTTP/1.1 304 Not Modified\r\n\r\n"_ba << false << complete
                                     << none << 304 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("100 Continue before the reply")
        << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nx"_ba
        << false << complete << none << 201 << "x"_ba << QByteArray() << QByteArray();
    QTest::newRow("error status with JSON body")
        << "HTTP/1.1 404 Not Found\r\nContent-Length: 27\r\n\r\n{\"message\":\"No such image\"}"_ba
        << false << complete << none << 404 << "{\"message\":\"No such image\"}"_ba << QByteArray()
        << QByteArray();
    QTest::newRow("LF-only line ends")
        << "HTTP/1.1 200 OK\nContent-Length: 2\n\nok"_ba << false << complete << none << 200
        << "ok"_ba << QByteArray() << QByteArray();
    QTest::newRow("header value whitespace trimmed")
        << "HTTP/1.1 200 OK\r\nApi-Version:    1.41   \r\nContent-Length: 0\r\n\r\n"_ba << false
        << complete << none << 200 << QByteArray() << "api-version"_ba
        << "1.41"_ba;
    QTest::newRow("duplicate header, first wins")
        << "HTTP/1.1 200 OK\r\nX-A: one\r\nX-A: two\r\nContent-Length: 0\r\n\r\n"_ba << false
        << complete << none << 200 << QByteArray() << "x-a"_ba
        << "one"_ba;
    QTest::newRow("embedded NULs in the body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\na\0b\0c", 43) << false
        << complete << none << 200 << QByteArray("a\0b\0c", 5) << QByteArray() << QByteArray();
    QTest::newRow("bytes after the message are ignored")
        << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 500 Oops\r\nContent-Length: 3\r\n\r\nbad"_ba
        << false << complete << none << 200 << "ok"_ba << QByteArray() << QByteArray();
    QTest::newRow("garbage after the message is ignored")
        << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok\x01\x02\xff garbage"_ba << true
        << complete << none << 200 << "ok"_ba << QByteArray() << QByteArray();

    // Hostile and broken input.
    QTest::newRow("nothing at all, closed") << QByteArray() << true << failed << truncated << 0
                                            << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("garbage") << "hello, world\r\n\r\n"_ba << false << failed << protocol << 0
                             << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("binary garbage")
        << "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"_ba << false << failed << protocol << 0
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("a request, not a response")
        << "GET / HTTP/1.1\r\nHost: x\r\n\r\n"_ba << false << failed << protocol << 0
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("invalid status code")
        << "HTTP/1.1 2x0 OK\r\n\r\n"_ba << false << failed << protocol << 0 << QByteArray()
        << QByteArray() << QByteArray();
    QTest::newRow("invalid version") << "HTTP/x.1 200 OK\r\n\r\n"_ba << false << failed << protocol
                                     << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("status line without code")
        << "HTTP/1.1 \r\n\r\n"_ba << false << failed << protocol << 0 << QByteArray()
        << QByteArray() << QByteArray();
    QTest::newRow("NUL in the status line") << QByteArray("HTTP/1.1 2\0"
                                                          "0 OK\r\n\r\n",
        19) << false << failed << protocol << 0
                                            << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("NUL in a header value")
        << QByteArray("HTTP/1.1 200 OK\r\nX-A: a\0b\r\nContent-Length: 0\r\n\r\n", 47) << false
        << failed << protocol << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("NUL in a header name")
        << QByteArray("HTTP/1.1 200 OK\r\nX\0A: ab\r\nContent-Length: 0\r\n\r\n", 46) << false
        << failed << protocol << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("control character in a header name")
        << "HTTP/1.1 200 OK\r\nX\x01A: b\r\n\r\n"_ba << false << failed << protocol << 0
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("chunk size not hex")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"_ba
        << false << failed << protocol << 200 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("chunk size negative")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n"_ba
        << false << failed << protocol << 200 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("chunk size overflows 64 bits")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffffff\r\nx"_ba
        << false << failed << protocol << 200 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("huge chunk, then the peer closes")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\nabc"_ba << true
        << failed << truncated << 200 << "abc"_ba << QByteArray() << QByteArray();
    // http-parser does not insist on the CRLF after chunk data ("ef" reads as the next
    // size); what matters is that such a reply never completes.
    QTest::newRow("chunk longer than announced")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcdef\r\n0\r\n\r\n"_ba
        << true << failed << truncated << 200 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("chunked body cut, closed")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"_ba << true << failed
        << truncated << 200 << "hel"_ba << QByteArray() << QByteArray();
    QTest::newRow("chunked body without the last chunk, closed")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"_ba << true
        << failed << truncated << 200 << "hello"_ba << QByteArray() << QByteArray();
    QTest::newRow("content-length not a number")
        << "HTTP/1.1 200 OK\r\nContent-Length: 12a\r\n\r\n"_ba << false << failed << protocol << 0
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("content-length negative")
        << "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"_ba << false << failed << protocol << 0
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("content-length overflows")
        << "HTTP/1.1 200 OK\r\nContent-Length: 999999999999999999999999\r\n\r\n"_ba << false
        << failed << protocol << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("two different content-lengths")
        << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc"_ba << false
        << failed << protocol << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("content-length and chunked")
        << "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"_ba
        << false << failed << protocol << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("body cut, closed")
        << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n[{\"Id\""_ba << true << failed << truncated
        << 200 << "[{\"Id\""_ba << QByteArray() << QByteArray();
    QTest::newRow("body cut, still open")
        << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"_ba << false << incomplete << none
        << 200 << "abc"_ba << QByteArray() << QByteArray();
    QTest::newRow("headers cut, closed")
        << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n"_ba << true << failed << truncated << 0
        << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("status line cut, closed") << "HTTP/1.1 20"_ba << true << failed << truncated << 0
                                             << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("headers with no end, still open")
        << "HTTP/1.1 200 OK\r\nX-A: b\r\nX-B: c\r\n"_ba << false << incomplete << none << 0
        << QByteArray() << QByteArray() << QByteArray();
}

void tst_HttpResponseParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, closeAtEnd);
    QFETCH(int, outcome);
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);

    auto check = [&](const Parsed &parsed, const char *how) {
        const QString where = QString::fromLatin1(how);
        QVERIFY2(int(parsed.outcome) == outcome, qPrintable(where));
        QVERIFY2(int(parsed.code) == code, qPrintable(where + u": "_s + parsed.details));
        if (outcome != int(Outcome::Failed) || status != 0)
            QVERIFY2(parsed.status == status, qPrintable(where));
        if (outcome != int(Outcome::Failed) || !body.isEmpty())
            QVERIFY2(parsed.body == body,
                qPrintable(
                    where + u": body "_s + QString::fromLatin1(parsed.body.toPercentEncoding())));
        if (!headerName.isEmpty())
            QVERIFY2(httpHeaderValue(parsed.headers, headerName) == headerValue, qPrintable(where));
        if (parsed.outcome == Outcome::Failed)
            QVERIFY2(!parsed.details.isEmpty(), qPrintable(where));
    };

    check(run({ input }, closeAtEnd), "whole");
    if (QTest::currentTestFailed())
        return;
    check(run(bytewise(input), closeAtEnd), "byte by byte");
    if (QTest::currentTestFailed())
        return;
    // Split in two at every byte boundary: a read can end anywhere.
    for (qsizetype i = 0; i <= input.size(); ++i) {
        check(
            run({ input.left(i), input.mid(i) }, closeAtEnd), qPrintable(u"split at %1"_s.arg(i)));
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_HttpResponseParser::takeBodyIsIncremental()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"_ba));
    QVERIFY(parser.headersComplete());
    QVERIFY(!parser.messageComplete());
    QCOMPARE(parser.statusCode(), 200);
    QCOMPARE(parser.takeBody(), QByteArray());
    QVERIFY(parser.feed("6\r\n{\"a\":1\r\n"_ba));
    QCOMPARE(parser.takeBody(), "{\"a\":1"_ba);
    QCOMPARE(parser.takeBody(), QByteArray());
    QVERIFY(parser.feed("2\r\n}\n\r\n"_ba));
    QCOMPARE(parser.takeBody(), "}\n"_ba);
    QVERIFY(!parser.messageComplete());
    QVERIFY(parser.feed("0\r\n\r\n"_ba));
    QVERIFY(parser.messageComplete());
    QVERIFY(parser.finish());
}

void tst_HttpResponseParser::failedStaysFailed()
{
    HttpResponseParser parser;
    QVERIFY(!parser.feed("NOT HTTP\r\n"_ba));
    QVERIFY(parser.failed());
    const Error first = parser.error();
    QCOMPARE(first.code(), ErrorCode::ProtocolError);
    QVERIFY(!parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"_ba));
    QVERIFY(!parser.finish());
    QCOMPARE(parser.error(), first);
    QVERIFY(!parser.headersComplete());
    QCOMPARE(parser.statusCode(), 0);
}

void tst_HttpResponseParser::headResponseHasNoBody()
{
    const Parsed parsed = run({ "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"_ba }, false, true);
    QCOMPARE(parsed.outcome, Outcome::Complete);
    QCOMPARE(parsed.status, 200);
    QVERIFY(parsed.body.isEmpty());
}

void tst_HttpResponseParser::upgradeKeepsRawBytes()
{
    const QByteArray head
        = "HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
          "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n"_ba;
    HttpResponseParser parser;
    QVERIFY(parser.feed(head + "\x01\x00\x00\x00\x00\x00\x00\x03hi\n"_ba));
    QVERIFY(parser.isUpgraded());
    QVERIFY(parser.messageComplete());
    QCOMPARE(parser.statusCode(), 101);
    QCOMPARE(parser.takeBody(), "\x01\x00\x00\x00\x00\x00\x00\x03hi\n"_ba);
    QVERIFY(parser.feed("HTTP/1.1 looks like HTTP but is raw"_ba));
    QCOMPARE(parser.takeBody(), "HTTP/1.1 looks like HTTP but is raw"_ba);
    QVERIFY(parser.finish());

    // A 101 without the Upgrade headers is just a reply without a body.
    const Parsed plain = run({ "HTTP/1.1 101 Switching Protocols\r\n\r\nraw"_ba }, false);
    QCOMPARE(plain.outcome, Outcome::Complete);
    QVERIFY(!plain.upgraded);
}

void tst_HttpResponseParser::errorDetailsNameTheParserError_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("description");
    QTest::newRow("status") << "HTTP/1.1 2x0 OK\r\n\r\n"_ba << u"invalid HTTP status code"_s;
    QTest::newRow("chunk size") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba
                                << u"invalid character in chunk size header"_s;
    QTest::newRow("header token") << "HTTP/1.1 200 OK\r\nX\"A: b\r\n\r\n"_ba
                                  << u"invalid character in header"_s;
    QTest::newRow("content-length") << "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"_ba
                                    << u"invalid character in content-length header"_s;
}

void tst_HttpResponseParser::errorDetailsNameTheParserError()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, description);
    HttpResponseParser parser;
    QVERIFY(!parser.feed(input));
    QCOMPARE(parser.error().code(), ErrorCode::ProtocolError);
    QVERIFY2(parser.error().details().contains(description), qPrintable(parser.error().details()));
    QVERIFY(!parser.error().message().isEmpty());
}

void tst_HttpResponseParser::headersWithNoEnd()
{
    // An endless header section must fail, not grow without bound.
    QByteArray input = "HTTP/1.1 200 OK\r\n"_ba;
    while (input.size() < 200 * 1024)
        input
            += "X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"_ba;
    Parsed whole = run({ input }, false);
    QCOMPARE(whole.outcome, Outcome::Failed);
    QCOMPARE(whole.code, ErrorCode::ProtocolError);
    QVERIFY2(whole.details.contains(u"too many header bytes"_s), qPrintable(whole.details));
    Parsed pieces = run(bytewise(input), false);
    QCOMPARE(pieces.outcome, Outcome::Failed);

    // One endless header line, too.
    const Parsed line = run({ "HTTP/1.1 200 OK\r\nX-A: "_ba + QByteArray(200 * 1024, 'a') }, false);
    QCOMPARE(line.outcome, Outcome::Failed);
}

void tst_HttpResponseParser::randomGarbageNeverCrashes()
{
    QRandomGenerator random(20240601);
    const QByteArray valid
        = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
          "5\r\nhello\r\n0\r\n\r\n"_ba;
    for (int round = 0; round < 3000; ++round) {
        QByteArray data;
        if (round % 2 == 0) {
            data.resize(random.bounded(1, 512));
            for (char &c : data)
                c = char(random.bounded(256));
        } else {
            // Mutations of a valid reply reach deeper into the parser than pure noise.
            data = valid;
            const int flips = random.bounded(1, 6);
            for (int i = 0; i < flips; ++i)
                data[random.bounded(data.size())] = char(random.bounded(256));
        }
        HttpResponseParser parser;
        qsizetype offset = 0;
        while (offset < data.size()) {
            const qsizetype length = random.bounded(1, 64);
            parser.feed(data.mid(offset, length));
            parser.takeBody();
            offset += length;
        }
        const bool finished = parser.finish();
        QVERIFY(finished || parser.failed());
        QVERIFY(finished != parser.failed());
    }
}

void tst_HttpResponseParser::httpHeaderValueIsCaseInsensitive()
{
    const HttpHeaders headers { { "Content-Type"_ba, "text/plain"_ba },
        { "API-Version"_ba, "1.41"_ba } };
    QCOMPARE(httpHeaderValue(headers, "content-type"_ba), "text/plain"_ba);
    QCOMPARE(httpHeaderValue(headers, "Api-Version"_ba), "1.41"_ba);
    QCOMPARE(httpHeaderValue(headers, "Missing"_ba), QByteArray());
}

} // namespace Wharf::Test

QTEST_APPLESS_MAIN(Wharf::Test::tst_HttpResponseParser)
#include "tst_httpresponseparser.moc"
