// SPDX-License-Identifier: Apache-2.0
// The real `wharf run-in-terminal` wrapper: runs commands, keeps their stderr, reports.
#include "TestServices.h"
#include "launch/RunReport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Wharf::RunReport;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
};

} // namespace

class TestRunInTerminal : public QObject
{
    Q_OBJECT

private:
    QString m_wharf;
    QTemporaryDir m_dir;

    Run wrapper(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(m_wharf, QStringList{u"run-in-terminal"_s} + arguments);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitCode();
        run.stdOut = process.readAllStandardOutput();
        run.stdErr = process.readAllStandardError();
        return run;
    }
    QString report() const { return m_dir.filePath(u"report.json"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        m_wharf = qEnvironmentVariable("WHARF_BINARY");
        if (m_wharf.isEmpty() || !QFile::exists(m_wharf))
            WHARF_REQUIRE_SERVICE(u"WHARF_BINARY is not set or not built (build the wharf target)"_s);
    }
    void cleanup() { QFile::remove(report()); }

    // The lesson's example: exit 3, stderr kept, the argument 'a b' stays one argument.
    void exitCodeStderrAndArguments()
    {
        const Run run = wrapper({u"--report"_s, report(), u"--no-wait"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                 u"printf %s \"$1\" > marker; echo out; echo 'it broke' >&2; exit 3"_s, u"sh"_s,
                                 u"a b"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.stdOut, "out\n"_ba);       // stdout untouched
        QCOMPARE(run.stdErr, "it broke\n"_ba);  // stderr forwarded as well as kept
        QFile marker(m_dir.filePath(u"marker"_s));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        QCOMPARE(marker.readAll(), "a b"_ba);
        const auto parsed = RunReport::readFile(report());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->exitCode(), std::optional<int>(3));
        QCOMPARE(parsed->stderrTail(), u"it broke\n"_s);
        QVERIFY(parsed->failedQuickly());
        QVERIFY(parsed->runtimeMilliseconds() < 10'000);
    }

    void success()
    {
        const Run run = wrapper({u"--report"_s, report(), u"--"_s, u"true"_s});
        QCOMPARE(run.exitCode, 0);
        const auto parsed = RunReport::readFile(report());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->succeeded());
        QVERIFY(!parsed->failedQuickly());
        QVERIFY(run.stdErr.isEmpty()); // no "press Enter" for a success
    }

    void signal()
    {
        const Run run = wrapper({u"--report"_s, report(), u"--no-wait"_s, u"--"_s, u"sh"_s, u"-c"_s, u"kill -TERM $$"_s});
        QCOMPARE(run.exitCode, 128 + SIGTERM);
        const auto parsed = RunReport::readFile(report());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->signal(), std::optional<int>(SIGTERM));
    }

    void missingProgram()
    {
        const Run run = wrapper({u"--report"_s, report(), u"--no-wait"_s, u"--"_s, u"wharf-no-such-program"_s});
        QCOMPARE(run.exitCode, 127);
        const auto parsed = RunReport::readFile(report());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->exitCode(), std::optional<int>(127));
        QVERIFY(parsed->stderrTail().contains(u"wharf-no-such-program"_s));
    }

    // Without a terminal on stdin nobody can press Enter: no waiting even without --no-wait.
    void quickFailureWithoutTtyDoesNotWait()
    {
        const Run run = wrapper({u"--report"_s, report(), u"--"_s, u"sh"_s, u"-c"_s, u"exit 7"_s});
        QCOMPARE(run.exitCode, 7);
    }

    // Every hostile word reaches the program as itself.
    void hostileArguments()
    {
        const QStringList words{u"a b"_s, u"it's"_s, u"\"q\""_s, u"$(touch pwned)"_s, u"x; touch pwned2"_s,
                                u"l1\nl2"_s, u"-e"_s, u"--"_s, u""_s, u"back\\slash"_s, u"*"_s, u"--report"_s};
        const Run run = wrapper(QStringList{u"--report"_s, report(), u"--no-wait"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                            u"printf '%s\\0' \"$@\""_s, u"sh"_s}
                                + words);
        QCOMPARE(run.exitCode, 0);
        QByteArray out = run.stdOut;
        out.chop(1);
        QCOMPARE(QString::fromUtf8(out).split(QChar(0)), words);
        QVERIFY(!QFile::exists(m_dir.filePath(u"pwned"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"pwned2"_s)));
    }

    // 64 KiB of the end are kept; the start is dropped.
    void largeStderrKeepsTheEnd()
    {
        const Run run = wrapper({u"--report"_s, report(), u"--no-wait"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                 u"head -c 300000 /dev/zero | tr '\\0' x >&2; echo LAST >&2; exit 1"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.stdErr.size(), 300005);
        const auto parsed = RunReport::readFile(report());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->stderrTruncated());
        QCOMPARE(parsed->stderrTail().size(), RunReport::StderrTailLimit);
        QVERIFY(parsed->stderrTail().endsWith(u"LAST\n"_s));
    }

    // A background process holding stderr open does not hold up the report.
    void backgroundChildDoesNotDelayTheEnd()
    {
        QElapsedTimer clock;
        clock.start();
        const Run run = wrapper({u"--report"_s, report(), u"--no-wait"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                 u"sleep 20 & echo bye >&2; exit 4"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(clock.elapsed() < 10'000);
        QCOMPARE(RunReport::readFile(report()).value().exitCode(), std::optional<int>(4));
    }

    // Secrets travel in the environment; the report holds neither the environment nor argv.
    void reportHoldsNoArgumentsNorEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WHARF_TEST_SECRET"_s, u"s3cr3t-value"_s);
        const Run run = wrapper({u"--report"_s, report(), u"--no-wait"_s, u"--env"_s, u"PLAIN=visible"_s, u"--"_s,
                                 u"sh"_s, u"-c"_s, u"test \"$WHARF_TEST_SECRET\" = s3cr3t-value && test \"$PLAIN\" = visible"_s,
                                 u"sh"_s, u"argument-marker"_s},
                                env);
        QCOMPARE(run.exitCode, 0);
        QFile file(report());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(!json.contains("s3cr3t"));
        QVERIFY(!json.contains("argument-marker"));
        QVERIFY(!json.contains("PLAIN"));
    }

    void noCapture()
    {
        const Run run = wrapper({u"--report"_s, report(), u"--no-wait"_s, u"--no-capture"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                 u"test -t 2 || echo err >&2; exit 5"_s});
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(run.stdErr, "err\n"_ba); // straight through (not a tty here, but not piped by us)
        const auto parsed = RunReport::readFile(report());
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->captured());
        QVERIFY(parsed->stderrTail().isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("no report") << QStringList{u"--"_s, u"true"_s};
        QTest::newRow("no command") << QStringList{u"--report"_s, u"x"_s, u"--"_s};
        QTest::newRow("no separator") << QStringList{u"--report"_s, u"x"_s, u"true"_s};
        QTest::newRow("bad env") << QStringList{u"--report"_s, u"x"_s, u"--env"_s, u"NOEQUALS"_s, u"--"_s, u"true"_s};
        QTest::newRow("report without value") << QStringList{u"--report"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = wrapper(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.stdErr.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunInTerminal)
#include "tst_runinterminal.moc"
