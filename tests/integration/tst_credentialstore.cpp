// SPDX-License-Identifier: Apache-2.0
// CredentialStore with the REAL keychain (gnome-keyring on the `keyring` fixture's private
// bus): login, credential, forget, rename, session-only logins; the secret only in the
// keychain (secret-tool finds it, no file has it). And with no keychain at all: a session
// bus address that points at a dead socket, a bus without a Secret Service, or no address
// and no X11 to autolaunch one.
// GDBus keeps the first session-bus connection for the life of the process, so those cases
// run in a child process of this same test binary, started with that environment.
#include "AwaitResult.h"
#include "KeyringFixtures.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainSecretStore.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/SessionSecretStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

const char ChildModeVariable[] = "WHARF_TEST_CREDENTIALSTORE_CHILD";

bool inChild()
{
    return qEnvironmentVariableIsSet(ChildModeVariable);
}

} // namespace

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_settingsDir;
    int m_counter = 0;

    // Settings in the private XDG_CONFIG_HOME (so the "no secret in ~/.config" check covers them).
    QString newSettingsPath()
    {
        return m_settingsDir->filePath(u"wharf-%1.ini"_s.arg(++m_counter));
    }

    // Runs this binary's `function` in a child with `environment` changes; true when it passed.
    void runInChild(
        const QString &function, const QMap<QString, QString> &set, const QStringList &unset)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildModeVariable), u"1"_s);
        for (auto it = set.constBegin(); it != set.constEnd(); ++it)
            environment.insert(it.key(), it.value());
        for (const QString &name : unset)
            environment.remove(name);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), { function });
        QVERIFY2(finished.wait(60000), "the child test did not finish in 60 s");
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            qPrintable(output));
        QVERIFY2(output.contains(u"PASS   : tst_CredentialStore::%1()"_s.arg(function)),
            qPrintable(output));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Inside the fixture's private config folder when there is one (so the "no secret in
        // ~/.config" checks cover the settings too); never in a real user's ~/.config.
        QString base = QDir::tempPath();
        if (KeyringService::keyringMissingReason().isEmpty()
            && QDir().mkpath(qEnvironmentVariable("XDG_CONFIG_HOME")))
            base = qEnvironmentVariable("XDG_CONFIG_HOME");
        m_settingsDir.emplace(base + u"/tst_credentialstore-XXXXXX"_s);
        QVERIFY(m_settingsDir->isValid());
    }

    void loginCredentialForget()
    {
        if (inChild())
            QSKIP("parent-only test");
        WHARF_REQUIRE_KEYRING();
        const QString settingsPath = newSettingsPath();
        QSettings settings(settingsPath, QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        CredentialStore store(&accounts);
        QSignalSpy stateChanged(&store, &CredentialStore::keychainStateChanged);
        QSignalSpy loginChanged(&store, &CredentialStore::loginChanged);
        const QString secret = uniqueSecret(u"glpat"_s);

        const Result<void> login = awaitResult<void>([&](auto done) {
            store.login(
                RegistryCredential(u"https://Registry.Example.org:5000/v2/"_s, u"alice"_s, secret),
                CredentialStore::PersistMode::Keychain, done);
        });
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().toString()));
        QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Available);
        QCOMPARE(stateChanged.size(), 1);
        QCOMPARE(loginChanged.size(), 1);
        QCOMPARE(loginChanged.constFirst().constFirst().toString(), u"registry.example.org:5000"_s);
        QVERIFY(accounts.contains(u"registry.example.org:5000"_s));
        QCOMPARE(accounts.username(u"registry.example.org:5000"_s), u"alice"_s);
        QVERIFY(accounts.savedInKeychain(u"registry.example.org:5000"_s));

        const Result<RegistryCredential> credential = awaitResult<RegistryCredential>(
            [&](auto done) { store.credential(u"registry.example.org:5000"_s, done); });
        QVERIFY(credential);
        QCOMPARE(credential->registry, u"registry.example.org:5000"_s);
        QCOMPARE(credential->username, u"alice"_s);
        QCOMPARE(credential->secret, secret);

        // In the keychain, and nowhere else: not in the settings, not in any file.
        const SecretToolOutput search = secretTool(
            { u"search"_s, u"--all"_s, u"server"_s, KeychainSecretStore::ServiceName.toString() });
        QVERIFY2(search.output.contains(secret), qPrintable(search.output));
        settings.sync();
        QStringList leaks = filesContaining(
            privateUserDirectories() + QStringList { m_settingsDir->path() }, secret.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));

        const Result<void> forgotten
            = awaitResult<void>([&](auto done) { store.forget(u"registry.example.org:5000"_s, done); });
        QVERIFY(forgotten.ok());
        QCOMPARE(loginChanged.size(), 2);
        QVERIFY(accounts.contains(u"registry.example.org:5000"_s)); // the registry stays listed
        QVERIFY(accounts.username(u"registry.example.org:5000"_s).isEmpty());
        const Result<RegistryCredential> after = awaitResult<RegistryCredential>(
            [&](auto done) { store.credential(u"registry.example.org:5000"_s, done); });
        QVERIFY(!after);
        QCOMPARE(after.error().code(), ErrorCode::NotFound);
        QVERIFY(!secretTool(
            { u"search"_s, u"--all"_s, u"server"_s, KeychainSecretStore::ServiceName.toString() })
                     .output.contains(secret));
        // Forgetting again is fine.
        QVERIFY(awaitResult<void>([&](auto done) {
            store.forget(u"registry.example.org:5000"_s, done);
        }).ok());
    }

    void sessionOnlyStaysOutOfTheKeychain()
    {
        if (inChild())
            QSKIP("parent-only test");
        WHARF_REQUIRE_KEYRING();
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        CredentialStore store(&accounts);
        const QString keychainSecret = uniqueSecret(u"old"_s);
        const QString sessionSecret = uniqueSecret(u"session"_s);

        // First saved in the keychain, then replaced by a session-only password: the session
        // password is the one used, and the keychain copy is gone.
        QVERIFY(awaitResult<void>([&](auto done) {
            store.login(RegistryCredential(u"gitlab-registry.cern.ch"_s, u"bob"_s, keychainSecret),
                CredentialStore::PersistMode::Keychain, done);
        }).ok());
        QVERIFY(awaitResult<void>([&](auto done) {
            store.login(RegistryCredential(u"gitlab-registry.cern.ch"_s, u"bob"_s, sessionSecret),
                CredentialStore::PersistMode::SessionOnly, done);
        }).ok());
        QVERIFY(!accounts.savedInKeychain(u"gitlab-registry.cern.ch"_s));
        const Result<RegistryCredential> credential = awaitResult<RegistryCredential>(
            [&](auto done) { store.credential(u"gitlab-registry.cern.ch"_s, done); });
        QVERIFY(credential);
        QCOMPARE(credential->secret, sessionSecret);
        const QString keyring = secretTool(
            { u"search"_s, u"--all"_s, u"server"_s, KeychainSecretStore::ServiceName.toString() })
                                    .output;
        QVERIFY(!keyring.contains(sessionSecret));
        QVERIFY(!keyring.contains(keychainSecret));
        QVERIFY(filesContaining(privateUserDirectories(), sessionSecret.toUtf8()).isEmpty());

        // A new store (a new session) has the username but not the password.
        CredentialStore nextSession(&accounts);
        const Result<RegistryCredential> later = awaitResult<RegistryCredential>(
            [&](auto done) { nextSession.credential(u"gitlab-registry.cern.ch"_s, done); });
        QVERIFY(!later);
        QCOMPARE(later.error().code(), ErrorCode::NotFound);
        QVERIFY(
            awaitResult<void>([&](auto done) { store.forget(u"gitlab-registry.cern.ch"_s, done); }).ok());
    }

    void newUsernameReplacesOldLogin()
    {
        if (inChild())
            QSKIP("parent-only test");
        WHARF_REQUIRE_KEYRING();
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        CredentialStore store(&accounts);
        const QString first = uniqueSecret(u"first"_s);
        const QString second = uniqueSecret(u"second"_s);
        QVERIFY(awaitResult<void>([&](auto done) {
            store.login(RegistryCredential(u"docker.io"_s, u"carol"_s, first),
                CredentialStore::PersistMode::Keychain, done);
        }).ok());
        QVERIFY(awaitResult<void>([&](auto done) {
            store.login(RegistryCredential(u"index.docker.io"_s, u"dave"_s, second),
                CredentialStore::PersistMode::Keychain, done);
        }).ok());
        const Result<RegistryCredential> credential
            = awaitResult<RegistryCredential>([&](auto done) { store.credential(u"docker.io"_s, done); });
        QCOMPARE(credential->username, u"dave"_s);
        // carol's secret is removed from the keychain (the removal is queued behind the write).
        QTRY_VERIFY_WITH_TIMEOUT(!secretTool({ u"search"_s, u"--all"_s, u"server"_s,
                                                 KeychainSecretStore::ServiceName.toString() })
                                      .output.contains(first),
            10000);
        QVERIFY(awaitResult<void>([&](auto done) { store.forget(u"docker.io"_s, done); }).ok());
    }

    void renameMovesTheSecret()
    {
        if (inChild())
            QSKIP("parent-only test");
        WHARF_REQUIRE_KEYRING();
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        CredentialStore store(&accounts);
        const QString secret = uniqueSecret();
        QVERIFY(awaitResult<void>([&](auto done) {
            store.login(RegistryCredential(u"registry.cern.ch"_s, u"erin"_s, secret),
                CredentialStore::PersistMode::Keychain, done);
        }).ok());
        const Result<void> renamed = awaitResult<void>([&](auto done) {
            store.renameRegistry(u"registry.cern.ch"_s, u"harbor.cern.ch"_s, done);
        });
        QVERIFY2(renamed.ok(), qPrintable(renamed.ok() ? QString() : renamed.error().toString()));
        QVERIFY(!accounts.contains(u"registry.cern.ch"_s));
        const Result<RegistryCredential> credential = awaitResult<RegistryCredential>(
            [&](auto done) { store.credential(u"harbor.cern.ch"_s, done); });
        QVERIFY(credential);
        QCOMPARE(credential->secret, secret);
        QTRY_VERIFY_WITH_TIMEOUT(
            secretTool({ u"search"_s, u"--all"_s, u"user"_s, u"registry.cern.ch/erin"_s })
                .output.trimmed()
                .isEmpty(),
            10000);
        const Result<void> conflict = awaitResult<void>(
            [&](auto done) { store.renameRegistry(u"harbor.cern.ch"_s, u"docker.io"_s, done); });
        QCOMPARE(conflict.error().code(), ErrorCode::Conflict);
        QVERIFY(awaitResult<void>([&](auto done) { store.forget(u"harbor.cern.ch"_s, done); }).ok());
    }

    void invalidLoginsRefused_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        const QString secret = u"refused-secret-value"_s;
        QTest::newRow("no registry") << QString() << u"u"_s << secret;
        QTest::newRow("repository path") << u"h.example/repo"_s << u"u"_s << secret;
        QTest::newRow("no username") << u"h.example"_s << u"  "_s << secret;
        QTest::newRow("no secret") << u"h.example"_s << u"u"_s << QString();
        QTest::newRow("NUL in secret") << u"h.example"_s << u"u"_s << QString(u"refused\0secret"_s);
        QTest::newRow("newline in username") << u"h.example"_s << u"u\nv"_s << secret;
    }

    void invalidLoginsRefused()
    {
        // No keychain needed: refused before any store is asked.
        QFETCH(QString, registry);
        QFETCH(QString, username);
        QFETCH(QString, secret);
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        SessionSecretStore keychain;
        SessionSecretStore session;
        CredentialStore store(&accounts, &keychain, &session);
        const QStringList before = accounts.registries();
        const Result<void> login = awaitResult<void>([&](auto done) {
            store.login(RegistryCredential(registry, username, secret),
                CredentialStore::PersistMode::Keychain, done);
        });
        QVERIFY(!login);
        QCOMPARE(accounts.registries(), before);
        QCOMPARE(keychain.size(), 0);
        QVERIFY(secret.isEmpty() || !login.error().toString().contains(secret));
    }

    void keychainOnDeadSocket()
    {
        if (inChild())
            QSKIP("runs only in its child (keychainUnavailableChild)");
        QTemporaryDir dir;
        runInChild(u"keychainUnavailableChild"_s,
            { { u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1/no-such-bus"_s.arg(dir.path()) } },
            {});
    }

    void keychainWithoutAnyBus()
    {
        if (inChild())
            QSKIP("runs only in its child (keychainUnavailableChild)");
        // No address and no X11: GDBus tries $XDG_RUNTIME_DIR/bus, then autolaunch, which
        // fails without $DISPLAY. The runtime dir is an empty one, not the fixture's.
        QTemporaryDir runtime;
        runInChild(u"keychainUnavailableChild"_s, { { u"XDG_RUNTIME_DIR"_s, runtime.path() } },
            { u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s });
    }

    void keychainOnBusWithoutSecretService()
    {
        if (inChild())
            QSKIP("runs only in its child (keychainUnavailableChild)");
        WHARF_REQUIRE_KEYRING(); // the fixture's second bus, where nobody owns
                                 // org.freedesktop.secrets
        runInChild(u"keychainUnavailableChild"_s,
            { { u"DBUS_SESSION_BUS_ADDRESS"_s, KeyringService::emptyBusAddress() } }, {});
    }

    // The child's side of the three above.
    void keychainUnavailableChild()
    {
        if (!inChild())
            QSKIP("runs in a child process started by the three keychain... tests above");
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        CredentialStore store(&accounts);
        QSignalSpy stateChanged(&store, &CredentialStore::keychainStateChanged);
        const QString secret = uniqueSecret();

        const Result<void> saved = awaitResult<void>([&](auto done) {
            store.login(RegistryCredential(u"h.example"_s, u"alice"_s, secret),
                CredentialStore::PersistMode::Keychain, done);
        });
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::KeychainUnavailable);
        QCOMPARE(saved.error().message(),
            u"No keychain is available: no Secret Service answers on the session bus. Wharf can "
            u"keep the "
            "password for this session only."_s);
        QVERIFY(!saved.error().toString().contains(secret));
        qInfo("keychain said: %s", qPrintable(saved.error().details()));
        QCOMPARE(store.keychainState(), CredentialStore::KeychainState::Unavailable);
        QCOMPARE(stateChanged.size(), 1);
        QVERIFY(!store.keychainProblem().isEmpty());
        QVERIFY(accounts.username(u"h.example"_s).isEmpty()); // nothing was kept

        const Result<void> checked = awaitResult<void>([&](auto done) { store.checkKeychain(done); });
        QCOMPARE(checked.error().code(), ErrorCode::KeychainUnavailable);

        // "Use for this session only" works.
        const Result<void> session = awaitResult<void>([&](auto done) {
            store.login(RegistryCredential(u"h.example"_s, u"alice"_s, secret),
                CredentialStore::PersistMode::SessionOnly, done);
        });
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().toString()));
        const Result<RegistryCredential> credential
            = awaitResult<RegistryCredential>([&](auto done) { store.credential(u"h.example"_s, done); });
        QVERIFY(credential);
        QCOMPARE(credential->secret, secret);
        QVERIFY(!accounts.savedInKeychain(u"h.example"_s));
        settings.sync();
        QVERIFY(filesContaining({ m_settingsDir->path() }, secret.toUtf8()).isEmpty());

        const Result<void> forgotten
            = awaitResult<void>([&](auto done) { store.forget(u"h.example"_s, done); });
        QVERIFY2(
            forgotten.ok(), qPrintable(forgotten.ok() ? QString() : forgotten.error().toString()));
        QCOMPARE(
            awaitResult<RegistryCredential>([&](auto done) { store.credential(u"h.example"_s, done); })
                .error()
                .code(),
            ErrorCode::NotFound);

        // A login the settings say is in the keychain cannot be read or forgotten now: say so.
        QVERIFY(accounts.setUsername(u"h.example"_s, u"alice"_s));
        QVERIFY(accounts.setSavedInKeychain(u"h.example"_s, true));
        QCOMPARE(
            awaitResult<RegistryCredential>([&](auto done) { store.credential(u"h.example"_s, done); })
                .error()
                .code(),
            ErrorCode::KeychainUnavailable);
        QCOMPARE(awaitResult<void>([&](auto done) { store.forget(u"h.example"_s, done); }).error().code(),
            ErrorCode::KeychainUnavailable);
        QCOMPARE(accounts.username(u"h.example"_s), u"alice"_s); // kept, so forget can be retried
    }

    void destroyedStoreNeverAnswers()
    {
        if (inChild())
            QSKIP("parent-only test");
        WHARF_REQUIRE_KEYRING();
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        bool called = false;
        auto *store = new CredentialStore(&accounts);
        store->login(RegistryCredential(u"gone.example"_s, u"u"_s, u"s"_s),
            CredentialStore::PersistMode::Keychain, [&](Result<void>) { called = true; });
        store->credential(u"docker.io"_s, [&](Result<RegistryCredential>) { called = true; });
        delete store;
        QTest::qWait(1000);
        QVERIFY(!called);
        // Clean the entry the orphaned write may have made.
        KeychainSecretStore keychain;
        QVERIFY(
            awaitResult<void>([&](auto done) { keychain.remove(u"gone.example"_s, u"u"_s, done); }).ok());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
