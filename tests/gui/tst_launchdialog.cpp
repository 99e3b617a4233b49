// SPDX-License-Identifier: Apache-2.0
// The launch dialog, offscreen, with the real planner: the plan follows every option, a
// refused option is marked and stops Launch, Copy Command and Launch hand out the exact
// plan, and the last choices come back.
#include "LaunchDialog.h"
#include "ReviewScreenshot.h"
#include "TableEditor.h"
#include "launch/LaunchPlanner.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

const QString kDockerHost = u"unix:///tmp/wharf-test/docker.sock"_s;
const QString kPodmanHost = u"unix:///tmp/wharf-test/podman.sock"_s;

QList<LaunchDialog::EngineChoice> engines()
{
    return {{u"docker-1"_s, u"Docker 20.10.24"_s, EngineKind::Docker, kDockerHost},
            {u"podman-1"_s, u"Podman 4.3.1"_s, EngineKind::Podman, kPodmanHost}};
}

HostFacts linuxFacts()
{
    HostFacts facts;
    facts.os = HostFacts::Os::Linux;
    facts.architecture = u"amd64"_s;
    facts.userId = 1000;
    facts.groupId = 1000;
    facts.userName = u"alice"_s;
    facts.display = u":0"_s;
    facts.x11SocketDirectoryExists = true;
    facts.kerberosCache = u"/tmp/krb5cc_1000"_s;
    facts.apptainer = HostFacts::ApptainerProgram::Apptainer;
    return facts;
}

HostFacts macFacts()
{
    HostFacts facts = linuxFacts();
    facts.os = HostFacts::Os::MacOs;
    facts.dockerDesktop = true;
    facts.architecture = u"arm64"_s;
    facts.apptainer = HostFacts::ApptainerProgram::None;
    return facts;
}

} // namespace

