// SPDX-License-Identifier: Apache-2.0
// CredentialHelperClient with the REAL docker-credential-secretservice (Debian's
// golang-docker-credential-helpers) on the `keyring` fixture's gnome-keyring: store, list,
// get, erase, as Docker itself would use it; and CredentialImporter finding a login that a
// config.json with "credsStore": "secretservice" points at, then importing it into Wharf's
// own keychain entry.
#include "AwaitResult.h"
#include "KeyringFixtures.h"
#include "credentials/CredentialHelperClient.h"
#include "credentials/CredentialImporter.h"
#include "credentials/KeychainSecretStore.h"
#include "credentials/RegistryAccounts.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

class tst_CredentialHelperSecretService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_KEYRING();
        const QString helper = QStandardPaths::findExecutable(u"docker-credential-secretservice"_s);
        WHARF_REQUIRE_SERVICE(helper.isEmpty()
                ? u"docker-credential-secretservice is not installed (package "
                  "golang-docker-credential-helpers)."_s
                : QString());
    }

    void storeListGetErase()
    {
        CredentialHelperClient client(u"secretservice"_s, KeyringService::environment());
        const QString secret = uniqueSecret();
        const QString serverUrl = u"https://127.0.0.1:5000"_s;

        const Result<void> stored = awaitResult<void>([&](auto done) {
            client.store(
                serverUrl, RegistryCredential(u"127.0.0.1:5000"_s, u"alice"_s, secret), done);
        });
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));

        // The helper wrote it to the same keyring that secret-tool reads.
        QVERIFY(secretTool({ u"search"_s, u"--all"_s, u"server"_s, serverUrl })
                    .output.contains(secret));

        const Result<QMap<QString, QString>> listed
            = awaitResult<QMap<QString, QString>>([&](auto done) { client.list(done); });
        QVERIFY(listed);
        QCOMPARE(listed->value(serverUrl), u"alice"_s);

        Result<RegistryCredential> got
            = awaitResult<RegistryCredential>([&](auto done) { client.get(serverUrl, done); });
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
        QCOMPARE(got->registry, u"127.0.0.1:5000"_s);
        QCOMPARE(got->username, u"alice"_s);
        QCOMPARE(got->secret, secret);

        // The helper wants the server URL exactly as stored.
        got = awaitResult<RegistryCredential>([&](auto done) { client.get(u"127.0.0.1:5000"_s, done); });
        QVERIFY(!got);
        QCOMPARE(got.error().code(), ErrorCode::NotFound);

        const Result<void> erased = awaitResult<void>([&](auto done) { client.erase(serverUrl, done); });
        QVERIFY(erased.ok());
        got = awaitResult<RegistryCredential>([&](auto done) { client.get(serverUrl, done); });
        QVERIFY(!got);
        QCOMPARE(got.error().code(), ErrorCode::NotFound);
        QVERIFY(!got.error().toString().contains(secret));
        QVERIFY(!secretTool({ u"search"_s, u"--all"_s, u"server"_s, serverUrl })
                     .output.contains(secret));
    }

    void dockerHubKey()
    {
        CredentialHelperClient client(u"secretservice"_s, KeyringService::environment());
        const QString secret = uniqueSecret();
        QVERIFY(awaitResult<void>([&](auto done) {
            client.store(RegistryCredential(u"docker.io"_s, u"hubuser"_s, secret), done);
        }).ok());
        const auto listed = awaitResult<QMap<QString, QString>>([&](auto done) { client.list(done); });
        QCOMPARE(listed->value(u"https://index.docker.io/v1/"_s), u"hubuser"_s);
        const auto got = awaitResult<RegistryCredential>(
            [&](auto done) { client.get(u"https://index.docker.io/v1/"_s, done); });
        QCOMPARE(got->registry, u"docker.io"_s);
        QVERIFY(awaitResult<void>([&](auto done) {
            client.erase(u"https://index.docker.io/v1/"_s, done);
        }).ok());
    }

    void importFromCredsStore()
    {
        const QString secret = uniqueSecret(u"imported"_s);
        CredentialHelperClient helper(u"secretservice"_s, KeyringService::environment());
        QVERIFY(awaitResult<void>([&](auto done) {
            helper.store(u"registry.example.org"_s,
                RegistryCredential(u"registry.example.org"_s, u"frank"_s, secret), done);
        }).ok());

        // A user's Docker configuration that keeps its logins in the secretservice helper.
        QTemporaryDir home(QDir(qEnvironmentVariable("HOME")).filePath(u"import-XXXXXX"_s));
        QVERIFY(home.isValid());
        QVERIFY(QDir().mkpath(home.filePath(u".docker"_s)));
        QFile config(home.filePath(u".docker/config.json"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        const QByteArray configText
            = R"({"auths":{"registry.example.org":{}},"credsStore":"secretservice"})";
        config.write(configText);
        config.close();

        QProcessEnvironment environment = KeyringService::environment();
        environment.insert(u"HOME"_s, home.path());
        environment.remove(u"DOCKER_CONFIG"_s);
        environment.remove(u"REGISTRY_AUTH_FILE"_s);
        environment.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"run"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        CredentialImporter importer(environment);
        std::optional<CredentialImporter::Scan> scan;
        importer.scan([&](CredentialImporter::Scan result) { scan = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(scan.has_value(), 30000);
        QVERIFY2(scan->problems.isEmpty(),
            qPrintable(
                scan->problems.isEmpty() ? QString() : scan->problems.constFirst().toString()));
        std::optional<ImportableLogin> found;
        for (const ImportableLogin &login : scan->logins) {
            if (login.registry == u"registry.example.org"_s)
                found = login;
        }
        QVERIFY(found);
        QCOMPARE(found->source, ImportableLogin::Source::CredentialHelper);
        QCOMPARE(found->helper, u"secretservice"_s);
        QCOMPARE(found->username, u"frank"_s);

        QTemporaryDir settingsDir(
            QDir(qEnvironmentVariable("XDG_CONFIG_HOME")).filePath(u"import-settings-XXXXXX"_s));
        QSettings settings(settingsDir.filePath(u"wharf.ini"_s), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        CredentialStore store(&accounts);
        const Result<void> imported = awaitResult<void>([&](auto done) {
            importer.importInto(*found, &store, CredentialStore::PersistMode::Keychain, done);
        });
        QVERIFY2(
            imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        const auto credential = awaitResult<RegistryCredential>(
            [&](auto done) { store.credential(u"registry.example.org"_s, done); });
        QVERIFY(credential);
        QCOMPARE(credential->secret, secret);
        // Now under Wharf's own service too; Docker's file is untouched.
        QVERIFY(secretTool(
            { u"search"_s, u"--all"_s, u"server"_s, KeychainSecretStore::ServiceName.toString(),
                u"user"_s, u"registry.example.org/frank"_s })
                    .output.contains(secret));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QCOMPARE(config.readAll(), configText);

        QVERIFY(
            awaitResult<void>([&](auto done) { store.forget(u"registry.example.org"_s, done); }).ok());
        QVERIFY(
            awaitResult<void>([&](auto done) { helper.erase(u"registry.example.org"_s, done); }).ok());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialHelperSecretService)
#include "tst_credentialhelpersecretservice.moc"
