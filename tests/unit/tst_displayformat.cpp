// SPDX-License-Identifier: Apache-2.0
#include "base/DisplayFormat.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void size_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");

        QTest::newRow("zero") << qint64(0) << u"0 B"_s;
        QTest::newRow("one") << qint64(1) << u"1 B"_s;
        QTest::newRow("999") << qint64(999) << u"999 B"_s;
        QTest::newRow("1000") << qint64(1000) << u"1 kB"_s;
        QTest::newRow("1200") << qint64(1200) << u"1.2 kB"_s;
        QTest::newRow("1234") << qint64(1234) << u"1.23 kB"_s;
        QTest::newRow("1235 rounds") << qint64(1235) << u"1.24 kB"_s;
        QTest::newRow("100 kB") << qint64(100000) << u"100 kB"_s;
        QTest::newRow("999.499 kB") << qint64(999499) << u"999 kB"_s;
        QTest::newRow("999.5 kB rounds up a unit") << qint64(999500) << u"1 MB"_s;
        QTest::newRow("busybox") << qint64(1982305) << u"1.98 MB"_s;
        QTest::newRow("12.3 MB") << qint64(12300000) << u"12.3 MB"_s;
        QTest::newRow("layered") << qint64(20856673) << u"20.9 MB"_s;
        QTest::newRow("1.05 GB") << qint64(1050000000) << u"1.05 GB"_s;
        QTest::newRow("TB") << qint64(3500000000000) << u"3.5 TB"_s;
        QTest::newRow("PB") << qint64(1000000000000000) << u"1 PB"_s;
        QTest::newRow("almost EB") << qint64(999999999999999999) << u"1 EB"_s;
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"9.22 EB"_s;
        QTest::newRow("negative") << qint64(-1) << u"—"_s;
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"—"_s;
    }

    void size()
    {
        QFETCH(qint64, bytes);
        QTEST(DisplayFormat::size(bytes), "text");
    }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("text");

        constexpr qint64 Minute = 60;
        constexpr qint64 Hour = 60 * Minute;
        constexpr qint64 Day = 24 * Hour;
        QTest::newRow("now") << qint64(0) << u"just now"_s;
        QTest::newRow("59 s") << qint64(59) << u"just now"_s;
        QTest::newRow("small clock skew") << qint64(-30) << u"just now"_s;
        QTest::newRow("future") << qint64(-61) << u"in the future"_s;
        QTest::newRow("far future") << -3650 * Day << u"in the future"_s;
        QTest::newRow("1 minute") << Minute << u"1 minute ago"_s;
        QTest::newRow("5 minutes") << 5 * Minute + 10 << u"5 minutes ago"_s;
        QTest::newRow("59 minutes") << Hour - 1 << u"59 minutes ago"_s;
        QTest::newRow("1 hour") << Hour << u"1 hour ago"_s;
        QTest::newRow("3 hours") << 3 * Hour << u"3 hours ago"_s;
        QTest::newRow("47 hours") << 48 * Hour - 1 << u"47 hours ago"_s;
        QTest::newRow("2 days") << 2 * Day << u"2 days ago"_s;
        QTest::newRow("13 days") << 14 * Day - 1 << u"13 days ago"_s;
        QTest::newRow("2 weeks") << 14 * Day << u"2 weeks ago"_s;
        QTest::newRow("3 weeks") << 21 * Day << u"3 weeks ago"_s;
        QTest::newRow("8 weeks") << 60 * Day - 1 << u"8 weeks ago"_s;
        QTest::newRow("2 months") << 60 * Day << u"2 months ago"_s;
        QTest::newRow("4 months") << 120 * Day << u"4 months ago"_s;
        QTest::newRow("24 months") << 730 * Day - 1 << u"24 months ago"_s;
        QTest::newRow("2 years") << 730 * Day << u"2 years ago"_s;
        QTest::newRow("10 years") << 3650 * Day << u"10 years ago"_s;
        QTest::newRow("epoch") << QDateTime(QDate(2026, 11, 24), QTime(10, 31, 5), Qt::UTC).toSecsSinceEpoch()
                               << u"56 years ago"_s;
    }

    void relativeTime()
    {
        QFETCH(qint64, secondsAgo);
        const QDateTime now(QDate(2026, 11, 24), QTime(10, 31, 5), Qt::UTC);
        QTEST(DisplayFormat::relativeTime(now.addSecs(-secondsAgo), now), "text");
        // The same instant in another time zone reads the same.
        QTEST(DisplayFormat::relativeTime(now.addSecs(-secondsAgo).toOffsetFromUtc(5 * 3600 + 1800), now), "text");
    }

    void relativeTimeInvalid()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(DisplayFormat::relativeTime(QDateTime(), now), u"unknown"_s);
        QCOMPARE(DisplayFormat::relativeTime(now, QDateTime()), u"unknown"_s);
    }

    void exactTime()
    {
        const QDateTime local(QDate(2026, 11, 24), QTime(10, 31, 5, 999), Qt::LocalTime);
        QCOMPARE(DisplayFormat::exactTime(local), u"2026-11-24 10:31:05"_s);
        // A UTC time is shown in local time.
        const QDateTime utc = local.toUTC();
        QCOMPARE(DisplayFormat::exactTime(utc), u"2026-11-24 10:31:05"_s);
        QCOMPARE(DisplayFormat::exactTime(QDateTime()), QString());
    }

    void shortImageId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("text");
        QTest::newRow("sha256") << u"sha256:7b4cf3d58770e68cc8b546f6e44316ba000a3383c598d48fc1940e28d1259f75"_s
                                << u"7b4cf3d58770"_s;
        QTest::newRow("bare") << u"7b4cf3d58770e68cc8b546f6e44316ba000a3383c598d48fc1940e28d1259f75"_s
                              << u"7b4cf3d58770"_s;
        QTest::newRow("other algorithm") << u"sha512:0123456789abcdef0123"_s << u"0123456789ab"_s;
        QTest::newRow("short") << u"abc"_s << u"abc"_s;
        QTest::newRow("exactly 12") << u"sha256:0123456789ab"_s << u"0123456789ab"_s;
        QTest::newRow("prefix only") << u"sha256:"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void shortImageId()
    {
        QFETCH(QString, id);
        QTEST(DisplayFormat::shortImageId(id), "text");
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestDisplayFormat)
#include "tst_displayformat.moc"
