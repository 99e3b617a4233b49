// SPDX-License-Identifier: Apache-2.0
// The Registries page against the fixture's real registries: add, browse lazily, details,
// copy, filter, cancel, manual repositories, settings, logins and a pull with a login.
#include "AddRegistryDialog.h"
#include "AddRepositoryDialog.h"
#include "ConfirmationDialog.h"
#include "ErrorExplanationView.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PullDialog.h"
#include "RegistriesPage.h"
#include "RegistryDetailsPanel.h"
#include "RegistryServices.h"
#include "RegistrySettingsDialog.h"
#include "RegistryTreeProxyModel.h"
#include "ReviewScreenshot.h"
#include "TestServices.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/SessionSecretStore.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "models/RegistryTreeModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

namespace {

using Kind = RegistryTreeModel::Kind;

// The names of the rows under `parent` in the view, message rows left out.
QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (Kind(index.data(RegistryTreeModel::KindRole).toInt()) != Kind::Message)
            names.append(index.data().toString());
    }
    return names;
}

QString messageUnder(const QAbstractItemModel *model, const QModelIndex &parent)
{
    const QModelIndex first = model->index(0, 0, parent);
    return Kind(first.data(RegistryTreeModel::KindRole).toInt()) == Kind::Message
        ? first.data().toString()
        : QString();
}

// A registry that accepts connections and never answers: loads stay in flight.
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                m_sockets.append(socket);
        });
    }

private:
    QList<QTcpSocket *> m_sockets;
};

} // namespace

