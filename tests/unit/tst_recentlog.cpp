// SPDX-License-Identifier: Apache-2.0
// RecentLog: keeps the last N lines in the documented format, from many threads at once,
// and every message still reaches the handler that was installed before it.
#include "base/LogCategories.h"
#include "base/RecentLog.h"

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

// The handler installed before RecentLog: it must still see every message. It keeps them
// instead of printing, which also keeps the test output short.
QMutex chainedMutex;
QStringList chainedMessages;
QList<QtMsgType> chainedTypes;

void chainedHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker locker(&chainedMutex);
    chainedMessages.append(message);
    chainedTypes.append(type);
}

QStringList chained()
{
    const QMutexLocker locker(&chainedMutex);
    return chainedMessages;
}

void clearChained()
{
    const QMutexLocker locker(&chainedMutex);
    chainedMessages.clear();
    chainedTypes.clear();
}

} // namespace

class tst_RecentLog : public QObject
{
    Q_OBJECT

private:
    QtMessageHandler m_testlibHandler = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!RecentLog::isInstalled());
        m_testlibHandler = qInstallMessageHandler(chainedHandler);
        RecentLog::install();
        RecentLog::install(); // idempotent: a second call must not chain RecentLog to itself
        QVERIFY(RecentLog::isInstalled());
        QCOMPARE(RecentLog::capacity(), RecentLog::DefaultCapacity);
        QCOMPARE(RecentLog::DefaultCapacity, qsizetype(2000));
    }

    void init()
    {
        RecentLog::clear();
        clearChained();
        RecentLog::setCapacity(RecentLog::DefaultCapacity);
    }

    void format()
    {
        qCWarning(lcEngine) << "cannot reach" << 42;
        qCInfo(lcDiagnostics, "check %s done", "selinux");
        qDebug("plain debug");
        qCritical("bad: %d", 7);
        const QStringList lines = RecentLog::lines();
        QCOMPARE(lines.size(), 4);
        static const QRegularExpression time(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z "_s);
        for (const QString &line : lines)
            QVERIFY2(time.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(lines.at(0).endsWith(u" wharf.engine warning: cannot reach 42"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(u" wharf.diagnostics info: check selinux done"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).endsWith(u" default debug: plain debug"_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).endsWith(u" default critical: bad: 7"_s), qPrintable(lines.at(3)));
        // The time is now, in UTC.
        const QDateTime stamp = QDateTime::fromString(lines.at(0).section(u' ', 0, 0), Qt::ISODateWithMs);
        QVERIFY(stamp.isValid());
        QVERIFY(qAbs(stamp.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void disabledCategoriesCostNothing()
    {
        qCDebug(lcEngine) << "debug is off for wharf.engine by default";
        QVERIFY(RecentLog::lines().isEmpty());
    }

    void ringKeepsTheLastLines()
    {
        for (int i = 0; i < 2500; ++i)
            qInfo("line %d", i);
        QStringList lines = RecentLog::lines();
        QCOMPARE(lines.size(), 2000);
        QVERIFY2(lines.first().endsWith(u": line 500"_s), qPrintable(lines.first()));
        QVERIFY2(lines.last().endsWith(u": line 2499"_s), qPrintable(lines.last()));
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY(lines.at(i).endsWith(u": line %1"_s.arg(500 + i)));
        QCOMPARE(chained().size(), 2500); // the previous handler saw all of them

        RecentLog::setCapacity(10); // shrinking drops the oldest
        lines = RecentLog::lines();
        QCOMPARE(lines.size(), 10);
        QVERIFY(lines.first().endsWith(u": line 2490"_s));
        qInfo("one more");
        QCOMPARE(RecentLog::lines().size(), 10);
        QVERIFY(RecentLog::lines().last().endsWith(u": one more"_s));

        RecentLog::setCapacity(0); // at least one line
        QCOMPARE(RecentLog::capacity(), qsizetype(1));
        QCOMPARE(RecentLog::lines().size(), 1);

        RecentLog::clear();
        QVERIFY(RecentLog::lines().isEmpty());
    }

    void threadsLogConcurrently()
    {
        constexpr int threads = 8;
        constexpr int perThread = 500;
        RecentLog::setCapacity(threads * perThread);
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([t] {
                for (int i = 0; i < perThread; ++i)
                    qCWarning(lcModels, "thread %d message %d", t, i);
            }));
        }
        for (auto &worker : workers)
            worker->start();
        for (auto &worker : workers)
            QVERIFY(worker->wait(60000));

        const QStringList lines = RecentLog::lines();
        QCOMPARE(lines.size(), threads * perThread);
        // Every message exactly once, each thread's in its own order.
        static const QRegularExpression pattern(u" wharf\\.models warning: thread (\\d+) message (\\d+)$"_s);
        QList<int> next(threads, 0);
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = pattern.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            const int thread = match.captured(1).toInt();
            QCOMPARE(match.captured(2).toInt(), next[thread]);
            ++next[thread];
        }
        for (int t = 0; t < threads; ++t)
            QCOMPARE(next.at(t), perThread);
        QCOMPARE(chained().size(), threads * perThread);

        // Overflowing the ring from many threads keeps exactly capacity lines.
        RecentLog::setCapacity(100);
        workers.clear();
        for (int t = 0; t < threads; ++t)
            workers.emplace_back(QThread::create([] {
                for (int i = 0; i < perThread; ++i)
                    qInfo("overflow %d", i);
            }));
        for (auto &worker : workers)
            worker->start();
        for (auto &worker : workers)
            QVERIFY(worker->wait(60000));
        QCOMPARE(RecentLog::lines().size(), 100);
    }

    void chainsToThePreviousHandler()
    {
        qWarning("to both handlers");
        QCOMPARE(chained(), QStringList{u"to both handlers"_s});
        {
            const QMutexLocker locker(&chainedMutex);
            QCOMPARE(chainedTypes, QList<QtMsgType>{QtWarningMsg});
        }
        QCOMPARE(RecentLog::lines().size(), 1);
        // The previous handler gets the message as it was, not the formatted line.
        QVERIFY(RecentLog::lines().first().endsWith(u"default warning: to both handlers"_s));
    }

    void longMessagesAreCut()
    {
        const QString longText(100000, u'x');
        qInfo().noquote() << longText;
        const QStringList lines = RecentLog::lines();
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().size() < RecentLog::MaxLineLength + 100);
        QVERIFY(lines.first().endsWith(u"x [truncated]"_s));
        QCOMPARE(chained().first(), longText); // the previous handler gets it whole
    }

    void cleanupTestCase()
    {
        // Hand the output back to QTest for its own messages at the end.
        qInstallMessageHandler(m_testlibHandler);
    }
};

QTEST_GUILESS_MAIN(tst_RecentLog)
#include "tst_recentlog.moc"
