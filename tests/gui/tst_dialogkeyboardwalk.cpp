// SPDX-License-Identifier: Apache-2.0
// Every dialog of the application by keyboard (issue 7, Accessibility), with the rules of the
// page walk (tst_keyboardwalk, through the shared FocusChainWalker): from the first focus, Tab
// walks a cycle that comes back, only on visible and enabled widgets, each with an accessible
// name; every control that shows is reached; Shift+Tab walks the same cycle backwards; Escape
// closes (rejects) the dialog; Enter activates the default button where there is one; and with
// a 20 pt font no label is cut. One row per dialog (and per page of Settings and of the
// troubleshooting wizard), so a failure names the dialog. The dialogs are made the way their
// own tests make them; none needs an engine.
#include "AboutDialog.h"
#include "AddRegistryDialog.h"
#include "AddRepositoryDialog.h"
#include "ConfirmationDialog.h"
#include "DiagnosticsFixtures.h"
#include "FocusChainWalker.h"
#include "ImportLoginsDialog.h"
#include "LaunchDialog.h"
#include "LoginDialog.h"
#include "PullDialog.h"
#include "RegistryServices.h"
#include "RegistrySettingsDialog.h"
#include "SettingsDialog.h"
#include "ShareLoginDialog.h"
#include "TagDialog.h"
#include "TroubleshootingWizard.h"
#include "UnpackedRequestDialog.h"
#include "credentials/SessionSecretStore.h"
#include "engine/Engine.h"
#include "launch/HostFacts.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;
using namespace std::chrono_literals;

namespace {

// A dialog as a user meets it: `dialog` (gone when it deletes itself on close), and what
// owns it (the dialog itself, or the window a message box belongs to).
struct Opened
{
    std::unique_ptr<QWidget> owner;
    QPointer<QDialog> dialog;
};

struct DialogCase
{
    QString name;
    std::function<Opened()> open;
    // After it shows: what brings the dialog to the state walked (a page of Settings, the
    // results of the wizard). Empty: nothing.
    std::function<void(QDialog *)> settle;
    // For Enter: what a user types before the default button is enabled. Empty: nothing.
    std::function<void(QDialog *)> fill = {};
};

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

template<typename T> Opened own(T *dialog)
{
    Opened opened;
    opened.owner.reset(dialog);
    opened.dialog = dialog;
    return opened;
}

// Where Enter is pressed to reach the default button: a field, as after typing in it (a
// focused push button takes Enter itself; a text edit makes a new line of it).
QWidget *enterTarget(const QList<QWidget *> &stops)
{
    for (QWidget *stop : stops) {
        if (qobject_cast<QLineEdit *>(stop) || qobject_cast<QAbstractSpinBox *>(stop)
            || qobject_cast<QCheckBox *>(stop))
            return stop;
    }
    return nullptr;
}

} // namespace

