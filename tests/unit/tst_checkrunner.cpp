// SPDX-License-Identifier: Apache-2.0
// CheckRunner: checks run concurrently, results keep the list's order, a check that never
// answers is Failed at its time limit, cancel() stops everything, and a re-run works.
#include "DiagnosticsFixtures.h"
#include "diagnostics/CheckRunner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

using namespace std::chrono_literals;

// A check that answers after `delay` (or never, with a negative delay).
class FakeCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    FakeCheck(QString id, int delayMs, CheckStatus status, CheckGroup group = CheckGroup::Host)
        : m_id(std::move(id))
        , m_delayMs(delayMs)
        , m_status(status)
        , m_group(group)
    { }
    QString id() const override { return m_id; }
    CheckGroup group() const override { return m_group; }
    QString title() const override { return u"Fake "_s + m_id; }
    int runs = 0;
    int abandons = 0;
    QElapsedTimer startedAt;

protected:
    void run() override
    {
        ++runs;
        startedAt.start();
        if (m_delayMs < 0)
            return;
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(
            m_timer, &QTimer::timeout, this, [this] { finish(makeResult(m_status, u"done"_s)); });
        m_timer->start(m_delayMs);
    }
    void abandon() override
    {
        ++abandons;
        delete m_timer;
        m_timer = nullptr;
    }

private:
    QString m_id;
    int m_delayMs;
    CheckStatus m_status;
    CheckGroup m_group;
    QPointer<QTimer> m_timer;
};

} // namespace

class tst_CheckRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsConcurrentlyAndKeepsTheOrder()
    {
        DiagnosticsRoot root;
        CheckRunner runner;
        auto *slow = new FakeCheck(u"slow"_s, 400, CheckStatus::Warning);
        auto *middle = new FakeCheck(u"middle"_s, 200, CheckStatus::Ok);
        auto *fast = new FakeCheck(u"fast"_s, 0, CheckStatus::Failed);
        runner.setChecks({ slow, middle, fast });
        QCOMPARE(slow->parent(), &runner);
        QSignalSpy started(&runner, &CheckRunner::checkStarted);
        QSignalSpy finishedOne(&runner, &CheckRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        // Concurrent: every check has started working before the first one answers.
        bool allRunningAtFirstAnswer = false;
        connect(&runner, &CheckRunner::checkFinished, this, [&] {
            if (finishedOne.size() == 1) // the spy, connected first, has seen it already
                allRunningAtFirstAnswer = slow->runs == 1 && middle->runs == 1 && fast->runs == 1;
        });
        runner.start(root.environment());
        QVERIFY(runner.isRunning());
        QCOMPARE(started.size(), 3);
        QVERIFY(finished.wait(5000));
        QVERIFY(allRunningAtFirstAnswer);
        QVERIFY(!runner.isRunning());
        // Answers came fast, middle, slow; results keep the list order.
        QCOMPARE(finishedOne.size(), 3);
        QCOMPARE(finishedOne.at(0).at(0).toInt(), 2);
        QCOMPARE(finishedOne.at(2).at(0).toInt(), 0);
        const QList<CheckResult> results = runner.results();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).id, u"slow"_s);
        QCOMPARE(results.at(1).id, u"middle"_s);
        QCOMPARE(results.at(2).id, u"fast"_s);
        QCOMPARE(results.at(0).status, CheckStatus::Warning);
        QCOMPARE(results.at(2).status, CheckStatus::Failed);
        QCOMPARE(runner.finishedCount(), 3);
    }

    void aCheckThatNeverAnswersFailsAtItsTimeLimit()
    {
        DiagnosticsRoot root;
        CheckRunner runner;
        auto *hung = new FakeCheck(u"hung"_s, -1, CheckStatus::Ok);
        auto *fine = new FakeCheck(u"fine"_s, 10, CheckStatus::Ok);
        runner.setChecks({ hung, fine });
        runner.setTimeout(300ms);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(root.environment());
        QVERIFY(finished.wait(5000));
        const QList<CheckResult> results = runner.results();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).id, u"hung"_s);
        QCOMPARE(results.at(0).status, CheckStatus::Failed);
        QCOMPARE(results.at(0).summary, u"No answer within 1 s."_s);
        QVERIFY(anyContains(results.at(0).evidence, u"did not answer within 1 s"_s));
        QCOMPARE(results.at(0).title, u"Fake hung"_s);
        QCOMPARE(results.at(1).status, CheckStatus::Ok);
        QCOMPARE(hung->abandons, 1); // its work was dropped
        QVERIFY(!hung->isRunning());
    }

    void cancelStopsEverything()
    {
        DiagnosticsRoot root;
        CheckRunner runner;
        auto *a = new FakeCheck(u"a"_s, 5000, CheckStatus::Ok);
        auto *b = new FakeCheck(u"b"_s, 0, CheckStatus::Ok);
        auto *c = new FakeCheck(u"c"_s, -1, CheckStatus::Ok);
        runner.setChecks({ a, b, c });
        QSignalSpy finished(&runner, &CheckRunner::finished);
        QSignalSpy finishedOne(&runner, &CheckRunner::checkFinished);
        runner.start(root.environment());
        QTRY_COMPARE(finishedOne.size(), 1); // b answered
        runner.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!runner.isRunning());
        const QList<CheckResult> results = runner.results();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).status, CheckStatus::Cancelled);
        QCOMPARE(results.at(1).status, CheckStatus::Ok);
        QCOMPARE(results.at(2).status, CheckStatus::Cancelled);
        QVERIFY(!a->isRunning());
        QVERIFY(!c->isRunning());
        // Nothing more arrives afterwards.
        QTest::qWait(100);
        QCOMPARE(finishedOne.size(), 3);
        QCOMPARE(finished.size(), 1);
    }

    void rerun()
    {
        DiagnosticsRoot root;
        CheckRunner runner;
        auto *a = new FakeCheck(u"a"_s, 10, CheckStatus::Ok);
        runner.setChecks({ a });
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(root.environment());
        QVERIFY(finished.wait(5000));
        runner.start(root.environment());
        QVERIFY(finished.wait(5000));
        QCOMPARE(a->runs, 2);
        QCOMPARE(runner.results().size(), 1);
        // Starting while running restarts: the first run's checks are cancelled.
        runner.start(root.environment());
        runner.start(root.environment());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 4); // the interrupted run reported (cancelled) too
        QCOMPARE(runner.results().first().status, CheckStatus::Ok);
    }

    void noChecks()
    {
        DiagnosticsRoot root;
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(root.environment());
        QVERIFY(finished.wait(1000));
        QVERIFY(runner.results().isEmpty());
    }

    void deletingTheRunnerWhileChecksRunIsSafe()
    {
        DiagnosticsRoot root;
        auto *runner = new CheckRunner;
        runner->setChecks({ new FakeCheck(u"a"_s, 50, CheckStatus::Ok),
            new FakeCheck(u"b"_s, -1, CheckStatus::Ok) });
        runner->start(root.environment());
        QTest::qWait(10);
        delete runner;
        QTest::qWait(100);
    }
};

QTEST_GUILESS_MAIN(tst_CheckRunner)
#include "tst_checkrunner.moc"
