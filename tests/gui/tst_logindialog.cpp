// SPDX-License-Identifier: Apache-2.0
// The login dialog: input checks, the GitLab note, logins checked against the fixture's real
// Basic-auth and token-auth registries, and a keychain that cannot be reached.
#include "MissingKeychain.h"
#include "ErrorExplanationView.h"
#include "LoginDialog.h"
#include "RegistryServices.h"
#include "ReviewScreenshot.h"
#include "TestServices.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/SessionSecretStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::MissingKeychain;
using Wharf::Test::TestServices;

namespace {

} // namespace

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
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
        m_keychain = keychain ? std::move(keychain) : std::make_unique<SessionSecretStore>();
        m_session = std::make_unique<SessionSecretStore>();
        m_services = std::make_unique<RegistryServices>(
            m_settings.get(), m_keychain.get(), m_session.get());
    }

    template<typename T> static T *child(const QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { makeServices(); }

    void cleanup() { m_services.reset(); }

    void validation_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("registryError");
        QTest::addColumn<bool>("inputError");

        QTest::newRow("complete") << u"registry.example.org"_s << u"alice"_s << u"s3cret"_s << true
                                  << false << false;
        QTest::newRow("pasted URL") << u"https://Registry.Example.org:5000/v2/"_s << u"alice"_s
                                    << u"x"_s << true << false << false;
        QTest::newRow("no registry")
            << QString() << u"alice"_s << u"x"_s << false << false << false;
        QTest::newRow("not a host")
            << u"myregistry"_s << u"alice"_s << u"x"_s << false << true << false;
        QTest::newRow("spaces") << u"my registry.org"_s << u"alice"_s << u"x"_s << false << true
                                << false;
        QTest::newRow("no user") << u"registry.example.org"_s << QString() << u"x"_s << false
                                 << false << false;
        QTest::newRow("no secret")
            << u"registry.example.org"_s << u"alice"_s << QString() << false << false << false;
        QTest::newRow("colon in user")
            << u"registry.example.org"_s << u"al:ice"_s << u"x"_s << false << false << true;
        QTest::newRow("space around user")
            << u"registry.example.org"_s << u" alice"_s << u"x"_s << false << false << true;
        QTest::newRow("control character")
            << u"registry.example.org"_s << u"alice"_s << u"x\u0001y"_s << false << false << true;
        QTest::newRow("embedded NUL") << u"registry.example.org"_s << u"alice"_s
                                      << QString(u"a\0b"_s) << false << false << true;
        QTest::newRow("huge host")
            << QString(5000, u'a') + u".org"_s << u"alice"_s << u"x"_s << false << true << false;
    }

    void validation()
    {
        QFETCH(QString, registry);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(bool, enabled);
        QFETCH(bool, registryError);
        QFETCH(bool, inputError);
        LoginDialog dialog(m_services.get(), QString());
        dialog.show();
        dialog.setRegistry(registry);
        dialog.setUsername(user);
        dialog.setSecret(secret);
        auto *login = child<QPushButton>(&dialog, u"loginButton"_s);
        QCOMPARE(login->isEnabled(), enabled);
        auto *registryFeedback = child<QLabel>(&dialog, u"registryFeedbackLabel"_s);
        if (registryError)
            QVERIFY(registryFeedback->isVisible() && !registryFeedback->text().isEmpty());
        QCOMPARE(child<QLabel>(&dialog, u"inputFeedbackLabel"_s)->isVisible(), inputError);
        // The secret is never shown.
        QCOMPARE(child<QLineEdit>(&dialog, u"secretLineEdit"_s)->echoMode(), QLineEdit::Password);
        // Clicking a disabled login does nothing.
        dialog.logIn();
        QVERIFY(!dialog.isBusy() || enabled);
    }

    void gitLabHint_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<bool>("shown");
        QTest::newRow("CERN") << u"gitlab-registry.cern.ch"_s << true;
        QTest::newRow("gitlab.com") << u"registry.gitlab.com"_s << true;
        QTest::newRow("self-hosted") << u"gitlab.example.org:5050"_s << true;
        QTest::newRow("Harbor") << u"registry.cern.ch"_s << false;
        QTest::newRow("Docker Hub") << u"docker.io"_s << false;
        QTest::newRow("invalid") << u"not gitlab"_s << false;
    }

    void gitLabHint()
    {
        QFETCH(QString, registry);
        QFETCH(bool, shown);
        LoginDialog dialog(m_services.get(), registry);
        dialog.show();
        auto *hint = child<QLabel>(&dialog, u"gitLabHintLabel"_s);
        QCOMPARE(hint->isVisible(), shown);
        if (shown) {
            QVERIFY(hint->text().contains(u"personal access token"_s));
            QVERIFY(hint->text().contains(u"read_registry"_s));
        }
        if (registry == u"gitlab-registry.cern.ch"_s) {
            QVERIFY(hint->text().contains(u"https://gitlab.cern.ch/"_s));
            Wharf::Test::saveReviewScreenshot(&dialog, u"logindialog-gitlab"_s);
        }
        // Typing another host hides or shows it.
        dialog.setRegistry(u"127.0.0.1:5000"_s);
        QVERIFY(!hint->isVisible());
    }

    void knownUserFilledIn()
    {
        QVERIFY(m_services->accounts()->add(u"registry.example.org"_s));
        QVERIFY(m_services->accounts()->setUsername(u"registry.example.org"_s, u"bob"_s));
        LoginDialog dialog(m_services.get(), u"registry.example.org"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"usernameLineEdit"_s)->text(), u"bob"_s);
    }

    void wrongPasswordIsExplained()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        const QString registry = TestServices::basicRegistryAddress();
        LoginDialog dialog(m_services.get(), registry);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setUsername(TestServices::registryUser());
        dialog.setSecret(u"not-the-password"_s);
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        QTest::mouseClick(child<QPushButton>(&dialog, u"loginButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QLabel>(&dialog, u"statusLabel"_s)->text().contains(registry));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.lastError().code(), ErrorCode::AuthenticationRequired);
        QVERIFY(child<QLabel>(&dialog, u"messageLabel"_s)->isVisible());
        auto *explanation = dialog.findChild<ErrorExplanationView *>();
        QVERIFY(explanation->isVisible());
        QVERIFY(!explanation->matches().isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(loggedIn.size(), 0);
        // Nothing kept.
        QVERIFY(m_services->accounts()->username(registry).isEmpty());
        QCOMPARE(static_cast<SessionSecretStore *>(m_keychain.get())->size(), 0);
        QCOMPARE(m_session->size(), 0);
        Wharf::Test::saveReviewScreenshot(&dialog, u"logindialog-wrong-password"_s);
        // The password can be corrected and tried again.
        auto *secret = child<QLineEdit>(&dialog, u"secretLineEdit"_s);
        QVERIFY(!secret->isReadOnly());
        secret->setText(TestServices::registryPassword());
        QTest::mouseClick(child<QPushButton>(&dialog, u"loginButton"_s), Qt::LeftButton);
        QVERIFY(loggedIn.wait(20000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_services->accounts()->username(registry), TestServices::registryUser());
        QVERIFY(m_services->accounts()->savedInKeychain(registry));
        QCOMPARE(static_cast<SessionSecretStore *>(m_keychain.get())->size(), 1);
        QVERIFY(secret->text().isEmpty());
        QCOMPARE(
            m_services->loginText(registry), TestServices::registryUser() + u", in the keychain"_s);
    }

    void tokenRegistry()
    {
        WHARF_REQUIRE_TOKEN_REGISTRY();
        const QString registry = TestServices::tokenRegistryAddress();
        LoginDialog dialog(m_services.get(), registry);
        dialog.show();
        dialog.setUsername(TestServices::registryUser());
        dialog.setSecret(u"wrong"_s);
        dialog.logIn();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.lastError().code(), ErrorCode::AuthenticationRequired);
        dialog.setSecret(TestServices::registryPassword());
        dialog.setSessionOnly(true);
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        dialog.logIn();
        QVERIFY(loggedIn.wait(20000));
        QCOMPARE(loggedIn.at(0).at(2).toBool(), true);
        QCOMPARE(m_session->size(), 1);
        QVERIFY(!m_services->accounts()->savedInKeychain(registry));
        QCOMPARE(m_services->loginText(registry),
            TestServices::registryUser() + u", for this session"_s);
    }

    // No keychain at all: said at once, and the session is offered instead.
    void keychainUnavailable()
    {
        makeServices(std::make_unique<MissingKeychain>(false));
        LoginDialog dialog(m_services.get(), u"registry.example.org"_s);
        dialog.show();
        auto *note = child<QLabel>(&dialog, u"keychainNoteLabel"_s);
        auto *keychain = child<QRadioButton>(&dialog, u"keychainRadioButton"_s);
        QTRY_VERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"cannot be reached"_s));
        QVERIFY(note->text().contains(u"session"_s));
        QVERIFY(!keychain->isEnabled());
        QVERIFY(dialog.sessionOnly());
        Wharf::Test::saveReviewScreenshot(&dialog, u"logindialog-no-keychain"_s);
    }

    // The keychain answers reads but refuses the write: offered "this session only" then.
    void keychainRefusesWrite()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        makeServices(std::make_unique<MissingKeychain>(true));
        const QString registry = TestServices::basicRegistryAddress();
        LoginDialog dialog(m_services.get(), registry);
        dialog.show();
        dialog.setUsername(TestServices::registryUser());
        dialog.setSecret(TestServices::registryPassword());
        QVERIFY(!dialog.sessionOnly());
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        dialog.logIn();
        auto *sessionOnly = child<QPushButton>(&dialog, u"sessionOnlyButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), 20000);
        QCOMPARE(dialog.lastError().code(), ErrorCode::KeychainUnavailable);
        QVERIFY(
            child<QLabel>(&dialog, u"messageLabel"_s)->text().contains(u"accepted the login"_s));
        QVERIFY(m_services->accounts()->username(registry).isEmpty());
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QVERIFY(loggedIn.wait(20000));
        QCOMPARE(m_session->size(), 1);
        QCOMPARE(m_services->accounts()->username(registry), TestServices::registryUser());
    }
};

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