class tst_DialogKeyboardWalk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QFont m_font;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionSecretStore> m_keychain; // stands in for the system keychain
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<RegistryServices> m_services;
    std::unique_ptr<Engine> m_engine; // never probed: the dialogs only show it
    std::unique_ptr<DiagnosticsRoot> m_root;
    QList<DialogCase> m_cases;

    // Docker's and Podman's files for the login dialogs: an empty HOME, no helpers.
    QProcessEnvironment emptyHome() const
    {
        QProcessEnvironment environment;
        const QString home = m_dir.filePath(u"home"_s);
        environment.insert(u"HOME"_s, home);
        environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        environment.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
        environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        return environment;
    }

    void addCases()
    {
        const QString registry = u"registry.example.org"_s;
        m_cases << DialogCase{u"AboutDialog"_s, [] { return own(new AboutDialog); }, {}};
        m_cases << DialogCase{u"AddRegistryDialog"_s,
            [] { return own(new AddRegistryDialog({u"docker.io"_s, u"registry.cern.ch"_s})); }, {},
            [](QDialog *dialog) { static_cast<AddRegistryDialog *>(dialog)->setText(u"gitlab-registry.cern.ch"_s); }};
        m_cases << DialogCase{u"AddRepositoryDialog"_s, [] {
            return own(new AddRepositoryDialog({u"docker.io"_s, u"registry.cern.ch"_s}, u"registry.cern.ch"_s));
        }, {}, [](QDialog *dialog) { static_cast<AddRepositoryDialog *>(dialog)->setText(u"cms/analysis"_s); }};
        m_cases << DialogCase{u"ConfirmationDialog"_s, [] {
            ConfirmationDialog::setPresetAnswer(std::nullopt);
            Opened opened;
            opened.owner = std::make_unique<QWidget>();
            opened.owner->resize(600, 400);
            opened.owner->show();
            (void)QTest::qWaitForWindowExposed(opened.owner.get());
            ConfirmationDialog::ask(opened.owner.get(), u"Remove Images"_s, u"Remove 2 images?"_s,
                u"busybox:1\nbusybox:2"_s, u"Remove"_s, [](bool) {});
            opened.dialog = opened.owner->findChild<QMessageBox *>();
            return opened;
        }, {}};
        m_cases << DialogCase{u"ImportLoginsDialog"_s,
            [this] { return own(new ImportLoginsDialog(m_services.get(), emptyHome())); }, {}};
        m_cases << DialogCase{u"LaunchDialog"_s, [this] {
            const QList<LaunchDialog::EngineChoice> engines{
                {u"docker-1"_s, u"Docker 20.10.24"_s, EngineKind::Docker, u"unix:///tmp/wharf-none/docker.sock"_s},
                {u"podman-1"_s, u"Podman 4.3.1"_s, EngineKind::Podman, u"unix:///tmp/wharf-none/podman.sock"_s}};
            auto *dialog = new LaunchDialog(engines, m_settings.get());
            dialog->setHostFacts(linuxFacts());
            dialog->setImage(u"cmscloud/al9-cms:latest"_s);
            return own(dialog);
        }, {}};
        const auto typeLogin = [](QDialog *dialog) {
            static_cast<LoginDialog *>(dialog)->setUsername(u"alice"_s);
            static_cast<LoginDialog *>(dialog)->setSecret(u"not-a-real-secret"_s);
        };
        m_cases << DialogCase{u"LoginDialog"_s,
            [this, registry] { return own(new LoginDialog(m_services.get(), registry)); }, {}, typeLogin};
        m_cases << DialogCase{u"LoginDialog (no registry)"_s,
            [this] { return own(new LoginDialog(m_services.get(), QString())); }, {}};
        m_cases << DialogCase{u"PullDialog"_s,
            [this] { return own(new PullDialog({m_engine.get()}, m_engine.get(), nullptr)); }, {}};
        m_cases << DialogCase{u"RegistrySettingsDialog"_s,
            [this, registry] { return own(new RegistrySettingsDialog(m_services.get(), registry)); }, {}};
        const QList<std::pair<QString, SettingsDialog::Page>> settingsPages{
            {u"Engines"_s, SettingsDialog::Page::Engines}, {u"Terminal"_s, SettingsDialog::Page::Terminal},
            {u"CVMFS"_s, SettingsDialog::Page::Cvmfs}, {u"Network"_s, SettingsDialog::Page::Network},
            {u"Registries"_s, SettingsDialog::Page::Registries},
            {u"Language"_s, SettingsDialog::Page::Language}};
        for (const auto &settingsPage : settingsPages) {
            const SettingsDialog::Page page = settingsPage.second;
            m_cases << DialogCase{u"SettingsDialog: "_s + settingsPage.first,
                [this] { return own(new SettingsDialog(m_settings.get())); },
                [page](QDialog *dialog) { static_cast<SettingsDialog *>(dialog)->showPage(page); }};
        }
        m_cases << DialogCase{u"ShareLoginDialog"_s,
            [this, registry] { return own(new ShareLoginDialog(m_services.get(), registry, emptyHome())); }, {}};
        m_cases << DialogCase{u"TagDialog"_s, [this] {
            return own(new TagDialog(m_engine.get(), u"localhost/test/busybox:1"_s, u"localhost/test/busybox:1"_s));
        }, {}};
        m_cases << DialogCase{u"UnpackedRequestDialog"_s,
            [] { return own(new UnpackedRequestDialog(u"cmscloud/al9-cms:latest"_s)); }, {}};

        // The wizard: its first page, and its results after the checks ran on a prepared root.
        const auto wizard = [this] {
            auto *made = new TroubleshootingWizard;
            made->setEnvironment(m_root->environment());
            DiagnosticOptions options;
            options.repositoryTimeout = 3s;
            made->setOptions(options);
            made->setCheckTimeout(15s);
            made->preselectSymptom(Symptom::CvmfsMissing);
            return own(made);
        };
        m_cases << DialogCase{u"TroubleshootingWizard: symptom"_s, wizard, {}};
        m_cases << DialogCase{u"TroubleshootingWizard: results"_s, wizard, [](QDialog *dialog) {
            auto *made = static_cast<QWizard *>(dialog);
            made->next();
            QTRY_VERIFY_WITH_TIMEOUT(made->button(QWizard::NextButton)->isEnabled(), 30000);
            made->next();
            QTRY_COMPARE(made->currentId(), int(TroubleshootingWizard::ResultsPageId));
        }};
    }

    void addRows()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_cases.size(); ++i)
            QTest::newRow(qPrintable(m_cases.at(i).name)) << i;
    }

    // Shows the dialog as a user meets it: shown, active, settled, with its first focus.
    Opened open(int index)
    {
        const DialogCase &which = m_cases.at(index);
        Opened opened = which.open();
        if (!opened.dialog)
            return opened;
        if (!opened.dialog->isVisible())
            opened.dialog->show();
        if (!QTest::qWaitForWindowExposed(opened.dialog))
            return {};
        opened.dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(opened.dialog))
            return {};
        if (which.settle)
            which.settle(opened.dialog);
        QTest::qWait(100);
        return opened;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_font = QApplication::font();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_keychain = std::make_unique<SessionSecretStore>();
        m_session = std::make_unique<SessionSecretStore>();
        m_services = std::make_unique<RegistryServices>(m_settings.get(), m_keychain.get(), m_session.get());
        m_engine = std::make_unique<Engine>(EndpointCandidate{
            EngineEndpoint::unixSocket(m_dir.filePath(u"no-engine.sock"_s)), EndpointOrigin::Setting, {}, {}, true});
        m_root = std::make_unique<DiagnosticsRoot>();
        QVERIFY(m_root->isValid());
        addCases();
    }

    void cleanupTestCase()
    {
        QApplication::setFont(m_font);
        m_services.reset();
    }

    void cleanup()
    {
        QApplication::setFont(m_font);
        ConfirmationDialog::setPresetAnswer(std::nullopt);
    }

    // Tab around and back, names, every control reached, Shift+Tab backwards; then Escape
    // closes the dialog without accepting it.
    void tabWalksTheDialog_data() { addRows(); }

    void tabWalksTheDialog()
    {
        QFETCH(int, index);
        Opened opened = open(index);
        QVERIFY(opened.dialog);
        FocusChainWalker walker(m_cases.at(index).name);
        QWidget *start = QApplication::focusWidget();
        QVERIFY2(start, "the dialog shows without a focus");
        QVERIFY2(start == opened.dialog || opened.dialog->isAncestorOf(start),
            qPrintable(u"the first focus is outside the dialog: "_s + FocusChainWalker::describe(start)));
        if (!FocusChainWalker::isShowing(start) || !start->isEnabled())
            walker.addProblem(u"the first focus is on the hidden or disabled %1"_s.arg(FocusChainWalker::describe(start)));
        if (start != opened.dialog && FocusChainWalker::accessibleName(start).isEmpty())
            walker.addProblem(u"%1 (the first focus) has no accessible name"_s.arg(FocusChainWalker::describe(start)));
        walker.checkCycle(start, opened.dialog);

        // Escape rejects, from wherever focus is.
        QSignalSpy rejected(opened.dialog.data(), &QDialog::rejected);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Escape);
        if (rejected.isEmpty())
            walker.addProblem(u"Escape on %1 does not close the dialog"_s.arg(FocusChainWalker::describe(focus)));
        QTRY_VERIFY(!opened.dialog || !opened.dialog->isVisible());
        QVERIFY2(walker.problems().isEmpty(), qPrintable(walker.report()));
    }

    // The default button (where the dialog has one) is reached and Enter in a field presses
    // it. Its work is not done: the test listens to the button alone.
    void enterPressesTheDefaultButton_data() { addRows(); }

    void enterPressesTheDefaultButton()
    {
        QFETCH(int, index);
        Opened opened = open(index);
        QVERIFY(opened.dialog);
        QPushButton *defaultButton = nullptr;
        const QList<QPushButton *> buttons = opened.dialog->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->isDefault() && FocusChainWalker::isShowing(button))
                defaultButton = button;
        }
        if (!defaultButton)
            return; // no default button (About, the wizard's pages): Enter has nothing to press
        if (m_cases.at(index).fill) {
            m_cases.at(index).fill(opened.dialog);
            QTest::qWait(50);
        }
        if (!defaultButton->isEnabled()) {
            // It waits for input the row cannot give (a ready engine, a login): Enter must not
            // accept the dialog meanwhile.
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key_Return);
            QVERIFY(opened.dialog->isVisible());
            return;
        }
        FocusChainWalker walker(m_cases.at(index).name);
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start);
        const FocusChainWalker::Walk forward = walker.walk(start, true);
        QList<QWidget *> stops{start};
        stops << forward.stops;
        if (!stops.contains(defaultButton))
            walker.addProblem(u"Tab does not reach the default button %1"_s.arg(FocusChainWalker::describe(defaultButton)));
        QWidget *field = enterTarget(stops);
        if (!field)
            field = defaultButton;
        field->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        // Listen to the button alone: the dialog's own work (log in, pull, save) is not done.
        QObject::disconnect(defaultButton, &QAbstractButton::clicked, nullptr, nullptr);
        QSignalSpy clicked(defaultButton, &QAbstractButton::clicked);
        QTest::keyClick(field, Qt::Key_Return);
        if (clicked.size() != 1)
            walker.addProblem(u"Enter in %1 does not press the default button %2"_s.arg(
                FocusChainWalker::describe(field), FocusChainWalker::describe(defaultButton)));
        QVERIFY2(walker.problems().isEmpty(), qPrintable(walker.report()));
    }

    // A 20 pt font: the dialog still fits a common screen, and no label is cut.
    void largeFontFits_data() { addRows(); }

    void largeFontFits()
    {
        QFETCH(int, index);
        QFont large = m_font;
        large.setPointSize(20);
        QApplication::setFont(large);
        Opened opened = open(index);
        QVERIFY(opened.dialog);
        FocusChainWalker walker(m_cases.at(index).name);
        // The size the dialog takes on a 1600x1200 screen (the test's own screen is smaller, and
        // a window is kept to part of it): the height its text needs at its width, or made as
        // wide as that screen when that is not enough.
        QDialog *dialog = opened.dialog;
        const QSize minimum = dialog->minimumSizeHint();
        const QSize screen(1600, 1200);
        QSize size = dialog->size().boundedTo(screen).expandedTo(minimum);
        QLayout *layout = dialog->layout();
        if (layout && layout->hasHeightForWidth()) {
            size.setHeight(std::max(size.height(), layout->totalHeightForWidth(size.width())));
            if (size.height() > screen.height())
                size = QSize(screen.width(), layout->totalHeightForWidth(screen.width()));
        }
        if (size.width() > screen.width() || size.height() > screen.height())
            walker.addProblem(u"with a 20 pt font the dialog needs %1x%2 (more than 1600x1200)"_s.arg(
                QString::number(size.width()), QString::number(size.height())));
        dialog->resize(size.boundedTo(screen));
        QTest::qWait(100);
        walker.checkLabelsFit(opened.dialog);
        QVERIFY2(walker.problems().isEmpty(), qPrintable(walker.report()));
    }
};

QTEST_MAIN(tst_DialogKeyboardWalk)
#include "tst_dialogkeyboardwalk.moc"
