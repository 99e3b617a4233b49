// SPDX-License-Identifier: Apache-2.0
// TarGzReader against hostile input: not gzip, not tar, truncated at every depth, tar bombs
// (one huge file, a header that lies about its size, too many entries), unsafe names in
// every header kind (ustar, pax, GNU long names), links and devices. Archives are built
// byte by byte here and compressed with the real gzip, so the reader is not only tested
// against what our own writer produces.
#include "ArchiveFixtures.h"

#include "archive/TarGzReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

// One 512-byte ustar header.
QByteArray header(const QByteArray &name, qint64 size, char type = '0', const QByteArray &linkName = {},
                  bool breakChecksum = false)
{
    QByteArray block(512, '\0');
    const auto put = [&block](int offset, int length, const QByteArray &value) {
        for (int i = 0; i < length && i < value.size(); ++i)
            block[offset + i] = value.at(i);
    };
    const auto octal = [](qint64 value, int digits) {
        return QByteArray::number(value, 8).rightJustified(digits, '0');
    };
    put(0, 100, name);
    put(100, 8, octal(0644, 7));
    put(108, 8, octal(0, 7));
    put(116, 8, octal(0, 7));
    put(124, 12, octal(size, 11));
    put(136, 12, octal(1795780800, 11));
    put(148, 8, QByteArray(8, ' '));
    block[156] = type;
    put(157, 100, linkName);
    put(257, 6, QByteArray("ustar\0", 6));
    put(263, 2, "00"_ba);
    unsigned sum = 0;
    for (const char c : std::as_const(block))
        sum += static_cast<unsigned char>(c);
    if (breakChecksum)
        sum += 1;
    put(148, 8, octal(sum, 6) + QByteArray("\0 ", 2));
    return block;
}

QByteArray padded(const QByteArray &data)
{
    QByteArray result = data;
    if (const qsizetype rest = data.size() % 512)
        result.append(QByteArray(512 - rest, '\0'));
    return result;
}

QByteArray file(const QByteArray &name, const QByteArray &content, char type = '0')
{
    return header(name, content.size(), type) + padded(content);
}

QByteArray endOfArchive()
{
    return QByteArray(1024, '\0');
}

// A pax extended header ("x") carrying one record, before the entry it applies to.
QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        ++length;
    return file("PaxHeaders/x", QByteArray::number(length) + body, 'x');
}

QByteArray tarOf(const QList<QPair<QByteArray, QByteArray>> &files)
{
    QByteArray tar;
    for (const auto &[name, content] : files)
        tar += file(name, content);
    return tar + endOfArchive();
}

} // namespace

