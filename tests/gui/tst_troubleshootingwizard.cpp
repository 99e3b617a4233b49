// SPDX-License-Identifier: Apache-2.0
// The troubleshooting wizard, driven with the keyboard against a prepared computer (SELinux
// enforcing, no /dev/fuse, no /cvmfs): pick "I can't see /cvmfs", watch the checks run, read
// the /cvmfs failure first with its fix; Re-run, Copy Report, the bundle, Cancel; and the way
// in from an error message's "Troubleshoot…" button.
#include "DiagnosticsFixtures.h"
#include "CheckDetailsView.h"
#include "CheckProgressWidget.h"
#include "CheckProgressWizardPage.h"
#include "ErrorExplanationView.h"
#include "MessageBanner.h"
#include "ResultsWizardPage.h"
#include "ReviewScreenshot.h"
#include "SymptomWizardPage.h"
#include "TroubleshootingLauncher.h"
#include "TroubleshootingPage.h"
#include "TroubleshootingWizard.h"
#include "diagnostics/CheckRunner.h"
#include "diagnostics/DiagnosticSuite.h"
#include "models/CheckResultModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;
using namespace std::chrono_literals;

// Lets queued layout and show events run first, so the picture is what a user would see.
namespace {
void screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(50);
    saveReviewScreenshot(widget, name);
}
} // namespace

