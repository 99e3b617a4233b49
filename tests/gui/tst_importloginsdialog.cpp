// SPDX-License-Identifier: Apache-2.0
// The import dialog against real files and the real keyring: a private HOME with Docker's
// config.json ("auths" in clear, a fake credential helper named by credsStore) and Podman's
// auth.json; the rows it shows, what starts checked, the import into the keychain (read back
// through a fresh CredentialStore), the empty state, the problems line, a keychain that
// cannot be reached (this session only), and closing the dialog while answers are pending.
#include "CredentialFixtures.h"
#include "MissingKeychain.h"
#include "../unit/CredentialHelperFixtures.h"
#include "ImportLoginsDialog.h"
#include "KeyringService.h"
#include "RegistriesPage.h"
#include "RegistryServices.h"
#include "ReviewScreenshot.h"
#include "TestServices.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainSecretStore.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/SessionSecretStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

// A keychain that takes its time: a dialog can be closed while a write is under way.
class SlowKeychain : public SecretStore
{
public:
    int writes = 0;

    void read(const QString &registry, const QString &username, ReadCallback done) override
    {
        later([this, registry, username, done = std::move(done)]() mutable {
            m_memory.read(registry, username, std::move(done));
        });
    }
    void write(const QString &registry, const QString &username, const QString &secret,
        DoneCallback done) override
    {
        ++writes;
        later([this, registry, username, secret, done = std::move(done)]() mutable {
            m_memory.write(registry, username, secret, std::move(done));
        });
    }
    void remove(const QString &registry, const QString &username, DoneCallback done) override
    {
        later([this, registry, username, done = std::move(done)]() mutable {
            m_memory.remove(registry, username, std::move(done));
        });
    }

private:
    void later(std::function<void()> call) { QTimer::singleShot(300, this, std::move(call)); }
    SessionSecretStore m_memory;
};

// Every text the dialog shows: labels, list cells and their tooltips.
QStringList shownTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QTreeWidget *list : dialog->findChildren<QTreeWidget *>()) {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column)
                texts << list->topLevelItem(row)->text(column)
                      << list->topLevelItem(row)->toolTip(column);
        }
    }
    return texts;
}

} // namespace

