// SPDX-License-Identifier: Apache-2.0
#include "UnpackedRequestDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::UnpackedRequestDialog;

class tst_UnpackedRequestDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tag") << u"registry.hub.docker.com/library/centos:centos7"_s
                             << u"    - 'https://registry.hub.docker.com/library/centos:centos7'"_s
                             << u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/library/centos:centos7"_s;
        QTest::newRow("docker.io") << u"docker.io/cmssw/el8:x86_64"_s
                                   << u"    - 'https://registry.hub.docker.com/cmssw/el8:x86_64'"_s
                                   << u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/cmssw/el8:x86_64"_s;
        QTest::newRow("every tag") << u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:*"_s
                                   << u"    - 'https://gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:*'"_s
                                   << u"cc7-cms:*"_s;
        QTest::newRow("prefix wildcard") << u"registry.hub.docker.com/atlas/analysisbase:21.2.1*"_s
                                         << u"    - 'https://registry.hub.docker.com/atlas/analysisbase:21.2.1*'"_s
                                         << u"analysisbase:21.2.1*"_s;
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, line);
        QFETCH(QString, expected);
        UnpackedRequestDialog dialog(input);
        QCOMPARE(dialog.recipeLine(), line);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.copyButton()->isEnabled());
        auto *recipe = dialog.findChild<QLineEdit *>(u"recipeLineEdit"_s);
        QVERIFY(recipe);
        QCOMPARE(recipe->text(), line);
        auto *expectedLabel = dialog.findChild<QLabel *>(u"expectedPathLabel"_s);
        QVERIFY(expectedLabel->text().contains(expected));
        // Where the merge request goes, with links, and how long it takes.
        const QString explanation = dialog.findChild<QLabel *>(u"explanationLabel"_s)->text();
        QVERIFY(explanation.contains(u"https://gitlab.cern.ch/unpacked/sync"_s));
        QVERIFY(explanation.contains(u"https://github.com/cvmfs/images-unpacked.cern.ch"_s));
        QVERIFY(explanation.contains(u"15 minutes"_s));

        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), line);
        QCOMPARE(dialog.copyButton()->text(), u"Copied"_s);
        // Editing takes "Copied" back: it would describe another line.
        dialog.referenceEdit()->setText(input + u"x"_s);
        QCOMPARE(dialog.copyButton()->text(), u"Copy"_s);
    }

    void typedLive()
    {
        UnpackedRequestDialog dialog;
        dialog.show();
        QVERIFY(!dialog.copyButton()->isEnabled());
        QVERIFY(dialog.recipeLine().isEmpty());
        QTest::keyClicks(dialog.referenceEdit(), u"quay.io/org/tool:1.0"_s);
        QCOMPARE(dialog.recipeLine(), u"    - 'https://quay.io/org/tool:1.0'"_s);
        QVERIFY(dialog.copyButton()->isEnabled());
        QTest::keyClicks(dialog.referenceEdit(), u" ;rm"_s);
        QVERIFY(dialog.recipeLine().isEmpty());
        QVERIFY(!dialog.copyButton()->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("localhost") << u"localhost:5000/analysis/app:1"_s << u"this computer"_s;
        QTest::newRow("private address") << u"192.168.1.10/analysis/app:1"_s << u"private"_s;
        QTest::newRow(".internal") << u"registry.corp.internal/app:1"_s << u".internal"_s;
        QTest::newRow("single label host") << u"registry:5000/app:1"_s << u"no domain"_s;
        QTest::newRow("plain http") << u"http://registry.example.com/app:1"_s << u"HTTPS"_s;
        QTest::newRow("space") << u"quay.io/x/y :1"_s << QString();
        QTest::newRow("quote") << u"quay.io/x/y:1'"_s << QString();
        QTest::newRow("double quote") << u"quay.io/x/\"y\":1"_s << QString();
        QTest::newRow("command substitution") << u"quay.io/x/$(reboot):1"_s << QString();
        QTest::newRow("backticks") << u"quay.io/x/`id`:1"_s << QString();
        QTest::newRow("semicolon") << u"quay.io/x/y:1;rm -rf ~"_s << QString();
        QTest::newRow("newline (yaml injection)") << u"quay.io/x/y:1\n    - 'https://evil.example/x:1'"_s << QString();
        QTest::newRow("leading dash") << u"-quay.io/x/y:1"_s << QString();
        QTest::newRow("dash option") << u"--privileged"_s << QString();
        QTest::newRow("huge") << u"quay.io/"_s + u"a"_s.repeated(20000) + u":1"_s << u"characters long"_s;
        QTest::newRow("nul") << u"quay.io/x/y:1"_s + QChar(0) + u"x"_s << QString();
        QTest::newRow("star in the middle") << u"quay.io/x/y:1*2"_s << u"must end the tag"_s;
    }

    void refused()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        UnpackedRequestDialog dialog;
        dialog.setReference(input);
        QVERIFY2(dialog.recipeLine().isEmpty(), qPrintable(dialog.recipeLine()));
        QVERIFY(!dialog.copyButton()->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
        if (!reason.isEmpty())
            QVERIFY2(dialog.problem().contains(reason), qPrintable(dialog.problem()));
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QCOMPARE(status->text(), dialog.problem());
        // Copy does nothing either way.
        QApplication::clipboard()->setText(u"before"_s);
        dialog.copyRecipeLine();
        QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
        QVERIFY(dialog.findChild<QLineEdit *>(u"recipeLineEdit"_s)->text().isEmpty());
    }
};

QTEST_MAIN(tst_UnpackedRequestDialog)
#include "tst_unpackedrequestdialog.moc"
