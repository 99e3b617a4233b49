// SPDX-License-Identifier: Apache-2.0
// The share dialog against real files in a private HOME: Docker's config.json naming a fake
// credential helper (tests/fixtures/credential-helpers/filestore.sh) and Podman getting the
// real docker-credential-secretservice with the private keyring. What each tool's box says,
// the share itself (the secret lands in the helpers, never in a file or on screen), the
// boxes that cannot be used, and closing the dialog while a helper is still writing.
#include "CredentialFixtures.h"
#include "../unit/CredentialHelperFixtures.h"
#include "AwaitResult.h"
#include "KeyringService.h"
#include "RegistriesPage.h"
#include "RegistryServices.h"
#include "ReviewScreenshot.h"
#include "ShareLoginDialog.h"
#include "TestServices.h"
#include "credentials/CredentialHelperClient.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainSecretStore.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/SessionSecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

const QString Registry = u"127.0.0.1:5000"_s;

QStringList shownTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    return texts;
}

} // namespace

class tst_ShareLoginDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_serviceName;
    QString m_secret;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<RegistryServices> m_services;
    int m_run = 0;

    // A private HOME and the environment pointing at it; `path` first on PATH.
    QProcessEnvironment makeHome(const QString &name, QString *homePath, const QString &path)
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
        environment.insert(u"PATH"_s, path);
        return environment;
    }

    QString helperDir(const QString &name)
    {
        const QString directory = m_dir.filePath(name + u"-helpers"_s);
        QDir().mkpath(directory);
        return directory;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        WHARF_REQUIRE_KEYRING();
        m_serviceName
            = u"Wharf share test %1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void init()
    {
        m_services.reset();
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(u"settings-%1.ini"_s.arg(++m_run)), QSettings::IniFormat);
        m_keychain = std::make_unique<KeychainSecretStore>(m_serviceName);
        m_session = std::make_unique<SessionSecretStore>();
        m_services = std::make_unique<RegistryServices>(
            m_settings.get(), m_keychain.get(), m_session.get());
        m_secret = u"pw-share-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        const Result<void> loggedIn = awaitResult<void>([&](auto done) {
            m_services->credentials()->login(RegistryCredential(Registry, u"alice"_s, m_secret),
                CredentialStore::PersistMode::Keychain, done);
        });
        QVERIFY2(loggedIn, qPrintable(loggedIn ? QString() : loggedIn.error().toString()));
    }

    void cleanup()
    {
        if (m_services) {
            (void)awaitResult<void>(
                [&](auto done) { m_services->credentials()->forget(Registry, done); });
        }
        m_services.reset();
    }

    void shareWithBoth()
    {
        const QString helpers = helperDir(u"both"_s);
        QVERIFY(writeHelperScript(helpers, u"fake"_s, fileStoreHelperBody()));
        QString home;
        const QProcessEnvironment environment
            = makeHome(u"both"_s, &home, helpers + u":/usr/bin:/bin"_s);
        // Docker: a helper named for the registry, and an old password in clear beside it.
        const QString dockerConfig = home + u"/.docker/config.json"_s;
        const QByteArray clearAuth = QByteArray("alice:old-clear-pw").toBase64();
        QVERIFY(CredentialFixtures::writeFile(dockerConfig,
            "{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\"" + clearAuth
                + "\"}},\"credHelpers\":{\"127.0.0.1:5000\":\"fake\"},\"psFormat\":\"table\"}"));
        const QString podmanAuth = home + u"/.config/containers/auth.json"_s;

        ShareLoginDialog dialog(m_services.get(), Registry, environment);
        dialog.show();
        QVERIFY(dialog.findChild<QLabel *>(u"safetyLabel"_s)
                    ->text()
                    .contains(u"never writes your password or token in clear"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"introLabel"_s)->text().contains(u"alice"_s));

        QCheckBox *docker = dialog.checkBox(ShareLoginDialog::Target::Docker);
        QCheckBox *podman = dialog.checkBox(ShareLoginDialog::Target::Podman);
        QVERIFY(docker->isEnabled() && docker->isChecked());
        QVERIFY(podman->isEnabled() && podman->isChecked());
        const QString dockerText = dialog.findChild<QLabel *>(u"dockerDescriptionLabel"_s)->text();
        QVERIFY2(dockerText.contains(u"docker-credential-fake"_s)
                && dockerText.contains(u"~/.docker/config.json"_s)
                && dockerText.contains(u"clear"_s),
            qPrintable(dockerText));
        const QString podmanText = dialog.findChild<QLabel *>(u"podmanDescriptionLabel"_s)->text();
        QVERIFY2(podmanText.contains(u"docker-credential-secretservice"_s)
                && podmanText.contains(u"~/.config/containers/auth.json"_s)
                && podmanText.contains(u"system keychain"_s),
            qPrintable(podmanText));
        auto *share = dialog.findChild<QPushButton *>(u"shareButton"_s);
        QVERIFY(share->isEnabled());
        Wharf::Test::saveReviewScreenshot(&dialog, u"sharelogin-plans"_s);

        QSignalSpy finished(&dialog, &ShareLoginDialog::finished);
        QSignalSpy shared(&dialog, &ShareLoginDialog::shared);
        QTest::mouseClick(share, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(finished.wait(60000));
        for (const auto target :
            { ShareLoginDialog::Target::Docker, ShareLoginDialog::Target::Podman }) {
            const std::optional<Result<void>> result = dialog.result(target);
            QVERIFY(result.has_value());
            QVERIFY2(
                result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        }
        QCOMPARE(shared.size(), 2);
        QVERIFY(dialog.findChild<QLabel *>(u"dockerResultLabel"_s)->text().startsWith(u"Shared"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"podmanResultLabel"_s)->text().startsWith(u"Shared"_s));
        QVERIFY(!share->isEnabled());
        QCOMPARE(dialog.findChild<QPushButton *>(u"cancelButton"_s)->text(), u"Close"_s);
        Wharf::Test::saveReviewScreenshot(&dialog, u"sharelogin-shared"_s);

        // The secret is never shown ...
        for (const QString &text : shownTexts(&dialog))
            QVERIFY2(!text.contains(m_secret), qPrintable(text));
        // ... nor written in clear: the files name helpers, the helpers have the login.
        const QByteArray dockerAfter = CredentialFixtures::readFile(dockerConfig);
        QVERIFY(!dockerAfter.contains(m_secret.toUtf8()));
        QVERIFY(!dockerAfter.contains(clearAuth));
        QVERIFY(dockerAfter.contains("psFormat"));
        const QByteArray podmanAfter = CredentialFixtures::readFile(podmanAuth);
        QVERIFY2(podmanAfter.contains("\"secretservice\""), podmanAfter.constData());
        QVERIFY(!podmanAfter.contains(m_secret.toUtf8()));
        QVERIFY(CredentialFixtures::readFile(helpers + u"/store/127.0.0.1_5000"_s).contains(m_secret.toUtf8()));
        CredentialHelperClient secretService(u"secretservice"_s, environment);
        const Result<RegistryCredential> stored = awaitResult<RegistryCredential>(
            [&](auto done) { secretService.get(Registry, done); });
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QCOMPARE(stored->username, u"alice"_s);
        QCOMPARE(stored->secret, m_secret);
        QVERIFY(awaitResult<void>([&](auto done) { secretService.erase(Registry, done); }).ok());
    }

    void cannotShare()
    {
        // No helper named, and no secretservice on the PATH: both boxes say why, disabled.
        QString home;
        const QProcessEnvironment environment
            = makeHome(u"nohelper"_s, &home, helperDir(u"nohelper"_s));
        ShareLoginDialog dialog(m_services.get(), Registry, environment);
        dialog.show();
        for (const auto target :
            { ShareLoginDialog::Target::Docker, ShareLoginDialog::Target::Podman }) {
            QVERIFY(!dialog.checkBox(target)->isEnabled());
            QVERIFY(!dialog.checkBox(target)->isChecked());
            QVERIFY(!dialog.plan(target));
        }
        const QString dockerText = dialog.findChild<QLabel *>(u"dockerDescriptionLabel"_s)->text();
        QVERIFY2(dockerText.contains(u"not installed"_s), qPrintable(dockerText));
        QVERIFY(!dialog.findChild<QPushButton *>(u"shareButton"_s)->isEnabled());
        Wharf::Test::saveReviewScreenshot(&dialog, u"sharelogin-nohelper"_s);
        QVERIFY(!QFileInfo::exists(home + u"/.docker/config.json"_s));
    }

    void notLoggedIn()
    {
        QString home;
        const QProcessEnvironment environment = makeHome(u"nologin"_s, &home, u"/usr/bin:/bin"_s);
        ShareLoginDialog dialog(m_services.get(), u"registry.example.org"_s, environment);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton *>(u"shareButton"_s)->isEnabled());
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"log in first"_s));
    }

    void fromRegistriesPage()
    {
        QString home;
        const QProcessEnvironment environment = makeHome(u"page"_s, &home, helperDir(u"page"_s));
        RegistriesPage page(m_services.get(), nullptr);
        page.setCredentialToolEnvironment(environment);
        page.show();
        QAction *action = page.shareLoginAction();
        QCOMPARE(action->text(), u"Share Login with Docker and Podman…"_s);
        // Only for a registry with a login.
        page.treeView()->setCurrentIndex(page.viewIndex(u"docker.io"_s));
        QVERIFY(!action->isEnabled());
        page.treeView()->setCurrentIndex(page.viewIndex(Registry));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = page.findChild<ShareLoginDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->registry(), Registry);
        // The page's environment: no helper on its PATH.
        QVERIFY(!dialog->checkBox(ShareLoginDialog::Target::Docker)->isEnabled());
        const QPointer<ShareLoginDialog> guard(dialog);
        dialog->reject();
        QTRY_VERIFY(guard.isNull());
    }

    void closeWhileSharing()
    {
        // A helper that takes its time to store: the dialog goes first.
        const QString helpers = helperDir(u"slow"_s);
        QVERIFY(writeHelperScript(helpers, u"slow"_s, "cat > /dev/null\nsleep 2\n"));
        QString home;
        const QProcessEnvironment environment
            = makeHome(u"slow"_s, &home, helpers + u":/usr/bin:/bin"_s);
        QVERIFY(CredentialFixtures::writeFile(
            home + u"/.docker/config.json"_s, "{\"credHelpers\":{\"127.0.0.1:5000\":\"slow\"}}"));
        auto *dialog = new ShareLoginDialog(m_services.get(), Registry, environment);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QPointer<ShareLoginDialog> guard(dialog);
        dialog->show();
        dialog->checkBox(ShareLoginDialog::Target::Podman)->setChecked(false);
        QVERIFY(dialog->checkBox(ShareLoginDialog::Target::Docker)->isChecked());
        dialog->share();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(u"statusLabel"_s)
                                     ->text()
                                     .contains(u"Sharing the login with Docker"_s),
            30000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull());
        QTest::qWait(2500); // the helper finishes now; nobody is left to hear it
    }
};

QTEST_MAIN(tst_ShareLoginDialog)
#include "tst_sharelogindialog.moc"
