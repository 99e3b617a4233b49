// SPDX-License-Identifier: Apache-2.0
// The Troubleshooting page against a prepared computer (a temp root with SELinux enforcing,
// no /dev/fuse, no /cvmfs): the failing checks show Failed or Warning with their fix, Copy
// Report, Re-run (F5), Cancel, and the diagnostics bundle; in the main window, the page
// comes after Images and runs nothing until it is shown.
#include "DiagnosticsFixtures.h"
#include "CheckDetailsView.h"
#include "CheckProgressWidget.h"
#include "ErrorExplanationView.h"
#include "MainWindow.h"
#include "ImagesPage.h"
#include "MessageBanner.h"
#include "ReviewScreenshot.h"
#include "SettingsDialog.h"
#include "TroubleshootingLauncher.h"
#include "TroubleshootingPage.h"
#include "TroubleshootingWizard.h"
#include "archive/TarGzReader.h"
#include "diagnostics/CheckRunner.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/EngineManager.h"
#include "models/CheckResultModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;
using namespace std::chrono_literals;

namespace {

// The row of a check, by id (invalid when the page has no such check).
QModelIndex rowOf(const CheckResultModel *model, const QString &id)
{
    for (int i = 0; i < model->checkCount(); ++i) {
        const QModelIndex index = model->indexOfCheck(i);
        if (index.data(CheckResultModel::CheckIdRole).toString() == id)
            return index;
    }
    return {};
}

QVariant statusOf(const CheckResultModel *model, const QString &id)
{
    return rowOf(model, id).data(CheckResultModel::StatusRole);
}

} // namespace

// Until the page's checks ran and all answered.
#define WAIT_FOR_RUN(page) QTRY_VERIFY_WITH_TIMEOUT((page).hasRun() && !(page).runner()->isRunning(), 20000)

// Lets queued layout and show events run first, so the picture is what a user would see.
namespace {
void screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(50);
    saveReviewScreenshot(widget, name);
}
} // namespace

class tst_TroubleshootingPage : public QObject
{
    Q_OBJECT

private:
    // SELinux enforcing, no /dev/fuse, no /cvmfs.
    std::unique_ptr<DiagnosticsRoot> m_root;

    void preparePage(TroubleshootingPage &page)
    {
        page.setEnvironment(m_root->environment());
        DiagnosticOptions options;
        options.repositoryTimeout = 3s;
        page.setOptions(options);
        page.setCheckTimeout(15s);
        page.resize(1180, 720);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_root = std::make_unique<DiagnosticsRoot>();
        QVERIFY(m_root->isValid());
        QVERIFY(m_root->write(u"/sys/fs/selinux/enforce"_s, "1\n"));
    }

