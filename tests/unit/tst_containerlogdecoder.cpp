// SPDX-License-Identifier: Apache-2.0
#include "engine/ContainerLogDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

using Framing = ContainerLogDecoder::Framing;
using Chunk = ContainerLogDecoder::Chunk;
using Stream = ContainerLogDecoder::Stream;

QByteArray frame(int type, const QByteArray &payload)
{
    QByteArray out(8, '\0');
    out[0] = char(type);
    const auto size = quint32(payload.size());
    out[4] = char((size >> 24) & 0xff);
    out[5] = char((size >> 16) & 0xff);
    out[6] = char((size >> 8) & 0xff);
    out[7] = char(size & 0xff);
    return out + payload;
}

QByteArray header(int type, quint32 size)
{
    QByteArray out = frame(type, {});
    out[4] = char((size >> 24) & 0xff);
    out[5] = char((size >> 16) & 0xff);
    out[6] = char((size >> 8) & 0xff);
    out[7] = char(size & 0xff);
    return out;
}

// "O:text|E:text|S:text": what came out, adjacent chunks of one stream merged (where the
// input was split must not matter).
QString render(const QList<Chunk> &chunks)
{
    QList<Chunk> merged;
    for (const Chunk &chunk : chunks) {
        if (!merged.isEmpty() && merged.last().stream == chunk.stream)
            merged.last().data += chunk.data;
        else if (!chunk.data.isEmpty())
            merged.append(chunk);
    }
    QStringList parts;
    for (const Chunk &chunk : merged) {
        const QChar tag = chunk.stream == Stream::Stdout ? u'O'
            : chunk.stream == Stream::Stderr             ? u'E'
                                                         : u'S';
        QString text = QString::fromLatin1(chunk.data);
        text.replace(QChar(u'\0'), u"\\0"_s);
        parts.append(tag + u":"_s + text);
    }
    return parts.join(u'|');
}

struct Outcome
{
    QString output;
    bool error = false;
    bool truncated = false;
    Framing framing = Framing::Auto;
};

Outcome decodePieces(Framing framing, const QList<QByteArray> &pieces)
{
    ContainerLogDecoder decoder(framing);
    QList<Chunk> chunks;
    for (const QByteArray &piece : pieces)
        chunks += decoder.feed(piece);
    chunks += decoder.finish();
    return { render(chunks), decoder.hasError(), decoder.isTruncated(), decoder.framing() };
}

} // namespace

class TestContainerLogDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<int>("framing");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("error");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<int>("decided");

        const int autoF = int(Framing::Auto);
        const int mux = int(Framing::Multiplexed);
        const int raw = int(Framing::Raw);

        QTest::newRow("empty") << autoF << QByteArray() << QString() << false << false << raw;
        QTest::newRow("one stdout frame")
            << autoF << frame(1, "hello\n") << u"O:hello\n"_s << false << false << mux;
        QTest::newRow("stdout then stderr")
            << autoF << frame(1, "out 1\n") + frame(2, "err 1\n") + frame(1, "out 2\n")
            << u"O:out 1\n|E:err 1\n|O:out 2\n"_s << false << false << mux;
        QTest::newRow("stdin shown as stdout")
            << mux << frame(0, "typed") << u"O:typed"_s << false << false << mux;
        QTest::newRow("engine error stream")
            << autoF << frame(1, "a") + frame(3, "log driver failed")
            << u"O:a|S:log driver failed"_s << false << false << mux;
        QTest::newRow("empty frames") << autoF << frame(1, {}) + frame(2, {}) + frame(1, "x")
                                      << u"O:x"_s << false << false << mux;
        QTest::newRow("embedded NULs") << autoF << frame(1, QByteArray("a\0b\0", 4))
                                       << u"O:a\\0b\\0"_s << false << false << mux;
        QTest::newRow("tty text") << autoF << "tline 1\r\ntline 2\r\n"_ba
                                  << u"O:tline 1\r\ntline 2\r\n"_s << false << false << raw;
        QTest::newRow("tty shorter than a header")
            << autoF << "hi"_ba << u"O:hi"_s << false << false << raw;
        QTest::newRow("tty starting like a stream type") << autoF
                                                         << "\x01"
                                                            "abc and more"_ba
                                                         << u"O:\x01"
                                                            "abc and more"_s
                                                         << false << false << raw;
        QTest::newRow("tty with NULs later") << autoF << QByteArray("xy\0\0\0\0z", 7)
                                             << u"O:xy\\0\\0\\0\\0z"_s << false << false << raw;
        QTest::newRow("raw forced on frames") << raw << frame(1, "ab")
                                              << u"O:\x01\\0\\0\\0\\0\\0\\0\x02"
                                                 "ab"_s
                                              << false << false << raw;
        QTest::newRow("unknown stream type")
            << mux << frame(1, "good\n") + frame(7, "bad") + frame(1, "never") << u"O:good\n"_s
            << true << false << mux;
        QTest::newRow("unknown stream type first, auto: raw")
            << autoF << frame(9, "x") << u"O:\t\\0\\0\\0\\0\\0\\0\x01x"_s << false << false << raw;
        QTest::newRow("non-zero padding")
            << autoF << frame(2, "e") + "\x01\x00\x05\x00\x00\x00\x00\x01z"_ba << u"E:e"_s << true
            << false << mux;
        QTest::newRow("truncated header")
            << autoF << frame(1, "ok") + "\x02\x00\x00"_ba << u"O:ok"_s << false << true << mux;
        QTest::newRow("truncated payload")
            << autoF << header(1, 10) + "12345"_ba << u"O:12345"_s << false << true << mux;
        QTest::newRow("huge declared size") << autoF << header(2, 0xffffffffu) + "only this"_ba
                                            << u"E:only this"_s << false << true << mux;
        QTest::newRow("size larger than int")
            << mux << header(1, 0x80000001u) + "x"_ba << u"O:x"_s << false << true << mux;
        QTest::newRow("only a header")
            << autoF << header(1, 0) << QString() << false << false << mux;
        QTest::newRow("garbage") << mux << "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8 trailing"_ba
                                 << QString() << true << false << mux;
    }

    void decode()
    {
        QFETCH(int, framing);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QFETCH(bool, error);
        QFETCH(bool, truncated);
        QFETCH(int, decided);

        // Whole, byte by byte, and split in two at every position: the same result.
        QList<QList<QByteArray>> splits;
        splits.append({ input });
        QList<QByteArray> bytes;
        for (qsizetype i = 0; i < input.size(); ++i)
            bytes.append(input.mid(i, 1));
        if (!bytes.isEmpty())
            splits.append(bytes);
        for (qsizetype at = 1; at < input.size(); ++at)
            splits.append({ input.left(at), input.mid(at) });
        for (const QList<QByteArray> &pieces : std::as_const(splits)) {
            const Outcome outcome = decodePieces(Framing(framing), pieces);
            const QByteArray where = QByteArray("split into " + QByteArray::number(pieces.size())
                + " pieces, first " + QByteArray::number(pieces.constFirst().size()));
            QVERIFY2(outcome.output == expected,
                QByteArray(where + ": " + outcome.output.toLatin1()).constData());
            QVERIFY2(outcome.error == error, where.constData());
            QVERIFY2(outcome.truncated == truncated, where.constData());
            QVERIFY2(int(outcome.framing) == decided, where.constData());
        }
    }

    void errorSaysWhat()
    {
        ContainerLogDecoder decoder(Framing::Multiplexed);
        QVERIFY(decoder.feed(frame(5, "x")).isEmpty());
        QVERIFY(decoder.hasError());
        QCOMPARE(decoder.error().code(), ErrorCode::ProtocolError);
        QVERIFY(decoder.error().details().contains(u"05 00 00 00"_s));
        // Nothing more comes out, whatever follows.
        QVERIFY(decoder.feed(frame(1, "later")).isEmpty());
        QVERIFY(decoder.finish().isEmpty());
    }

    // A frame that announces 4 GiB is passed on as it arrives: what is held stays small.
    void hugeFrameStreamsThrough()
    {
        ContainerLogDecoder decoder;
        QList<Chunk> first = decoder.feed(header(1, 0xffffffffu));
        QVERIFY(first.isEmpty());
        const QByteArray block(64 * 1024, 'x');
        qsizetype total = 0;
        for (int i = 0; i < 64; ++i) {
            const QList<Chunk> chunks = decoder.feed(block);
            QCOMPARE(chunks.size(), 1);
            QCOMPARE(chunks.first().data.size(), block.size());
            total += chunks.first().data.size();
        }
        QCOMPARE(total, qsizetype(64) * block.size());
        QVERIFY(!decoder.hasError());
        QVERIFY(decoder.finish().isEmpty());
        QVERIFY(decoder.isTruncated());
    }

    void chunksOfOneFeedAreMerged()
    {
        ContainerLogDecoder decoder;
        const QList<Chunk> chunks = decoder.feed(
            QByteArray(frame(1, "a") + frame(1, "b") + frame(2, "c") + frame(2, "d")));
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(chunks.at(0), (Chunk { Stream::Stdout, "ab"_ba }));
        QCOMPARE(chunks.at(1), (Chunk { Stream::Stderr, "cd"_ba }));
    }

    void contentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("multiplexed")
            << "application/vnd.docker.multiplexed-stream"_ba << frame(2, "e") << u"E:e"_s;
        // A raw stream is raw even when it looks like a frame.
        QTest::newRow("raw") << "application/vnd.docker.raw-stream"_ba << frame(2, "e")
                             << u"O:\x02\\0\\0\\0\\0\\0\\0\x01"
                                "e"_s;
        QTest::newRow("with parameters") << "Application/Vnd.Docker.Raw-Stream; charset=utf-8"_ba
                                         << "\x01\0\0\0"_ba << u"O:\x01\\0\\0\\0"_s;
        // Podman's types say nothing: the bytes decide.
        QTest::newRow("octet-stream") << "application/octet-stream"_ba << frame(1, "o") << u"O:o"_s;
        QTest::newRow("text/plain") << "text/plain; charset=utf-8"_ba
                                    << "plain"_ba << u"O:plain"_s;
        QTest::newRow("garbage") << "\xff\x00;;"_ba << frame(1, "o") << u"O:o"_s;
    }

    void contentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        ContainerLogDecoder decoder;
        decoder.setContentType(contentType);
        QList<Chunk> chunks = decoder.feed(input);
        chunks += decoder.finish();
        QString text = render(chunks);
        QCOMPARE(text, expected);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestContainerLogDecoder)
#include "tst_containerlogdecoder.moc"