class tst_LaunchDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LaunchDialog> m_dialog;
    int m_run = 0;

    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    QString planText() const { return child<QPlainTextEdit>(u"planTextEdit"_s)->toPlainText(); }
    QString notesText() const { return child<QTextBrowser>(u"planNotesBrowser"_s)->toPlainText(); }
    QPushButton *launchButton() const { return child<QPushButton>(u"launchButton"_s); }
    QPushButton *copyButton() const { return child<QPushButton>(u"copyCommandButton"_s); }
    QLabel *errorLabel() const { return child<QLabel>(u"planErrorLabel"_s); }

    // The plan text is exactly what the planner makes of the dialog's request.
    void verifyPlanMatchesPlanner()
    {
        const Result<LaunchPlan> expected = LaunchPlanner::plan(m_dialog->request(), m_dialog->hostFacts());
        QVERIFY(expected.ok());
        QCOMPARE(planText(), expected->commandLine());
    }

    void makeDialog(const HostFacts &facts = linuxFacts())
    {
        m_dialog.reset();
        m_dialog = std::make_unique<LaunchDialog>(engines(), m_settings.get());
        m_dialog->setHostFacts(facts);
        m_dialog->setImage(u"cmscloud/al9-cms:latest"_s);
        child<QLineEdit>(u"workingFolderLineEdit"_s)->setText(u"/home/alice/analysis"_s);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_dialog->activateWindow(); // focus and Tab need an active window on a real X server
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    void chooseStrategy(LaunchStrategy strategy)
    {
        auto *radio = child<QAbstractButton>(launchStrategyName(strategy) + u"StrategyRadioButton"_s);
        QVERIFY(radio);
        QVERIFY(radio->isEnabled());
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }

    void openAdvanced()
    {
        auto *advanced = child<QToolButton>(u"advancedToolButton"_s);
        if (!advanced->isChecked())
            QTest::mouseClick(advanced, Qt::LeftButton);
        QVERIFY(advanced->isChecked());
    }

    void setChecked(const QString &name, bool checked)
    {
        auto *box = child<QCheckBox>(name);
        QVERIFY(box);
        if (box->isChecked() != checked)
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        QCOMPARE(box->isChecked(), checked);
    }

    // Types into a line edit as a user does: select all, type.
    void retype(const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    // Adds a row through the editor's Add button and types its first cell.
    void addTableRow(const QString &editorName, const QString &firstCell)
    {
        auto *editor = child<TableEditor>(editorName);
        QVERIFY(editor);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QLineEdit *cellEditor = nullptr;
        QTRY_VERIFY((cellEditor = editor->table()->viewport()->findChild<QLineEdit *>()) != nullptr);
        QTest::keyClicks(cellEditor, firstCell);
        QTest::keyClick(cellEditor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        const int row = editor->rowCount() - 1;
        QTRY_COMPARE(editor->text(row, 0), firstCell);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_run)),
                                                 QSettings::IniFormat);
        makeDialog();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_settings.reset();
    }

    void firstPlanIsHostMountOnTheChosenEngine()
    {
        QVERIFY(launchButton()->isEnabled());
        QVERIFY(errorLabel()->isHidden());
        verifyPlanMatchesPlanner();
        QCOMPARE(m_dialog->engineId(), u"docker-1"_s);
        QVERIFY2(planText().startsWith(u"docker --host unix:///tmp/wharf-test/docker.sock run --rm -it "_s),
                 qPrintable(planText()));
        QVERIFY(planText().contains(u"-v /cvmfs:/cvmfs:rslave"_s));
        QVERIFY(planText().contains(u"--user 1000:1000"_s));
        QVERIFY(planText().contains(u"-v /home/alice/analysis:/home/alice/analysis -w /home/alice/analysis"_s));
        QVERIFY(planText().contains(u" cmscloud/al9-cms:latest sh -c "_s));
        // What will be checked first, in the planner's words.
        QVERIFY2(notesText().contains(u"CVMFS is installed on this computer (/cvmfs exists)."_s), qPrintable(notesText()));
        QVERIFY(notesText().contains(u"The CVMFS repository cms.cern.ch answers"_s));
        // Rarely used options stay closed.
        QVERIFY(!child<QWidget>(u"advancedPanel"_s)->isVisible());
        QVERIFY(!child<QWidget>(u"shellComboBox"_s)->isVisible());
    }

    void planFollowsEveryChange()
    {
        // Engine.
        auto *engine = child<QComboBox>(u"engineComboBox"_s);
        engine->setCurrentIndex(1);
        QVERIFY2(planText().startsWith(u"podman --remote --url unix:///tmp/wharf-test/podman.sock run "_s),
                 qPrintable(planText()));
        QVERIFY(planText().contains(u"--userns=keep-id"_s));
        QVERIFY(planText().contains(u" docker.io/cmscloud/al9-cms:latest "_s));
        verifyPlanMatchesPlanner();
        engine->setCurrentIndex(0);

        // Folder, typed.
        retype(u"workingFolderLineEdit"_s, u"/tmp/work"_s);
        QVERIFY(planText().contains(u"-v /tmp/work:/tmp/work -w /tmp/work"_s));
        // "~" is the home folder.
        retype(u"workingFolderLineEdit"_s, u"~/ZPeak"_s);
        QVERIFY(planText().contains(u"-w "_s + QDir::homePath() + u"/ZPeak"_s));

        // Repositories: ticking one adds its check.
        auto *repositories = child<QListWidget>(u"repositoriesListWidget"_s);
        const QList<QListWidgetItem *> sft = repositories->findItems(u"sft.cern.ch"_s, Qt::MatchExactly);
        QCOMPARE(sft.size(), 1);
        QVERIFY(!notesText().contains(u"sft.cern.ch"_s));
        sft.first()->setCheckState(Qt::Checked);
        QVERIFY(notesText().contains(u"The CVMFS repository sft.cern.ch answers"_s));
        // Another one, typed, with Return (which must not launch).
        QSignalSpy launched(m_dialog.get(), &LaunchDialog::launchRequested);
        retype(u"repositoryLineEdit"_s, u"cvmfs-config.cern.ch"_s);
        QTest::keyClick(child<QLineEdit>(u"repositoryLineEdit"_s), Qt::Key_Return);
        QCOMPARE(launched.size(), 0);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(notesText().contains(u"The CVMFS repository cvmfs-config.cern.ch answers"_s));
        QVERIFY(m_dialog->request().cvmfsRepositories.contains(u"cvmfs-config.cern.ch"_s));

        // Command: split like a shell does.
        retype(u"commandLineEdit"_s, u"root -l \"my file.root\""_s);
        QCOMPARE(m_dialog->request().command, QStringList({u"root"_s, u"-l"_s, u"my file.root"_s}));
        QVERIFY(planText().endsWith(u" cmscloud/al9-cms:latest root -l 'my file.root'"_s));

        // Advanced: keep, name, platform, shell, X11, Kerberos, environment.
        openAdvanced();
        setChecked(u"keepContainerCheckBox"_s, true);
        QVERIFY(!planText().contains(u"--rm"_s));
        retype(u"containerNameLineEdit"_s, u"zpeak"_s);
        QVERIFY(planText().contains(u"--name zpeak"_s));
        child<QComboBox>(u"platformComboBox"_s)->setCurrentIndex(2);
        QVERIFY(planText().contains(u"--platform linux/arm64"_s));
        QVERIFY2(notesText().contains(u"emulated"_s), qPrintable(notesText()));
        setChecked(u"runAsUserCheckBox"_s, false);
        QVERIFY(!planText().contains(u"--user"_s));
        setChecked(u"x11CheckBox"_s, true);
        QVERIFY(planText().contains(u"-e DISPLAY=:0 -v /tmp/.X11-unix:/tmp/.X11-unix"_s));
        QVERIFY(notesText().contains(u"xhost +SI:localuser:root"_s));
        setChecked(u"kerberosCheckBox"_s, true);
        QVERIFY(planText().contains(u"-v /tmp/krb5cc_1000:/tmp/krb5cc_1000:ro -e KRB5CCNAME=FILE:/tmp/krb5cc_1000"_s));
        addTableRow(u"environmentEditor"_s, u"CMS_PATH"_s);
        QVERIFY2(planText().contains(u"-e CMS_PATH="_s), qPrintable(planText()));
        retype(u"commandLineEdit"_s, QString());
        child<QComboBox>(u"shellComboBox"_s)->setCurrentIndex(2);
        QVERIFY(planText().endsWith(u"cmscloud/al9-cms:latest sh"_s));
        verifyPlanMatchesPlanner();

        // FUSE: the privileges, named in the planner's words.
        chooseStrategy(LaunchStrategy::Fuse);
        QVERIFY(planText().contains(u"--cap-add SYS_ADMIN --device /dev/fuse"_s));
        QVERIFY(notesText().contains(u"extra privileges (CAP_SYS_ADMIN and the /dev/fuse device)"_s));
        QVERIFY(!child<QWidget>(u"repositoriesListWidget"_s)->isVisible()); // the image mounts CVMFS
        verifyPlanMatchesPlanner();

        // Automounter.
        chooseStrategy(LaunchStrategy::Automounter);
        QVERIFY(planText().contains(u"-v /shared-mounts/cvmfs:/cvmfs:rslave"_s));
        QVERIFY(notesText().contains(u"The cvmfs-automounter container \"cvmfs\" is running."_s));

        // Apptainer: no engine, no container options.
        chooseStrategy(LaunchStrategy::Apptainer);
        // The variable reaches the container through APPTAINERENV_ (--env would split at ',').
        QVERIFY2(planText().startsWith(u"env APPTAINERENV_CMS_PATH= apptainer shell --shell /bin/sh -B /cvmfs "_s),
                 qPrintable(planText()));
        QVERIFY(!child<QWidget>(u"engineComboBox"_s)->isVisible());
        QVERIFY(!child<QWidget>(u"keepContainerCheckBox"_s)->isVisible());
        QVERIFY(!child<QWidget>(u"platformComboBox"_s)->isVisible());
        QVERIFY(!notesText().contains(u"platform"_s)); // a hidden option warns about nothing
        QVERIFY(planText().endsWith(u" docker://docker.io/cmscloud/al9-cms:latest"_s));
        verifyPlanMatchesPlanner();

        // cmssw: the wrapper instead of an image.
        chooseStrategy(LaunchStrategy::Cmssw);
        QVERIFY(!child<QWidget>(u"imageLineEdit"_s)->isVisible());
        QVERIFY(child<QWidget>(u"cmsswReleaseComboBox"_s)->isVisible());
        QVERIFY2(planText().contains(u"/cvmfs/cms.cern.ch/common/cmssw-el9 -B "_s), qPrintable(planText()));
        auto *release = child<QComboBox>(u"cmsswReleaseComboBox"_s);
        release->setCurrentIndex(release->findData(u"el8"_s));
        QVERIFY(planText().contains(u"/cvmfs/cms.cern.ch/common/cmssw-el8 "_s));
        QVERIFY(notesText().contains(u"The CMS wrapper /cvmfs/cms.cern.ch/common/cmssw-el8 exists."_s));
        verifyPlanMatchesPlanner();
    }

    void refusedOptionIsMarked_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("marked"); // the object name of the marked widget
        QTest::addColumn<QString>("words");  // from the planner's message
        QTest::newRow("image") << u"image"_s << u"imageLineEdit"_s << u"Busy Box"_s;
        QTest::newRow("folder /") << u"folder /"_s << u"workingFolderLineEdit"_s << u"cannot be \"/\""_s;
        QTest::newRow("relative folder") << u"relative folder"_s << u"workingFolderLineEdit"_s << u"absolute"_s;
        QTest::newRow("bind with ':'") << u"bind"_s << u"bindsEditor"_s << u"contains \":\""_s;
        QTest::newRow("variable name") << u"variable"_s << u"environmentEditor"_s << u"not a valid environment variable name"_s;
        QTest::newRow("container name") << u"name"_s << u"containerNameLineEdit"_s << u"cannot be a container name"_s;
    }

    void refusedOptionIsMarked()
    {
        QFETCH(QString, what);
        QFETCH(QString, marked);
        QFETCH(QString, words);
        QVERIFY(launchButton()->isEnabled());
        if (what == u"image"_s) {
            retype(u"imageLineEdit"_s, u"Busy Box"_s);
        } else if (what == u"folder /"_s) {
            retype(u"workingFolderLineEdit"_s, u"/"_s);
        } else if (what == u"relative folder"_s) {
            retype(u"workingFolderLineEdit"_s, u"analysis"_s);
        } else if (what == u"bind"_s) {
            openAdvanced();
            addTableRow(u"bindsEditor"_s, u"/data/run:2024"_s);
        } else if (what == u"variable"_s) {
            openAdvanced();
            addTableRow(u"environmentEditor"_s, u"1BAD"_s);
        } else if (what == u"name"_s) {
            openAdvanced();
            retype(u"containerNameLineEdit"_s, u"-x"_s);
        }
        QVERIFY(!m_dialog->plan().ok());
        QVERIFY(!launchButton()->isEnabled());
        QVERIFY(!copyButton()->isEnabled());
        QVERIFY(errorLabel()->isVisible());
        QCOMPARE(errorLabel()->text(), m_dialog->plan().error().message());
        QVERIFY2(errorLabel()->text().contains(words), qPrintable(errorLabel()->text()));
        QVERIFY(planText().isEmpty());
        auto *widget = child<QWidget>(marked);
        QVERIFY(widget);
        QVERIFY(widget->property("invalid").toBool());
        QVERIFY(widget->isVisible());
        QCOMPARE(widget->accessibleDescription(), errorLabel()->text());
        if (auto *editor = qobject_cast<TableEditor *>(widget)) {
            QCOMPARE(editor->markedCell(), qMakePair(0, 0));
            QCOMPARE(editor->table()->item(0, 0)->toolTip(), errorLabel()->text());
        }
        // Enter does not launch a refused request.
        QSignalSpy launched(m_dialog.get(), &LaunchDialog::launchRequested);
        QTest::keyClick(child<QLineEdit>(u"commandLineEdit"_s), Qt::Key_Return);
        QCOMPARE(launched.size(), 0);

        // Corrected, the mark goes and Launch comes back.
        if (what == u"image"_s) {
            retype(u"imageLineEdit"_s, u"busybox"_s);
        } else if (what == u"folder /"_s || what == u"relative folder"_s) {
            retype(u"workingFolderLineEdit"_s, u"/tmp"_s);
        } else if (what == u"bind"_s || what == u"variable"_s) {
            auto *editor = qobject_cast<TableEditor *>(widget);
            editor->table()->setCurrentCell(0, 0);
            QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
            QCOMPARE(editor->rowCount(), 0);
            QCOMPARE(editor->markedCell(), qMakePair(-1, -1));
        } else if (what == u"name"_s) {
            retype(u"containerNameLineEdit"_s, u"x1"_s);
        }
        QVERIFY(m_dialog->plan().ok());
        QVERIFY(launchButton()->isEnabled());
        QVERIFY(errorLabel()->isHidden());
        QVERIFY(!widget->property("invalid").toBool());
        QVERIFY(widget->accessibleDescription().isEmpty());
        verifyPlanMatchesPlanner();
    }

    void copyCommandCopiesThePlan()
    {
        QApplication::clipboard()->clear();
        auto *copied = child<QLabel>(u"copiedLabel"_s);
        QVERIFY(copied->text().isEmpty());
        QTest::mouseClick(copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), m_dialog->plan()->commandLine());
        QCOMPARE(copied->text(), u"Copied"_s);
        QTRY_VERIFY_WITH_TIMEOUT(copied->text().isEmpty(), 5000);

        // With a registry login, the password is a placeholder the user's shell fills in.
        chooseStrategy(LaunchStrategy::Apptainer);
        openAdvanced();
        retype(u"registryUserLineEdit"_s, u"alice"_s);
        QTest::mouseClick(copyButton(), Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, m_dialog->plan()->commandLine());
        QVERIFY2(text.contains(u"APPTAINER_DOCKER_USERNAME=alice"_s), qPrintable(text));
        QVERIFY(text.contains(LaunchPlan::secretPlaceholder(u"APPTAINER_DOCKER_PASSWORD"_s)));
        QVERIFY(text.contains(u"\"APPTAINER_DOCKER_PASSWORD=${APPTAINER_DOCKER_PASSWORD:?export APPTAINER_DOCKER_PASSWORD first}\""_s));
    }

    void ctrlCInThePlanCopiesTheSelection()
    {
        auto *view = child<QPlainTextEdit>(u"planTextEdit"_s);
        QVERIFY(view->isReadOnly());
        view->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::SelectAll);
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), m_dialog->plan()->commandLine());
        // Typing changes nothing.
        QTest::keyClicks(view, u"rm -rf"_s);
        verifyPlanMatchesPlanner();
    }

    void launchEmitsTheRequestAndRemembers()
    {
        chooseStrategy(LaunchStrategy::Fuse);
        retype(u"commandLineEdit"_s, u"cmsRun cfg.py"_s);
        openAdvanced();
        retype(u"containerNameLineEdit"_s, u"once"_s);
        child<QComboBox>(u"shellComboBox"_s)->setCurrentIndex(1);
        setChecked(u"kerberosCheckBox"_s, true);
        addTableRow(u"bindsEditor"_s, u"/data"_s);
        child<QListWidget>(u"repositoriesListWidget"_s)
            ->findItems(u"grid.cern.ch"_s, Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Checked);
        chooseStrategy(LaunchStrategy::HostMount);
        const LaunchRequest expected = m_dialog->request();
        QCOMPARE(expected.binds, QList<BindMount>({{u"/data"_s, QString(), false}}));

        QSignalSpy launched(m_dialog.get(), &LaunchDialog::launchRequested);
        QTest::mouseClick(launchButton(), Qt::LeftButton);
        QCOMPARE(launched.size(), 1);
        QCOMPARE(launched.at(0).at(0).value<LaunchRequest>(), expected);
        QVERIFY(!m_dialog->isVisible());

        // The next dialog offers the same choices, not the one-offs.
        makeDialog();
        const LaunchRequest again = m_dialog->request();
        QCOMPARE(again.strategy, LaunchStrategy::HostMount);
        QCOMPARE(again.cvmfsRepositories, QStringList({u"cms.cern.ch"_s, u"grid.cern.ch"_s}));
        QCOMPARE(again.shell, u"zsh"_s);
        QVERIFY(again.forwardKerberos);
        QCOMPARE(again.binds, expected.binds);
        QVERIFY(again.command.isEmpty());
        QVERIFY(again.containerName.isEmpty());
        QCOMPARE(again.image, u"cmscloud/al9-cms:latest"_s); // from the caller, not the settings
        QVERIFY(!child<QToolButton>(u"advancedToolButton"_s)->isChecked()); // the short form first
        // The folder too (makeDialog typed the same one; a fresh one shows the saved folder).
        m_dialog.reset();
        m_dialog = std::make_unique<LaunchDialog>(engines(), m_settings.get());
        QCOMPARE(m_dialog->request().workingFolder, u"/home/alice/analysis"_s);
    }

    void setRequestRoundTrips_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        LaunchRequest host;
        host.image = u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:latest"_s;
        host.workingFolder = u"/home/alice/ZPeak"_s;
        host.engine = EngineKind::Podman;
        host.engineHost = kPodmanHost;
        host.cvmfsRepositories = {u"cms.cern.ch"_s, u"atlas.cern.ch"_s, u"my.repo.example"_s};
        host.binds = {{u"/data"_s, u"/mnt/data"_s, true}, {u"/scratch"_s, QString(), false}};
        host.environment = {{u"A"_s, u"1"_s}, {u"B"_s, u"two words \"q\""_s}};
        host.shell = u"zsh"_s;
        host.platform = u"linux/arm64"_s;
        host.keepContainer = true;
        host.containerName = u"zpeak"_s;
        host.forwardX11 = true;
        host.forwardKerberos = true;
        host.runAsUser = false;
        host.command = {u"root"_s, u"-l"_s, u"my file.root"_s, u"say \"hi\""_s};
        QTest::newRow("host, everything") << host;

        LaunchRequest automounter;
        automounter.strategy = LaunchStrategy::Automounter;
        automounter.image = u"busybox"_s;
        automounter.workingFolder = u"/tmp"_s;
        automounter.cvmfsRepositories = {u"sft.cern.ch"_s};
        automounter.automounter.mountRoot = u"/srv/mounts"_s;
        automounter.cvmfsRoot = u"/opt/cvmfs"_s;
        automounter.engineHost = kDockerHost;
        QTest::newRow("automounter, own mount root") << automounter;

        LaunchRequest fuse;
        fuse.strategy = LaunchStrategy::Fuse;
        fuse.image = u"sha256:"_s + QString(64, u'e');
        fuse.workingFolder = u"/tmp"_s;
        fuse.engineHost = kDockerHost;
        QTest::newRow("fuse, image ID") << fuse;

        LaunchRequest apptainer;
        apptainer.strategy = LaunchStrategy::Apptainer;
        apptainer.image = u"cmscloud/al9-cms"_s;
        apptainer.workingFolder = u"/tmp"_s;
        apptainer.registryUsername = u"alice"_s;
        apptainer.shell = u"sh"_s;
        apptainer.environment = {{u"X"_s, u"y"_s}};
        QTest::newRow("apptainer, registry user") << apptainer;

        LaunchRequest unpacked = apptainer;
        unpacked.image = u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/cmssw/el9:x86_64"_s;
        unpacked.registryUsername.clear();
        QTest::newRow("apptainer, unpacked path") << unpacked;

        LaunchRequest cmssw;
        cmssw.strategy = LaunchStrategy::Cmssw;
        cmssw.image.clear();
        cmssw.workingFolder = u"/home/alice/CMSSW_14_0_0/src"_s;
        cmssw.cmsswRelease = u"el7"_s;
        cmssw.command = {u"cmsRun"_s, u"cfg.py"_s};
        cmssw.binds = {{u"/eos/user/a"_s, QString(), true}};
        QTest::newRow("cmssw el7 with command") << cmssw;
    }

    void setRequestRoundTrips()
    {
        QFETCH(LaunchRequest, request);
        m_dialog->setRequest(request);
        QCOMPARE(m_dialog->request(), request);
        QVERIFY2(m_dialog->plan().ok(), m_dialog->plan().ok() ? "" : qPrintable(m_dialog->plan().error().toString()));
        verifyPlanMatchesPlanner();
        if (request.engine == EngineKind::Podman)
            QCOMPARE(m_dialog->engineId(), u"podman-1"_s);
    }

    void strategiesThatCannotWorkHereSayWhy()
    {
        makeDialog(macFacts());
        auto *automounter = child<QAbstractButton>(u"automounterStrategyRadioButton"_s);
        QVERIFY(!automounter->isEnabled());
        QVERIFY(automounter->isVisible());
        QVERIFY(child<QLabel>(u"automounterStrategyNoteLabel"_s)->text().contains(u"Not on this computer"_s));
        QVERIFY(!child<QAbstractButton>(u"apptainerStrategyRadioButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(u"apptainerStrategyNoteLabel"_s)->text().contains(u"Linux only"_s));
        QVERIFY(!child<QAbstractButton>(u"cmsswStrategyRadioButton"_s)->isEnabled());
        QVERIFY(child<QAbstractButton>(u"fuseStrategyRadioButton"_s)->isEnabled());
        // On a Mac: no rslave, the file-sharing check, and the macFUSE caveat.
        QVERIFY(planText().contains(u"-v /cvmfs:/cvmfs "_s));
        QVERIFY(notesText().contains(u"Docker Desktop shares /cvmfs with its virtual machine"_s));
        QVERIFY(!child<QWidget>(u"runAsUserCheckBox"_s)->isEnabled());

        // A recent launch from a Linux machine: shown with the planner's reason, Launch off.
        LaunchRequest request = m_dialog->request();
        request.strategy = LaunchStrategy::Automounter;
        m_dialog->setRequest(request);
        QVERIFY(automounter->isChecked());
        QVERIFY(automounter->isEnabled());
        QVERIFY(!launchButton()->isEnabled());
        QVERIFY(errorLabel()->text().contains(u"cvmfs-automounter works only with an engine that runs directly on Linux"_s));
        QVERIFY(child<QWidget>(u"strategyBox"_s)->property("invalid").toBool());
        QVERIFY(child<QLabel>(u"automounterStrategyNoteLabel"_s)->property("invalid").toBool());
        // Apptainer missing on Linux: a caveat, still choosable (the command can be copied).
        HostFacts noApptainer = linuxFacts();
        noApptainer.apptainer = HostFacts::ApptainerProgram::None;
        m_dialog->setHostFacts(noApptainer);
        QVERIFY(launchButton()->isEnabled());
        QVERIFY(child<QAbstractButton>(u"apptainerStrategyRadioButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(u"apptainerStrategyNoteLabel"_s)->text().contains(u"not installed"_s));
    }

    void modelsPassTheTester()
    {
        openAdvanced();
        auto *repositories = child<QListWidget>(u"repositoriesListWidget"_s);
        auto *environment = child<TableEditor>(u"environmentEditor"_s);
        auto *binds = child<TableEditor>(u"bindsEditor"_s);
        QAbstractItemModelTester repositoryTester(repositories->model(),
                                                  QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester environmentTester(environment->table()->model(),
                                                   QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester bindsTester(binds->table()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(repositories->count(), 8);
        retype(u"repositoryLineEdit"_s, u"extra.cern.ch"_s);
        QTest::mouseClick(child<QPushButton>(u"addRepositoryButton"_s), Qt::LeftButton);
        QCOMPARE(repositories->count(), 9);
        addTableRow(u"environmentEditor"_s, u"A"_s);
        addTableRow(u"bindsEditor"_s, u"/a"_s);
        addTableRow(u"bindsEditor"_s, u"/b"_s);
        binds->table()->setCurrentCell(0, 0);
        QTest::mouseClick(binds->removeButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->request().binds, QList<BindMount>({{u"/b"_s, QString(), false}}));
        LaunchRequest request = m_dialog->request();
        request.environment.clear();
        request.binds = {{u"/x"_s, u"/y"_s, true}};
        m_dialog->setRequest(request);
        QCOMPARE(environment->rowCount(), 0);
        QCOMPARE(binds->rowCount(), 1);
        QVERIFY(binds->isChecked(0, 2));
    }

    void keyboardReachesEveryControl()
    {
        openAdvanced();
        chooseStrategy(LaunchStrategy::Apptainer); // the registry user row shows too
        chooseStrategy(LaunchStrategy::HostMount);
        QWidget *start = child<QLineEdit>(u"imageLineEdit"_s);
        start->setFocus();
        QVERIFY(start->hasFocus());
        QSet<QWidget *> reached;
        for (int i = 0; i < 120; ++i) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            reached.insert(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
            if (QApplication::focusWidget() == start)
                break;
        }
        QCOMPARE(QApplication::focusWidget(), start); // round the whole dialog
        const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
                || widget->focusProxy())
                continue;
            if (qobject_cast<QAbstractButton *>(widget) && widget->parentWidget()
                && widget->parentWidget()->objectName() == u"strategyBox"_s && !static_cast<QAbstractButton *>(widget)->isChecked())
                continue; // radio buttons: Tab reaches the group's checked one, arrows the others
            if (widget->objectName() == u"qt_scrollarea_viewport"_s || widget->inherits("QScrollBar"))
                continue;
            QVERIFY2(reached.contains(widget), qPrintable(widget->objectName() + u" "_s + QString::fromLatin1(widget->metaObject()->className())));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        // The arrows move among the strategies.
        auto *host = child<QAbstractButton>(u"hostStrategyRadioButton"_s);
        host->setFocus();
        QTest::keyClick(host, Qt::Key_Down);
        QVERIFY(child<QAbstractButton>(u"automounterStrategyRadioButton"_s)->isChecked());
        QCOMPARE(m_dialog->request().strategy, LaunchStrategy::Automounter);
    }

    void fitsALaptopScreen()
    {
        m_dialog->setRequest([] {
            LaunchRequest request;
            request.image = u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:latest"_s;
            request.workingFolder = u"/home/alice/analysis/ZPeak"_s;
            request.cvmfsRepositories = {u"cms.cern.ch"_s, u"grid.cern.ch"_s};
            request.forwardX11 = false;
            return request;
        }());
        child<QToolButton>(u"advancedToolButton"_s)->setChecked(false);
        QVERIFY2(m_dialog->height() <= 768 - 80, qPrintable(QString::number(m_dialog->height())));
        Wharf::Test::saveReviewScreenshot(m_dialog.get(), u"launchdialog"_s);
        openAdvanced();
        // The scroll area takes the taller options on the next turn of the event loop.
        auto *area = child<QScrollArea>(u"optionsScrollArea"_s);
        QTRY_VERIFY(area->verticalScrollBar()->isVisible());
        QTRY_VERIFY(area->widget()->height() >= area->widget()->heightForWidth(area->widget()->width()));
        addTableRow(u"environmentEditor"_s, u"CMSSW_SEARCH_PATH"_s);
        addTableRow(u"bindsEditor"_s, u"/eos/user/a/alice"_s);
        QTest::qWait(50);
        Wharf::Test::saveReviewScreenshot(m_dialog.get(), u"launchdialog-advanced"_s);
        child<QToolButton>(u"advancedToolButton"_s)->setChecked(false);
        chooseStrategy(LaunchStrategy::Fuse);
        retype(u"workingFolderLineEdit"_s, u"/"_s);
        QTest::qWait(50);
        Wharf::Test::saveReviewScreenshot(m_dialog.get(), u"launchdialog-error"_s);
    }
};

QTEST_MAIN(tst_LaunchDialog)
#include "tst_launchdialog.moc"