    void checksRunOnlyWhenThePageIsShown()
    {
        TroubleshootingPage page;
        preparePage(page);
        QTest::qWait(50);
        QVERIFY(!page.hasRun());
        QVERIFY(!page.runner()->isRunning());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.hasRun());
        WAIT_FOR_RUN(page);
        QVERIFY(page.model()->finishedCount() > 0);
        QCOMPARE(page.model()->finishedCount(), page.model()->checkCount());
    }

    void failingChecksShowTheirFix()
    {
        TroubleshootingPage page;
        preparePage(page);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        WAIT_FOR_RUN(page);
        const CheckResultModel *model = page.model();

        // Grouped: CVMFS and Host security are sections with their checks below.
        QStringList groups;
        for (int row = 0; row < model->rowCount(); ++row)
            groups << model->index(row, 0).data().toString();
        QVERIFY2(groups.contains(checkGroupTitle(CheckGroup::Cvmfs)), qPrintable(groups.join(u", "_s)));
        QVERIFY(groups.contains(checkGroupTitle(CheckGroup::HostSecurity)));
        QVERIFY(groups.indexOf(checkGroupTitle(CheckGroup::Cvmfs)) < groups.indexOf(checkGroupTitle(CheckGroup::HostSecurity)));

        QCOMPARE(statusOf(model, u"cvmfs-repositories"_s).toInt(), int(CheckStatus::Failed));
        QCOMPARE(statusOf(model, u"dev-fuse"_s).toInt(), int(CheckStatus::Failed));
        QCOMPARE(statusOf(model, u"selinux"_s).toInt(), int(CheckStatus::Warning));
        // The status reads as a word too, not only as an icon.
        QCOMPARE(rowOf(model, u"dev-fuse"_s).siblingAtColumn(CheckResultModel::StatusColumn).data().toString(),
                 checkStatusLabel(CheckStatus::Failed));

        // The first failure (in the order shown) is selected for the user, its details beside it.
        QString firstFailure;
        for (int i = 0; i < model->checkCount() && firstFailure.isEmpty(); ++i) {
            const QModelIndex row = model->indexOfCheck(i);
            if (row.data(CheckResultModel::StatusRole).toInt() == int(CheckStatus::Failed))
                firstFailure = row.data(CheckResultModel::CheckIdRole).toString();
        }
        QTreeView *tree = page.treeView();
        QCOMPARE(tree->currentIndex().data(CheckResultModel::CheckIdRole).toString(), firstFailure);
        QVERIFY(page.detailsView()->result());
        QCOMPARE(page.detailsView()->result()->id, firstFailure);
        screenshot(&page, u"troubleshooting-page"_s);

        // Keyboard: down the tree to /dev/fuse; its fix and the command to copy.
        tree->setFocus();
        const QModelIndex fuse = rowOf(model, u"dev-fuse"_s);
        for (int i = 0; i < 10 && tree->currentIndex().data(CheckResultModel::CheckIdRole).toString() != u"dev-fuse"_s; ++i)
            QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentIndex().row(), fuse.row());
        CheckDetailsView *details = page.detailsView();
        QVERIFY(details->result());
        QCOMPARE(details->result()->id, u"dev-fuse"_s);
        auto *fix = details->findChild<QLabel *>(u"fixStepsLabel"_s);
        QVERIFY(fix && fix->isVisible());
        QVERIFY2(fix->text().contains(u"modprobe fuse"_s), qPrintable(fix->text()));
        QVERIFY(details->commandLines().contains(u"sudo modprobe fuse"_s));
        auto *status = details->findChild<QLabel *>(u"checkStatusLabel"_s);
        QCOMPARE(status->text(), checkStatusLabel(CheckStatus::Failed));
        // The catalogue's entry for the finding.
        auto *catalogue = details->findChild<QLabel *>(u"catalogueTitleLabel"_s);
        QVERIFY(catalogue && catalogue->isVisible());
        QVERIFY(catalogue->text().startsWith(u"Known problem: "_s));
        const QList<QPushButton *> copies = details->findChildren<QPushButton *>(u"copyCommandButton"_s);
        QVERIFY(!copies.isEmpty());
        QApplication::clipboard()->clear();
        QTest::mouseClick(copies.constFirst(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), u"sudo modprobe fuse"_s);
        screenshot(&page, u"troubleshooting-page-dev-fuse"_s);

        // SELinux enforcing: a warning whose fix offers the per-container option first.
        tree->setCurrentIndex(rowOf(model, u"selinux"_s));
        QCOMPARE(details->result()->id, u"selinux"_s);
        QCOMPARE(status->text(), checkStatusLabel(CheckStatus::Warning));
        QVERIFY(fix->text().contains(u"label=disable"_s));

        // A group row says how its checks went.
        const QModelIndex cvmfs = rowOf(model, u"dev-fuse"_s).parent();
        tree->setCurrentIndex(cvmfs);
        QVERIFY(!details->result());
        QVERIFY(cvmfs.siblingAtColumn(CheckResultModel::SummaryColumn).data().toString().contains(u"failed"_s));
    }

    void copyReportPutsMarkdownOnTheClipboard()
    {
        TroubleshootingPage page;
        preparePage(page);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        WAIT_FOR_RUN(page);
        auto *copy = page.findChild<QPushButton *>(u"copyReportButton"_s);
        QVERIFY(copy && copy->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString markdown = QApplication::clipboard()->text();
        QVERIFY(!markdown.isEmpty());
        for (const CheckResult &result : page.runner()->results())
            QVERIFY2(markdown.contains(result.title), qPrintable(result.title));
        QVERIFY(markdown.contains(u'#')); // Markdown headings
        QVERIFY(markdown.contains(checkStatusLabel(CheckStatus::Failed)) || markdown.contains(u"failed"_s));
    }

    void rerunWithF5()
    {
        TroubleshootingPage page;
        preparePage(page);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        WAIT_FOR_RUN(page);
        QVERIFY(page.runAction()->isEnabled());

        // The user fixes SELinux, then runs the checks again.
        QVERIFY(m_root->write(u"/sys/fs/selinux/enforce"_s, "0\n"));
        QSignalSpy started(page.runner(), &CheckRunner::checkStarted);
        QSignalSpy finished(page.runner(), &CheckRunner::finished);
        page.treeView()->setFocus();
        QTest::keyClick(page.treeView(), Qt::Key_F5);
        QVERIFY(page.runner()->isRunning());
        QCOMPARE(started.size(), page.model()->checkCount());
        QVERIFY(!page.findChild<QPushButton *>(u"runChecksButton"_s)->isEnabled());
        QVERIFY(page.progressWidget()->isVisible());
        QVERIFY(finished.wait(20000));
        QCOMPARE(statusOf(page.model(), u"selinux"_s).toInt(), int(CheckStatus::Ok));
        QVERIFY(!page.progressWidget()->isVisible());
        QVERIFY(page.findChild<QPushButton *>(u"runChecksButton"_s)->isEnabled());
        QVERIFY(m_root->write(u"/sys/fs/selinux/enforce"_s, "1\n"));

        // The button runs them too.
        finished.clear();
        QTest::mouseClick(page.findChild<QPushButton *>(u"runChecksButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(statusOf(page.model(), u"selinux"_s).toInt(), int(CheckStatus::Warning));
    }

    void cancelStopsAHungCheck()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs/cms.cern.ch"_s));
        HungProbes hung;
        HostEnvironment env = root.environment();
        env.probeHook = hung.hook();
        TroubleshootingPage page;
        page.setEnvironment(env);
        DiagnosticOptions options;
        options.repositoryTimeout = 60s;
        page.setOptions(options);
        page.setCheckTimeout(60s);
        page.resize(1180, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.runner()->isRunning());
        // Everything else answers; the /cvmfs check hangs.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->finishedCount(), page.model()->checkCount() - 1, 20000);
        QVERIFY(page.runner()->isRunning());
        QCOMPARE(page.progressWidget()->progressBar()->text(),
                 u"%1 of %2 checks done"_s.arg(page.model()->checkCount() - 1).arg(page.model()->checkCount()));
        QCOMPARE(rowOf(page.model(), u"cvmfs-repositories"_s).siblingAtColumn(CheckResultModel::StatusColumn).data().toString(),
                 u"Running…"_s);
        screenshot(&page, u"troubleshooting-page-running"_s);

        QPushButton *cancel = page.progressWidget()->cancelButton();
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!page.runner()->isRunning());
        QCOMPARE(statusOf(page.model(), u"cvmfs-repositories"_s).toInt(), int(CheckStatus::Cancelled));
        QVERIFY(!page.progressWidget()->isVisible());
        QVERIFY(page.runAction()->isEnabled());
    }

    void saveBundleWritesAFile()
    {
        TroubleshootingPage page;
        preparePage(page);
        page.setEngineLinesProvider([] { return QStringList{u"Docker 20.10.24 API 1.41 at unix:///tmp/t.sock: answers"_s}; });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        WAIT_FOR_RUN(page);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bundle.tar.gz"_s);
        QVERIFY(page.saveBundle(path));
        QVERIFY(QFile::exists(path));
        const auto files = TarGzReader::readAll(path);
        QVERIFY2(files.ok(), files.ok() ? "" : qPrintable(files.error().toString()));
        QString names;
        bool haveReport = false;
        bool haveEngines = false;
        for (auto it = files->cbegin(); it != files->cend(); ++it) {
            names += it.key() + u' ';
            if (it.key().endsWith(u"report.md"_s))
                haveReport = QString::fromUtf8(it.value()).contains(u"SELinux"_s);
            if (it.key().endsWith(u"engines.txt"_s))
                haveEngines = QString::fromUtf8(it.value()).contains(u"unix:///tmp/t.sock"_s);
        }
        QVERIFY2(haveReport, qPrintable(names));
        QVERIFY2(haveEngines, qPrintable(names));
        QCOMPARE(page.banners().size(), 1);
        MessageBanner *saved = page.banners().constFirst();
        QCOMPARE(saved->kind(), MessageBanner::Kind::Information);
        QVERIFY2(saved->body().contains(QDir::toNativeSeparators(path)), qPrintable(saved->body()));
        screenshot(&page, u"troubleshooting-page-bundle-saved"_s);

        // A folder that does not exist: an error banner with the explanation; it replaces the other.
        const QString bad = dir.filePath(u"missing/folder/bundle.tar.gz"_s);
        QVERIFY(!page.saveBundle(bad));
        QCOMPARE(page.banners().size(), 1);
        MessageBanner *error = page.banners().constFirst();
        QCOMPARE(error->kind(), MessageBanner::Kind::Error);
        QVERIFY(error->title().contains(QDir::toNativeSeparators(bad)));
        QVERIFY(error->findChild<ErrorExplanationView *>());
        screenshot(&page, u"troubleshooting-page-bundle-error"_s);
    }

    void startTheWizardFromThePage()
    {
        TroubleshootingPage page;
        preparePage(page);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.findChild<QPushButton *>(u"startWizardButton"_s), Qt::LeftButton);
        TroubleshootingWizard *wizard = page.wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->symptom());
        // Asking again with a symptom brings the same wizard back with it chosen.
        QCOMPARE(page.startWizard(Symptom::PullFails), wizard);
        QCOMPARE(wizard->symptom(), std::optional<Symptom>(Symptom::PullFails));
        wizard->reject();
        QTRY_VERIFY(!page.wizard());
    }

    void mainWindowHasThePageAfterImagesAndOpensTheWizard()
    {
        QTemporaryDir dir;
        DiscoveryEnvironment env;
        env.homeDirectory = dir.filePath(u"home"_s);
        env.systemRoot = dir.filePath(u"root"_s);
        auto *engines = new EngineManager(env);
        MainWindow::Options options;
        options.startEmbeddedPodman = false;
        options.cacheDirectory = dir.filePath(u"cache"_s);
        MainWindow window(engines, options);
        engines->setParent(&window);
        TroubleshootingPage *page = window.troubleshootingPage();
        QVERIFY(page);
        preparePage(*page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sidebar = window.findChild<QListWidget *>(u"sidebarListWidget"_s);
        QVERIFY(sidebar);
        QCOMPARE(sidebar->item(0)->text(), u"Images"_s);
        QCOMPARE(sidebar->item(1)->text(), u"Registries"_s);
        QCOMPARE(sidebar->item(2)->text(), u"unpacked.cern.ch"_s);
        QCOMPARE(sidebar->item(3)->text(), u"Containers"_s);
        QCOMPARE(sidebar->item(4)->text(), u"Troubleshooting"_s);
        QTest::qWait(100);
        QVERIFY2(!page->hasRun(), "no check runs at start-up");

        // An error message anywhere in the window reaches the wizard through the launcher.
        QVERIFY(TroubleshootingLauncher::forWidget(window.imagesPage()) == window.troubleshootingLauncher());
        window.troubleshootingLauncher()->requestWizard(Symptom::LoginFails);
        QVERIFY(page->wizard());
        QCOMPARE(page->wizard()->symptom(), std::optional<Symptom>(Symptom::LoginFails));
        page->wizard()->reject();
        QVERIFY(!page->hasRun());

        // The engine lines for the bundle say what the window knows.
        QTRY_VERIFY_WITH_TIMEOUT(window.engineManager()->isFinished(), 20000);

        sidebar->setCurrentRow(4);
        QVERIFY(page->hasRun());
        WAIT_FOR_RUN(*page);
        screenshot(&window, u"troubleshooting-main-window"_s);

        // The catalogue's remedies under an error reach the window: run a check again and
        // show it; a settings page (registries live on their own page).
        sidebar->setCurrentRow(0);
        window.troubleshootingLauncher()->requestCheck(u"selinux"_s);
        QCOMPARE(sidebar->currentRow(), 4);
        WAIT_FOR_RUN(*page);
        QCOMPARE(page->treeView()->currentIndex().data(CheckResultModel::CheckIdRole).toString(), u"selinux"_s);
        window.troubleshootingLauncher()->requestSettings(u"registries"_s);
        QCOMPARE(sidebar->currentRow(), 1);
        window.troubleshootingLauncher()->requestSettings(u"engines"_s);
        QTRY_VERIFY(window.findChild<SettingsDialog *>());
        QVERIFY(window.findChild<SettingsDialog *>()->isVisible());
        window.findChild<SettingsDialog *>()->reject();
    }
};

QTEST_MAIN(tst_TroubleshootingPage)
#include "tst_troubleshootingpage.moc"
