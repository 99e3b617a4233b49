// SPDX-License-Identifier: Apache-2.0
// The /etc/subuid and /etc/subgid parser, with hostile input.
#include "diagnostics/SubordinateIds.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_SubordinateIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("ranges");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<bool>("alice");
        QTest::newRow("debian default")
            << QByteArray("alice:100000:65536\nbob:165536:65536\n") << 2 << 0 << true;
        QTest::newRow("by uid") << QByteArray("1000:100000:65536\n") << 1 << 0 << true;
        QTest::newRow("other users only") << QByteArray("bob:100000:65536\n") << 1 << 0 << false;
        QTest::newRow("prefix is not the name")
            << QByteArray("alice2:100000:65536\nalic:1:2\n") << 2 << 0 << false;
        QTest::newRow("case matters") << QByteArray("Alice:100000:65536\n") << 1 << 0 << false;
        QTest::newRow("zero count") << QByteArray("alice:100000:0\n") << 1 << 0 << false;
        QTest::newRow("comments and blanks")
            << QByteArray("# comment\n\n   \nalice:1:2\n") << 1 << 0 << true;
        QTest::newRow("crlf and spaces")
            << QByteArray("  alice:100000:65536  \r\n") << 1 << 0 << true;
        QTest::newRow("no final newline") << QByteArray("alice:100000:65536") << 1 << 0 << true;
        QTest::newRow("two fields") << QByteArray("alice:100000\n") << 0 << 1 << false;
        QTest::newRow("four fields") << QByteArray("alice:1:2:3\n") << 0 << 1 << false;
        QTest::newRow("not numbers")
            << QByteArray("alice:abc:65536\nalice:1:x\n") << 0 << 2 << false;
        QTest::newRow("negative") << QByteArray("alice:-1:65536\n") << 0 << 1 << false;
        QTest::newRow("overflow") << QByteArray("alice:99999999999999999999999:1\n") << 0 << 1
                                  << false;
        QTest::newRow("empty owner") << QByteArray(":1:2\n") << 0 << 1 << false;
        QTest::newRow("nul in name") << QByteArray("ali\0ce:1:2\n", 11) << 0 << 1 << false;
        QTest::newRow("garbage then good")
            << QByteArray("\xff\xfe\x00garbage\nalice:1:2\n", 21) << 1 << 1 << true;
        QTest::newRow("empty") << QByteArray() << 0 << 0 << false;
        QTest::newRow("huge") << QByteArray(1 << 20, ':') << 0 << 1 << false;
    }

    void parse()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, ranges);
        QFETCH(int, rejected);
        QFETCH(bool, alice);
        const SubordinateIds ids = SubordinateIds::parse(content);
        QCOMPARE(ids.ranges().size(), ranges);
        QCOMPARE(ids.rejectedLines(), rejected);
        QCOMPARE(!ids.rangesFor(u"alice"_s, 1000).isEmpty(), alice);
    }

    void rangeDetails()
    {
        const SubordinateIds ids = SubordinateIds::parse("# x\nbob:1:2\nalice:100000:65536\n");
        const QList<SubordinateIds::Range> ranges = ids.rangesFor(u"alice"_s, 1000);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first().owner, u"alice"_s);
        QCOMPARE(ranges.first().first, quint64(100000));
        QCOMPARE(ranges.first().count, quint64(65536));
        QCOMPARE(ranges.first().line, 3);
        // An empty user name matches no empty owner.
        QVERIFY(ids.rangesFor(QString(), 4242).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SubordinateIds)
#include "tst_subordinateids.moc"