class tst_ImportLoginsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_serviceName;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<RegistryServices> m_services;
    int m_run = 0;

    void makeServices(std::unique_ptr<SecretStore> keychain = {})
    {
        m_services.reset();
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(u"settings-%1.ini"_s.arg(++m_run)), QSettings::IniFormat);
        m_keychain
            = keychain ? std::move(keychain) : std::make_unique<KeychainSecretStore>(m_serviceName);
        m_session = std::make_unique<SessionSecretStore>();
        m_services = std::make_unique<RegistryServices>(
            m_settings.get(), m_keychain.get(), m_session.get());
    }

    // A private HOME (under the keyring fixture's HOME) and the environment that points at it.
    QProcessEnvironment makeHome(const QString &name, QString *homePath)
    {
        const QString home = m_dir.filePath(name + u"-home"_s);
        QDir().mkpath(home);
        *homePath = home;
        QProcessEnvironment environment = KeyringService::environment();
        environment.insert(u"HOME"_s, home);
        environment.remove(u"DOCKER_CONFIG"_s);
        environment.remove(u"REGISTRY_AUTH_FILE"_s);
        environment.remove(u"XDG_CONFIG_HOME"_s);
        environment.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
        environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        return environment;
    }

    static int rowOf(
        const ImportLoginsDialog &dialog, const QString &registry, const QString &sourceText)
    {
        QTreeWidget *list = dialog.loginList();
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(row);
            if (item->text(ImportLoginsDialog::RegistryColumn) == registry
                && item->text(ImportLoginsDialog::SourceColumn) == sourceText)
                return row;
        }
        return -1;
    }

    static QString status(const ImportLoginsDialog &dialog, int row)
    {
        return dialog.loginList()->topLevelItem(row)->text(ImportLoginsDialog::StatusColumn);
    }

    Result<RegistryCredential> credential(RegistryServices *services, const QString &registry)
    {
        std::optional<Result<RegistryCredential>> answer;
        services->credentials()->credential(
            registry, [&](Result<RegistryCredential> found) { answer = std::move(found); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return Error(ErrorCode::Timeout, u"test: no answer"_s);
        return *answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        WHARF_REQUIRE_KEYRING();
        // Entries of their own in the private keyring, so nothing else is read or removed.
        m_serviceName
            = u"Wharf import test %1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void init() { makeServices(); }

    void cleanup() { m_services.reset(); }

    void scanAndImport()
    {
        QString home;
        QProcessEnvironment environment = makeHome(u"import"_s, &home);
        const QString helpers = m_dir.filePath(u"import-helpers"_s);
        QVERIFY(QDir().mkpath(helpers));
        QVERIFY(writeHelperScript(helpers, u"fake"_s, fileStoreHelperBody()));
        QVERIFY(CredentialFixtures::storeInFakeHelper(helpers, u"helper.example.org"_s, u"hank"_s, u"pw-hank-1"_s));
        environment.insert(u"PATH"_s, helpers + u":/usr/bin:/bin"_s);

        const QString dockerConfig = home + u"/.docker/config.json"_s;
        const QByteArray dockerText
            = "{\"auths\":{\"127.0.0.1:5000\":" + CredentialFixtures::authEntry(u"alice"_s, u"pw-alice-1"_s)
            + ",\"https://index.docker.io/v1/\":" + CredentialFixtures::authEntry(u"hubuser"_s, u"pw-hub-1"_s)
            + "},\"credsStore\":\"fake\",\"psFormat\":\"table\"}";
        QVERIFY(CredentialFixtures::writeFile(dockerConfig, dockerText));
        const QString podmanAuth = home + u"/.config/containers/auth.json"_s;
        const QByteArray podmanText
            = "{\"auths\":{\"127.0.0.1:5000\":" + CredentialFixtures::authEntry(u"bob"_s, u"pw-bob-1"_s)
            + ",\"quay.io\":" + CredentialFixtures::authEntry(u"quinn"_s, u"pw-quinn-1"_s) + "}}";
        QVERIFY(CredentialFixtures::writeFile(podmanAuth, podmanText));

        // Wharf is already logged in to Docker Hub (a default registry) as someone else.
        QVERIFY(m_services->accounts()->setUsername(u"docker.io"_s, u"carol"_s));

        ImportLoginsDialog dialog(m_services.get(), environment);
        QAbstractItemModelTester tester(
            dialog.loginList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy scanned(&dialog, &ImportLoginsDialog::scanFinished);
        dialog.show();
        // At once: looking, nothing to import yet.
        QVERIFY(dialog.isScanning());
        QVERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(u"statusLabel"_s)->text(), u"Looking for logins…"_s);
        auto *import = dialog.findChild<QPushButton *>(u"importButton"_s);
        QVERIFY(!import->isEnabled());
        QVERIFY(scanned.wait(30000));
        QVERIFY(!dialog.isScanning());
        QCOMPARE(dialog.loginList()->topLevelItemCount(), 5);
        QVERIFY(!dialog.findChild<QLabel *>(u"problemsLabel"_s)->isVisible());

        const int alice = rowOf(dialog, u"127.0.0.1:5000"_s, u"~/.docker/config.json"_s);
        const int hub = rowOf(dialog, u"docker.io"_s, u"~/.docker/config.json"_s);
        const int helper = rowOf(dialog, u"helper.example.org"_s, u"docker-credential-fake"_s);
        const int bob = rowOf(dialog, u"127.0.0.1:5000"_s, u"~/.config/containers/auth.json"_s);
        const int quinn = rowOf(dialog, u"quay.io"_s, u"~/.config/containers/auth.json"_s);
        QVERIFY(alice >= 0 && hub >= 0 && helper >= 0 && bob >= 0 && quinn >= 0);
        QVERIFY(alice < bob); // Docker's first
        const auto user = [&](int row) {
            return dialog.loginList()->topLevelItem(row)->text(ImportLoginsDialog::UserColumn);
        };
        QCOMPARE(user(alice), u"alice"_s);
        QCOMPARE(user(hub), u"hubuser"_s);
        QCOMPARE(user(helper), u"hank"_s);
        QCOMPARE(user(bob), u"bob"_s);

        // What starts checked: new registries, the first login of each.
        QVERIFY(dialog.isChecked(alice));
        QVERIFY(dialog.isChecked(helper));
        QVERIFY(dialog.isChecked(quinn));
        QVERIFY(!dialog.isChecked(hub));
        QCOMPARE(status(dialog, hub), u"already logged in as carol"_s);
        QVERIFY(!dialog.isChecked(bob));
        QVERIFY(status(dialog, bob) == u"also listed above"_s);
        QVERIFY(import->isEnabled());
        Wharf::Test::saveReviewScreenshot(&dialog, u"importlogins-found"_s);

        // One login per registry: checking Podman's unchecks Docker's, and back.
        dialog.setChecked(bob, true);
        QVERIFY(dialog.isChecked(bob));
        QVERIFY(!dialog.isChecked(alice));
        dialog.setChecked(alice, true);
        QVERIFY(!dialog.isChecked(bob));

        QSignalSpy finished(&dialog, &ImportLoginsDialog::importFinished);
        QSignalSpy imported(&dialog, &ImportLoginsDialog::loginImported);
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(dialog.isImporting());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toInt(), 3);
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QCOMPARE(imported.size(), 3);
        QCOMPARE(status(dialog, alice), u"imported into the keychain"_s);
        QCOMPARE(status(dialog, helper), u"imported into the keychain"_s);
        QCOMPARE(status(dialog, quinn), u"imported into the keychain"_s);
        QCOMPARE(status(dialog, hub), u"already logged in as carol"_s);
        QVERIFY(!import->isEnabled());
        QCOMPARE(dialog.findChild<QPushButton *>(u"cancelButton"_s)->text(), u"Close"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"3 logins"_s));
        Wharf::Test::saveReviewScreenshot(&dialog, u"importlogins-imported"_s);

        // No secret is ever shown.
        for (const QString &text : shownTexts(&dialog)) {
            for (const char *secret :
                { "pw-alice-1", "pw-hub-1", "pw-hank-1", "pw-bob-1", "pw-quinn-1" })
                QVERIFY2(!text.contains(QLatin1StringView(secret)), qPrintable(text));
        }

        // Registries new to Wharf were added; the logins are in the keychain (read back by a
        // new CredentialStore, which has no session copy).
        RegistryAccounts *accounts = m_services->accounts();
        QVERIFY(accounts->contains(u"127.0.0.1:5000"_s));
        QVERIFY(accounts->contains(u"quay.io"_s));
        QVERIFY(accounts->contains(u"helper.example.org"_s));
        QVERIFY(accounts->savedInKeychain(u"quay.io"_s));
        QCOMPARE(accounts->username(u"docker.io"_s), u"carol"_s);
        m_services.reset();
        m_session = std::make_unique<SessionSecretStore>();
        m_services = std::make_unique<RegistryServices>(
            m_settings.get(), m_keychain.get(), m_session.get());
        const Result<RegistryCredential> aliceLogin
            = credential(m_services.get(), u"127.0.0.1:5000"_s);
        QVERIFY2(aliceLogin, qPrintable(aliceLogin ? QString() : aliceLogin.error().toString()));
        QCOMPARE(aliceLogin->username, u"alice"_s);
        QCOMPARE(aliceLogin->secret, u"pw-alice-1"_s);
        const Result<RegistryCredential> hankLogin
            = credential(m_services.get(), u"helper.example.org"_s);
        QVERIFY(hankLogin);
        QCOMPARE(hankLogin->secret, u"pw-hank-1"_s);
        const Result<RegistryCredential> quinnLogin = credential(m_services.get(), u"quay.io"_s);
        QVERIFY(quinnLogin);
        QCOMPARE(quinnLogin->secret, u"pw-quinn-1"_s);

        // Docker's and Podman's files were only read.
        QCOMPARE(CredentialFixtures::readFile(dockerConfig), dockerText);
        QCOMPARE(CredentialFixtures::readFile(podmanAuth), podmanText);

        for (const QString &registry :
            { u"127.0.0.1:5000"_s, u"helper.example.org"_s, u"quay.io"_s }) {
            std::optional<Result<void>> forgotten;
            m_services->credentials()->forget(
                registry, [&](Result<void> done) { forgotten = std::move(done); });
            QTRY_VERIFY_WITH_TIMEOUT(forgotten.has_value(), 30000);
        }
    }

    void emptyState()
    {
        QString home;
        const QProcessEnvironment environment = makeHome(u"empty"_s, &home);
        ImportLoginsDialog dialog(m_services.get(), environment);
        QSignalSpy scanned(&dialog, &ImportLoginsDialog::scanFinished);
        dialog.show();
        QVERIFY(scanned.wait(30000));
        auto *empty = dialog.findChild<QLabel *>(u"emptyLabel"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(
            empty->text().contains(u"Docker and Podman have no saved logins on this computer"_s));
        QVERIFY(empty->text().contains(u"~/.docker/config.json"_s));
        QVERIFY(empty->text().contains(u"~/.config/containers/auth.json"_s));
        QVERIFY(!dialog.loginList()->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isVisible());
        QCOMPARE(dialog.findChild<QPushButton *>(u"cancelButton"_s)->text(), u"Close"_s);
        Wharf::Test::saveReviewScreenshot(&dialog, u"importlogins-empty"_s);
    }

    void problems()
    {
        QString home;
        const QProcessEnvironment environment = makeHome(u"problems"_s, &home);
        QVERIFY(CredentialFixtures::writeFile(home + u"/.docker/config.json"_s,
            "{\"auths\":{\"registry.example.org\":" + CredentialFixtures::authEntry(u"dora"_s, u"pw-dora-1"_s)
                + "},\"credsStore\":\"nosuchhelper\"}"));
        QVERIFY(CredentialFixtures::writeFile(home + u"/.config/containers/auth.json"_s, "{\"auths\": [garbage"));
        ImportLoginsDialog dialog(m_services.get(), environment);
        QSignalSpy scanned(&dialog, &ImportLoginsDialog::scanFinished);
        dialog.show();
        QVERIFY(scanned.wait(30000));
        QCOMPARE(dialog.loginList()->topLevelItemCount(), 1);
        auto *problems = dialog.findChild<QLabel *>(u"problemsLabel"_s);
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"docker-credential-nosuchhelper"_s)
                && problems->text().contains(u"not installed"_s),
            qPrintable(problems->text()));
        QVERIFY2(problems->text().contains(u"auth.json"_s), qPrintable(problems->text()));
        Wharf::Test::saveReviewScreenshot(&dialog, u"importlogins-problems"_s);
    }

    void keychainUnavailable()
    {
        makeServices(std::make_unique<MissingKeychain>());
        QString home;
        const QProcessEnvironment environment = makeHome(u"nokeychain"_s, &home);
        QVERIFY(CredentialFixtures::writeFile(home + u"/.docker/config.json"_s,
            "{\"auths\":{\"registry.example.org\":" + CredentialFixtures::authEntry(u"erin"_s, u"pw-erin-1"_s)
                + ",\"other.example.org\":" + CredentialFixtures::authEntry(u"olga"_s, u"pw-olga-1"_s) + "}}"));
        ImportLoginsDialog dialog(m_services.get(), environment);
        QSignalSpy scanned(&dialog, &ImportLoginsDialog::scanFinished);
        dialog.show();
        QVERIFY(scanned.wait(30000));
        // The dialog asked the keychain at once and offers this session only.
        auto *import = dialog.findChild<QPushButton *>(u"importButton"_s);
        auto *note = dialog.findChild<QLabel *>(u"keychainNoteLabel"_s);
        QTRY_VERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"never written to disk"_s));
        QCOMPARE(import->text(), u"Import for This &Session Only"_s);

        QSignalSpy finished(&dialog, &ImportLoginsDialog::importFinished);
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toInt(), 2);
        const int erin = rowOf(dialog, u"registry.example.org"_s, u"~/.docker/config.json"_s);
        QCOMPARE(status(dialog, erin), u"imported for this session"_s);
        QVERIFY(m_services->hasSessionLogin(u"registry.example.org"_s));
        QVERIFY(!m_services->accounts()->savedInKeychain(u"registry.example.org"_s));
        const Result<RegistryCredential> login
            = credential(m_services.get(), u"registry.example.org"_s);
        QVERIFY(login);
        QCOMPARE(login->secret, u"pw-erin-1"_s);
        Wharf::Test::saveReviewScreenshot(&dialog, u"importlogins-sessiononly"_s);
    }

    void keychainFailsDuringImport()
    {
        // The keychain answers reads but refuses the first write: that row fails, the rest
        // wait, and Import turns into "for this session only".
        makeServices(std::make_unique<MissingKeychain>(true));
        QString home;
        const QProcessEnvironment environment = makeHome(u"keychainfails"_s, &home);
        QVERIFY(CredentialFixtures::writeFile(home + u"/.docker/config.json"_s,
            "{\"auths\":{\"a.example.org\":" + CredentialFixtures::authEntry(u"ann"_s, u"pw-ann-1"_s)
                + ",\"b.example.org\":" + CredentialFixtures::authEntry(u"ben"_s, u"pw-ben-1"_s) + "}}"));
        ImportLoginsDialog dialog(m_services.get(), environment);
        QSignalSpy scanned(&dialog, &ImportLoginsDialog::scanFinished);
        dialog.show();
        QVERIFY(scanned.wait(30000));
        auto *import = dialog.findChild<QPushButton *>(u"importButton"_s);
        QTRY_COMPARE(
            m_services->credentials()->keychainState(), CredentialStore::KeychainState::Available);
        QCOMPARE(import->text(), u"&Import"_s);
        QVERIFY(!dialog.findChild<QLabel *>(u"keychainNoteLabel"_s)->isVisible());

        QSignalSpy finished(&dialog, &ImportLoginsDialog::importFinished);
        dialog.importChecked();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toInt(), 0);
        QCOMPARE(finished.constFirst().at(1).toInt(), 1);
        const int ann = rowOf(dialog, u"a.example.org"_s, u"~/.docker/config.json"_s);
        const int ben = rowOf(dialog, u"b.example.org"_s, u"~/.docker/config.json"_s);
        QCOMPARE(status(dialog, ann), u"not imported: no keychain"_s);
        QCOMPARE(status(dialog, ben), QString());
        QVERIFY(dialog.isChecked(ann) && dialog.isChecked(ben));
        QCOMPARE(import->text(), u"Import for This &Session Only"_s);
        QVERIFY(import->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"keychainNoteLabel"_s)->isVisible());
        QCOMPARE(dialog.findChild<QPushButton *>(u"cancelButton"_s)->text(), u"Cancel"_s);
        QTest::qWait(50); // the relabelled button's layout
        Wharf::Test::saveReviewScreenshot(&dialog, u"importlogins-keychainfailed"_s);

        finished.clear();
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toInt(), 2);
        QCOMPARE(status(dialog, ann), u"imported for this session"_s);
        QCOMPARE(status(dialog, ben), u"imported for this session"_s);
        QVERIFY(m_services->hasSessionLogin(u"b.example.org"_s));
    }

    void fromRegistriesPage()
    {
        QString home;
        const QProcessEnvironment environment = makeHome(u"page"_s, &home);
        RegistriesPage page(m_services.get(), nullptr);
        page.setCredentialToolEnvironment(environment);
        QVERIFY(page.importLoginsAction()->isEnabled());
        QCOMPARE(page.importLoginsAction()->text(), u"Import Logins from Docker and Podman…"_s);
        page.importLoginsAction()->trigger();
        auto *dialog = page.findChild<ImportLoginsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isScanning());
        QSignalSpy scanned(dialog, &ImportLoginsDialog::scanFinished);
        QVERIFY(scanned.wait(30000));
        // It looked in the page's environment: the private HOME, which has nothing.
        QVERIFY(dialog->findChild<QLabel *>(u"emptyLabel"_s)->text().contains(u"~/.docker"_s));
        const QPointer<ImportLoginsDialog> guard(dialog);
        dialog->reject();
        QTRY_VERIFY(guard.isNull());
    }

    void closeWhileBusy()
    {
        QString home;
        QProcessEnvironment environment = makeHome(u"close"_s, &home);
        // A helper that hangs on "list": the scan is still running when the dialog goes.
        const QString helpers = m_dir.filePath(u"close-helpers"_s);
        QVERIFY(QDir().mkpath(helpers));
        QVERIFY(writeHelperScript(helpers, u"slow"_s, "sleep 2\necho '{}'\n"));
        environment.insert(u"PATH"_s, helpers + u":/usr/bin:/bin"_s);
        QVERIFY(CredentialFixtures::writeFile(home + u"/.docker/config.json"_s,
            "{\"auths\":{\"c.example.org\":" + CredentialFixtures::authEntry(u"cat"_s, u"pw-cat-1"_s)
                + "},\"credsStore\":\"slow\"}"));
        {
            auto *dialog = new ImportLoginsDialog(m_services.get(), environment);
            dialog->show();
            QVERIFY(dialog->isScanning());
            Wharf::Test::saveReviewScreenshot(dialog, u"importlogins-looking"_s);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
            delete dialog;
            QTest::qWait(2500); // the helper's answer would come now
        }
        // Closed in the middle of an import: the store's answer finds no dialog.
        environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        QVERIFY(CredentialFixtures::writeFile(home + u"/.docker/config.json"_s,
            "{\"auths\":{\"c.example.org\":" + CredentialFixtures::authEntry(u"cat"_s, u"pw-cat-1"_s) + "}}"));
        auto slow = std::make_unique<SlowKeychain>();
        SlowKeychain *keychain = slow.get();
        makeServices(std::move(slow));
        auto *dialog = new ImportLoginsDialog(m_services.get(), environment);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ImportLoginsDialog> guard(dialog);
        QSignalSpy scanned(dialog, &ImportLoginsDialog::scanFinished);
        dialog->show();
        QVERIFY(scanned.wait(30000));
        QSignalSpy changed(m_services->credentials(), &CredentialStore::loginChanged);
        dialog->importChecked();
        QVERIFY(dialog->isImporting());
        // Closed while the keychain is writing the login.
        QTRY_VERIFY_WITH_TIMEOUT(keychain->writes > 0, 30000);
        dialog->reject();
        QTRY_VERIFY(guard.isNull());
        // The store's answer comes after the dialog is gone, and finds nobody to call.
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() > 0, 30000);
        QTest::qWait(200);
        std::optional<Result<void>> forgotten;
        m_services->credentials()->forget(
            u"c.example.org"_s, [&](Result<void> done) { forgotten = std::move(done); });
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.has_value(), 30000);
    }
};

QTEST_MAIN(tst_ImportLoginsDialog)
#include "tst_importloginsdialog.moc"
