// SPDX-License-Identifier: Apache-2.0
#include "registry/TokenCache.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

const QDateTime Now(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());

const QString PullA = u"repository:cms/a:pull"_s;
const QString PullB = u"repository:cms/b:pull"_s;
const QString PullC = u"repository:cms/c:pull"_s;
const QString Catalog = u"registry:catalog:*"_s;

BearerToken tokenFor(int index, qint64 lifetime = 3600)
{
    return BearerToken(u"t"_s + QString::number(index), Now.addSecs(lifetime));
}

} // namespace

class TestTokenCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyFor_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QString>("key");

        QTest::newRow("none") << QStringList() << QString();
        QTest::newRow("one") << QStringList{ PullA } << PullA;
        QTest::newRow("sorted") << QStringList{ PullA, PullB } << QString(PullA + u' ' + PullB);
        QTest::newRow("unsorted") << QStringList{ PullB, PullA } << QString(PullA + u' ' + PullB);
        QTest::newRow("duplicates") << QStringList{ PullB, PullA, PullB, PullA } << QString(PullA + u' ' + PullB);
        QTest::newRow("empty strings dropped") << QStringList{ QString(), PullA, u""_s } << PullA;
        QTest::newRow("only empty strings") << QStringList{ QString(), u""_s } << QString();
        QTest::newRow("three") << QStringList{ PullC, Catalog, PullA }
                               << QString(Catalog + u' ' + PullA + u' ' + PullC); // "registry:" sorts first
    }

    void keyFor()
    {
        QFETCH(QStringList, scopes);
        QFETCH(QString, key);

        QCOMPARE(TokenCache::keyFor(scopes), key);
        // Any order of the same set gives the same key.
        QStringList reversed(scopes.crbegin(), scopes.crend());
        QCOMPARE(TokenCache::keyFor(reversed), key);
    }

    void find_data()
    {
        QTest::addColumn<QList<QStringList>>("stored"); // token i is "t<i>"
        QTest::addColumn<QStringList>("wanted");
        QTest::addColumn<int>("expected"); // index into stored, -1: nothing

        using Sets = QList<QStringList>;
        QTest::newRow("empty cache") << Sets() << QStringList{ PullA } << -1;
        QTest::newRow("empty cache, no scope") << Sets() << QStringList() << -1;
        QTest::newRow("exact") << Sets{ { PullA } } << QStringList{ PullA } << 0;
        QTest::newRow("exact among others") << Sets{ { PullB }, { PullA }, { PullC } } << QStringList{ PullA } << 1;
        QTest::newRow("other order") << Sets{ { PullA, PullB } } << QStringList{ PullB, PullA } << 0;
        QTest::newRow("duplicates asked") << Sets{ { PullA } } << QStringList{ PullA, PullA } << 0;
        QTest::newRow("duplicates stored") << Sets{ { PullA, PullA } } << QStringList{ PullA } << 0;
        QTest::newRow("superset serves one") << Sets{ { PullA, PullB, PullC } } << QStringList{ PullB } << 0;
        QTest::newRow("superset serves two") << Sets{ { PullA, PullB, PullC } } << QStringList{ PullC, PullA } << 0;
        QTest::newRow("subset does not serve") << Sets{ { PullA } } << QStringList{ PullA, PullB } << -1;
        QTest::newRow("disjoint") << Sets{ { PullA, PullB } } << QStringList{ PullC } << -1;
        QTest::newRow("overlapping only") << Sets{ { PullA, PullB } } << QStringList{ PullB, PullC } << -1;
        QTest::newRow("exact preferred") << Sets{ { PullA, PullB }, { PullA } } << QStringList{ PullA } << 1;
        QTest::newRow("prefix is not a scope") << Sets{ { u"repository:cms/ab:pull"_s } } << QStringList{ PullA } << -1;
        QTest::newRow("pull does not serve push")
            << Sets{ { PullA } } << QStringList{ u"repository:cms/a:push"_s } << -1;
        QTest::newRow("case matters") << Sets{ { PullA.toUpper() } } << QStringList{ PullA } << -1;
        // No scope (a login check): only a token issued without scope.
        QTest::newRow("no scope, stored without") << Sets{ { PullA }, {} } << QStringList() << 1;
        QTest::newRow("no scope, only scoped stored") << Sets{ { PullA } } << QStringList() << -1;
        // Empty strings are no scope, when asking as when storing.
        QTest::newRow("empty string stored") << Sets{ { PullA, QString() } } << QStringList{ PullA } << 0;
        QTest::newRow("empty string asked, exact") << Sets{ { PullA } } << QStringList{ PullA, QString() } << 0;
        QTest::newRow("empty string asked, superset")
            << Sets{ { PullA, PullB } } << QStringList{ PullA, QString() } << 0;
        QTest::newRow("only empty string asked") << Sets{ {} } << QStringList{ QString() } << 0;
        QTest::newRow("only empty string asked, only scoped stored")
            << Sets{ { PullA } } << QStringList{ QString(), u""_s } << -1;
    }

    void find()
    {
        QFETCH(QList<QStringList>, stored);
        QFETCH(QStringList, wanted);
        QFETCH(int, expected);

        TokenCache cache;
        for (int i = 0; i < stored.size(); ++i)
            cache.insert(stored.at(i), tokenFor(i));
        const BearerToken found = cache.find(wanted, Now);
        if (expected < 0) {
            QVERIFY2(found.isNull(), qPrintable(found.token()));
        } else {
            QVERIFY(!found.isNull());
            QCOMPARE(found.token(), tokenFor(expected).token());
        }
    }

    void expiry()
    {
        TokenCache cache;
        cache.insert({ PullA }, tokenFor(0, 100));
        QCOMPARE(cache.find({ PullA }, Now).token(), u"t0"_s);
        QCOMPARE(cache.find({ PullA }, Now.addSecs(89)).token(), u"t0"_s);
        // Within the renewal margin, and after the end: gone.
        QVERIFY(cache.find({ PullA }, Now.addSecs(90)).isNull());
        QVERIFY(cache.find({ PullA }, Now.addSecs(100)).isNull());
        QVERIFY(cache.find({ PullA }, Now.addSecs(86400)).isNull());
    }

    void expiredExactFallsBackToSuperset()
    {
        TokenCache cache;
        cache.insert({ PullA }, tokenFor(0, 100));
        cache.insert({ PullA, PullB }, tokenFor(1, 1000));
        QCOMPARE(cache.find({ PullA }, Now).token(), u"t0"_s);
        QCOMPARE(cache.find({ PullA }, Now.addSecs(500)).token(), u"t1"_s);
    }

    void expiredSupersetIgnored()
    {
        TokenCache cache;
        cache.insert({ PullA, PullB }, tokenFor(0, 100));
        cache.insert({ PullA, PullC }, tokenFor(1, 1000));
        QCOMPARE(cache.find({ PullA }, Now.addSecs(500)).token(), u"t1"_s);
        QVERIFY(cache.find({ PullB }, Now.addSecs(500)).isNull());
    }

    void replace()
    {
        TokenCache cache;
        cache.insert({ PullA, PullB }, tokenFor(0));
        cache.insert({ PullB, PullA }, tokenFor(1));
        cache.insert({ PullB, PullA, PullA, QString() }, tokenFor(2));
        QCOMPARE(cache.size(), qsizetype(1));
        QCOMPARE(cache.find({ PullA, PullB }, Now).token(), u"t2"_s);
    }

    void nullTokenIsNeverFound()
    {
        TokenCache cache;
        cache.insert({ PullA }, BearerToken());
        cache.insert({}, BearerToken());
        QVERIFY(cache.find({ PullA }, Now).isNull());
        QVERIFY(cache.find({}, Now).isNull());
    }

    void clear()
    {
        TokenCache cache;
        cache.insert({ PullA }, tokenFor(0));
        cache.insert({ PullB }, tokenFor(1));
        QCOMPARE(cache.size(), qsizetype(2));
        cache.clear();
        QCOMPARE(cache.size(), qsizetype(0));
        QVERIFY(cache.find({ PullA }, Now).isNull());
    }

    // A browse of thousands of repositories gets one token each: the cache stays bounded and
    // keeps serving the token just inserted.
    void bounded()
    {
        TokenCache cache;
        qsizetype largest = 0;
        for (int i = 0; i < 5000; ++i) {
            const QStringList scopes{ u"repository:group/repo-%1:pull"_s.arg(i) };
            cache.insert(scopes, tokenFor(i));
            largest = std::max(largest, cache.size());
            QCOMPARE(cache.find(scopes, Now).token(), tokenFor(i).token());
        }
        QVERIFY2(largest <= 1024, qPrintable(QString::number(largest)));
        QVERIFY(cache.size() >= 1);
    }

    // Lookups stay cheap enough when the cache is full and nothing matches.
    void fullCacheMiss()
    {
        TokenCache cache;
        for (int i = 0; i < 500; ++i) {
            QStringList scopes;
            for (int j = 0; j < 20; ++j)
                scopes.append(u"repository:g/r-%1-%2:pull"_s.arg(i).arg(j));
            cache.insert(scopes, tokenFor(i));
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 200; ++i)
            QVERIFY(cache.find({ PullA, PullB }, Now).isNull());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestTokenCache)
#include "tst_tokencache.moc"
