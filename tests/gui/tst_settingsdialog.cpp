// SPDX-License-Identifier: Apache-2.0
// The Settings dialog over a temporary INI file: what it shows, what it writes (only what was
// changed, nothing on Cancel), live validation of every field, and the keyboard.
#include "SettingsDialog.h"
#include "SettingsListEditor.h"
#include "WharfSettings.h"
#include "ReviewScreenshot.h"
#include "unpacked/UnpackedLayout.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void makeExecutable(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nexit 0\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_savedPath;

    QPushButton *button(SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(which);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A PATH with exactly two terminals, so the combo box is the same on every machine.
        const QString bin = m_dir.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        makeExecutable(bin + u"/konsole"_s);
        makeExecutable(bin + u"/xterm"_s);
        m_savedPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin));
        qunsetenv("TERMINAL");
    }

    void cleanupTestCase()
    {
        qputenv("PATH", m_savedPath);
    }

    void init()
    {
        m_path = m_dir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
    }

    void showsDefaults()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"engineHostLineEdit"_s)->text(), QString());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"cvmfsRootLineEdit"_s)->text(), u"/cvmfs"_s);
        QCOMPARE(dialog.findChild<SettingsListEditor *>(u"unpackedRootsEditor"_s)->items(),
                 QStringList{UnpackedLayout::defaultRoot()});
        QCOMPARE(dialog.findChild<QLineEdit *>(u"automounterNameLineEdit"_s)->text(), AutomounterSettings().containerName);
        auto *terminals = dialog.findChild<QComboBox *>(u"terminalComboBox"_s);
        QCOMPARE(terminals->count(), 3);
        QCOMPARE(terminals->itemText(0), u"Automatic (first found)"_s);
        QCOMPARE(terminals->itemData(1).toString(), u"konsole"_s);
        QCOMPARE(terminals->itemData(2).toString(), u"xterm"_s);
        // The automatic choice names the terminal it stands for.
        QVERIFY(dialog.findChild<QLabel *>(u"terminalInfoLabel"_s)->text().contains(u"Konsole"_s));
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled()); // nothing changed yet
        dialog.close();
        QCOMPARE(QSettings(m_path, QSettings::IniFormat).allKeys(), QStringList());
    }

    void roundTrip()
    {
        {
            QSettings ini(m_path, QSettings::IniFormat);
            WharfSettings settings(&ini);
            settings.setEngineHost(u"tcp://build.example.org:2376"_s);
            settings.setTerminalId(u"xterm"_s);
            settings.setProxy(u"http://proxy.example.org:3128"_s);
            settings.setLanguage(u"de"_s);
        }
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"engineHostLineEdit"_s)->text(), u"tcp://build.example.org:2376"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"terminalComboBox"_s)->currentText(), u"XTerm"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"proxyLineEdit"_s)->text(), u"http://proxy.example.org:3128"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"languageComboBox"_s)->currentText(), u"Deutsch"_s);

        dialog.findChild<QLineEdit *>(u"engineHostLineEdit"_s)->setText(u"unix:///run/user/1000/podman/podman.sock"_s);
        dialog.findChild<QComboBox *>(u"terminalComboBox"_s)->setCurrentIndex(1);
        dialog.findChild<QLineEdit *>(u"cvmfsRootLineEdit"_s)->setText(u"/opt/cvmfs"_s);
        auto *roots = dialog.findChild<SettingsListEditor *>(u"unpackedRootsEditor"_s);
        roots->appendItem(u"/data/unpacked"_s);
        dialog.findChild<QLineEdit *>(u"automounterImageLineEdit"_s)->setText(u"registry.example.org/automounter:2"_s);
        dialog.findChild<QLineEdit *>(u"automounterNameLineEdit"_s)->setText(u"my-cvmfs"_s);
        dialog.findChild<QLineEdit *>(u"automounterRootLineEdit"_s)->setText(u"/srv/mounts"_s);
        dialog.findChild<QLineEdit *>(u"proxyLineEdit"_s)->clear();
        dialog.findChild<QComboBox *>(u"languageComboBox"_s)->setCurrentIndex(2); // Français
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.count(), 1);

        QSettings reread(m_path, QSettings::IniFormat);
        const WharfSettings settings(&reread);
        QCOMPARE(settings.engineHost(), u"unix:///run/user/1000/podman/podman.sock"_s);
        QCOMPARE(settings.terminalId(), u"konsole"_s);
        QCOMPARE(settings.cvmfsRoot(), u"/opt/cvmfs"_s);
        QCOMPARE(settings.unpackedRoots(), (QStringList{UnpackedLayout::defaultRoot(), u"/data/unpacked"_s}));
        QCOMPARE(settings.automounter().image, u"registry.example.org/automounter:2"_s);
        QCOMPARE(settings.automounter().containerName, u"my-cvmfs"_s);
        QCOMPARE(settings.automounter().mountRoot, u"/srv/mounts"_s);
        QCOMPARE(settings.proxy(), QString());
        QCOMPARE(settings.language(), u"fr"_s);
    }

    void invalidValue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("message"); // part of what the field's label says
        const int engines = int(SettingsDialog::Page::Engines);
        const int cvmfs = int(SettingsDialog::Page::Cvmfs);
        const int network = int(SettingsDialog::Page::Network);
        QTest::newRow("engine: bare path") << u"engineHost"_s << u"/run/docker.sock"_s << engines << QString();
        QTest::newRow("engine: newline") << u"engineHost"_s << u"tcp://a:1\nb"_s << engines << QString();
        QTest::newRow("cvmfs: relative") << u"cvmfsRoot"_s << u"cvmfs"_s << cvmfs << u"CVMFS mount point"_s;
        QTest::newRow("cvmfs: root") << u"cvmfsRoot"_s << u"/"_s << cvmfs << u"\"/\""_s;
        QTest::newRow("cvmfs: colon") << u"cvmfsRoot"_s << u"/a:b"_s << cvmfs << u"\":\""_s;
        QTest::newRow("cvmfs: control") << u"cvmfsRoot"_s << u"/a\tb"_s << cvmfs << u"control character"_s;
        QTest::newRow("image: garbage") << u"automounterImage"_s << u"NOT AN IMAGE"_s << cvmfs << QString();
        QTest::newRow("name: one letter") << u"automounterName"_s << u"a"_s << cvmfs << u"container name"_s;
        QTest::newRow("mount root: relative") << u"automounterRoot"_s << u"mounts"_s << cvmfs << u"absolute"_s;
        QTest::newRow("mount root: root") << u"automounterRoot"_s << u"/"_s << cvmfs << u"\"/\""_s;
        QTest::newRow("proxy: no scheme") << u"proxy"_s << u"proxy.example.org:8080"_s << network << u"http://"_s;
        QTest::newRow("proxy: password") << u"proxy"_s << u"http://alice:s3cret@proxy.example.org:8080"_s << network
                                         << u"password"_s;
    }

    void invalidValue()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, page);
        QFETCH(QString, message);
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        dialog.show();
        auto *edit = dialog.findChild<QLineEdit *>(field + u"LineEdit"_s);
        auto *label = dialog.findChild<QLabel *>(field + u"FeedbackLabel"_s);
        QVERIFY(edit && label);
        QVERIFY(label->isHidden());
        const QString original = edit->text();

        edit->setText(value);
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(!dialog.isValid());
        QVERIFY(!label->isHidden());
        QVERIFY(!label->text().isEmpty());
        if (!message.isEmpty())
            QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        QCOMPARE(edit->accessibleDescription(), label->text());
        dialog.showPage(SettingsDialog::Page(page));
        Test::saveReviewScreenshot(&dialog, u"settings-invalid-"_s + field);
        // The section holding the field says so, for a user on another page.
        auto *sections = dialog.findChild<QListWidget *>(u"sectionList"_s);
        QVERIFY(sections->item(page)->data(Qt::AccessibleTextRole).toString().contains(u"fix"_s));
        // Only that field is marked.
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (const QLabel *other : labels) {
            if (other != label && other->objectName().endsWith(u"FeedbackLabel"_s))
                QVERIFY2(other->isHidden(), qPrintable(other->objectName()));
        }
        // Enter does not write a refused value.
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!QSettings(m_path, QSettings::IniFormat).allKeys().contains(u"network/proxy"_s));

        edit->setText(original);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(label->isHidden());
        QVERIFY(!sections->item(page)->data(Qt::AccessibleTextRole).toString().contains(u"fix"_s));
    }

    void invalidUnpackedRoot()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        auto *roots = dialog.findChild<SettingsListEditor *>(u"unpackedRootsEditor"_s);
        auto *label = dialog.findChild<QLabel *>(u"unpackedRootsFeedbackLabel"_s);
        roots->appendItem(u"relative/path"_s);
        QCOMPARE(roots->markedRow(), 1);
        QVERIFY(!label->isHidden());
        QVERIFY(label->text().contains(u"absolute"_s));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        roots->list()->item(1)->setText(u"/data/unpacked"_s);
        QCOMPARE(roots->markedRow(), -1);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    }

    void listButtons()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        auto *roots = dialog.findChild<SettingsListEditor *>(u"unpackedRootsEditor"_s);
        roots->setItems({u"/a"_s, u"/b"_s, u"/c"_s});
        roots->list()->setCurrentRow(2);
        QVERIFY(!roots->downButton()->isEnabled());
        QTest::mouseClick(roots->upButton(), Qt::LeftButton);
        QCOMPARE(roots->items(), (QStringList{u"/a"_s, u"/c"_s, u"/b"_s}));
        QTest::mouseClick(roots->upButton(), Qt::LeftButton);
        QCOMPARE(roots->items(), (QStringList{u"/c"_s, u"/a"_s, u"/b"_s}));
        QVERIFY(!roots->upButton()->isEnabled());
        QTest::mouseClick(roots->downButton(), Qt::LeftButton);
        QCOMPARE(roots->items(), (QStringList{u"/a"_s, u"/c"_s, u"/b"_s}));
        QTest::mouseClick(roots->removeButton(), Qt::LeftButton);
        QCOMPARE(roots->items(), (QStringList{u"/a"_s, u"/b"_s}));

        // Add opens an editor on a new row; one left empty is dropped when the editor closes.
        dialog.show();
        dialog.activateWindow(); // no window manager under a bare Xvfb
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.showPage(SettingsDialog::Page::Cvmfs);
        const auto editor = [roots] { return roots->list()->viewport()->findChild<QLineEdit *>(); };
        QTest::mouseClick(roots->addButton(), Qt::LeftButton);
        QCOMPARE(roots->list()->count(), 3);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled()); // an empty row is not an error
        QTRY_VERIFY(editor() && editor()->hasFocus());
        QTest::keyClick(editor(), Qt::Key_Escape);
        QTRY_COMPARE(roots->list()->count(), 2);
        QVERIFY(dialog.isVisible()); // Escape closed the editor, not the dialog

        QTRY_VERIFY(!editor());
        QTest::mouseClick(roots->addButton(), Qt::LeftButton);
        QTRY_VERIFY(editor() && editor()->hasFocus());
        QTest::keyClicks(editor(), u"/typed"_s);
        QTest::keyClick(editor(), Qt::Key_Return);
        QTRY_COMPARE(roots->items(), (QStringList{u"/a"_s, u"/b"_s, u"/typed"_s}));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QSettings reread(m_path, QSettings::IniFormat);
        QCOMPARE(WharfSettings(&reread).unpackedRoots(), (QStringList{u"/a"_s, u"/b"_s, u"/typed"_s}));
    }

    void applyEmitsApplied()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QPushButton *apply = button(dialog, QDialogButtonBox::Apply);
        dialog.findChild<QLineEdit *>(u"proxyLineEdit"_s)->setText(u"http://proxy.example.org:8080"_s);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QVERIFY(!apply->isEnabled()); // written: nothing left to apply
        QSettings reread(m_path, QSettings::IniFormat);
        QCOMPARE(WharfSettings(&reread).proxy(), u"http://proxy.example.org:8080"_s);
        // OK with nothing new writes nothing and says nothing.
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
    }

    void cancelWritesNothing()
    {
        {
            QSettings ini(m_path, QSettings::IniFormat);
            WharfSettings(&ini).setProxy(u"http://proxy.example.org:8080"_s);
        }
        const QByteArray before = fileContent(m_path);
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.findChild<QLineEdit *>(u"proxyLineEdit"_s)->clear();
        dialog.findChild<QLineEdit *>(u"engineHostLineEdit"_s)->setText(u"tcp://a.example.org:2376"_s);
        dialog.findChild<QComboBox *>(u"languageComboBox"_s)->setCurrentIndex(3);
        dialog.findChild<SettingsListEditor *>(u"unpackedRootsEditor"_s)->setItems({u"/x"_s});
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(applied.count(), 0);
        ini.sync();
        QCOMPARE(fileContent(m_path), before);
    }

    // A value another window wrote while the dialog was open survives OK.
    void okKeepsValuesWrittenElsewhere()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        {
            QSettings other(m_path, QSettings::IniFormat);
            WharfSettings(&other).setProxy(u"http://elsewhere.example.org:8080"_s);
        }
        ini.sync();
        dialog.findChild<QComboBox *>(u"languageComboBox"_s)->setCurrentIndex(1);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QSettings reread(m_path, QSettings::IniFormat);
        QCOMPARE(WharfSettings(&reread).proxy(), u"http://elsewhere.example.org:8080"_s);
        QCOMPARE(WharfSettings(&reread).language(), u"en"_s);
    }

    void missingTerminalStaysVisible()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        WharfSettings(&ini).setTerminalId(u"kitty"_s);
        SettingsDialog dialog(&ini);
        auto *terminals = dialog.findChild<QComboBox *>(u"terminalComboBox"_s);
        QCOMPARE(terminals->currentData().toString(), u"kitty"_s);
        QVERIFY(terminals->currentText().contains(u"not found"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"terminalInfoLabel"_s)->text().contains(u"not installed"_s));
        QVERIFY(dialog.isValid()); // a choice for later, not an error
        terminals->setCurrentIndex(2);
        QVERIFY(dialog.findChild<QLabel *>(u"terminalInfoLabel"_s)->text().contains(u"xterm"_s));
    }

    // Each page by Tab: list, every input of the page in reading order, then the buttons.
    void keyboard_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("inputs");
        QTest::newRow("engines") << int(SettingsDialog::Page::Engines) << QStringList{u"engineHostLineEdit"_s};
        QTest::newRow("terminal") << int(SettingsDialog::Page::Terminal) << QStringList{u"terminalComboBox"_s};
        QTest::newRow("cvmfs") << int(SettingsDialog::Page::Cvmfs)
                               << QStringList{u"cvmfsRootLineEdit"_s,      u"repositoriesList"_s,
                                              u"addButton"_s,              u"removeButton"_s,
                                              u"downButton"_s,             u"unpackedRootsList"_s,
                                              u"addButton"_s,              u"removeButton"_s,
                                              u"downButton"_s,             u"automounterImageLineEdit"_s,
                                              u"automounterNameLineEdit"_s, u"automounterRootLineEdit"_s};
        QTest::newRow("network") << int(SettingsDialog::Page::Network) << QStringList{u"proxyLineEdit"_s};
        QTest::newRow("registries") << int(SettingsDialog::Page::Registries)
                                    << QStringList{u"registryList"_s, u"openRegistriesPageButton"_s};
        QTest::newRow("language") << int(SettingsDialog::Page::Language) << QStringList{u"languageComboBox"_s};
    }

    void keyboard()
    {
        QFETCH(int, page);
        QFETCH(QStringList, inputs);
        QSettings ini(m_path, QSettings::IniFormat);
        ini.setValue(u"unpacked/roots"_s, QStringList{u"/a"_s, u"/b"_s});
        SettingsDialog dialog(&ini);
        dialog.show();
        dialog.activateWindow(); // no window manager under a bare Xvfb
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *sections = dialog.findChild<QListWidget *>(u"sectionList"_s);
        QVERIFY(!sections->accessibleName().isEmpty());
        sections->setFocus();
        // Arrow keys in the section list choose the page.
        for (int i = 0; i < page; ++i)
            QTest::keyClick(sections, Qt::Key_Down);
        QCOMPARE(int(dialog.currentPage()), page);
        // The list editor's current row is the first: Move Up is disabled, so not a Tab stop.
        dialog.findChild<QListWidget *>(u"unpackedRootsList"_s)->setCurrentRow(0);
        dialog.findChild<QListWidget *>(u"repositoriesList"_s)->setCurrentRow(0);

        QStringList visited;
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (focus->parentWidget() && focus->parentWidget()->objectName() == u"buttonBox"_s)
                break;
            QVERIFY2(!focus->accessibleName().isEmpty(), qPrintable(focus->objectName()));
            // A line edit, combo box or list: a label says what it is and Alt+letter reaches it.
            visited << focus->objectName();
        }
        QCOMPARE(visited, inputs);
        Test::saveReviewScreenshot(&dialog, u"settings-page-%1"_s.arg(page));
    }

    void mnemonicsReachFields()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        int buddies = 0;
        for (const QLabel *label : labels) {
            if (!label->buddy())
                continue;
            ++buddies;
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
        }
        QCOMPARE(buddies, 11); // every field and the three lists
        for (auto *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
        for (auto *combo : dialog.findChildren<QComboBox *>())
            QVERIFY2(!combo->accessibleName().isEmpty(), qPrintable(combo->objectName()));
        for (auto *list : dialog.findChildren<QListWidget *>())
            QVERIFY2(!list->accessibleName().isEmpty(), qPrintable(list->objectName()));
    }

    // The CVMFS repositories (issue 7): a name that is not one is marked and blocks OK; the
    // list is written, and an empty one means the defaults.
    void repositories()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        ini.remove(u"cvmfs/repositories"_s);
        SettingsDialog dialog(&ini);
        auto *list = dialog.findChild<QListWidget *>(u"repositoriesList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 2); // cms.cern.ch, unpacked.cern.ch
        auto *ok = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        list->addItem(u"../etc"_s);
        auto *editor = dialog.findChild<SettingsListEditor *>(u"repositoriesEditor"_s);
        Q_EMIT editor->changed();
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"repositoriesFeedbackLabel"_s)->text().contains(u"../etc"_s));
        list->item(2)->setText(u"atlas.cern.ch"_s);
        Q_EMIT editor->changed();
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(WharfSettings(&ini).cvmfsRepositories(),
                 (QStringList{u"cms.cern.ch"_s, u"unpacked.cern.ch"_s, u"atlas.cern.ch"_s}));
    }

    // Registries (issue 7): the list Wharf uses, and the way to the page where they are set.
    void registriesPage()
    {
        QSettings ini(m_path, QSettings::IniFormat);
        SettingsDialog dialog(&ini);
        dialog.showPage(SettingsDialog::Page::Registries);
        auto *list = dialog.findChild<QListWidget *>(u"registryList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 1); // "None yet"
        dialog.setRegistries({u"docker.io"_s, u"registry.example.org:5000"_s});
        QStringList shown;
        for (int row = 0; row < list->count(); ++row)
            shown << list->item(row)->text();
        QVERIFY(shown.contains(u"registry.example.org:5000"_s));
        QSignalSpy requested(&dialog, &SettingsDialog::registriesPageRequested);
        dialog.findChild<QPushButton *>(u"openRegistriesPageButton"_s)->click();
        QCOMPARE(requested.size(), 1);
    }

    void applicationSettingsWhenNone()
    {
        QCoreApplication::setOrganizationName(u"wharf-test"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"app"_s));
        {
            QSettings app;
            WharfSettings(&app).setProxy(u"http://app.example.org:8080"_s);
        }
        SettingsDialog dialog;
        QCOMPARE(dialog.findChild<QLineEdit *>(u"proxyLineEdit"_s)->text(), u"http://app.example.org:8080"_s);
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
