// SPDX-License-Identifier: Apache-2.0
#include "launch/RunReport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Wharf::RunReport;

class TestRunReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        RunReport report;
        report.setExitCode(3);
        report.setRuntimeMilliseconds(1234);
        report.setStderrTail("docker: Error response from daemon: \xc3\xa9\n"_ba, false);
        const auto parsed = RunReport::fromJson(report.toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, report);
        QCOMPARE(parsed->exitCode(), std::optional<int>(3));
        QVERIFY(!parsed->signal());
        QCOMPARE(parsed->stderrTail(), u"docker: Error response from daemon: \u00e9\n"_s);

        RunReport killed;
        killed.setSignal(SIGKILL);
        killed.setRuntimeMilliseconds(5);
        const auto parsedKilled = RunReport::fromJson(killed.toJson());
        QVERIFY(parsedKilled.ok());
        QCOMPARE(parsedKilled->signal(), std::optional<int>(SIGKILL));
        QCOMPARE(parsedKilled->outcomeText(), u"signal 9 (SIGKILL)"_s);
    }

    void quickFailure_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("signal");
        QTest::addColumn<qint64>("runtime");
        QTest::addColumn<bool>("quick");
        QTest::newRow("success") << 0 << 0 << qint64(10) << false;
        QTest::newRow("fails at once") << 7 << 0 << qint64(10) << true;
        QTest::newRow("fails late") << 7 << 0 << qint64(60'000) << false;
        QTest::newRow("killed at once") << -1 << int(SIGSEGV) << qint64(10) << true;
        QTest::newRow("at threshold") << 1 << 0 << RunReport::QuickFailureMilliseconds << false;
    }
    void quickFailure()
    {
        QFETCH(int, exitCode);
        QFETCH(int, signal);
        QFETCH(qint64, runtime);
        QFETCH(bool, quick);
        RunReport report;
        if (signal)
            report.setSignal(signal);
        else
            report.setExitCode(exitCode);
        report.setRuntimeMilliseconds(runtime);
        QCOMPARE(report.failedQuickly(), quick);
    }

    void tailIsLimited()
    {
        QByteArray big(RunReport::StderrTailLimit + 100, 'x');
        big.append("END");
        RunReport report;
        report.setExitCode(1);
        report.setStderrTail(big, false);
        QVERIFY(report.stderrTruncated());
        QCOMPARE(report.stderrTail().size(), RunReport::StderrTailLimit);
        QVERIFY(report.stderrTail().endsWith(u"END"_s));
        // A cut inside a UTF-8 character does not leave a replacement character at the front.
        QByteArray utf8 = QByteArray(RunReport::StderrTailLimit - 1, 'a');
        utf8.prepend("\xc3\xa9\xc3\xa9"_ba); // the limit falls inside the second é
        report.setStderrTail(utf8, false);
        QVERIFY(!report.stderrTail().startsWith(QChar(QChar::ReplacementCharacter)));
    }

    void hostileJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << "not json"_ba;
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("truncated") << "{\"version\":1,\"exitCode\":3,\"runtimeMs\":1"_ba;
        QTest::newRow("no version") << "{\"exitCode\":3,\"signal\":null,\"runtimeMs\":1}"_ba;
        QTest::newRow("future version") << "{\"version\":2,\"exitCode\":3,\"signal\":null,\"runtimeMs\":1}"_ba;
        QTest::newRow("neither exit nor signal") << "{\"version\":1,\"exitCode\":null,\"signal\":null,\"runtimeMs\":1}"_ba;
        QTest::newRow("both") << "{\"version\":1,\"exitCode\":1,\"signal\":9,\"runtimeMs\":1}"_ba;
        QTest::newRow("exit as string") << "{\"version\":1,\"exitCode\":\"3\",\"signal\":null,\"runtimeMs\":1}"_ba;
        QTest::newRow("exit fractional") << "{\"version\":1,\"exitCode\":3.5,\"signal\":null,\"runtimeMs\":1}"_ba;
        QTest::newRow("runtime missing") << "{\"version\":1,\"exitCode\":3,\"signal\":null}"_ba;
        QTest::newRow("runtime negative") << "{\"version\":1,\"exitCode\":3,\"signal\":null,\"runtimeMs\":-5}"_ba;
        QTest::newRow("tail not a string") << "{\"version\":1,\"exitCode\":3,\"signal\":null,\"runtimeMs\":1,\"stderrTail\":{}}"_ba;
        QTest::newRow("embedded NUL") << QByteArray("{\"version\":1,\0\"exitCode\":3}", 27);
    }
    void hostileJson()
    {
        QFETCH(QByteArray, json);
        const auto report = RunReport::fromJson(json);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), Wharf::ErrorCode::ParseError);
    }

    void hugeTailInJsonIsCut()
    {
        const QByteArray json = "{\"version\":1,\"exitCode\":3,\"signal\":null,\"runtimeMs\":1,\"stderrTail\":\""_ba
            + QByteArray(200'000, 'y') + "\"}";
        const auto report = RunReport::fromJson(json);
        QVERIFY(report.ok());
        QCOMPARE(report->stderrTail().size(), RunReport::StderrTailLimit);
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.json"_s);
        QVERIFY(!RunReport::readFile(path).ok());
        RunReport report;
        report.setExitCode(0);
        QVERIFY(report.writeAtomically(path).ok());
        QCOMPARE(RunReport::readFile(path).value(), report);
        QVERIFY(!report.writeAtomically(dir.filePath(u"missing/report.json"_s)).ok());
        QFile big(dir.filePath(u"big.json"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(RunReport::MaximumFileSize + 10, ' '));
        big.close();
        QVERIFY(!RunReport::readFile(big.fileName()).ok());
    }
};

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
