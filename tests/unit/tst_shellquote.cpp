// SPDX-License-Identifier: Apache-2.0
#include "base/ShellQuote.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class TestShellQuote : public QObject
{
    Q_OBJECT

private:
    // Every argument vector a hostile catalogue, image name or path could bring.
    static QList<QStringList> hostileVectors()
    {
        return {
            {u"echo"_s, u"it's"_s},
            {u"echo"_s, u"'"_s, u"''"_s, u"'\\''"_s},
            {u"echo"_s, u"a\nb"_s, u"\r\n"_s},
            {u"echo"_s, u"$(touch /tmp/pwned)"_s, u"`id`"_s, u"${HOME}"_s, u"$HOME"_s},
            {u"echo"_s, QString(), u" "_s, u"\t"_s},
            {u"echo"_s, u"*"_s, u"?"_s, u"[a]"_s, u"~"_s, u"~root"_s, u"{a,b}"_s},
            {u"echo"_s, u"a;b"_s, u"a&&b"_s, u"a|b"_s, u"a>b"_s, u"<user>"_s, u"#comment"_s},
            {u"echo"_s, u"Grüße"_s, u"日本"_s, u"emoji 😀"_s},
            {u"echo"_s, u"\\"_s, u"\""_s, u"!"_s, u"!!"_s},
            {u"echo"_s, u"=ls"_s, u"--opt=value"_s, u"-"_s},
        };
    }

private Q_SLOTS:
    void quote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"docker"_s << u"docker"_s;
        QTest::newRow("option") << u"--cap-add"_s << u"--cap-add"_s;
        QTest::newRow("path") << u"/cvmfs/cms.cern.ch"_s << u"/cvmfs/cms.cern.ch"_s;
        QTest::newRow("assignment later") << u"user.max_user_namespaces=10000"_s << u"user.max_user_namespaces=10000"_s;
        QTest::newRow("safe punctuation") << u"a@b%c+d:e,f"_s << u"a@b%c+d:e,f"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("only quote") << u"'"_s << u"''\\'''"_s;
        QTest::newRow("dollar") << u"$USER"_s << u"'$USER'"_s;
        QTest::newRow("command substitution") << u"$(rm -rf ~)"_s << u"'$(rm -rf ~)'"_s;
        QTest::newRow("backticks") << u"`id`"_s << u"'`id`'"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
        QTest::newRow("glob") << u"*.root"_s << u"'*.root'"_s;
        QTest::newRow("tilde") << u"~/x"_s << u"'~/x'"_s;
        QTest::newRow("placeholder") << u"<user>"_s << u"'<user>'"_s;
        QTest::newRow("leading equals") << u"=ls"_s << u"'=ls'"_s;
        QTest::newRow("non-ASCII") << u"Grüße"_s << u"'Grüße'"_s;
        QTest::newRow("double quote") << u"\""_s << u"'\"'"_s;
        QTest::newRow("backslash") << u"\\"_s << u"'\\'"_s;
    }

    void quote()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(ShellQuote::quote(word), expected);
    }

    void join_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty vector") << QStringList() << QString();
        QTest::newRow("simple") << QStringList{u"sudo"_s, u"modprobe"_s, u"fuse"_s} << u"sudo modprobe fuse"_s;
        QTest::newRow("mixed") << QStringList{u"findmnt"_s, u"-o"_s, u"TARGET,PROPAGATION"_s, u"/"_s}
                               << u"findmnt -o TARGET,PROPAGATION /"_s;
        QTest::newRow("empty argument") << QStringList{u"echo"_s, QString(), u"x"_s} << u"echo '' x"_s;
        QTest::newRow("first word assignment") << QStringList{u"A=b"_s, u"c=d"_s} << u"'A=b' c=d"_s;
        QTest::newRow("quote in middle") << QStringList{u"echo"_s, u"a'b c"_s} << u"echo 'a'\\''b c'"_s;
    }

    void join()
    {
        QFETCH(QStringList, argv);
        QFETCH(QString, expected);
        QCOMPARE(ShellQuote::join(argv), expected);
    }

    // The proof: the shell reads the joined line back as exactly the same vector.
    void roundTripThroughShell_data()
    {
        QTest::addColumn<QStringList>("argv");
        const QList<QStringList> vectors = hostileVectors();
        for (qsizetype i = 0; i < vectors.size(); ++i)
            QTest::addRow("vector %d", int(i)) << vectors.at(i);
    }

    void roundTripThroughShell()
    {
        QFETCH(QStringList, argv);
        const QString sh = QStandardPaths::findExecutable(u"sh"_s);
        if (sh.isEmpty())
            QSKIP("no sh on the PATH");
        // printf prints each argument NUL-terminated, so every byte of every argument is visible.
        QStringList printed = argv;
        printed[0] = u"printf"_s;
        printed.insert(1, u"%s\\0"_s);
        QProcess process;
        process.start(sh, {u"-c"_s, ShellQuote::join(printed)});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray output = process.readAllStandardOutput();
        QByteArrayList parts = output.split('\0');
        QVERIFY(!parts.isEmpty());
        QVERIFY(parts.takeLast().isEmpty()); // after the last terminator
        QStringList received;
        for (const QByteArray &part : std::as_const(parts))
            received.append(QString::fromUtf8(part));
        QCOMPARE(received, argv.mid(1));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestShellQuote)
#include "tst_shellquote.moc"