class tst_TroubleshootingWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DiagnosticsRoot> m_root;

    void prepare(TroubleshootingWizard &wizard, const HostEnvironment &env)
    {
        wizard.setEnvironment(env);
        DiagnosticOptions options;
        options.repositoryTimeout = 3s;
        wizard.setOptions(options);
        wizard.setCheckTimeout(15s);
    }

    // Up to the results page for "I can't see /cvmfs", with the keyboard.
    void runToResults(TroubleshootingWizard &wizard)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(TroubleshootingWizard::SymptomPageId));
        QListWidget *list = wizard.symptomPage()->listWidget();
        QTRY_VERIFY(list->hasFocus());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Up);
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(list->currentItem()->text(), symptomTitle(Symptom::CvmfsMissing));
        QCOMPARE(wizard.symptom(), std::optional<Symptom>(Symptom::CvmfsMissing));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        auto *checks = wizard.symptomPage()->findChild<QLabel *>(u"symptomChecksLabel"_s);
        QVERIFY(checks->text().contains(u"SELinux"_s));
        screenshot(&wizard, u"wizard-1-symptom"_s);

        QSignalSpy started(wizard.runner(), &CheckRunner::checkStarted);
        QTest::keyClick(list, Qt::Key_Return); // the wizard's default button: Next
        QCOMPARE(wizard.currentId(), int(TroubleshootingWizard::ProgressPageId));
        QCOMPARE(wizard.runner()->checks().size(), DiagnosticSuite::checkIdsFor(Symptom::CvmfsMissing).size());
        QVERIFY(!started.isEmpty());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QCOMPARE(wizard.model()->finishedCount(), wizard.model()->checkCount());
        QVERIFY(wizard.progressPage()->progressWidget()->isVisible()); // the final count stays
        QCOMPARE(wizard.progressPage()->progressWidget()->text(),
                 u"%1 of %1 checks done"_s.arg(wizard.model()->checkCount()));
        screenshot(&wizard, u"wizard-2-progress"_s);

        QTRY_VERIFY(wizard.button(QWizard::NextButton)->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(TroubleshootingWizard::ResultsPageId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_root = std::make_unique<DiagnosticsRoot>();
        QVERIFY(m_root->isValid());
        QVERIFY(m_root->write(u"/sys/fs/selinux/enforce"_s, "1\n"));
    }

    void keyboardToTheCvmfsFix()
    {
        TroubleshootingWizard wizard;
        prepare(wizard, m_root->environment());
        runToResults(wizard);
        if (QTest::currentTestFailed())
            return;

        ResultsWizardPage *results = wizard.resultsPage();
        const QList<CheckResult> shown = results->shownResults();
        QVERIFY(shown.size() >= 2);
        // The /cvmfs failure first, with its fix and its commands.
        QCOMPARE(shown.first().id, u"cvmfs-repositories"_s);
        QCOMPARE(shown.first().status, CheckStatus::Failed);
        bool seenWarning = false;
        for (const CheckResult &result : shown) {
            QVERIFY(result.status == CheckStatus::Failed || result.status == CheckStatus::Warning);
            if (result.status == CheckStatus::Warning)
                seenWarning = true;
            else
                QVERIFY2(!seenWarning, "failures come before warnings");
        }
        QVERIFY(seenWarning); // SELinux enforcing
        CheckDetailsView *first = results->detailViews().first();
        QVERIFY(first->isVisible());
        auto *fix = first->findChild<QLabel *>(u"fixStepsLabel"_s);
        QVERIFY(fix && fix->isVisible());
        QVERIFY2(fix->text().contains(u"cvmfs_config"_s), qPrintable(fix->text()));
        QVERIFY(first->commandLines().contains(u"sudo cvmfs_config setup"_s));
        auto *copy = first->findChild<QPushButton *>(u"copyCommandButton"_s);
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), first->commandLines().first());
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        screenshot(&wizard, u"wizard-3-results"_s);

        // Copy Report: Markdown with the symptom and the check titles.
        QApplication::clipboard()->clear();
        QTest::mouseClick(results->findChild<QPushButton *>(u"copyReportButton"_s), Qt::LeftButton);
        const QString markdown = QApplication::clipboard()->text();
        for (const CheckResult &result : wizard.runner()->results())
            QVERIFY2(markdown.contains(result.title), qPrintable(result.title));

        // Re-run in place, after the user fixed SELinux.
        QVERIFY(m_root->write(u"/sys/fs/selinux/enforce"_s, "0\n"));
        QSignalSpy finished(wizard.runner(), &CheckRunner::finished);
        auto *rerun = results->findChild<QPushButton *>(u"rerunButton"_s);
        QTest::mouseClick(rerun, Qt::LeftButton);
        QVERIFY(wizard.runner()->isRunning());
        QVERIFY(!rerun->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(wizard.currentId(), int(TroubleshootingWizard::ResultsPageId));
        QVERIFY(rerun->isEnabled());
        for (const CheckResult &result : results->shownResults())
            QVERIFY(result.id != u"selinux"_s);
        QCOMPARE(results->shownResults().first().id, u"cvmfs-repositories"_s);
        QVERIFY(m_root->write(u"/sys/fs/selinux/enforce"_s, "1\n"));

        // The bundle.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wizard-bundle.tar.gz"_s);
        QVERIFY(wizard.saveBundle(path));
        QVERIFY(QFile(path).size() > 0);
        QCOMPARE(results->banners().size(), 1);
        QVERIFY(results->banners().first()->body().contains(QDir::toNativeSeparators(path)));
        screenshot(&wizard, u"wizard-4-bundle-saved"_s);
    }

    void backToTheSymptomsAndAnother()
    {
        TroubleshootingWizard wizard;
        prepare(wizard, m_root->environment());
        runToResults(wizard);
        if (QTest::currentTestFailed())
            return;
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(TroubleshootingWizard::SymptomPageId));
        wizard.preselectSymptom(Symptom::PullFails);
        wizard.next();
        QCOMPARE(wizard.runner()->checks().size(), DiagnosticSuite::checkIdsFor(Symptom::PullFails).size());
        QCOMPARE(wizard.model()->checkCount(), int(wizard.runner()->checks().size()));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    }

    void cancelOnTheProgressPage()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/cvmfs/cms.cern.ch"_s));
        HungProbes hung;
        HostEnvironment env = root.environment();
        env.probeHook = hung.hook();
        TroubleshootingWizard wizard;
        wizard.setEnvironment(env);
        DiagnosticOptions options;
        options.repositoryTimeout = 60s;
        wizard.setOptions(options);
        wizard.setCheckTimeout(60s);
        wizard.preselectSymptom(Symptom::CvmfsMissing);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TroubleshootingWizard::ProgressPageId));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.model()->finishedCount(), wizard.model()->checkCount() - 1, 20000);
        const QModelIndex hungRow = wizard.model()->indexOfCheck(0);
        QCOMPARE(hungRow.data(CheckResultModel::CheckIdRole).toString(), u"cvmfs-repositories"_s);
        QCOMPARE(hungRow.data(CheckResultModel::StateRole).toInt(), int(CheckResultModel::State::Running));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, u"wizard-2-progress-running"_s);

        QPushButton *cancel = wizard.progressPage()->progressWidget()->cancelButton();
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(hungRow.data(CheckResultModel::StatusRole).toInt(), int(CheckStatus::Cancelled));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        auto *cancelled = wizard.resultsPage()->findChild<QLabel *>(u"cancelledChecksLabel"_s);
        QVERIFY(cancelled);
        QVERIFY(cancelled->text().contains(hungRow.data().toString()));
    }

    void troubleshootButtonOfAnErrorPreselectsItsSymptom()
    {
        // A window of its own: the page, an error message deep inside it, and the launcher
        // the window owns (as MainWindow does).
        QWidget window;
        auto *launcher = new TroubleshootingLauncher(&window);
        auto *layout = new QVBoxLayout(&window);
        auto *page = new TroubleshootingPage;
        page->setEnvironment(m_root->environment());
        auto *inner = new QWidget;
        auto *innerLayout = new QVBoxLayout(inner);
        auto *view = new ErrorExplanationView;
        innerLayout->addWidget(view);
        layout->addWidget(inner);
        layout->addWidget(page);
        page->hide(); // its checks are not the point here
        connect(launcher, &TroubleshootingLauncher::wizardRequested, page,
                [page](std::optional<Symptom> symptom) { page->startWizard(symptom); });
        view->explainText(u"Got permission denied while trying to connect to the Docker daemon socket at "
                          "unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/images/json\": "
                          "dial unix /var/run/docker.sock: connect: permission denied"_s);
        window.resize(720, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(TroubleshootingLauncher::forWidget(view), launcher);
        QCOMPARE(view->symptom(), std::optional<Symptom>(Symptom::PermissionDenied));

        QSignalSpy requested(view, &ErrorExplanationView::troubleshootRequested);
        auto *button = view->findChild<QPushButton *>(u"troubleshootButton"_s);
        QVERIFY(button && button->isVisible());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(requested.size(), 1);
        TroubleshootingWizard *wizard = page->wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->symptom(), std::optional<Symptom>(Symptom::PermissionDenied));
        QCOMPARE(wizard->symptomPage()->listWidget()->currentItem()->text(), symptomTitle(Symptom::PermissionDenied));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        screenshot(&window, u"wizard-0-error-with-troubleshoot"_s);
        wizard->reject();
        QTRY_VERIFY(!page->wizard()); // closed wizards go

        // An unknown error: the wizard opens with nothing chosen.
        view->explainText(u"frobnicator exploded"_s);
        QVERIFY(!view->symptom());
        view->findChild<QPushButton *>(u"troubleshootButton"_s)->click();
        QTRY_VERIFY(page->wizard());
        QVERIFY(!page->wizard()->symptom());
        page->wizard()->reject();
    }

    void troubleshootWithoutALauncherOnlySignals()
    {
        ErrorExplanationView view;
        view.explainText(u"docker: Error response from daemon: error gathering device information while adding "
                         "custom device \"/dev/fuse\": no such file or directory."_s);
        QVERIFY(!TroubleshootingLauncher::forWidget(&view));
        QSignalSpy requested(&view, &ErrorExplanationView::troubleshootRequested);
        view.findChild<QPushButton *>(u"troubleshootButton"_s)->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<std::optional<Symptom>>(), std::optional<Symptom>(Symptom::CvmfsMissing));
    }
};

QTEST_MAIN(tst_TroubleshootingWizard)
#include "tst_troubleshootingwizard.moc"
