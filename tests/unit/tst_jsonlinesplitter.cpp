// SPDX-License-Identifier: Apache-2.0
#include "base/JsonLineSplitter.h"

#include "EngineFixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

struct Split
{
    QByteArrayList lines;
    QByteArray remainder;
};

Split run(const QByteArrayList &chunks)
{
    JsonLineSplitter splitter;
    Split result;
    for (const QByteArray &chunk : chunks)
        result.lines += splitter.feed(chunk);
    result.remainder = splitter.takeRemainder();
    return result;
}

QByteArrayList bytewise(const QByteArray &data)
{
    QByteArrayList out;
    for (char c : data)
        out.append(QByteArray(1, c));
    return out;
}

} // namespace

class TestJsonLineSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QByteArray>("remainder");

        const QByteArrayList none;
        QTest::newRow("nothing") << QByteArrayList{} << none << QByteArray();
        QTest::newRow("empty chunk") << QByteArrayList{""_ba} << none << QByteArray();
        QTest::newRow("LF") << QByteArrayList{"{\"a\":1}\n"_ba} << QByteArrayList{"{\"a\":1}"_ba} << QByteArray();
        QTest::newRow("CRLF") << QByteArrayList{"a\r\nb\r\n"_ba} << QByteArrayList{"a"_ba, "b"_ba} << QByteArray();
        QTest::newRow("CR") << QByteArrayList{"a\rb\r"_ba} << QByteArrayList{"a"_ba, "b"_ba} << QByteArray();
        QTest::newRow("mixed") << QByteArrayList{"a\nb\r\nc\rd\n"_ba}
                               << QByteArrayList{"a"_ba, "b"_ba, "c"_ba, "d"_ba} << QByteArray();
        QTest::newRow("several lines in one read") << QByteArrayList{"1\n2\n3\n"_ba}
                                                   << QByteArrayList{"1"_ba, "2"_ba, "3"_ba} << QByteArray();
        QTest::newRow("one line over three reads") << QByteArrayList{"{\"st"_ba, "atus\":"_ba, "1}\n"_ba}
                                                   << QByteArrayList{"{\"status\":1}"_ba} << QByteArray();
        QTest::newRow("CRLF split across reads") << QByteArrayList{"a\r"_ba, "\nb\n"_ba}
                                                 << QByteArrayList{"a"_ba, "b"_ba} << QByteArray();
        QTest::newRow("CRLF split, empty read between") << QByteArrayList{"a\r"_ba, ""_ba, "\nb\n"_ba}
                                                        << QByteArrayList{"a"_ba, "b"_ba} << QByteArray();
        QTest::newRow("CRLF split, LF alone") << QByteArrayList{"a\r"_ba, "\n"_ba, "b\r"_ba, "\n"_ba}
                                              << QByteArrayList{"a"_ba, "b"_ba} << QByteArray();
        QTest::newRow("CR then text in next read") << QByteArrayList{"a\r"_ba, "b\n"_ba}
                                                   << QByteArrayList{"a"_ba, "b"_ba} << QByteArray();
        QTest::newRow("CR then LF LF") << QByteArrayList{"a\r"_ba, "\n\nb"_ba}
                                       << QByteArrayList{"a"_ba} << "b"_ba;
        QTest::newRow("empty lines skipped") << QByteArrayList{"\n\n\r\n\r\r\n"_ba} << none << QByteArray();
        QTest::newRow("no final newline") << QByteArrayList{"a\nbc"_ba} << QByteArrayList{"a"_ba} << "bc"_ba;
        QTest::newRow("only tail") << QByteArrayList{"{\"status\":"_ba} << none << "{\"status\":"_ba;
        QTest::newRow("tail grows over reads") << QByteArrayList{"ab"_ba, "cd"_ba} << none << "abcd"_ba;
        QTest::newRow("embedded NUL") << QByteArrayList{QByteArray("a\0b\n", 4)}
                                      << QByteArrayList{QByteArray("a\0b", 3)} << QByteArray();
        QTest::newRow("invalid UTF-8 passes through") << QByteArrayList{"\xff\xfe\n\xc0"_ba}
                                                      << QByteArrayList{"\xff\xfe"_ba} << "\xc0"_ba;
        QTest::newRow("spaces are content") << QByteArrayList{"  \n"_ba} << QByteArrayList{"  "_ba} << QByteArray();
        QTest::newRow("bytewise CRLF") << bytewise("x\r\ny\r\n"_ba) << QByteArrayList{"x"_ba, "y"_ba}
                                       << QByteArray();
        QTest::newRow("bytewise CR") << bytewise("x\ry\rz"_ba) << QByteArrayList{"x"_ba, "y"_ba} << "z"_ba;
    }

    void splits()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(QByteArrayList, lines);
        QFETCH(QByteArray, remainder);
        const Split result = run(chunks);
        QCOMPARE(result.lines, lines);
        QCOMPARE(result.remainder, remainder);
    }

    // A captured pull stream, with each terminator style, cut at every position into two
    // reads (and fed byte by byte) gives the same lines as in one read.
    void everySplitPointGivesTheSameLines_data()
    {
        QTest::addColumn<QByteArray>("terminator");
        QTest::newRow("LF") << "\n"_ba;
        QTest::newRow("CRLF") << "\r\n"_ba;
        QTest::newRow("CR") << "\r"_ba;
    }

    void everySplitPointGivesTheSameLines()
    {
        QFETCH(QByteArray, terminator);
        const QByteArrayList expected = readEngineFixtureLines(u"docker"_s, u"pull.jsonl"_s);
        QVERIFY(expected.size() > 10);
        const QByteArray stream = expected.join(terminator) + terminator;
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            const Split result = run({stream.left(cut), stream.mid(cut)});
            QVERIFY2(result.lines == expected, qPrintable(u"cut at %1"_s.arg(cut)));
            QVERIFY(result.remainder.isEmpty());
        }
        const Split result = run(bytewise(stream));
        QCOMPARE(result.lines, expected);
    }

    // The streams as the engines sent them: Docker's with CRLF, Podman's with LF.
    void capturedStreams_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("docker pull, CRLF") << u"docker"_s << u"pull.jsonl"_s << 22;
        QTest::newRow("docker events") << u"docker"_s << u"events.jsonl"_s << 61;
        QTest::newRow("podman pull, LF") << u"podman"_s << u"pull.jsonl"_s << 9;
    }

    void capturedStreams()
    {
        QFETCH(QString, engine);
        QFETCH(QString, file);
        QFETCH(int, count);
        const QByteArray raw = readEngineFixture(engine, file);
        QVERIFY(!raw.isEmpty());
        const Split result = run({raw});
        QCOMPARE(result.lines.size(), count);
        QCOMPARE(result.lines, readEngineFixtureLines(engine, file));
        QVERIFY(result.remainder.isEmpty());
        for (const QByteArray &line : result.lines)
            QVERIFY(line.startsWith('{') && line.endsWith('}'));
    }

    void remainderIsTakenOnce()
    {
        JsonLineSplitter splitter;
        QVERIFY(!splitter.hasRemainder());
        QCOMPARE(splitter.feed("a\nb"_ba), QByteArrayList{"a"_ba});
        QVERIFY(splitter.hasRemainder());
        QCOMPARE(splitter.takeRemainder(), "b"_ba);
        QVERIFY(!splitter.hasRemainder());
        QCOMPARE(splitter.takeRemainder(), QByteArray());
    }

    // takeRemainder() ends a stream: a pending CR must not swallow the next stream's LF-led
    // data (it would be an empty line anyway, but the state must be clean).
    void takeRemainderResetsState()
    {
        JsonLineSplitter splitter;
        QCOMPARE(splitter.feed("a\r"_ba), QByteArrayList{"a"_ba});
        QCOMPARE(splitter.takeRemainder(), QByteArray());
        QCOMPARE(splitter.feed("\nb\n"_ba), QByteArrayList{"b"_ba});
    }

    void overlongLinesAreDropped_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<int>("dropped");

        const QByteArray longLine(25, 'x');
        QTest::newRow("in one read") << QByteArrayList{"short\n"_ba + longLine + "\nok\n"_ba}
                                     << QByteArrayList{"short"_ba, "ok"_ba} << 1;
        QTest::newRow("over reads") << QByteArrayList{"xxxxxxxx"_ba, "xxxxxxxx"_ba, "xxxxxxxx\r\nok\n"_ba}
                                    << QByteArrayList{"ok"_ba} << 1;
        QTest::newRow("exactly the limit") << QByteArrayList{QByteArray(10, 'y') + "\n"_ba}
                                           << QByteArrayList{QByteArray(10, 'y')} << 0;
        QTest::newRow("limit reached by tail") << QByteArrayList{"yyyyy"_ba, "yyyyy"_ba, "\n"_ba}
                                               << QByteArrayList{QByteArray(10, 'y')} << 0;
        QTest::newRow("two long lines") << QByteArrayList{longLine + "\n"_ba + longLine + "\nz\n"_ba}
                                        << QByteArrayList{"z"_ba} << 2;
    }

    void overlongLinesAreDropped()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(QByteArrayList, lines);
        QFETCH(int, dropped);
        JsonLineSplitter splitter;
        splitter.setMaxLineLength(10);
        QCOMPARE(splitter.maxLineLength(), 10);
        QByteArrayList got;
        for (const QByteArray &chunk : chunks)
            got += splitter.feed(chunk);
        QCOMPARE(got, lines);
        QCOMPARE(splitter.droppedLines(), dropped);
        QVERIFY(!splitter.hasRemainder());
    }

    void manyLinesInOneRead()
    {
        QByteArray data;
        for (int i = 0; i < 100000; ++i)
            data += "{\"status\":\"Downloading\",\"id\":\""_ba + QByteArray::number(i) + "\"}\r\n"_ba;
        JsonLineSplitter splitter;
        const QByteArrayList lines = splitter.feed(data);
        QCOMPARE(lines.size(), 100000);
        QCOMPARE(lines.last(), "{\"status\":\"Downloading\",\"id\":\"99999\"}"_ba);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestJsonLineSplitter)
#include "tst_jsonlinesplitter.moc"
