// SPDX-License-Identifier: Apache-2.0
// TarGzWriter: what it writes reads back the same through TarGzReader and through the real
// tar program; unsafe names are tamed; a failure at any point leaves no file behind.
#include "ArchiveFixtures.h"

#include "archive/TarGzReader.h"
#include "archive/TarGzWriter.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cerrno>
#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class tst_TarGzWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &program : {u"tar"_s, u"gzip"_s})
            QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(), qPrintable(program + u" is needed"_s));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"bundle.tar.gz"_s);
        QByteArray allBytes;
        for (int i = 0; i < 256; ++i)
            allBytes.append(char(i));
        const QString longName = u"wharf-diagnostics/"_s + QString(150, u'n') + u".txt"_s;
        const QMap<QString, QByteArray> files{
            {u"wharf-diagnostics/README.txt"_s, "hello\nworld\n"_ba},
            {u"wharf-diagnostics/empty.txt"_s, QByteArray()},
            {u"wharf-diagnostics/binary.bin"_s, allBytes.repeated(3)},
            {u"wharf-diagnostics/ünïcödé €.txt"_s, "utf-8 name"_ba},
            {longName, "a name longer than ustar's 100 bytes"_ba},
            {u"wharf-diagnostics/random.bin"_s, randomBytes(300 * 1024, 42)},
        };
        const QDateTime mtime(QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc());

        TarGzWriter writer(path);
        QVERIFY(writer.open().ok());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const int mode = it.key().endsWith(u"README.txt"_s) ? 0644 : 0600;
            const VoidResult added = writer.addFile(it.key(), it.value(), mode, mtime);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        }
        const VoidResult closed = writer.close();
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().toString()));
        QCOMPARE(filesBelow(dir.path()), QStringList{u"bundle.tar.gz"_s}); // no temporary file left

        // Our reader.
        const auto read = TarGzReader::readAll(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read->keys(), files.keys());
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY2(read->value(it.key()) == it.value(), qPrintable(it.key()));

        // The real programs: gzip finds a clean stream, tar lists and extracts every file.
        const ProcessOutput tested = runProgram(u"gzip"_s, {u"-t"_s, path});
        QVERIFY2(tested.exitCode == 0 && tested.err.isEmpty(), tested.err.constData());
        const ProcessOutput listed = runProgram(u"tar"_s, {u"-tzf"_s, path});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.err.isEmpty(), listed.err.constData());
        QStringList names = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
        names.sort();
        QCOMPARE(names, files.keys());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const ProcessOutput extracted = runProgram(u"tar"_s, {u"-xzOf"_s, path, it.key()});
            QVERIFY2(extracted.exitCode == 0, extracted.err.constData());
            QVERIFY2(extracted.out == it.value(), qPrintable(it.key()));
        }

        // Modes and time stamps as given; no owner name.
        const ProcessOutput verbose = runProgram(u"tar"_s, {u"--full-time"_s, u"-tvzf"_s, path});
        QVERIFY2(verbose.exitCode == 0, verbose.err.constData());
        const QStringList lines = QString::fromUtf8(verbose.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), files.size());
        for (const QString &line : lines) {
            QVERIFY2(line.contains(u"2026-11-27 12:00:00"_s), qPrintable(line));
            QVERIFY2(line.startsWith(line.contains(u"README.txt"_s) ? u"-rw-r--r-- "_s : u"-rw------- "_s),
                     qPrintable(line));
            QVERIFY2(line.contains(u" 0/0 "_s) || line.contains(u" root/root "_s), qPrintable(line));
        }

        // And it extracts to a directory like any tarball.
        QTemporaryDir out;
        const ProcessOutput extractedAll = runProgram(u"tar"_s, {u"-xzf"_s, path, u"-C"_s, out.path()});
        QVERIFY2(extractedAll.exitCode == 0, extractedAll.err.constData());
        QCOMPARE(readFile(out.filePath(u"wharf-diagnostics/random.bin"_s)), files.value(u"wharf-diagnostics/random.bin"_s));
    }

    void emptyArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.tar.gz"_s);
        TarGzWriter writer(path);
        QVERIFY(writer.open().ok());
        QVERIFY(writer.close().ok());
        const auto read = TarGzReader::readAll(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read->isEmpty());
        QCOMPARE(runProgram(u"tar"_s, {u"-tzf"_s, path}).exitCode, 0);
    }

    void sanitizedName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"a/b.txt"_s << u"a/b.txt"_s;
        QTest::newRow("parent at start") << u"../../etc/passwd"_s << u"etc/passwd"_s;
        QTest::newRow("parent inside") << u"a/../../b"_s << u"a/b"_s;
        QTest::newRow("absolute") << u"/etc/shadow"_s << u"etc/shadow"_s;
        QTest::newRow("dots and slashes") << u"./a/.//b///c"_s << u"a/b/c"_s;
        QTest::newRow("backslashes") << u"..\\..\\windows\\x"_s << u"windows/x"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"a_b"_s;
        QTest::newRow("NUL") << QString(u"a\0b"_s) << u"a_b"_s;
        QTest::newRow("dot dot file name kept") << u"a/..b/c.."_s << u"a/..b/c.."_s;
        QTest::newRow("only parents") << u"../.."_s << QString();
        QTest::newRow("only slash") << u"/"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void sanitizedName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(TarGzWriter::sanitizedName(name), expected);
    }

    void unsafeNamesInTheArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"names.tar.gz"_s);
        TarGzWriter writer(path);
        QVERIFY(writer.open().ok());
        QVERIFY(writer.addFile(u"../../evil.txt"_s, "x"_ba).ok());
        QVERIFY(writer.addFile(u"/abs/olute.txt"_s, "y"_ba).ok());
        // Nothing left of the name: refused, and the writer goes on.
        const VoidResult empty = writer.addFile(u"../.."_s, "z"_ba);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code(), ErrorCode::InvalidConfiguration);
        // The same name twice (after sanitising): refused.
        QVERIFY(!writer.addFile(u"./evil.txt"_s, "again"_ba).ok());
        QVERIFY(writer.close().ok());

        const ProcessOutput listed = runProgram(u"tar"_s, {u"-tzf"_s, path});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QString::fromUtf8(listed.out), u"evil.txt\nabs/olute.txt\n"_s);
        QTemporaryDir out;
        QCOMPARE(runProgram(u"tar"_s, {u"-xzf"_s, path, u"-C"_s, out.path()}).exitCode, 0);
        QCOMPARE(filesBelow(out.path()), (QStringList{u"abs"_s, u"abs/olute.txt"_s, u"evil.txt"_s}));
    }

    void misuse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"misuse.tar.gz"_s);
        TarGzWriter writer(path);
        QVERIFY(!writer.addFile(u"a"_s, "a"_ba).ok());
        QVERIFY(!writer.close().ok());
        QVERIFY(writer.open().ok());
        QVERIFY(!writer.open().ok());
        QVERIFY(writer.close().ok());
        QVERIFY(!writer.close().ok());
        QVERIFY(QFile::exists(path));
    }

    void unwritableTarget_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("missing directory") << u"missing"_s;
        QTest::newRow("parent is a file") << u"file"_s;
        QTest::newRow("target is a directory") << u"directory"_s;
        QTest::newRow("read-only directory") << u"readonly"_s;
    }

    void unwritableTarget()
    {
        QFETCH(QString, setup);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path;
        if (setup == u"missing"_s) {
            path = dir.filePath(u"no/such/folder/bundle.tar.gz"_s);
        } else if (setup == u"file"_s) {
            QVERIFY(writeFile(dir.filePath(u"plain"_s), "x"_ba));
            path = dir.filePath(u"plain/bundle.tar.gz"_s);
        } else if (setup == u"directory"_s) {
            QVERIFY(QDir(dir.path()).mkdir(u"bundle.tar.gz"_s));
            path = dir.filePath(u"bundle.tar.gz"_s);
        } else {
            if (::geteuid() == 0)
                QSKIP("root writes into read-only directories; the other rows cover the error path");
            QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
            QVERIFY(QFile::setPermissions(dir.filePath(u"locked"_s), QFile::ReadOwner | QFile::ExeOwner));
            path = dir.filePath(u"locked/bundle.tar.gz"_s);
        }
        const QStringList before = filesBelow(dir.path());

        TarGzWriter writer(path);
        const VoidResult opened = writer.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::InvalidConfiguration);
        QVERIFY2(opened.error().message().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error().message()));
        QVERIFY(!opened.error().details().isEmpty());
        QVERIFY(!writer.addFile(u"a"_s, "a"_ba).ok());
        QVERIFY(!writer.close().ok());
        QCOMPARE(filesBelow(dir.path()), before);
        QFile::setPermissions(dir.filePath(u"locked"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void abandonedWriterLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bundle.tar.gz"_s);
        QVERIFY(writeFile(path, "the old bundle"_ba));
        {
            TarGzWriter writer(path);
            QVERIFY(writer.open().ok());
            QVERIFY(writer.addFile(u"a.txt"_s, randomBytes(200 * 1024, 7)).ok());
            // (The temporary file may be invisible: on Linux QSaveFile uses O_TMPFILE.)
            QVERIFY(filesBelow(dir.path()).size() <= 2);
        } // destroyed without close()
        QCOMPARE(filesBelow(dir.path()), QStringList{u"bundle.tar.gz"_s});
        QCOMPARE(readFile(path), "the old bundle"_ba);
    }

    void replacesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bundle.tar.gz"_s);
        QVERIFY(writeFile(path, "the old bundle"_ba));
        TarGzWriter writer(path);
        QVERIFY(writer.open().ok());
        QVERIFY(writer.addFile(u"new.txt"_s, "new"_ba).ok());
        QVERIFY(writer.close().ok());
        const auto read = TarGzReader::readAll(path);
        QVERIFY(read.ok());
        QCOMPARE(read->value(u"new.txt"_s), "new"_ba);
        QCOMPARE(filesBelow(dir.path()), QStringList{u"bundle.tar.gz"_s});
    }

    // A write that fails half-way (a full disk, a quota): simulated with RLIMIT_FSIZE, which
    // stops even root. The error says so, and neither the bundle nor the temporary file stays.
    void writeFailureLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bundle.tar.gz"_s);
        const auto previousSignal = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit previousLimit {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previousLimit), 0);
        struct rlimit limit = previousLimit;
        limit.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
        auto restore = qScopeGuard([&] {
            ::setrlimit(RLIMIT_FSIZE, &previousLimit);
            std::signal(SIGXFSZ, previousSignal);
        });

        auto writer = std::make_unique<TarGzWriter>(path);
        QVERIFY(writer->open().ok());
        VoidResult result = writer->addFile(u"big.bin"_s, randomBytes(1024 * 1024, 3));
        if (result.ok())
            result = writer->close();
        restore.dismiss();
        ::setrlimit(RLIMIT_FSIZE, &previousLimit);
        std::signal(SIGXFSZ, previousSignal);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().contains(u"bundle.tar.gz"_s), qPrintable(result.error().toString()));
        QVERIFY2(result.error().message().contains(qt_error_string(EFBIG)), qPrintable(result.error().toString()));
        QVERIFY(!writer->close().ok()); // stays failed
        writer.reset();
        QCOMPARE(filesBelow(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_TarGzWriter)
#include "tst_targzwriter.moc"
