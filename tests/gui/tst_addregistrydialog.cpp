// SPDX-License-Identifier: Apache-2.0
// The add-registry dialog: what it accepts, how it normalises, and what it refuses.
#include "AddRegistryDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_AddRegistryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("registry"); // empty: refused
        QTest::addColumn<QString>("feedback"); // part of the text under the field

        QTest::newRow("host") << u"gitlab-registry.cern.ch"_s << u"gitlab-registry.cern.ch"_s
                              << u"Adds"_s;
        QTest::newRow("host and port")
            << u"registry.example.org:5000"_s << u"registry.example.org:5000"_s << u"Adds"_s;
        QTest::newRow("pasted URL") << u"https://Registry.Example.org:5000/v2/"_s
                                    << u"registry.example.org:5000"_s << u"Adds"_s;
        QTest::newRow("spaces around") << u"  quay.io  "_s << u"quay.io"_s << u"Adds"_s;
        QTest::newRow("Docker Hub alias")
            << u"index.docker.io"_s << u"docker.io"_s << u"Docker Hub"_s;
        QTest::newRow("loopback") << u"localhost:5000"_s << u"localhost:5000"_s
                                  << u"on this computer"_s;
        QTest::newRow("IPv6 loopback")
            << u"[::1]:5000"_s << u"[::1]:5000"_s << u"on this computer"_s;
        QTest::newRow("empty") << QString() << QString() << u"For example"_s;
        QTest::newRow("already listed")
            << u"registry.cern.ch"_s << QString() << u"already in the list"_s;
        QTest::newRow("already listed, other spelling")
            << u"HTTPS://REGISTRY.CERN.CH/"_s << QString() << u"already in the list"_s;
        QTest::newRow("no dot, no port") << u"myregistry"_s << QString() << QString();
        QTest::newRow("space inside") << u"my registry.org"_s << QString() << QString();
        QTest::newRow("repository path") << u"quay.io/org/app"_s << QString() << QString();
        QTest::newRow("bad port") << u"host.org:99999"_s << QString() << QString();
        QTest::newRow("garbage") << u"%%%&&&"_s << QString() << QString();
        QTest::newRow("embedded NUL") << QString(u"host\0.org"_s) << QString() << QString();
        QTest::newRow("huge") << QString(100000, u'a') + u".org"_s << QString() << QString();
    }

    void validation()
    {
        QFETCH(QString, text);
        QFETCH(QString, registry);
        QFETCH(QString, feedback);
        AddRegistryDialog dialog({ u"docker.io"_s, u"registry.cern.ch"_s });
        dialog.setText(text);
        auto *add = dialog.findChild<QPushButton *>(u"addButton"_s);
        auto *label = dialog.findChild<QLabel *>(u"feedbackLabel"_s);
        QVERIFY(add && label);
        if (registry == u"docker.io"_s) {
            // Listed already in this dialog: check the alias with an empty list instead.
            AddRegistryDialog fresh({});
            fresh.setText(text);
            QCOMPARE(fresh.registry(), registry);
            QVERIFY(fresh.findChild<QLabel *>(u"feedbackLabel"_s)->text().contains(feedback));
            return;
        }
        QCOMPARE(dialog.registry(), registry);
        QCOMPARE(add->isEnabled(), !registry.isEmpty());
        QVERIFY(!label->text().isEmpty());
        QVERIFY(label->text().size() < 2000); // a huge input is not echoed back whole
        if (!feedback.isEmpty())
            QVERIFY2(label->text().contains(feedback), qPrintable(label->text()));
    }

    void addsOnClick()
    {
        AddRegistryDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *edit = dialog.findChild<QLineEdit *>(u"hostLineEdit"_s);
        QTest::keyClicks(edit, u"Gitlab-Registry.CERN.ch"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.registry(), u"gitlab-registry.cern.ch"_s);
    }

    void enterOnInvalidDoesNothing()
    {
        AddRegistryDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *edit = dialog.findChild<QLineEdit *>(u"hostLineEdit"_s);
        QTest::keyClicks(edit, u"nohost"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.isVisible());
    }
};

QTEST_MAIN(tst_AddRegistryDialog)
#include "tst_addregistrydialog.moc"
