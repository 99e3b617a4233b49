// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchStrategy.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class TestLaunchStrategy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<LaunchStrategy>("strategy");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("usesEngine");
        QTest::newRow("host") << LaunchStrategy::HostMount << u"host"_s << true;
        QTest::newRow("automounter") << LaunchStrategy::Automounter << u"automounter"_s << true;
        QTest::newRow("fuse") << LaunchStrategy::Fuse << u"fuse"_s << true;
        QTest::newRow("apptainer") << LaunchStrategy::Apptainer << u"apptainer"_s << false;
        QTest::newRow("cmssw") << LaunchStrategy::Cmssw << u"cmssw"_s << false;
    }

    void names()
    {
        QFETCH(LaunchStrategy, strategy);
        QFETCH(QString, name);
        QFETCH(bool, usesEngine);
        QCOMPARE(launchStrategyName(strategy), name);
        QCOMPARE(launchStrategyFromName(name), std::optional<LaunchStrategy>(strategy));
        QCOMPARE(launchStrategyUsesEngine(strategy), usesEngine);
        QVERIFY(!launchStrategyDisplayName(strategy).isEmpty());
        QVERIFY(allLaunchStrategies().contains(strategy));
    }

    void unknownNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << u"HOST"_s;
        QTest::newRow("padded") << u" host"_s;
        QTest::newRow("other") << u"singularity"_s;
        QTest::newRow("NUL") << QString(u"host\0"_s);
    }

    void unknownNames()
    {
        QFETCH(QString, name);
        QCOMPARE(launchStrategyFromName(name), std::nullopt);
    }

    void allAreDistinct()
    {
        const QList<LaunchStrategy> all = allLaunchStrategies();
        QCOMPARE(all.size(), 5);
        QStringList names;
        for (const LaunchStrategy strategy : all)
            names << launchStrategyName(strategy);
        names.removeDuplicates();
        QCOMPARE(names.size(), 5);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLaunchStrategy)
#include "tst_launchstrategy.moc"
