// SPDX-License-Identifier: Apache-2.0
// The About box: every version it names, the engines it is given, and Copy.
#include "AboutDialog.h"
#include "ReviewScreenshot.h"
#include "archive/ArchiveVersion.h"
#include "engine/EngineManager.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersions()
    {
        AboutDialog dialog;
        const QString text = dialog.versionsText();
        QVERIFY2(text.contains(u"Wharf: "_s + QStringLiteral(WHARF_VERSION)), qPrintable(text));
        QVERIFY(text.contains(u"Qt: "_s + QString::fromLatin1(qVersion())));
        QVERIFY(!ArchiveVersion::libarchiveVersion().isEmpty());
        QVERIFY(ArchiveVersion::libarchiveVersion().at(0).isDigit());
        QVERIFY(text.contains(u"libarchive: "_s + ArchiveVersion::libarchiveVersion()));
        // QtKeychain's version comes from CMake: a real number, not "unknown".
        static const QRegularExpression keychain(u"QtKeychain: \\d+\\.\\d+"_s);
        QVERIFY2(keychain.match(text).hasMatch(), qPrintable(text));
        QVERIFY(text.contains(u"Engines: none found"_s));
        auto *title = dialog.findChild<QLabel *>(u"titleLabel"_s);
        QVERIFY(title->text().contains(QStringLiteral(WHARF_VERSION)));
        QVERIFY(dialog.findChild<QLabel *>(u"licenseLabel"_s)->text().contains(u"Apache License"_s));
        QVERIFY(!dialog.findChild<QLabel *>(u"iconLabel"_s)->pixmap().isNull());
        QVERIFY(!dialog.findChild<QTreeWidget *>(u"versionsTree"_s)->accessibleName().isEmpty());
    }

    void showsEngines()
    {
        AboutDialog dialog;
        dialog.setEngineVersions({{u"Docker"_s, u"20.10.24 (API 1.41)"_s}, {u"Podman (rootless)"_s, u"4.3.1 (API 1.41)"_s}});
        auto *tree = dialog.findChild<QTreeWidget *>(u"versionsTree"_s);
        const QList<QTreeWidgetItem *> docker = tree->findItems(u"Docker"_s, Qt::MatchExactly);
        QCOMPARE(docker.size(), 1);
        QCOMPARE(docker.first()->text(1), u"20.10.24 (API 1.41)"_s);
        QVERIFY(dialog.versionsText().contains(u"Podman (rootless): 4.3.1 (API 1.41)\n"_s));
        QVERIFY(!dialog.versionsText().contains(u"none found"_s));
        // Set again (engines came and went): replaced, not appended.
        dialog.setEngineVersions({{u"Podman"_s, u"4.3.1"_s}});
        QVERIFY(!dialog.versionsText().contains(u"Docker"_s));
        dialog.resize(dialog.sizeHint());
        Test::saveReviewScreenshot(&dialog, u"about"_s);
    }

    void engineVersionsFromManager()
    {
        QCOMPARE(AboutDialog::engineVersions(nullptr), (QList<QPair<QString, QString>>{}));
        // A manager that has found nothing yet: no rows, and no engine was touched.
        EngineManager manager{DiscoveryEnvironment()};
        QCOMPARE(AboutDialog::engineVersions(&manager), (QList<QPair<QString, QString>>{}));
    }

    void copyPutsVersionsOnClipboard()
    {
        AboutDialog dialog;
        dialog.setEngineVersions({{u"Docker"_s, u"20.10.24"_s}});
        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, dialog.versionsText());
        QVERIFY(copied.contains(u"Docker: 20.10.24"_s));
        QVERIFY(copied.contains(u"Qt: "_s));
        QVERIFY(!copied.contains(u'<')); // plain text, no markup
        QVERIFY(!dialog.findChild<QLabel *>(u"copiedLabel"_s)->text().isEmpty());
    }
};

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
