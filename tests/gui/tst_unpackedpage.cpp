// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "HangingFuseMount.h"
#include "MessageBanner.h"
#include "MessageBannerArea.h"
#include "UnpackedDetailsPanel.h"
#include "UnpackedFixture.h"
#include "UnpackedMissingRootWidget.h"
#include "UnpackedPage.h"
#include "UnpackedRequestDialog.h"
#include "UnpackedViewModel.h"
#include "base/DisplayFormat.h"
#include "unpacked/UnpackedScanCache.h"
#include "unpacked/UnpackedScanner.h"
#include "unpacked/UnpackedTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <chrono>
#include <memory>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Wharf::MessageBanner;
using Wharf::UnpackedPage;
using Wharf::UnpackedScanCache;
using Wharf::UnpackedScanProgress;
using Wharf::UnpackedScanner;
using Wharf::UnpackedTreeModel;
using Wharf::UnpackedViewModel;
using Wharf::Test::UnpackedFixture;

namespace {

const QByteArray El8 = "registry.hub.docker.com/cmssw/el8:x86_64";

// Counts event-loop turns and the longest gap between them: the window stays responsive
// when no gap is long.
class LoopWatch : public QObject
{
public:
    LoopWatch()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_clock.isValid())
                m_longest = std::max(m_longest, m_clock.restart());
            else
                m_clock.start();
            ++m_turns;
        });
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longest; }
    int turns() const { return m_turns; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_turns = 0;
};

} // namespace

