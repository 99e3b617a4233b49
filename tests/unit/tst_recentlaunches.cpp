// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchRequestJson.h"
#include "launch/RecentLaunches.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

LaunchRequest launch(const QString &image, const QString &folder = u"/home/alice/analysis"_s)
{
    LaunchRequest request;
    request.image = image;
    request.workingFolder = folder;
    return request;
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, minute), Qt::UTC);
}

QStringList images(const QList<RecentLaunches::Entry> &entries)
{
    QStringList list;
    for (const RecentLaunches::Entry &entry : entries)
        list << entry.request.image;
    return list;
}

} // namespace

class TestRecentLaunches : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_run = 0;

    std::unique_ptr<QSettings> makeSettings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(m_run)), QSettings::IniFormat);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_run;
        m_settings = makeSettings();
    }

    void emptyAtFirst()
    {
        RecentLaunches recent(m_settings.get(), u"/home/alice"_s);
        QVERIFY(recent.entries().isEmpty());
    }

    void mostRecentFirstAndRepeatMovesUp()
    {
        RecentLaunches recent(m_settings.get(), u"/home/alice"_s);
        QSignalSpy changed(&recent, &RecentLaunches::changed);
        recent.add(launch(u"a"_s), at(1));
        recent.add(launch(u"b"_s), at(2));
        recent.add(launch(u"c"_s), at(3));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(images(recent.entries()), QStringList({u"c"_s, u"b"_s, u"a"_s}));
        recent.add(launch(u"a"_s), at(4));
        const QList<RecentLaunches::Entry> entries = recent.entries();
        QCOMPARE(images(entries), QStringList({u"a"_s, u"c"_s, u"b"_s}));
        QCOMPARE(entries.first().time, at(4));
        QCOMPARE(entries.at(1).time, at(3));
        // The same image with another folder is another launch.
        recent.add(launch(u"a"_s, u"/tmp/other"_s), at(5));
        QCOMPARE(recent.entries().size(), 4);
    }

    void keepsTheLastTen()
    {
        RecentLaunches recent(m_settings.get(), u"/home/alice"_s);
        for (int i = 0; i < 15; ++i)
            recent.add(launch(u"image%1"_s.arg(i)), at(i));
        const QList<RecentLaunches::Entry> entries = recent.entries();
        QCOMPARE(entries.size(), RecentLaunches::MaximumCount);
        QCOMPARE(entries.first().request.image, u"image14"_s);
        QCOMPARE(entries.last().request.image, u"image5"_s);
    }

    void persistsAcrossInstances()
    {
        LaunchRequest rich = launch(u"cmscloud/al9-cms"_s);
        rich.strategy = LaunchStrategy::Fuse;
        rich.environment = {{u"X"_s, u"a = b, \"c\"; [d]"_s}};
        rich.binds = {{u"/data"_s, u"/mnt"_s, true}};
        rich.command = {u"root"_s, u"-l"_s};
        {
            RecentLaunches recent(m_settings.get(), u"/home/alice"_s);
            recent.add(rich, at(7));
        }
        m_settings.reset(); // written to disk, read back from it
        m_settings = makeSettings();
        RecentLaunches again(m_settings.get(), u"/home/alice"_s);
        const QList<RecentLaunches::Entry> entries = again.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().request, rich);
        QCOMPARE(entries.first().time, at(7));
        QCOMPARE(entries.first().time.timeSpec(), Qt::UTC);
    }

    void removeAndClear()
    {
        RecentLaunches recent(m_settings.get(), u"/home/alice"_s);
        recent.add(launch(u"a"_s));
        recent.add(launch(u"b"_s));
        recent.remove(launch(u"a"_s));
        QCOMPARE(images(recent.entries()), QStringList{u"b"_s});
        recent.clear();
        QVERIFY(recent.entries().isEmpty());
    }

    void unreadableEntriesDropped()
    {
        RecentLaunches recent(m_settings.get(), u"/home/alice"_s);
        recent.add(launch(u"good1"_s), at(1));
        recent.add(launch(u"good2"_s), at(2));
        // Damage: garbage, a newer version, a wrong type, a list instead of text.
        m_settings->beginWriteArray(u"recentLaunches"_s);
        m_settings->setArrayIndex(2);
        m_settings->setValue(u"request"_s, u"{not json"_s);
        m_settings->setArrayIndex(3);
        m_settings->setValue(u"request"_s, u"{\"version\":9,\"strategy\":\"host\"}"_s);
        m_settings->setArrayIndex(4);
        m_settings->setValue(u"request"_s, u"{\"version\":1,\"strategy\":\"host\",\"binds\":7}"_s);
        m_settings->setArrayIndex(5);
        m_settings->setValue(u"request"_s, QStringList{u"a"_s, u"b"_s});
        m_settings->setValue(u"time"_s, u"yesterday"_s);
        m_settings->setArrayIndex(6);
        m_settings->setValue(u"request"_s, QString::fromUtf8(LaunchRequestJson::toBytes(launch(u"good3"_s))));
        m_settings->setValue(u"time"_s, u"not a time"_s);
        m_settings->endArray();

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Recent launch 2 left out"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Recent launch 3 left out"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Recent launch 4 left out"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Recent launch 5 left out"_s));
        const QList<RecentLaunches::Entry> entries = recent.entries();
        QCOMPARE(images(entries), QStringList({u"good2"_s, u"good1"_s, u"good3"_s}));
        QVERIFY(!entries.last().time.isValid()); // kept, without a time

        // The next write leaves the damage out.
        for (int i = 2; i <= 5; ++i)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Recent launch %1 left out"_s.arg(i)));
        recent.add(launch(u"good4"_s), at(4));
        QCOMPARE(images(recent.entries()), QStringList({u"good4"_s, u"good2"_s, u"good1"_s, u"good3"_s}));
    }

    void titles_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        QTest::addColumn<QString>("title");
        QTest::newRow("host, home folder")
            << launch(u"cmscloud/al9-cms"_s) << u"cmscloud/al9-cms · CVMFS from this computer · ~/analysis"_s;
        QTest::newRow("home itself") << launch(u"busybox"_s, u"/home/alice"_s)
                                     << u"busybox · CVMFS from this computer · ~"_s;
        QTest::newRow("not under home") << launch(u"busybox"_s, u"/home/alice2/x"_s)
                                        << u"busybox · CVMFS from this computer · /home/alice2/x"_s;
        LaunchRequest cmssw = launch(QString());
        cmssw.strategy = LaunchStrategy::Cmssw;
        cmssw.cmsswRelease = u"el8"_s;
        cmssw.command = {u"cmsRun"_s, u"cfg.py"_s};
        QTest::newRow("cmssw with command") << cmssw << u"cmssw-el8 · CMS wrapper (cmssw-elN) · ~/analysis · cmsRun cfg.py"_s;
        QTest::newRow("image ID") << launch(u"sha256:"_s + QString(64, u'f'))
                                  << u"sha256:ffffffffffff · CVMFS from this computer · ~/analysis"_s;
    }

    void titles()
    {
        QFETCH(LaunchRequest, request);
        QFETCH(QString, title);
        QCOMPARE(RecentLaunches::title(request, u"/home/alice/"_s), title);
        RecentLaunches recent(m_settings.get(), u"/home/alice"_s);
        recent.add(request);
        QCOMPARE(recent.entries().first().title, title);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestRecentLaunches)
#include "tst_recentlaunches.moc"
