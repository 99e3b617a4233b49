// SPDX-License-Identifier: Apache-2.0
#include "launch/FuseReadinessScanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

using State = FuseReadinessScanner::State;

namespace {

// The cms-cloud cc7-cvmfs start script's output, as a TTY delivers it.
const QByteArray kReady = "chgrp: invalid group: 'fuse'\r\n"
                          "::: cvmfs-config...\r\n"
                          "::: mounting FUSE...\r\n"
                          "::: mounting FUSE... [done]\r\n"
                          "::: Mounting CVMFS... [done]\r\n"
                          "[cmsusr@abc ~]$ "_ba;
const QByteArray kFailed = "::: cvmfs-config...\n"
                           "::: mounting FUSE...\n"
                           "::: mounting FUSE... [done]\n"
                           "::: Mounting CVMFS... [FAILED]\n"
                           "::: Did you run the docker container in privileged mode?\n"_ba;

State scanAll(const QByteArray &output, qsizetype chunkSize)
{
    FuseReadinessScanner scanner;
    for (qsizetype i = 0; i < output.size(); i += chunkSize)
        scanner.feed(output.mid(i, chunkSize));
    return scanner.finish();
}

} // namespace

class TestFuseReadinessScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<State>("expected");
        QTest::newRow("nothing") << QByteArray() << State::Waiting;
        QTest::newRow("unrelated output") << "Welcome\nbash-4.2$ "_ba << State::Waiting;
        QTest::newRow("ready") << kReady << State::Ready;
        QTest::newRow("failed") << kFailed << State::Failed;
        QTest::newRow("progress only") << "::: cvmfs-config...\n::: mounting FUSE...\n"_ba << State::Mounting;
        QTest::newRow("FUSE done is not CVMFS done") << "::: mounting FUSE... [done]\n"_ba << State::Mounting;
        QTest::newRow("marker waiting for result") << "::: Mounting CVMFS..."_ba << State::Mounting;
        QTest::newRow("result on the next line") << "::: Mounting CVMFS...\n  [done]\n"_ba << State::Ready;
        QTest::newRow("failure on the next line") << "::: Mounting CVMFS...\n[FAILED]\n"_ba << State::Failed;
        QTest::newRow("result two lines later does not count")
            << "::: Mounting CVMFS...\nsomething else\n[done]\n"_ba << State::Mounting;
        QTest::newRow("done before the marker does not count") << "[done] ::: Mounting CVMFS...\n"_ba << State::Mounting;
        QTest::newRow("lower case") << "::: mounting cvmfs... [done]\n"_ba << State::Ready;
        QTest::newRow("no final newline") << "::: Mounting CVMFS... [done]"_ba << State::Ready;
        QTest::newRow("CR only") << "::: Mounting CVMFS...\r[FAILED]\r"_ba << State::Failed;
        QTest::newRow("colours")
            << "\x1b[1;32m:::\x1b[0m Mounting \x1b[33mCVMFS\x1b[0m... \x1b[32m[done]\x1b[0m\r\n"_ba << State::Ready;
        QTest::newRow("OSC title") << "\x1b]0;cvmfs\x07::: Mounting CVMFS... [done]\n"_ba << State::Ready;
        QTest::newRow("OSC with ST") << "\x1b]0;x\x1b\\::: Mounting CVMFS... [FAILED]\n"_ba << State::Failed;
        QTest::newRow("NULs") << QByteArray("::: Mount\0ing CVMFS... [do\0ne]\n", 31) << State::Ready;
        QTest::newRow("first result is final")
            << "::: Mounting CVMFS... [done]\n::: Mounting CVMFS... [FAILED]\n"_ba << State::Ready;
        QTest::newRow("unterminated escape eats only its line")
            << "\x1b[12;34\n::: Mounting CVMFS... [done]\n"_ba << State::Ready;
        QTest::newRow("garbage bytes") << QByteArray("\xff\xfe\x80::: Mounting CVMFS... \xc3[FAILED]\n") << State::Failed;
        QTest::newRow("huge line with marker at the start")
            << "::: Mounting CVMFS..."_ba + QByteArray(1024 * 1024, 'x') + " [done]\n"_ba << State::Ready;
        QTest::newRow("huge line, marker at the end")
            << QByteArray(1024 * 1024, '.') + "::: Mounting CVMFS... [FAILED]\n"_ba << State::Failed;
        QTest::newRow("huge garbage") << QByteArray(2 * 1024 * 1024, '[') << State::Waiting;
        QTest::newRow("endless escape sequence") << "\x1b]"_ba + QByteArray(100000, 'a') + "\n::: x\n"_ba << State::Mounting;
    }

    // The same result whatever the chunk boundaries: whole, byte by byte, and odd sizes.
    void scan()
    {
        QFETCH(QByteArray, output);
        QFETCH(State, expected);
        QCOMPARE(scanAll(output, std::max<qsizetype>(output.size(), 1)), expected);
        if (output.size() <= 4096)
            QCOMPARE(scanAll(output, 1), expected);
        QCOMPARE(scanAll(output, 3), expected);
        QCOMPARE(scanAll(output, 7), expected);
        QCOMPARE(scanAll(output, 4096), expected);
    }

    void reportsAsItGoes()
    {
        FuseReadinessScanner scanner;
        QCOMPARE(scanner.state(), State::Waiting);
        QCOMPARE(scanner.feed("::"), State::Waiting);
        QCOMPARE(scanner.feed(": cvmfs-con"), State::Mounting); // the progress prefix is enough
        QCOMPARE(scanner.feed("fig...\r\n"), State::Mounting);
        QCOMPARE(scanner.feed("::: Mounting CVMFS... "), State::Mounting);
        // The result arrives later on the same line, before the newline.
        QCOMPARE(scanner.feed("[do"), State::Mounting);
        QCOMPARE(scanner.feed("ne]"), State::Ready);
        QCOMPARE(scanner.resultLine(), u"::: Mounting CVMFS... [done]"_s);
        QCOMPARE(scanner.feed("\n::: Mounting CVMFS... [FAILED]\n"), State::Ready);
    }

    void resultLineWithoutColours()
    {
        FuseReadinessScanner scanner;
        scanner.feed("\x1b[31m::: Mounting CVMFS... [FAILED]\x1b[0m\r\n");
        QCOMPARE(scanner.state(), State::Failed);
        QCOMPARE(scanner.resultLine(), u"::: Mounting CVMFS... [FAILED]"_s);
    }

    void resultLineIsBounded()
    {
        FuseReadinessScanner scanner;
        const QByteArray line = "::: Mounting CVMFS... [FAILED]"_ba + QByteArray(100000, 'y') + "\n"_ba;
        scanner.feed(line);
        QCOMPARE(scanner.state(), State::Failed);
        QVERIFY(scanner.resultLine().size() <= 512);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestFuseReadinessScanner)
#include "tst_fusereadinessscanner.moc"
