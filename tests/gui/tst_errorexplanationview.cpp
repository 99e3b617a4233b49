// SPDX-License-Identifier: Apache-2.0
// "What went wrong / How to fix it" inline: the known-error catalogue's entry for a failure,
// the commands to copy, and a redacted report; an unknown failure shown verbatim.
#include "ErrorExplanationView.h"
#include "MessageBanner.h"
#include "ReviewScreenshot.h"
#include "TroubleshootingLauncher.h"
#include "base/Error.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::Error;
using Wharf::ErrorCode;
using Wharf::ErrorExplanationView;

class tst_ErrorExplanationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wharfsOwnErrorIsExplainedByItsCode()
    {
        ErrorExplanationView view;
        view.resize(640, 400);
        view.explain(Error(ErrorCode::PermissionDenied, u"Permission denied on /var/run/docker.sock"_s));
        QVERIFY(!view.isHidden());
        QVERIFY(!view.matches().isEmpty());
        QCOMPARE(view.matches().constFirst().entry.id(), u"engine-socket-permission-denied"_s);
        auto *what = view.findChild<QLabel *>(u"whatWentWrongLabel"_s);
        QVERIFY(what);
        QVERIFY(what->text().contains(view.matches().constFirst().entry.title()));
        auto *fix = view.findChild<QLabel *>(u"fixStepsLabel"_s);
        QVERIFY(fix && fix->text().startsWith(u"1. "_s));
        QVERIFY(fix->textInteractionFlags() & Qt::TextSelectableByMouse);
    }

    void pastedEngineTextIsExplainedAndCommandsCopy()
    {
        ErrorExplanationView view;
        view.explainText(u"docker: Error response from daemon: error gathering device information while adding "
                         "custom device \"/dev/fuse\": no such file or directory."_s);
        QVERIFY(!view.matches().isEmpty());
        QCOMPARE(view.matches().constFirst().entry.id(), u"host-dev-fuse-missing"_s);
        const QList<QPushButton *> copies = view.findChildren<QPushButton *>(u"copyCommandButton"_s);
        QVERIFY2(!copies.isEmpty(), "the entry offers a command to copy");
        const auto *commandLabel = view.findChildren<QLabel *>(u"commandLabel"_s).constFirst();
        QApplication::clipboard()->clear();
        QTest::mouseClick(copies.constFirst(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), commandLabel->text());
        QVERIFY(commandLabel->text().contains(u"modprobe"_s));
    }

    // The catalogue's window remedies are buttons; they ask the window's launcher, found
    // through the parents, to open the settings page, start the automounter or run a check.
    void remediesAskTheWindow()
    {
        QWidget window;
        auto *launcher = new Wharf::TroubleshootingLauncher(&window);
        auto *view = new ErrorExplanationView(&window);
        QSignalSpy settings(launcher, &Wharf::TroubleshootingLauncher::settingsRequested);
        QSignalSpy automounter(launcher, &Wharf::TroubleshootingLauncher::automounterStartRequested);
        QSignalSpy check(launcher, &Wharf::TroubleshootingLauncher::checkRequested);

        view->explainText(u"Error response from daemon: pull access denied for private/thing"_s);
        QCOMPARE(view->matches().constFirst().entry.id(), u"pull-access-denied"_s);
        QList<QPushButton *> remedies = view->findChildren<QPushButton *>(u"remedyButton"_s);
        QCOMPARE(remedies.size(), 1);
        remedies.constFirst()->click();
        QCOMPARE(settings.size(), 1);
        QCOMPARE(settings.constFirst().constFirst().toString(), u"registries"_s);

        view->explainText(u"ls: cannot access '/cvmfs/cms.cern.ch': Transport endpoint is not connected"_s);
        QCOMPARE(view->matches().constFirst().entry.id(), u"cvmfs-transport-endpoint"_s);
        QTRY_COMPARE(view->findChildren<QPushButton *>(u"remedyButton"_s).size(), 2); // old ones go later
        remedies = view->findChildren<QPushButton *>(u"remedyButton"_s);
        for (QPushButton *button : remedies)
            button->click();
        QCOMPARE(automounter.size(), 1);
        QCOMPARE(check.size(), 1);
        QVERIFY(!check.constFirst().constFirst().toString().isEmpty());

        // On its own, with no window to ask, a remedy button says so by turning itself off.
        ErrorExplanationView alone;
        alone.explainText(u"Error response from daemon: pull access denied for private/thing"_s);
        QPushButton *button = alone.findChild<QPushButton *>(u"remedyButton"_s);
        QVERIFY(button);
        button->click();
        QVERIFY(!button->isEnabled());
    }

    void unknownErrorIsShownVerbatimWithReport()
    {
        ErrorExplanationView view;
        const QString text = u"frobnicator exploded: code 0x2a (token=s3cr3t-planted-value)"_s;
        view.explainText(text, u"Doing a thing"_s);
        QVERIFY(view.matches().isEmpty());
        auto *verbatim = view.findChild<QLabel *>(u"verbatimErrorLabel"_s);
        QVERIFY(verbatim);
        QCOMPARE(verbatim->text(), text);
        QVERIFY(verbatim->textFormat() == Qt::PlainText || !Qt::mightBeRichText(verbatim->text()));
        auto *copyReport = view.findChild<QPushButton *>(u"copyReportButton"_s);
        QVERIFY(copyReport);
        QApplication::clipboard()->clear();
        QTest::mouseClick(copyReport, Qt::LeftButton);
        const QString report = QApplication::clipboard()->text();
        QVERIFY(report.contains(u"frobnicator exploded"_s));
        QVERIFY(report.contains(u"Doing a thing"_s));
        QVERIFY2(!report.contains(u"s3cr3t-planted-value"_s), qPrintable(report)); // redacted
    }

    void reportRedactsSecretsOfKnownErrors()
    {
        ErrorExplanationView view;
        view.explainText(u"Error response from daemon: Get \"https://registry.example/v2/\": unauthorized: "
                         "authentication required\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"_s);
        QVERIFY(!view.matches().isEmpty());
        const QString report = view.report();
        QVERIFY(report.contains(u"What went wrong"_s));
        QVERIFY2(!report.contains(u"eyJhbGciOiJSUzI1NiJ9"_s), qPrintable(report));
    }

    void clearHides()
    {
        ErrorExplanationView view;
        view.explainText(u"toomanyrequests: You have reached your pull rate limit."_s);
        QVERIFY(!view.isHidden());
        view.clear();
        QVERIFY(view.isHidden());
        QVERIFY(view.findChildren<QLabel *>().isEmpty() || view.matches().isEmpty());
    }

    void bannerExplainsWithoutRepeatingTheMessage()
    {
        Wharf::MessageBanner banner(Wharf::MessageBanner::Kind::Error, u"Cannot remove busybox"_s,
                                    u"Error: no space left on device"_s);
        banner.resize(720, 300);
        banner.explain(Error(ErrorCode::EngineError, u"write /var/lib/docker/tmp/x: no space left on device"_s),
                       u"Cannot remove busybox"_s);
        banner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        auto *view = banner.findChild<ErrorExplanationView *>();
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->matches().constFirst().entry.id(), u"no-space-left"_s);
        Wharf::Test::saveReviewScreenshot(&banner, u"error-explanation-banner"_s);

        Wharf::MessageBanner unknown(Wharf::MessageBanner::Kind::Error, u"Cannot remove x"_s, u"weird"_s);
        unknown.explain(Error(ErrorCode::EngineError, u"weird"_s), u"Cannot remove x"_s);
        QVERIFY(!unknown.findChild<QLabel *>(u"verbatimErrorLabel"_s)); // the body says it already
        QVERIFY(unknown.findChild<QPushButton *>(u"copyReportButton"_s));
    }
};

QTEST_MAIN(tst_ErrorExplanationView)
#include "tst_errorexplanationview.moc"
