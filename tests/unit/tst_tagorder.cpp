// SPDX-License-Identifier: Apache-2.0
#include "registry/TagOrder.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

QStringList shuffled(QStringList list, quint32 seed)
{
    QRandomGenerator random(seed);
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, random.bounded(static_cast<int>(i + 1)));
    return list;
}

// Tags of every kind, with the awkward cases close together.
QStringList generatedTags(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList prefixes{QString(), QString(), u"v"_s, u"V"_s};
    const QStringList suffixes{QString(),   QString(),   u"-slim"_s, u"-alpine"_s, u"-Alpine3.19"_s, u"-rc1"_s,
                               u"-rc2"_s,   u"rc1"_s,    u"-RC1"_s,  u"-beta"_s,   u"b2"_s,          u"a1"_s,
                               u".x"_s,     u"+build5"_s, u"_1"_s,   u"-"_s,       u"-rc1-slim"_s,   u"-dev"_s,
                               u"~pre.3"_s, u"c"_s,      u"-10"_s,   u"-9"_s};
    const QStringList others{u"latest"_s,      u"Latest"_s,  u"LATEST"_s,   u"alpine"_s, u"Alpine"_s,  u"edge"_s,
                             u"test1"_s,       u"test01"_s,  u"test10"_s,   u"test2"_s,  u"a1b2"_s,    u"a01b2"_s,
                             u"sha256-abc.sig"_s, u"7f3e2a1"_s, u"v"_s,     u"V"_s,      u"-"_s,       u"."_s,
                             QString(),        u"\u00e9dition"_s, u"\U0001F433"_s, u"x\0y"_s, u"1a"_s,  u"0"_s,
                             u"00"_s,          u"000.000"_s, u"20241399"_s, u"19691231"_s, u"2024-01"_s, u"2024-1-31"_s,
                             u"2024-01-31T10"_s, u"2024.01.31.1"_s, u"202401311530"_s, u"20240131153000"_s,
                             u"20240131253000"_s};
    QStringList tags;
    for (int i = 0; i < count; ++i) {
        const int kind = random.bounded(10);
        if (kind < 5) {
            QString tag = prefixes.at(random.bounded(static_cast<int>(prefixes.size())));
            const int components = random.bounded(1, 5);
            for (int c = 0; c < components; ++c) {
                if (c > 0)
                    tag += u'.';
                if (random.bounded(6) == 0)
                    tag += u'0';
                tag += QString::number(random.bounded(13));
            }
            tag += suffixes.at(random.bounded(static_cast<int>(suffixes.size())));
            tags.append(tag);
        } else if (kind < 7) {
            const int year = random.bounded(2019, 2026);
            const int month = random.bounded(1, 13);
            const int day = random.bounded(1, 29);
            static const QStringList separators{QString(), u"-"_s, u"."_s, u"_"_s};
            const QString sep = separators.at(random.bounded(4));
            QString tag = QString::number(year) + sep + u"%1"_s.arg(month, 2, 10, QLatin1Char('0')) + sep
                + u"%1"_s.arg(day, 2, 10, QLatin1Char('0'));
            if (random.bounded(3) == 0)
                tag += suffixes.at(random.bounded(static_cast<int>(suffixes.size())));
            tags.append(tag);
        } else {
            tags.append(others.at(random.bounded(static_cast<int>(others.size()))));
        }
    }
    return tags;
}

} // namespace

class TestTagOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sort_data()
    {
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("Docker Hub style")
            << QStringList{u"latest"_s,       u"3"_s,           u"3-slim"_s,         u"3.13.0rc2"_s,
                           u"3.13.0rc2-slim"_s, u"3.13.0rc1"_s,  u"3.12"_s,           u"3.12-alpine"_s,
                           u"3.12-slim"_s,    u"3.12.1"_s,      u"3.12.1-slim"_s,    u"3.12.0"_s,
                           u"3.11"_s,         u"3.9"_s,         u"2"_s,              u"2.7.18"_s,
                           u"20240131"_s,     u"2024-01-30"_s,  u"2024.01.29"_s,     u"20231231"_s,
                           u"2023-12-31-1"_s, u"alpine"_s,      u"bookworm"_s,       u"edge"_s,
                           u"Nightly"_s,      u"sha256-abc.sig"_s, u"stable"_s,      u"test2"_s,
                           u"test9"_s,        u"test10"_s};
        QTest::newRow("v prefix, numbers as numbers")
            << QStringList{u"v1.10.0"_s, u"v1.10.0-rc.1"_s, u"v1.9.10"_s, u"v1.9.9"_s,
                           u"v1.9.1"_s, u"v0.10"_s, u"v0.9"_s};
        QTest::newRow("pre-releases newest first")
            << QStringList{u"2.0.0"_s,        u"2.0.0+build.7"_s, u"2.0.0-slim"_s,  u"2.0.0-rc10"_s,
                           u"2.0.0-rc2"_s,    u"2.0.0-rc1"_s,     u"2.0.0-rc1-slim"_s, u"2.0.0-pre"_s,
                           u"2.0.0-beta.2"_s, u"2.0.0-beta"_s,    u"2.0.0-alpha"_s, u"2.0.0-dev"_s,
                           u"1.9.9"_s};
        QTest::newRow("Python-style pre-releases")
            << QStringList{u"3.13.0"_s, u"3.13.0rc2"_s, u"3.13.0rc1"_s, u"3.13.0b4"_s, u"3.13.0b1"_s, u"3.13.0a6"_s};
        QTest::newRow("flavours after the plain version, in natural order")
            << QStringList{u"1.36"_s, u"1.36-glibc"_s, u"1.36-musl"_s, u"1.36-uclibc"_s, u"1.36.1"_s, u"1.36.1-glibc"_s,
                           u"1.36.0"_s};
        QTest::newRow("dates")
            << QStringList{u"20240131153001"_s, u"202401311530"_s, u"2024-01-31"_s, u"2024.01.31"_s, u"20240131"_s,
                           u"20240131-2"_s,     u"20240131-10"_s,  u"2024_01_30"_s, u"19700101"_s};
        QTest::newRow("others: natural, case-insensitive, then exact")
            << QStringList{u"7f3e2a1"_s, u"a2"_s,    u"A10"_s,   u"a10"_s,  u"build-9"_s, u"build-10"_s,
                           u"Edge"_s,    u"edge"_s,  u"main"_s,  u"sha-0a1"_s, u"v"_s,    u"vnext"_s};
        QTest::newRow("only latest is special")
            << QStringList{u"latest"_s, u"1"_s, u"LATEST"_s, u"Latest"_s, u"latest-slim"_s};
        QTest::newRow("equal numbers written differently")
            << QStringList{u"01.0"_s, u"1.0"_s, u"1.00"_s, u"V1.0"_s, u"v1.0"_s, u"1.0-SLIM"_s, u"1.0-slim"_s};
        QTest::newRow("huge numbers")
            << QStringList{u"123456789012345678901234567890"_s, u"99999999999999999999"_s, u"18446744073709551616"_s,
                           u"18446744073709551615"_s, u"1"_s};
        QTest::newRow("calendar versions and impossible dates are versions")
            << QStringList{u"20241399"_s, u"2024.10"_s, u"2024.9"_s, u"20241231"_s};
    }

    void sort()
    {
        QFETCH(QStringList, expected);
        for (quint32 seed = 1; seed <= 20; ++seed) {
            QStringList tags = shuffled(expected, seed);
            TagOrder::sort(tags);
            QCOMPARE(tags, expected);
            QStringList viaLessThan = shuffled(expected, seed + 100);
            std::sort(viaLessThan.begin(), viaLessThan.end(), TagOrder::lessThan);
            QCOMPARE(viaLessThan, expected);
        }
    }

    void lessThan_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aFirst");

        auto row = [](const QString &a, const QString &b, bool aFirst) {
            QTest::addRow("%s vs %s", qPrintable(a), qPrintable(b)) << a << b << aFirst;
        };
        row(u"latest"_s, u"99"_s, true);
        row(u"v1.10"_s, u"v1.9"_s, true); // v1.10 is the later version
        row(u"v1.9"_s, u"v1.10"_s, false);
        row(u"1.10"_s, u"1.9"_s, true);
        row(u"2.0.0"_s, u"2.0.0-rc1"_s, true);
        row(u"2.0.0-rc1"_s, u"2.0.0"_s, false);
        row(u"1.2"_s, u"1.2-slim"_s, true);
        row(u"1.2-slim"_s, u"1.2.3"_s, true);
        row(u"1.2.3"_s, u"1.2"_s, false);
        row(u"1.2"_s, u"v1.2"_s, true);
        row(u"1.2.3"_s, u"20240131"_s, true);
        row(u"20240131"_s, u"alpine"_s, true);
        row(u"2024-01-31"_s, u"20240130"_s, true);
        row(u"1.0"_s, u"7f3e2a1"_s, true);
        row(u"ABC"_s, u"abc"_s, true);
        row(u"test2"_s, u"test10"_s, true);
        row(u"x"_s, u"x"_s, false);
        row(QString(), QString(), false);
        row(QString(), u"a"_s, true);
        row(u"latest"_s, u"latest"_s, false);
    }

    void lessThan()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aFirst);
        QCOMPARE(TagOrder::lessThan(a, b), aFirst);
        const int c = TagOrder::compare(a, b);
        QCOMPARE(c < 0, aFirst);
        QCOMPARE(c == 0, a == b);
    }

    // Irreflexive, asymmetric, transitive and total on a few hundred tags of every kind.
    void strictWeakOrdering()
    {
        QStringList tags = generatedTags(400, 42);
        tags.removeDuplicates();
        const qsizetype n = tags.size();
        QVERIFY(n > 200);
        std::vector<signed char> order(static_cast<std::size_t>(n * n));
        const auto at = [&order, n](qsizetype i, qsizetype j) -> signed char & {
            return order[static_cast<std::size_t>(i * n + j)];
        };
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = 0; j < n; ++j) {
                const int c = TagOrder::compare(tags.at(i), tags.at(j));
                at(i, j) = static_cast<signed char>(c < 0 ? -1 : c > 0 ? 1 : 0);
                QCOMPARE(TagOrder::lessThan(tags.at(i), tags.at(j)), c < 0);
            }
        }
        for (qsizetype i = 0; i < n; ++i) {
            QVERIFY2(at(i, i) == 0, qPrintable(tags.at(i)));
            for (qsizetype j = 0; j < n; ++j) {
                if (i != j)
                    QVERIFY2(at(i, j) != 0, qPrintable(tags.at(i) + u" = "_s + tags.at(j)));
                QVERIFY2(at(i, j) == -at(j, i), qPrintable(tags.at(i) + u" / "_s + tags.at(j)));
            }
        }
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = 0; j < n; ++j) {
                if (at(i, j) >= 0)
                    continue;
                for (qsizetype k = 0; k < n; ++k) {
                    if (at(j, k) < 0 && at(i, k) >= 0) {
                        QFAIL(qPrintable(u"not transitive: "_s + tags.at(i) + u" < "_s + tags.at(j) + u" < "_s
                                         + tags.at(k)));
                    }
                }
            }
        }
    }

    void stdSortOnRandomAndAdversarialLists_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("random") << generatedTags(3000, 7);
        QTest::newRow("random, many duplicates") << generatedTags(3000, 8) + generatedTags(3000, 8);
        QTest::newRow("all equal") << QStringList(2000, u"1.0"_s);
        QTest::newRow("all equal numbers, different strings")
            << [] {
                   QStringList tags;
                   for (int i = 0; i < 300; ++i)
                       tags += QStringList{u"1.0"_s, u"1.00"_s, u"01.0"_s, u"v1.0"_s, u"V1.0"_s, u"1.000"_s, u"001.0"_s};
                   return tags;
               }();
        {
            QStringList sorted = generatedTags(3000, 9);
            TagOrder::sort(sorted);
            QTest::newRow("already sorted") << sorted;
            std::reverse(sorted.begin(), sorted.end());
            QTest::newRow("reversed") << sorted;
            QStringList organ = sorted.mid(0, sorted.size() / 2);
            QStringList tail = sorted.mid(sorted.size() / 2);
            std::reverse(tail.begin(), tail.end());
            QTest::newRow("organ pipe") << organ + tail;
        }
        {
            QStringList hostile;
            for (int i = 0; i < 500; ++i) {
                hostile.append(QString(i % 50 + 1, u'9'));               // growing numbers
                hostile.append(u"1."_s.repeated(i % 40) + u'1');          // growing versions
                hostile.append(QString(i % 7, QChar(u'\0')) + u"a"_s);    // NULs
                hostile.append(u"v"_s + QString(200, u'0') + QString::number(i)); // leading zeros
                hostile.append(u"2024-01-"_s + QString::number(i % 40));  // almost dates
                hostile.append(QString(1000, u'x') + QString::number(i));  // long
            }
            QTest::newRow("hostile") << hostile;
        }
    }

    void stdSortOnRandomAndAdversarialLists()
    {
        QFETCH(QStringList, tags);
        QStringList viaSort = tags;
        TagOrder::sort(viaSort);
        QStringList viaStdSort = tags;
        std::sort(viaStdSort.begin(), viaStdSort.end(), TagOrder::lessThan);
        QCOMPARE(viaStdSort, viaSort);
        QVERIFY(std::is_sorted(viaSort.begin(), viaSort.end(), TagOrder::lessThan));
        QStringList a = tags;
        QStringList b = viaSort;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QCOMPARE(b, a); // a permutation: nothing lost, nothing added
    }

    void tenThousandTagsAreFast()
    {
        // Realistic: versions with flavours, dates, CI tags.
        QStringList tags;
        QRandomGenerator random(10000);
        const QStringList flavours{QString(), u"-slim"_s, u"-alpine"_s, u"-bookworm"_s, u"-rc1"_s};
        for (int i = 0; i < 10000; ++i) {
            switch (i % 4) {
            case 0:
            case 1:
                tags.append(u"v%1.%2.%3"_s.arg(random.bounded(5)).arg(random.bounded(40)).arg(random.bounded(20))
                            + flavours.at(random.bounded(5)));
                break;
            case 2:
                tags.append(u"2024%1%2"_s.arg(random.bounded(1, 13), 2, 10, QLatin1Char('0')).arg(random.bounded(1, 29), 2, 10, QLatin1Char('0')));
                break;
            default:
                tags.append(u"ci-build-%1-%2"_s.arg(random.bounded(100000)).arg(QString::number(random.generate(), 16)));
                break;
            }
        }
        tags.append(u"latest"_s);
        qint64 best = std::numeric_limits<qint64>::max();
        QStringList sorted;
        for (int run = 0; run < 3; ++run) {
            sorted = tags;
            QElapsedTimer timer;
            timer.start();
            TagOrder::sort(sorted);
            best = std::min(best, timer.elapsed());
        }
        qInfo("sorting 10,001 tags: %lld ms", best);
        QVERIFY2(best < 100, qPrintable(u"%1 ms"_s.arg(best)));
        QCOMPARE(sorted.first(), u"latest"_s);
        QVERIFY(std::is_sorted(sorted.begin(), sorted.end(), TagOrder::lessThan));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestTagOrder)
#include "tst_tagorder.moc"
