// SPDX-License-Identifier: Apache-2.0
// CommandRunner / CommandCall with real little programs: output and exit codes, a program that
// does not exist, one that hangs (killed at the time limit), one that crashes, cancel, and the
// output limit.
#include "DiagnosticsFixtures.h"
#include "diagnostics/CommandCall.h"
#include "diagnostics/CommandRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

using namespace std::chrono_literals;

Result<CommandOutput> runAndWait(const QString &program, const QStringList &arguments,
    std::chrono::milliseconds timeout = 5000ms)
{
    CommandRunner runner;
    QObject context;
    CommandCall *call = runner.start(program, arguments, timeout, &context);
    std::optional<Result<CommandOutput>> answer;
    int answers = 0;
    QObject::connect(
        call, &CommandCall::finished, &context, [&](const Result<CommandOutput> &result) {
            answer = result;
            ++answers;
        });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < 20000)
        QTest::qWait(10);
    QTest::qWait(50);
    if (!answer || answers != 1)
        return Error(ErrorCode::Timeout, u"the test waited in vain, or got more than one answer"_s);
    return *answer;
}

} // namespace

class tst_CommandRunner : public QObject
{
    Q_OBJECT

private:
    DiagnosticsRoot m_root;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(m_root.script(u"/bin/both"_s, "echo out; echo err >&2; echo \"$@\"; exit 3"));
        QVERIFY(m_root.script(u"/bin/hang"_s, "exec sleep 30"));
        QVERIFY(m_root.script(u"/bin/crash"_s, "kill -SEGV $$"));
        QVERIFY(m_root.script(u"/bin/flood"_s, "exec head -c 3000000 /dev/zero"));
        QVERIFY(m_root.script(u"/bin/locale"_s, "echo \"$LC_ALL\""));
        QVERIFY(m_root.write(u"/bin/notexec"_s, "#!/bin/sh\n"));
    }

    void outputAndExitCode()
    {
        const Result<CommandOutput> result
            = runAndWait(m_root.path(u"/bin/both"_s), { u"a b"_s, u"$HOME"_s });
        QVERIFY(result.ok());
        QCOMPARE(result->exitCode, 3);
        QCOMPARE(result->standardOutput, QByteArray("out\na b $HOME\n")); // no shell: no expansion
        QCOMPARE(result->standardError, QByteArray("err\n"));
        QVERIFY(!result->truncated);
    }

    void untranslatedOutput()
    {
        const Result<CommandOutput> result = runAndWait(m_root.path(u"/bin/locale"_s), {});
        QVERIFY(result.ok());
        QCOMPARE(result->standardOutput, QByteArray("C\n"));
    }

    void missingProgram()
    {
        const Result<CommandOutput> result = runAndWait(m_root.path(u"/bin/nothing"_s), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::ProgramNotFound);
        QVERIFY(result.error().message().contains(u"nothing"_s));
    }

    void notExecutable()
    {
        const Result<CommandOutput> result = runAndWait(m_root.path(u"/bin/notexec"_s), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::ProcessFailed);
    }

    void hangIsKilledAtTheTimeLimit()
    {
        QElapsedTimer timer;
        timer.start();
        const Result<CommandOutput> result = runAndWait(m_root.path(u"/bin/hang"_s), {}, 300ms);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Timeout);
        QCOMPARE(result.error().message(), u"hang gave no answer within 1 s."_s);
        // The killed process is reaped without anybody waiting for it.
        const QString self = QString::number(QCoreApplication::applicationPid());
        QTRY_COMPARE_WITH_TIMEOUT(
            QProcess::execute(u"pgrep"_s, { u"-P"_s, self, u"-x"_s, u"sleep"_s }), 1, 5000);
    }

    void crash()
    {
        const Result<CommandOutput> result = runAndWait(m_root.path(u"/bin/crash"_s), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::ProcessFailed);
        QVERIFY(result.error().message().contains(u"crashed"_s));
    }

    void outputIsLimited()
    {
        const Result<CommandOutput> result = runAndWait(m_root.path(u"/bin/flood"_s), {});
        QVERIFY(result.ok());
        QCOMPARE(result->standardOutput.size(), CommandCall::OutputLimit);
        QVERIFY(result->truncated);
    }

    void connectingAfterStartIsInTime()
    {
        CommandRunner runner;
        QObject context;
        CommandCall *call = runner.start(m_root.path(u"/bin/both"_s), {}, 5000ms, &context);
        // Connected before the loop turns (a wait here could let a fast program finish and the
        // call delete itself before the spy exists): the call starts on the next turn.
        QSignalSpy spy(call, &CommandCall::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.size(), 1);
    }

    void callDeletesItselfAfterReporting()
    {
        CommandRunner runner;
        QObject context;
        QPointer<CommandCall> call
            = runner.start(m_root.path(u"/bin/both"_s), {}, 5000ms, &context);
        QSignalSpy spy(call.data(), &CommandCall::finished);
        QVERIFY(spy.wait(5000));
        QTRY_VERIFY(call.isNull());
    }

    void cancelReportsNothing()
    {
        CommandRunner runner;
        QObject context;
        QPointer<CommandCall> call
            = runner.start(m_root.path(u"/bin/hang"_s), {}, 5000ms, &context);
        QSignalSpy spy(call.data(), &CommandCall::finished);
        QTest::qWait(200);
        call->cancel();
        QTest::qWait(300);
        QCOMPARE(spy.size(), 0);
        QTRY_VERIFY(call.isNull());
    }

    void deletingTheContextKillsTheCall()
    {
        CommandRunner runner;
        auto *context = new QObject;
        QPointer<CommandCall> call = runner.start(m_root.path(u"/bin/hang"_s), {}, 5000ms, context);
        QTest::qWait(200);
        QElapsedTimer timer;
        timer.start();
        delete context; // must not block until the program ends
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(call.isNull());
        // The killed process deletes itself once its end is seen: let that happen before the
        // test ends, or LeakSanitizer reports it.
        QTest::qWait(500);
    }
};

QTEST_GUILESS_MAIN(tst_CommandRunner)
#include "tst_commandrunner.moc"