class tst_RegistriesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionSecretStore> m_keychain; // stands in for the system keychain
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<RegistryServices> m_services;
    std::unique_ptr<RegistriesPage> m_page;
    int m_run = 0;

    QTreeView *tree() const { return m_page->treeView(); }
    QAbstractItemModel *view() const { return tree()->model(); }

    void makePage(EngineManager *engines = nullptr)
    {
        m_page.reset();
        m_services.reset();
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(u"settings-%1.ini"_s.arg(++m_run)), QSettings::IniFormat);
        m_keychain = std::make_unique<SessionSecretStore>();
        m_session = std::make_unique<SessionSecretStore>();
        m_services = std::make_unique<RegistryServices>(
            m_settings.get(), m_keychain.get(), m_session.get());
        m_page = std::make_unique<RegistriesPage>(m_services.get(), engines);
        m_page->resize(1180, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void select(const QModelIndex &index)
    {
        QVERIFY(index.isValid());
        tree()->setFocus();
        tree()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // Adds the registry through the dialog, as a user would.
    void addThroughDialog(const QString &text)
    {
        m_page->addRegistryAction()->trigger();
        auto *dialog = m_page->findChild<AddRegistryDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *edit = dialog->findChild<QLineEdit *>(u"hostLineEdit"_s);
        QTest::keyClicks(edit, text);
        auto *add = dialog->findChild<QPushButton *>(u"addButton"_s);
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<AddRegistryDialog *>());
    }

    // Expands a row and waits until its children are listed.
    void expandAndWait(const QModelIndex &index)
    {
        QVERIFY(index.isValid());
        tree()->expand(index);
        const QPersistentModelIndex persistent(index);
        QTRY_VERIFY_WITH_TIMEOUT(
            RegistryTreeModel::State(persistent.data(RegistryTreeModel::StateRole).toInt())
                    != RegistryTreeModel::State::Loading
                && RegistryTreeModel::State(persistent.data(RegistryTreeModel::StateRole).toInt())
                    != RegistryTreeModel::State::NotLoaded,
            20000);
    }

    // The plain registry added and opened down to test/busybox's tags.
    void openBusybox()
    {
        const QString registry = TestServices::registryAddress();
        addThroughDialog(registry);
        QCOMPARE(m_page->currentRegistry(), registry);
        expandAndWait(m_page->viewIndex(registry));
        QVERIFY(m_page->viewIndex(registry, u"test/busybox"_s).isValid());
        expandAndWait(m_page->viewIndex(registry, u"test/busybox"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_REGISTRY();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        ConfirmationDialog::setPresetAnswer(true);
    }

    void init() { makePage(); }

    void cleanup()
    {
        m_page.reset();
        m_services.reset();
    }

    // The registries and their login states at once, nothing fetched.
    void lastKnownStateAtOnce()
    {
        QCOMPARE(childNames(view(), {}), RegistryAccounts::defaultRegistries());
        QCOMPARE(m_page->model()->activeLoads(), 0);
        const QModelIndex hub = m_page->viewIndex(u"docker.io"_s);
        QCOMPARE(
            hub.siblingAtColumn(RegistryTreeModel::InfoColumn).data().toString(), u"anonymous"_s);
        QVERIFY(!hub.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Registries can be expanded; nothing is loaded before they are.
        QVERIFY(view()->hasChildren(hub));
        QCOMPARE(RegistryTreeModel::State(hub.data(RegistryTreeModel::StateRole).toInt()),
            RegistryTreeModel::State::NotLoaded);
    }

    void browseTagsAndDetails()
    {
        const QString registry = TestServices::registryAddress();
        openBusybox();
        const QModelIndex repository = m_page->viewIndex(registry, u"test/busybox"_s);
        // Newest version first.
        QCOMPARE(childNames(view(), repository), QStringList({ u"2"_s, u"1"_s }));
        QVERIFY(m_page->viewIndex(registry)
                    .siblingAtColumn(RegistryTreeModel::InfoColumn)
                    .data()
                    .toString()
                    .contains(u"repositories"_s));

        // Selecting a tag loads its details.
        const QModelIndex tag = m_page->viewIndex(registry, u"test/busybox"_s, u"1"_s);
        select(tag);
        RegistryDetailsPanel *details = m_page->detailsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(details->fieldText(u"digest"_s).startsWith(u"sha256:"_s), 20000);
        QCOMPARE(details->heading(), u"test/busybox:1"_s);
        QCOMPARE(details->reference(), registry + u"/test/busybox:1"_s);
        QVERIFY2(details->fieldText(u"size"_s).contains(u"B compressed"_s),
            qPrintable(details->fieldText(u"size"_s)));
        QVERIFY(details->fieldText(u"mediaType"_s).contains(u"Docker image"_s));
        QVERIFY(details->fieldText(u"platforms"_s).contains(u"linux/"_s));
        QVERIFY(!details->fieldText(u"created"_s).isEmpty());
        // The row says it too.
        const QPersistentModelIndex row(tag);
        QTRY_VERIFY(!QModelIndex(row)
                         .siblingAtColumn(RegistryTreeModel::SizeColumn)
                         .data()
                         .toString()
                         .isEmpty());

        // Copy: the button in the panel and the page's action.
        QApplication::clipboard()->clear();
        QTest::mouseClick(
            details->findChild<QPushButton *>(u"copyReferenceButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), registry + u"/test/busybox:1"_s);
        QApplication::clipboard()->clear();
        QVERIFY(m_page->copyReferenceAction()->isEnabled());
        m_page->copyReferenceAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), registry + u"/test/busybox:1"_s);

        // Launch… on the tag (Ctrl+L, the context menu): the window gets the full reference.
        QSignalSpy launch(m_page.get(), &RegistriesPage::launchRequested);
        QVERIFY(m_page->launchAction()->isEnabled());
        m_page->activateWindow(); // shortcuts answer in the active window
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(launch.size(), 1);
        QCOMPARE(launch.at(0).at(0).toString(), registry + u"/test/busybox:1"_s);
        select(m_page->viewIndex(registry, u"test/busybox"_s));
        QVERIFY(!m_page->launchAction()->isEnabled()); // a repository is not launched
        m_page->launch();
        QCOMPARE(launch.size(), 1);
        select(m_page->viewIndex(registry, u"test/busybox"_s, u"1"_s));
        // The details panel's button is still a placeholder (RegistryDetailsPanel's to wire).
        QVERIFY(!details->findChild<QPushButton *>(u"launchButton"_s)->isEnabled());
        Wharf::Test::saveReviewScreenshot(m_page.get(), u"registriespage"_s);
    }

    // An OCI index: the platforms as chips, attestations counted apart, this machine's image.
    void multiPlatformIndex()
    {
        const QString registry = TestServices::registryAddress();
        addThroughDialog(registry);
        expandAndWait(m_page->viewIndex(registry));
        expandAndWait(m_page->viewIndex(registry, TestServices::MultiPlatformRepository));
        select(m_page->viewIndex(registry, TestServices::MultiPlatformRepository, u"1"_s));
        RegistryDetailsPanel *details = m_page->detailsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!details->fieldText(u"platforms"_s).isEmpty(), 20000);
        const QString platforms = details->fieldText(u"platforms"_s);
        QVERIFY2(platforms.contains(u"linux/amd64"_s) && platforms.contains(u"linux/arm64/v8"_s),
            qPrintable(platforms));
        QVERIFY(!platforms.contains(u"unknown"_s));
        QVERIFY(platforms.contains(u"1 build attestation"_s));
        QVERIFY(details->fieldText(u"mediaType"_s).contains(u"several platforms"_s));
        const QString digest = TestServices::registrySeed()
                                   .value(u"registry"_s)
                                   .toObject()
                                   .value(TestServices::MultiPlatformIndex)
                                   .toObject()
                                   .value(u"digest"_s)
                                   .toString();
        if (!digest.isEmpty())
            QCOMPARE(details->fieldText(u"digest"_s), digest);
        QVERIFY(details->fieldText(u"platformDigest"_s).startsWith(u"sha256:"_s));
        Wharf::Test::saveReviewScreenshot(m_page.get(), u"registriespage-multiplatform"_s);
    }

    void detailsForAllTags()
    {
        const QString registry = TestServices::registryAddress();
        openBusybox();
        select(m_page->viewIndex(registry, u"test/busybox"_s));
        auto *loadAll = m_page->detailsPanel()->findChild<QPushButton *>(u"loadAllDetailsButton"_s);
        QVERIFY(loadAll->isVisible());
        QVERIFY(loadAll->isEnabled());
        QTest::mouseClick(loadAll, Qt::LeftButton);
        for (const QString &tag : { u"1"_s, u"2"_s }) {
            const QPersistentModelIndex row(m_page->viewIndex(registry, u"test/busybox"_s, tag));
            QTRY_VERIFY_WITH_TIMEOUT(row.data(RegistryTreeModel::DetailsRole).isValid(), 20000);
        }
        QTRY_COMPARE(m_page->model()->activeLoads(), 0);
    }

    void filterWhatIsLoaded()
    {
        const QString registry = TestServices::registryAddress();
        openBusybox();
        auto *filter = m_page->findChild<QLineEdit *>(u"filterLineEdit"_s);
        QVERIFY(filter);
        QTest::keyClicks(filter, u"busybox"_s);
        // The match, its ancestors, and what was loaded below it.
        QCOMPARE(childNames(view(), {}), QStringList { registry });
        const QModelIndex registryRow = m_page->viewIndex(registry);
        QVERIFY(childNames(view(), registryRow).contains(u"test/busybox"_s));
        QVERIFY(!m_page->viewIndex(registry, u"many/repo-0000"_s).isValid());
        QCOMPARE(childNames(view(), m_page->viewIndex(registry, u"test/busybox"_s)),
            QStringList({ u"2"_s, u"1"_s }));
        QVERIFY(tree()->isExpanded(registryRow));

        // "path:tag" matches one tag.
        filter->clear();
        QTest::keyClicks(filter, u"busybox:2"_s);
        QCOMPARE(childNames(view(), m_page->viewIndex(registry, u"test/busybox"_s)),
            QStringList { u"2"_s });

        // Nothing loaded matches: say so, and why.
        filter->clear();
        QTest::keyClicks(filter, u"no-such-name-xyz"_s);
        QCOMPARE(view()->rowCount(), 0);
        auto *hint = m_page->findChild<QLabel *>(u"hintLabel"_s);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"no-such-name-xyz"_s));

        filter->clear();
        QCOMPARE(childNames(view(), {}).size(), RegistryAccounts::defaultRegistries().size() + 1);
        QVERIFY(!hint->isVisible());
        QVERIFY(m_page->viewIndex(registry, u"many/repo-0000"_s).isValid());
    }

    void cancelLoads()
    {
        SilentServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString registry = u"127.0.0.1:%1"_s.arg(server.serverPort());
        QVERIFY(m_services->accounts()->add(registry));
        const QModelIndex index = m_page->viewIndex(registry);
        tree()->expand(index);
        auto *row = m_page->findChild<QWidget *>(u"activityRow"_s);
        auto *cancel = m_page->findChild<QPushButton *>(u"cancelLoadsButton"_s);
        QTRY_VERIFY(row->isVisible());
        QVERIFY(m_page->findChild<QLabel *>(u"activityLabel"_s)->text().contains(u"Loading"_s));
        // The load starts from the event loop, with its message.
        QTRY_COMPARE(messageUnder(view(), index), u"Loading repositories…"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_page->model()->activeLoads(), 0);
        QTRY_VERIFY(!row->isVisible());
        QVERIFY(messageUnder(view(), m_page->viewIndex(registry)).startsWith(u"Cancelled"_s));
        // A cancel is no failure: no banner.
        QVERIFY(m_page->banners().isEmpty());
    }

    void manualRepositoryAndFailure()
    {
        const QString registry = TestServices::registryAddress();
        addThroughDialog(registry);
        expandAndWait(m_page->viewIndex(registry));

        m_page->addRepositoryAction()->trigger();
        auto *dialog = m_page->findChild<AddRepositoryDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->registry(), registry);
        auto *edit = dialog->findChild<QLineEdit *>(u"repositoryLineEdit"_s);
        auto *add = dialog->findChild<QPushButton *>(u"addButton"_s);
        auto *feedback = dialog->findChild<QLabel *>(u"feedbackLabel"_s);
        QTest::keyClicks(edit, u"Upper/Case"_s);
        QVERIFY(!add->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, u"gone/away:1"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(feedback->text().contains(u"without a tag"_s));
        edit->clear();
        // A pasted reference of the same registry is fine.
        QTest::keyClicks(edit, registry + u"/gone/away"_s);
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<AddRepositoryDialog *>());
        QCOMPARE(m_services->accounts()->repositories(registry), QStringList { u"gone/away"_s });
        const QModelIndex manual = m_page->viewIndex(registry, u"gone/away"_s);
        QVERIFY(manual.isValid());
        QVERIFY(manual.data(RegistryTreeModel::ManualRole).toBool());
        QCOMPARE(tree()->currentIndex(), manual);

        // It does not exist: the message says so, the banner explains.
        expandAndWait(manual);
        const QPersistentModelIndex persistent(manual);
        QVERIFY(!messageUnder(view(), persistent).isEmpty());
        QTRY_VERIFY(!m_page->banners().isEmpty());
        MessageBanner *banner = m_page->banners().constFirst();
        QVERIFY(banner->title().contains(u"gone/away"_s));
        // The explanation is given once, in the details panel, not again in the banner:
        // "How to Fix…" there selects the message row that carries it.
        QVERIFY(!banner->findChild<Wharf::ErrorExplanationView *>());
        QPushButton *howToFix = nullptr;
        for (QPushButton *button : banner->findChildren<QPushButton *>()) {
            if (button->text().contains(u"How to Fix"_s))
                howToFix = button;
        }
        QVERIFY(howToFix);
        select(persistent);
        howToFix->click();
        QCOMPARE(tree()->currentIndex(), view()->index(0, 0, persistent));
        QVERIFY(m_page->detailsPanel()->findChild<Wharf::ErrorExplanationView *>()->isVisible());
        // The message row can be selected and explains itself in the panel.
        select(view()->index(0, 0, persistent));
        auto *message = m_page->detailsPanel()->findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY(m_page->detailsPanel()->findChild<QPushButton *>(u"reloadButton"_s)->isVisible());
        Wharf::Test::saveReviewScreenshot(m_page.get(), u"registriespage-failure"_s);

        // Remove from the list again.
        select(persistent);
        auto *remove
            = m_page->detailsPanel()->findChild<QPushButton *>(u"removeRepositoryButton"_s);
        QVERIFY(remove->isVisible());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(m_services->accounts()->repositories(registry).isEmpty());
        QVERIFY(!m_page->viewIndex(registry, u"gone/away"_s).isValid());
    }

    void settingsDialog()
    {
        const QString registry = TestServices::registryAddress();
        QVERIFY(m_services->accounts()->add(registry));
        select(m_page->viewIndex(registry));
        QVERIFY(m_page->settingsAction()->isEnabled());
        m_page->settingsAction()->trigger();
        auto *dialog = m_page->findChild<RegistrySettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *insecure = dialog->findChild<QCheckBox *>(u"insecureCheckBox"_s);
        auto *warning = dialog->findChild<QLabel *>(u"insecureWarningLabel"_s);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(!insecure->isChecked());
        QVERIFY(!warning->isVisible());
        insecure->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"loopbackNoteLabel"_s)->isVisible());
        auto *ca = dialog->findChild<QLineEdit *>(u"caFileLineEdit"_s);
        ca->setText(m_dir.filePath(u"missing.pem"_s));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"caFeedbackLabel"_s)->text().contains(u"no file"_s));
        ca->clear();
        QVERIFY(ok->isEnabled());
        // Rename: same registry, by another name.
        const QString renamed = u"localhost:"_s + registry.section(u':', 1);
        auto *name = dialog->findChild<QLineEdit *>(u"nameLineEdit"_s);
        name->setText(renamed);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<RegistrySettingsDialog *>());
        QVERIFY(!m_services->accounts()->contains(registry));
        QVERIFY(m_services->accounts()->contains(renamed));
        QVERIFY(m_services->accounts()->insecure(renamed));
        QCOMPARE(m_page->currentRegistry(), renamed);
        QVERIFY(m_page->detailsPanel()->fieldText(u"connection"_s).startsWith(u"Insecure"_s));
        // It still browses under its new name.
        expandAndWait(m_page->viewIndex(renamed));
        QVERIFY(m_page->viewIndex(renamed, u"test/busybox"_s).isValid());

        // Remove.
        m_page->settingsAction()->trigger();
        dialog = m_page->findChild<RegistrySettingsDialog *>();
        QVERIFY(dialog);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(u"removeRegistryButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_services->accounts()->contains(renamed));
        QVERIFY(!m_page->viewIndex(renamed).isValid());
    }

    void loginStateAndLogout()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        // A small tree: the tester checks all of it at every change, and fetches what it
        // can (the default registries would be asked over the internet).
        for (const QString &name : RegistryAccounts::defaultRegistries())
            QVERIFY(m_services->accounts()->remove(name));
        QAbstractItemModelTester tester(
            view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QString registry = TestServices::basicRegistryAddress();
        QVERIFY(m_services->accounts()->add(registry));
        const QPersistentModelIndex row(m_page->viewIndex(registry));
        const auto info = [&row] {
            return QModelIndex(row)
                .siblingAtColumn(RegistryTreeModel::InfoColumn)
                .data()
                .toString();
        };
        // (The tester fetches what can be fetched: the row may say it is loading.)
        QCOMPARE(info().section(u" · "_s, 0, 0), u"anonymous"_s);
        // Anonymous: the registry wants a login.
        expandAndWait(row);
        QVERIFY(!messageUnder(view(), row).isEmpty());

        bool done = false;
        m_services->credentials()->login(RegistryCredential(registry, TestServices::registryUser(),
                                             TestServices::registryPassword()),
            CredentialStore::PersistMode::SessionOnly, [&done](Result<void> kept) {
                QVERIFY(kept);
                done = true;
            });
        QTRY_VERIFY(done);
        m_services->noteSessionLogin(registry, true);
        QVERIFY2(info().startsWith(TestServices::registryUser() + u", for this session"_s),
            qPrintable(info()));
        // The login reloads what was open, now with the private repository.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->viewIndex(registry, u"private/busybox"_s).isValid(), 20000);
        QVERIFY(m_page->banners().isEmpty());

        select(row);
        QVERIFY(m_page->logoutAction()->isEnabled());
        QVERIFY(
            m_page->detailsPanel()->fieldText(u"login"_s).contains(TestServices::registryUser()));
        m_page->logoutAction()->trigger();
        QTRY_VERIFY(m_services->accounts()->username(registry).isEmpty());
        QCOMPARE(info().section(u" · "_s, 0, 0), u"anonymous"_s);
        QCOMPARE(m_session->size(), 0);
        QVERIFY(!m_page->logoutAction()->isEnabled());
    }

    // Pull a private image into Docker with the registry's login (X-Registry-Auth).
    void pullWithLogin()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        WHARF_REQUIRE_DOCKER();
        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home"_s;
        env.systemRoot = m_dir.path() + u"/root"_s;
        env.environment.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        auto engines = std::make_unique<EngineManager>(env);
        engines->start();
        QTRY_VERIFY_WITH_TIMEOUT(engines->isFinished(), 20000);
        Engine *docker = engines->defaultEngine();
        QVERIFY(docker);
        makePage(engines.get());

        const QString registry = TestServices::basicRegistryAddress();
        const QString reference = registry + u"/private/busybox:1"_s;
        const auto removeImage = [&] {
            bool removed = false;
            docker->client()->removeImage(
                reference, false, this, [&removed](const VoidResult &) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        };
        removeImage();
        bool done = false;
        m_services->credentials()->login(RegistryCredential(registry, TestServices::registryUser(),
                                             TestServices::registryPassword()),
            CredentialStore::PersistMode::Keychain, [&done](Result<void> kept) {
                QVERIFY(kept);
                done = true;
            });
        QTRY_VERIFY(done);
        expandAndWait(m_page->viewIndex(registry));
        expandAndWait(m_page->viewIndex(registry, u"private/busybox"_s));
        select(m_page->viewIndex(registry, u"private/busybox"_s, u"1"_s));
        QVERIFY(m_page->pullAction()->isEnabled());
        m_page->pull(docker);
        PullDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<PullDialog *>()) != nullptr);
        QCOMPARE(dialog->reference(), reference);
        QVERIFY(dialog->usesRegistryLogin());
        QVERIFY(dialog->findChild<QLabel *>(u"feedbackLabel"_s)
                    ->text()
                    .contains(TestServices::registryUser()));
        // Edited to another registry, the login is not sent there.
        dialog->setReference(u"quay.io/x/y:1"_s);
        QVERIFY(!dialog->usesRegistryLogin());
        dialog->setReference(reference);
        QSignalSpy pulled(m_page.get(), &RegistriesPage::pulled);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"pullButton"_s), Qt::LeftButton);
        QVERIFY(pulled.wait(60000));
        QCOMPARE(pulled.at(0).at(1).toString(), reference);
        removeImage();
        m_page.reset();
    }

    // The window has the page, after Images.
    void inTheWindow()
    {
        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home"_s;
        env.systemRoot = m_dir.path() + u"/root"_s;
        auto *engines = new EngineManager(env);
        MainWindow::Options options;
        options.startEmbeddedPodman = false;
        options.cacheDirectory = m_dir.path() + u"/cache"_s;
        options.registries = m_services.get();
        {
            MainWindow window(engines, options);
            engines->setParent(&window);
            auto *sidebar = window.findChild<QListWidget *>(u"sidebarListWidget"_s);
            QVERIFY(sidebar);
            QCOMPARE(sidebar->item(0)->text(), u"Images"_s);
            QCOMPARE(sidebar->item(1)->text(), u"Registries"_s);
            QVERIFY(window.registriesPage());
            QCOMPARE(window.registryServices(), m_services.get());
            sidebar->setCurrentRow(1);
            window.resize(1260, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QModelIndex hub = window.registriesPage()->viewIndex(u"docker.io"_s);
            window.registriesPage()->treeView()->setCurrentIndex(hub);
            QCOMPARE(window.registriesPage()->detailsPanel()->heading(), u"docker.io"_s);
            Wharf::Test::saveReviewScreenshot(&window, u"mainwindow-registries"_s);
        }
    }
};

QTEST_MAIN(tst_RegistriesPage)
#include "tst_registriespage.moc"
