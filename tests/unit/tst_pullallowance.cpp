// SPDX-License-Identifier: Apache-2.0
// Docker Hub's RateLimit-* headers, as sent and as a hostile or broken server might send them.
#include "registry/PullAllowance.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::PullAllowance;

class tst_PullAllowance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseHeader_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("window");
        QTest::newRow("docker hub") << "100;w=21600"_ba << qint64(100) << qint64(21600);
        QTest::newRow("spaces") << " 76 ; w=21600 "_ba << qint64(76) << qint64(21600);
        QTest::newRow("no window") << "100"_ba << qint64(100) << qint64(-1);
        QTest::newRow("other parameters") << "100;burst=5;w=60"_ba << qint64(100) << qint64(60);
        QTest::newRow("zero left") << "0;w=21600"_ba << qint64(0) << qint64(21600);
        QTest::newRow("empty") << QByteArray() << qint64(-1) << qint64(-1);
        QTest::newRow("words") << "plenty"_ba << qint64(-1) << qint64(-1);
        QTest::newRow("negative") << "-5;w=60"_ba << qint64(-1) << qint64(-1);
        QTest::newRow("window not a number") << "100;w=soon"_ba << qint64(100) << qint64(-1);
        QTest::newRow("window zero") << "100;w=0"_ba << qint64(100) << qint64(-1);
        QTest::newRow("overflow") << "99999999999999999999999;w=1"_ba << qint64(-1) << qint64(-1);
        QTest::newRow("NUL") << QByteArray("10\0;w=5", 7) << qint64(-1) << qint64(-1);
        QTest::newRow("huge") << QByteArray(1 << 20, '9') << qint64(-1) << qint64(-1);
        QTest::newRow("only separators") << ";;;w="_ba << qint64(-1) << qint64(-1);
    }

    void parseHeader()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, count);
        QFETCH(qint64, window);
        const auto [parsedCount, parsedWindow] = PullAllowance::parseHeader(value);
        QCOMPARE(parsedCount, count);
        QCOMPARE(parsedWindow, window);
    }

    void describe()
    {
        const PullAllowance allowance = PullAllowance::fromHeaders("100;w=21600"_ba, "76;w=21600"_ba);
        QVERIFY(allowance.isKnown());
        QCOMPARE(allowance.describe(), u"76 of 100 requests left per 6 h"_s);
        QCOMPARE(PullAllowance::fromHeaders("200"_ba, "3"_ba).describe(), u"3 of 200 requests left"_s);
        const PullAllowance unknown = PullAllowance::fromHeaders({}, "5"_ba);
        QVERIFY(!unknown.isKnown());
        QVERIFY(unknown.describe().isEmpty());
        QCOMPARE(PullAllowance::duration(30), u"30 s"_s);
        QCOMPARE(PullAllowance::duration(2520), u"42 min"_s);
        QCOMPARE(PullAllowance::duration(21600), u"6 h"_s);
    }
};

QTEST_GUILESS_MAIN(tst_PullAllowance)
#include "tst_pullallowance.moc"