class tst_TarGzReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString store(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"input-%1.tar.gz"_s.arg(++m_counter));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"gzip"_s).isEmpty(), "gzip is needed");
        QVERIFY(!gzipped("x"_ba).isEmpty());
    }

    void valid_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QByteArray>("firstContent");

        QTest::newRow("one file") << tarOf({{"a.txt", "hello"}}) << QStringList{u"a.txt"_s} << "hello"_ba;
        QTest::newRow("directory entries are not listed")
            << QByteArray(header("dir/", 0, '5') + file("dir/a", "x") + endOfArchive()) << QStringList{u"dir/a"_s}
            << "x"_ba;
        QTest::newRow("embedded NULs") << tarOf({{"nul.bin", QByteArray("a\0b\0c", 5)}}) << QStringList{u"nul.bin"_s}
                                       << QByteArray("a\0b\0c", 5);
        QTest::newRow("empty file") << tarOf({{"empty", {}}}) << QStringList{u"empty"_s} << QByteArray();
        QTest::newRow("no end-of-archive blocks") << file("a", "content") << QStringList{u"a"_s} << "content"_ba;
        QTest::newRow("no entries") << endOfArchive() << QStringList() << QByteArray();
        QTest::newRow("pax long utf-8 name")
            << QByteArray(paxRecord("path", "wharf-diagnostics/" + QByteArray(200, 'l') + "-\xc3\xbc.txt")
                          + file("short", "pax") + endOfArchive())
            << QStringList{u"wharf-diagnostics/"_s + QString(200, u'l') + u"-ü.txt"_s} << "pax"_ba;
        QTest::newRow("names with dots but no parent")
            << tarOf({{"./a..b/..c", "dots"}}) << QStringList{u"./a..b/..c"_s} << "dots"_ba;
    }

    void valid()
    {
        QFETCH(QByteArray, tar);
        QFETCH(QStringList, names);
        QFETCH(QByteArray, firstContent);
        const auto read = TarGzReader::readAll(store(gzipped(tar)));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read->keys(), names);
        if (!names.isEmpty())
            QCOMPARE(read->first(), firstContent);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // the file as it is on disk
        QTest::addColumn<qsizetype>("maxTotal");
        QTest::addColumn<QString>("reason"); // in the message: it failed for the right reason

        const qsizetype limit = TarGzReader::DefaultMaxTotal;
        const QByteArray good = gzipped(tarOf({{"a.txt", QByteArray(4000, 'a')}, {"b.bin", QByteArray(9000, 'b')}}));

        QTest::newRow("empty file") << QByteArray() << limit << u"damaged"_s;
        QTest::newRow("garbage") << "this is not an archive at all, just some text\n"_ba.repeated(50) << limit << u"damaged"_s;
        QTest::newRow("binary garbage") << QByteArray(4096, '\xff') << limit << u"damaged"_s;
        QTest::newRow("plain tar, not gzip") << tarOf({{"a.txt", "hello"}}) << limit << u"not gzip-compressed"_s;
        QTest::newRow("gzip of text") << gzipped("just text, no tar headers\n"_ba.repeated(100)) << limit << u"damaged"_s;
        QTest::newRow("gzip magic only") << "\x1f\x8b"_ba << limit << u"damaged"_s;
        QTest::newRow("gzip of nothing") << gzipped(QByteArray()) << limit << u"damaged"_s;
        QTest::newRow("truncated to 10 bytes") << good.left(10) << limit << u"damaged"_s;
        QTest::newRow("truncated to half") << good.left(good.size() / 2) << limit << u"damaged"_s;
        QTest::newRow("truncated gzip trailer") << good.left(good.size() - 8) << limit << u"damaged"_s;
        QTest::newRow("truncated inside data")
            << gzipped(header("a.txt", 5000) + QByteArray(1000, 'a')) << limit << u"damaged"_s;
        QTest::newRow("corrupted deflate stream") << [&good] {
            QByteArray bytes = good;
            for (qsizetype i = 20; i < bytes.size() - 20; i += 7)
                bytes[i] = char(bytes.at(i) ^ 0x5a);
            return bytes;
        }() << limit << u"damaged"_s;
        QTest::newRow("bad header checksum") << gzipped(header("a.txt", 3, '0', {}, true) + padded("abc") + endOfArchive())
                                             << limit << u"damaged"_s;
        // Tar bombs.
        // 65 MiB of zeros in a few hundred kilobytes: gzip members may follow one another.
        QTest::newRow("one file over the default limit") << [limit]() -> QByteArray {
            const qsizetype mebibyte = 1024 * 1024;
            const qsizetype size = limit + mebibyte;
            return gzipped(header("bomb.bin", size)) + gzipped(QByteArray(mebibyte, '\0')).repeated(size / mebibyte)
                + gzipped(endOfArchive());
        }() << limit << u"larger than"_s;
        QTest::newRow("header claims 8 GB") << gzipped(header("liar.bin", 077777777777LL) + endOfArchive()) << limit << u"larger than"_s;
        QTest::newRow("many files over the limit") << [] {
            QList<QPair<QByteArray, QByteArray>> files;
            for (int i = 0; i < 100; ++i)
                files.append({"f" + QByteArray::number(i), QByteArray(1024, 'x')});
            return gzipped(tarOf(files));
        }() << qsizetype(50 * 1024) << u"larger than"_s;
        QTest::newRow("too many entries") << [] {
            QByteArray tar;
            for (int i = 0; i <= TarGzReader::MaxEntries; ++i)
                tar += header("e" + QByteArray::number(i), 0);
            return gzipped(tar + endOfArchive());
        }() << limit << u"more than 10000 entries"_s;
        // Unsafe names and entry kinds.
        QTest::newRow("parent name") << gzipped(tarOf({{"../evil", "x"}})) << limit << u"unsafe name"_s;
        QTest::newRow("parent inside name") << gzipped(tarOf({{"a/../../evil", "x"}})) << limit << u"unsafe name"_s;
        QTest::newRow("parent at the end") << gzipped(tarOf({{"a/..", "x"}})) << limit << u"unsafe name"_s;
        QTest::newRow("absolute name") << gzipped(tarOf({{"/etc/cron.d/evil", "x"}})) << limit << u"unsafe name"_s;
        QTest::newRow("backslash name") << gzipped(tarOf({{"..\\evil", "x"}})) << limit << u"unsafe name"_s;
        QTest::newRow("parent in a pax path")
            << gzipped(paxRecord("path", "../../pax-evil") + file("harmless", "x") + endOfArchive()) << limit << u"unsafe name"_s;
        QTest::newRow("parent in a GNU long name")
            << gzipped(file("././@LongLink", "../../gnu-evil" + QByteArray(1, '\0'), 'L') + file("harmless", "x")
                       + endOfArchive())
            << limit << u"unsafe name"_s;
        QTest::newRow("symbolic link") << gzipped(header("link", 0, '2', "/etc/shadow") + endOfArchive()) << limit << u"not a regular file"_s;
        QTest::newRow("hard link")
            << gzipped(file("a", "x") + header("b", 0, '1', "a") + endOfArchive()) << limit << u"not a regular file"_s;
        QTest::newRow("character device") << gzipped(header("dev", 0, '3') + endOfArchive()) << limit << u"not a regular file"_s;
        QTest::newRow("fifo") << gzipped(header("fifo", 0, '6') + endOfArchive()) << limit << u"not a regular file"_s;
        QTest::newRow("duplicate names") << gzipped(tarOf({{"same", "1"}, {"same", "2"}})) << limit << u"twice"_s;
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, maxTotal);
        QFETCH(QString, reason);
        const QString path = store(bytes);
        QVERIFY(!path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const auto read = TarGzReader::readAll(path, maxTotal);
        QVERIFY2(!read.ok(), qPrintable(u"accepted, with %1 files"_s.arg(read.ok() ? read->size() : 0)));
        QCOMPARE(read.error().code(), ErrorCode::ParseError);
        QVERIFY2(read.error().message().contains(QDir::toNativeSeparators(path)), qPrintable(read.error().message()));
        QVERIFY2(read.error().message().contains(reason), qPrintable(read.error().toString()));
        QVERIFY2(timer.elapsed() < 10000, "hostile input must fail fast");
    }

    void missingFile()
    {
        const auto read = TarGzReader::readAll(m_dir.filePath(u"does-not-exist.tar.gz"_s));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code(), ErrorCode::NotFound);
    }

    void directoryInsteadOfFile()
    {
        const auto read = TarGzReader::readAll(m_dir.path());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code(), ErrorCode::ParseError);
    }

    void exactlyAtTheLimit()
    {
        // Names count as well as contents: "a" + 99 bytes = 100.
        const QString path = store(gzipped(tarOf({{"a", QByteArray(99, 'x')}})));
        QVERIFY(TarGzReader::readAll(path, 100).ok());
        QVERIFY(!TarGzReader::readAll(path, 99).ok());
    }
};

QTEST_GUILESS_MAIN(tst_TarGzReader)
#include "tst_targzreader.moc"