class tst_UnpackedPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WharfTest"_s);
        QCoreApplication::setApplicationName(u"tst_unpackedpage"_s);
    }

    void init()
    {
        static int counter = 0;
        m_root = m_dir.filePath(u"unpacked-%1"_s.arg(++counter));
        m_cache = m_dir.filePath(u"cache-%1"_s.arg(counter));
        m_fixture = std::make_unique<UnpackedFixture>(m_root);
        m_typical = m_fixture->buildTypical();
    }

    void cleanup()
    {
        stopFuse();
        m_fixture.reset();
    }

    void expandListsLazily()
    {
        // No QAbstractItemModelTester here: it fetches every node it walks, and this test
        // is about what is NOT read.
        UnpackedPage page({m_root}, {});
        page.resize(1200, 700);
        page.show();
        UnpackedTreeModel *model = page.treeModel();
        // The root is listed by itself, its folders are not.
        QTRY_VERIFY(model->indexForPath(m_root, "registry.hub.docker.com").isValid());
        const QModelIndex hub = model->indexForPath(m_root, "registry.hub.docker.com");
        QVERIFY(model->canFetchMore(hub));
        QVERIFY(!model->indexForPath(m_root, "registry.hub.docker.com/cmssw").isValid());

        page.treeView()->expand(page.viewModel()->mapFromSource(hub));
        QTRY_VERIFY(model->indexForPath(m_root, "registry.hub.docker.com/cmssw").isValid());
        QVERIFY(!model->indexForPath(m_root, El8).isValid()); // one level at a time
        page.treeView()->expand(page.viewModel()->mapFromSource(model->indexForPath(m_root, "registry.hub.docker.com/cmssw")));
        QTRY_VERIFY(model->indexForPath(m_root, El8).isValid());

        const QModelIndex el8 = page.viewModel()->mapFromSource(model->indexForPath(m_root, El8));
        QCOMPARE(el8.siblingAtColumn(UnpackedTreeModel::SyncedColumn).data().toString(),
                 Wharf::DisplayFormat::exactTime(m_typical.el8Synced));
        QVERIFY(el8.siblingAtColumn(UnpackedTreeModel::TargetColumn).data().toString().startsWith(u".flat/"_s));
        // Opening the image asked whether its tags are runnable.
        page.treeView()->expand(el8.parent());
        QTRY_COMPARE(el8.data(UnpackedTreeModel::RunnableRole).toInt(), int(Wharf::UnpackedImageInfo::State::Runnable));
        QVERIFY(page.bannerArea()->banners().isEmpty());
    }

    void staleCacheShownThenRefreshed()
    {
        // A first run scans everything and saves it.
        {
            UnpackedPage first({m_root}, m_cache);
            QSignalSpy finished(first.scanner(), &UnpackedScanner::scanFinished);
            first.scanEverything();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
            QTRY_VERIFY(QFile::exists(UnpackedScanCache(m_cache).filePath(m_root)));
        }
        // Published since: not in the saved scan.
        m_fixture->addTag("registry.hub.docker.com/cmssw/el10:new", m_typical.hashOf.value(El8),
                          QDateTime::currentDateTimeUtc());

        // The next start: CVMFS is slow (every read takes 1.5 s), the saved scan is there at once.
        UnpackedPage page({}, m_cache);
        QAbstractItemModelTester tester(page.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.scanner()->setWorkerHookForTesting([](const QString &, const QByteArray &) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        });
        QElapsedTimer clock;
        clock.start();
        page.setRoots({m_root});
        page.show();
        UnpackedTreeModel *model = page.treeModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(m_root, El8).isValid(), 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(model->indexForPath(m_root, El8).data(UnpackedTreeModel::StaleRole).toBool());
        QVERIFY(!model->indexForPath(m_root, "registry.hub.docker.com/cmssw/el10:new").isValid());
        QVERIFY(model->snapshotTime(m_root).isValid());
        QVERIFY2(page.summaryLabel()->text().contains(u"saved scan"_s), qPrintable(page.summaryLabel()->text()));
        QVERIFY(page.summaryLabel()->text().contains(Wharf::DisplayFormat::exactTime(model->snapshotTime(m_root))));
        // Searchable at once, too.
        page.filterLineEdit()->setText(u"el8"_s);
        page.applyFilterNow();
        QVERIFY(model->matchingTagCount() >= 3);
        page.filterLineEdit()->clear();
        page.applyFilterNow();

        // Reading the folder again replaces the saved rows with what CVMFS says now.
        page.scanner()->setWorkerHookForTesting({});
        const QModelIndex cmssw = model->indexForPath(m_root, "registry.hub.docker.com/cmssw");
        model->reload(cmssw);
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(m_root, "registry.hub.docker.com/cmssw/el10:new").isValid(), 10000);
        QTRY_VERIFY(!model->indexForPath(m_root, El8).data(UnpackedTreeModel::StaleRole).toBool());
    }

    void filterIsDebounced()
    {
        UnpackedPage page({m_root}, {});
        QAbstractItemModelTester tester(page.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QSignalSpy finished(page.scanner(), &UnpackedScanner::scanFinished);
        page.scanEverything();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        UnpackedTreeModel *model = page.treeModel();
        QCOMPARE(model->tagCount(), UnpackedFixture::Typical::Tags);

        // Keystrokes are coalesced: nothing is filtered while typing.
        page.filterLineEdit()->setFocus();
        QTest::keyClicks(page.filterLineEdit(), u"payl"_s);
        QVERIFY(model->filterText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model->filterText(), u"payl"_s, 2000);
        QCOMPARE(model->matchingTagCount(), 1);
        // The match is opened, so the user sees it.
        const QModelIndex payload = model->indexForPath(
            m_root, "gitlab-registry.cern.ch/awesome-workshop/payload-docker-cms:3daaa96e");
        QVERIFY(payload.isValid());
        QVERIFY(page.treeView()->isExpanded(page.viewModel()->mapFromSource(payload.parent())));
        QVERIFY(page.summaryLabel()->text().contains(u"1 matching tag"_s));

        // Enter applies at once.
        page.filterLineEdit()->clear();
        QTest::keyClicks(page.filterLineEdit(), u"centos"_s);
        QTest::keyClick(page.filterLineEdit(), Qt::Key_Return);
        QCOMPARE(model->filterText(), u"centos"_s);
        QCOMPARE(model->matchingTagCount(), 1);

        // Part of a deep path finds it too.
        page.filterLineEdit()->setText(u"c/d/deep"_s);
        QTest::keyClick(page.filterLineEdit(), Qt::Key_Return);
        QCOMPARE(model->matchingTagCount(), 1);
        QVERIFY(model->indexForPath(m_root, "gitlab-registry.cern.ch/a/b/c/d/deep-image:1.0").isValid());

        // Ctrl+F goes to the filter.
        page.treeView()->setFocus();
        page.filterAction()->trigger();
        QVERIFY(page.filterLineEdit()->hasFocus());
        page.filterLineEdit()->clear();
        QTest::keyClick(page.filterLineEdit(), Qt::Key_Return);
        QVERIFY(!model->isFiltering());
    }

    void scanWithProgressAndCancel()
    {
        UnpackedPage page({m_root}, m_cache);
        QAbstractItemModelTester tester(page.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        // A slow file system: 150 ms per folder.
        page.scanner()->setWorkerHookForTesting([](const QString &, const QByteArray &) {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
        });
        page.scanner()->setConcurrency(1);
        QSignalSpy finished(page.scanner(), &UnpackedScanner::scanFinished);
        auto *scanButton = page.findChild<QPushButton *>(u"scanButton"_s);
        auto *cancelButton = page.findChild<QPushButton *>(u"cancelScanButton"_s);
        QVERIFY(scanButton && cancelButton);
        QTest::mouseClick(scanButton, Qt::LeftButton);
        QVERIFY(page.progressBar()->isVisible());
        QVERIFY(cancelButton->isVisible());
        QVERIFY(!scanButton->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page.progressBar()->value() > 0, 10000);
        QVERIFY2(page.summaryLabel()->text().contains(u"scanning"_s, Qt::CaseInsensitive), qPrintable(page.summaryLabel()->text()));
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<UnpackedScanProgress>().phase, UnpackedScanProgress::Phase::Cancelled);
        QVERIFY(!page.progressBar()->isVisible());
        QVERIFY(!cancelButton->isVisible());
        QVERIFY(scanButton->isEnabled());
        QVERIFY(!QFile::exists(UnpackedScanCache(m_cache).filePath(m_root))); // a cancelled scan is not saved

        // Again, to the end: the result is saved for the next start.
        page.scanner()->setWorkerHookForTesting({});
        page.scanner()->setConcurrency(4);
        QSignalSpy status(&page, &UnpackedPage::statusMessage);
        page.scanEverything();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.last().first().value<UnpackedScanProgress>().phase, UnpackedScanProgress::Phase::Finished);
        QTRY_VERIFY(QFile::exists(UnpackedScanCache(m_cache).filePath(m_root)));
        QTRY_VERIFY(UnpackedScanCache(m_cache).load(m_root).ok());
        const auto saved = UnpackedScanCache(m_cache).load(m_root);
        QVERIFY(saved->takenAt.isValid());
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().first().toString().contains(u"Scan finished"_s));
    }

    void hangingDirectory()
    {
        startFuse();
        UnpackedPage page({}, {});
        page.scanner()->setDirectoryTimeout(1000);
        page.setRoots({m_mountpoint});
        page.resize(1100, 600);
        page.show();
        UnpackedTreeModel *model = page.treeModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexForPath(m_mountpoint, "hang.example.org").isValid(), 5000);

        LoopWatch watch;
        const QModelIndex hang = page.viewModel()->mapFromSource(model->indexForPath(m_mountpoint, "hang.example.org"));
        page.treeView()->expand(hang);
        const auto bannerFor = [&page](const QString &text) -> MessageBanner * {
            for (MessageBanner *banner : page.bannerArea()->banners()) {
                if (banner->title().contains(text))
                    return banner;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(bannerFor(u"hang.example.org"_s), 5000);
        MessageBanner *banner = bannerFor(u"hang.example.org"_s);
        QVERIFY2(banner->title().contains(m_mountpoint + u"/hang.example.org"_s), qPrintable(banner->title()));
        QVERIFY(banner->title().contains(u"did not answer"_s));
        // Meanwhile the window kept turning.
        QVERIFY2(watch.longestGapMs() < 250, qPrintable(QString::number(watch.longestGapMs())));
        QVERIFY(watch.turns() > 50);
        // The other folders still open.
        page.treeView()->expand(page.viewModel()->mapFromSource(model->indexForPath(m_mountpoint, "ok.example.org")));
        QTRY_VERIFY(model->indexForPath(m_mountpoint, "ok.example.org/ns").isValid());

        // Retry reads it again (and it hangs again: named again).
        QPushButton *retry = nullptr;
        for (QPushButton *button : banner->findChildren<QPushButton *>()) {
            if (button->text().remove(u'&') == u"Retry"_s)
                retry = button;
        }
        QVERIFY(retry);
        QSignalSpy failed(page.scanner(), &UnpackedScanner::directoryFailed);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(model->indexForPath(m_mountpoint, "hang.example.org").data(UnpackedTreeModel::StateRole).toInt(),
                     int(UnpackedTreeModel::State::Loading));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QCOMPARE(failed.first().at(1).toByteArray(), "hang.example.org"_ba);
        QTRY_VERIFY(bannerFor(u"hang.example.org"_s));
        QVERIFY2(watch.longestGapMs() < 250, qPrintable(QString::number(watch.longestGapMs())));

        // A permission problem is named as such.
        page.treeView()->expand(page.viewModel()->mapFromSource(model->indexForPath(m_mountpoint, "denied.example.org")));
        QTRY_VERIFY_WITH_TIMEOUT(bannerFor(u"denied.example.org"_s), 5000);
        QVERIFY(bannerFor(u"denied.example.org"_s)->body().contains(u"Permission denied"_s));
    }

    void missingRootExplained()
    {
        // No /cvmfs at all.
        const QString noCvmfs = m_dir.filePath(u"no-cvmfs"_s);
        UnpackedPage page({}, {});
        page.setCvmfsBase(noCvmfs);
        page.setRoots({noCvmfs + u"/unpacked.cern.ch"_s});
        page.show();
        auto *stack = page.findChild<QStackedWidget *>();
        QTRY_COMPARE(stack->currentWidget(), page.missingRootWidget());
        QString text = page.missingRootWidget()->text();
        QVERIFY2(text.contains(u"CVMFS is not mounted on this computer"_s), qPrintable(text));
        QVERIFY(text.contains(u"cvmfs-readthedocs"_s.replace(u'-', u'.')));
        QVERIFY(text.contains(u"automounter"_s));
        QVERIFY(page.bannerArea()->banners().isEmpty()); // said once, not twice

        // /cvmfs is there, the repository is not mounted.
        const QString cvmfs = m_dir.filePath(u"cvmfs"_s);
        QVERIFY(QDir().mkpath(cvmfs));
        page.setCvmfsBase(cvmfs);
        page.setRoots({cvmfs + u"/unpacked.cern.ch"_s});
        QTRY_VERIFY(page.missingRootWidget()->text().contains(u"cvmfs_config probe unpacked.cern.ch"_s));
        QCOMPARE(stack->currentWidget(), page.missingRootWidget());

        // Try Again, once mounted, shows the tree.
        UnpackedFixture mounted(cvmfs + u"/unpacked.cern.ch"_s);
        mounted.buildTypical();
        auto *retry = page.missingRootWidget()->findChild<QPushButton *>(u"retryButton"_s);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(page.findChild<QWidget *>(u"unpackedSplitter"_s)));

        // A second root that is missing, beside one that works: a banner, not the empty state.
        page.setRoots({m_root, m_dir.filePath(u"absent-root"_s)});
        QTRY_VERIFY(!page.bannerArea()->banners().isEmpty());
        QVERIFY(page.bannerArea()->banners().first()->body().contains(u"does not exist"_s));
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(page.findChild<QWidget *>(u"unpackedSplitter"_s)));
    }

    void copyLaunchAndDetails()
    {
        UnpackedPage page({m_root}, {});
        page.resize(1200, 700);
        page.show();
        QSignalSpy finished(page.scanner(), &UnpackedScanner::scanFinished);
        page.scanEverything();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        UnpackedTreeModel *model = page.treeModel();
        const QModelIndex el8 = page.viewModel()->mapFromSource(model->indexForPath(m_root, El8));
        QVERIFY(el8.isValid());
        select(page, el8);
        const QString path = m_root + u"/registry.hub.docker.com/cmssw/el8:x86_64"_s;

        QApplication::clipboard()->clear();
        page.treeView()->setFocus();
        QTest::keyClick(page.treeView(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(path));
        page.copyRecipeAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"    - 'https://registry.hub.docker.com/cmssw/el8:x86_64'"_s);

        QSignalSpy launch(&page, &UnpackedPage::launchRequested);
        QVERIFY(page.launchAction()->isEnabled());
        page.launchAction()->trigger();
        QCOMPARE(launch.size(), 1);
        QCOMPARE(launch.first().first().toString(), QDir::toNativeSeparators(path));

        // The details: the sync time relative and exact, the target, the environment.
        Wharf::UnpackedDetailsPanel *details = page.detailsPanel();
        QTRY_VERIFY(details->environmentText().contains(QString::fromUtf8(UnpackedFixture::defaultEnvironment()).trimmed().left(10)));
        QVERIFY(details->summaryText().contains(Wharf::DisplayFormat::exactTime(m_typical.el8Synced)));
        QVERIFY(details->summaryText().contains(u"ago"_s));
        QVERIFY(details->summaryText().contains(u".flat/"_s));
        QVERIFY(details->summaryText().contains(u"docker.io/cmssw/el8:x86_64"_s));

        // A broken link: not launchable, and said so.
        const QModelIndex broken = page.viewModel()->mapFromSource(model->indexForPath(m_root, "gitlab-registry.cern.ch/broken/gone:1"));
        QVERIFY(broken.isValid());
        select(page, broken);
        QTRY_COMPARE(broken.data(UnpackedTreeModel::RunnableRole).toInt(), int(Wharf::UnpackedImageInfo::State::Missing));
        QTRY_VERIFY(!page.launchAction()->isEnabled());
        QVERIFY(broken.siblingAtColumn(UnpackedTreeModel::InfoColumn).data().toString().contains(u"Broken link"_s));
        launch.clear();
        page.launchSelected();
        QVERIFY(launch.isEmpty());

        // A folder: Copy Path works, the recipe line is for tags only.
        const QModelIndex cmssw = page.viewModel()->mapFromSource(model->indexForPath(m_root, "registry.hub.docker.com/cmssw"));
        select(page, cmssw);
        QVERIFY(!page.copyRecipeAction()->isEnabled());
        page.copyPathAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(m_root + u"/registry.hub.docker.com/cmssw"_s));
    }

    void crossReferences()
    {
        UnpackedPage page({m_root}, {});
        QAbstractItemModelTester tester(page.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        UnpackedTreeModel *model = page.treeModel();
        QTRY_VERIFY(model->indexForPath(m_root, "registry.hub.docker.com").isValid());

        // Asked from a registry tag, before anyone opened the folder: read in the background.
        QSignalSpy checked(&page, &UnpackedPage::availabilityChecked);
        QVERIFY(!page.contains(u"docker.io/cmssw/el9:x86_64"_s));
        page.checkAvailability(u"docker.io/cmssw/el9:x86_64"_s);
        page.checkAvailability(u"registry.hub.docker.com/cmssw/nothere:1"_s);
        page.checkAvailability(u"quay.io/nobody/nothing:1"_s);
        page.checkAvailability(u"not a reference"_s);
        QVERIFY(checked.isEmpty()); // always asynchronous
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 4, 5000);
        QHash<QString, bool> answers;
        for (const QList<QVariant> &arguments : std::as_const(checked))
            answers.insert(arguments.at(0).toString(), arguments.at(1).toBool());
        QCOMPARE(answers.value(u"docker.io/cmssw/el9:x86_64"_s), true);
        QCOMPARE(answers.value(u"registry.hub.docker.com/cmssw/nothere:1"_s), false);
        QCOMPARE(answers.value(u"quay.io/nobody/nothing:1"_s), false);
        QCOMPARE(answers.value(u"not a reference"_s), false);
        QVERIFY(page.bannerArea()->banners().isEmpty()); // "no" is an answer, not a problem
        QVERIFY(!model->indexForPath(m_root, "quay.io").isValid());
        // Now known without I/O.
        QVERIFY(page.contains(u"docker.io/cmssw/el9:x86_64"_s));
        QCOMPARE(page.pathOf(u"docker.io/cmssw/el9:x86_64"_s), m_root + u"/registry.hub.docker.com/cmssw/el9:x86_64"_s);

        // Tags a local engine also has are marked.
        page.setKnownReferences({u"docker.io/cmssw/el9:x86_64"_s}, u"Podman"_s);
        const QModelIndex el9 = page.viewModel()->mapFromSource(model->indexForPath(m_root, "registry.hub.docker.com/cmssw/el9:x86_64"));
        QVERIFY(el9.data(UnpackedViewModel::KnownRole).toBool());
        QVERIFY(el9.siblingAtColumn(UnpackedTreeModel::InfoColumn).data().toString().contains(u"Also in: Podman"_s));
        page.setKnownReferences({});
        QVERIFY(!el9.data(UnpackedViewModel::KnownRole).toBool());
    }

    void layoutIsSaved()
    {
        QSettings().remove(u"unpackedPage"_s);
        {
            UnpackedPage page({m_root}, {});
            page.treeView()->setColumnWidth(UnpackedTreeModel::SyncedColumn, 321);
            page.detailsAction()->setChecked(false);
            page.saveState();
        }
        UnpackedPage page({m_root}, {});
        page.restoreState();
        QCOMPARE(page.treeView()->columnWidth(UnpackedTreeModel::SyncedColumn), 321);
        QVERIFY(!page.detailsAction()->isChecked());
        QSettings().remove(u"unpackedPage"_s);
    }

    // Not a check: pictures of the page for a human to look at (WHARF_UNPACKED_SCREENSHOTS=dir).
    void screenshots()
    {
        const QString directory = QString::fromLocal8Bit(qgetenv("WHARF_UNPACKED_SCREENSHOTS"));
        if (directory.isEmpty())
            QSKIP("Set WHARF_UNPACKED_SCREENSHOTS to a folder to take pictures of the page.");
        {
            UnpackedPage first({m_root}, m_cache);
            QSignalSpy finished(first.scanner(), &UnpackedScanner::scanFinished);
            first.scanEverything();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
            QTRY_VERIFY(QFile::exists(UnpackedScanCache(m_cache).filePath(m_root)));
        }
        UnpackedPage page({m_root}, m_cache);
        page.resize(1280, 720);
        page.show();
        UnpackedTreeModel *model = page.treeModel();
        QTRY_VERIFY(model->indexForPath(m_root, El8).isValid());
        page.treeView()->expand(page.viewModel()->mapFromSource(model->indexForPath(m_root, "registry.hub.docker.com")));
        page.treeView()->expand(page.viewModel()->mapFromSource(model->indexForPath(m_root, "registry.hub.docker.com/cmssw")));
        QTRY_VERIFY(!model->indexForPath(m_root, El8).data(UnpackedTreeModel::StaleRole).toBool());
        const QModelIndex el8 = page.viewModel()->mapFromSource(model->indexForPath(m_root, El8));
        page.treeView()->expand(el8.parent());
        select(page, el8);
        page.setKnownReferences({u"docker.io/cmssw/el8:x86_64"_s});
        QTRY_VERIFY(!page.detailsPanel()->environmentText().isEmpty());
        QTest::qWait(300);
        QVERIFY(page.grab().save(directory + u"/unpacked-page.png"_s));

        page.filterLineEdit()->setText(u"deep"_s);
        page.applyFilterNow();
        QTest::qWait(300);
        QVERIFY(page.grab().save(directory + u"/unpacked-page-filtered.png"_s));

        UnpackedPage missing({}, {});
        missing.setCvmfsBase(m_dir.filePath(u"no-cvmfs"_s));
        missing.setRoots({m_dir.filePath(u"no-cvmfs/unpacked.cern.ch"_s)});
        missing.resize(1280, 720);
        missing.show();
        QTRY_VERIFY(missing.missingRootWidget()->isVisible());
        QTest::qWait(300);
        QVERIFY(missing.grab().save(directory + u"/unpacked-page-no-cvmfs.png"_s));

        Wharf::UnpackedRequestDialog request(u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:*"_s);
        request.show();
        QTest::qWait(300);
        QVERIFY(request.grab().save(directory + u"/unpacked-request.png"_s));
        request.setReference(u"localhost:5000/analysis/app:1"_s);
        QTest::qWait(100);
        QVERIFY(request.grab().save(directory + u"/unpacked-request-refused.png"_s));
    }

private:
    static void select(UnpackedPage &page, const QModelIndex &index)
    {
        page.treeView()->scrollTo(index);
        page.treeView()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    void startFuse()
    {
        WHARF_REQUIRE_SERVICE(Wharf::Test::HangingFuseMount::missingReason());
        m_mountpoint = m_dir.filePath(u"hanging"_s);
        const QString mounted = m_fuse.mount(m_mountpoint);
        QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    }

    void stopFuse() { m_fuse.unmount(); }

    QTemporaryDir m_dir;
    QString m_root;
    QString m_cache;
    std::unique_ptr<UnpackedFixture> m_fixture;
    UnpackedFixture::Typical m_typical;
    Wharf::Test::HangingFuseMount m_fuse;
    QString m_mountpoint;
};

QTEST_MAIN(tst_UnpackedPage)
#include "tst_unpackedpage.moc"
