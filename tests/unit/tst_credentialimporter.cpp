// SPDX-License-Identifier: Apache-2.0
// Finding logins Docker and Podman already have (config.json auths, credsStore,
// credHelpers, Podman's auth.json files), reading their secrets on demand, importing them
// into a CredentialStore, and never touching the files. Helpers are fakes here; the real
// docker-credential-secretservice is in tests/integration/tst_credentialhelpersecretservice.
#include "CredentialFixtures.h"
#include "CredentialHelperFixtures.h"
#include "credentials/CredentialImporter.h"
#include "credentials/RegistryAccounts.h"
#include "credentials/SessionSecretStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

QString describe(const ImportableLogin &login)
{
    return u"%1 %2 %3"_s.arg(int(login.source)).arg(login.registry, login.username);
}

} // namespace

class tst_CredentialImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_dockerConfig;
    QString m_podmanRuntime;
    QString m_podmanConfig;

    CredentialImporter::Scan scan(CredentialImporter &importer)
    {
        std::optional<CredentialImporter::Scan> result;
        importer.scan([&](CredentialImporter::Scan scan) { result = std::move(scan); });
        if (result)
            qFatal("scan answered synchronously");
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            qFatal("scan did not answer");
        return *result;
    }

    Result<RegistryCredential> fetch(CredentialImporter &importer, const ImportableLogin &login)
    {
        std::optional<Result<RegistryCredential>> result;
        importer.fetch(login, [&](Result<RegistryCredential> found) { result = std::move(found); });
        if (result)
            qFatal("fetch answered synchronously");
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Error(ErrorCode::Timeout, u"test: no answer"_s);
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString helpersA = m_dir.filePath(u"helpers-a"_s);
        const QString helpersB = m_dir.filePath(u"helpers-b"_s);
        QVERIFY(QDir().mkpath(helpersA) && QDir().mkpath(helpersB));
        QVERIFY(writeHelperScript(helpersA, u"fake"_s, fileStoreHelperBody()));
        QVERIFY(writeHelperScript(helpersB, u"fake2"_s, fileStoreHelperBody()));
        QVERIFY(CredentialFixtures::storeInFakeHelper(helpersA, u"https://127.0.0.1:5000"_s, u"alice"_s, u"pw-a"_s));
        QVERIFY(
            CredentialFixtures::storeInFakeHelper(helpersB, u"gitlab-registry.cern.ch"_s, u"glu"_s, u"glpat-xyz"_s));
        // fake2 is only assigned gitlab-registry.cern.ch: its other logins are not offered.
        QVERIFY(CredentialFixtures::storeInFakeHelper(helpersB, u"other.example"_s, u"o"_s, u"o-pw"_s));

        const QString home = m_dir.filePath(u"home"_s);
        m_environment = helperEnvironment(helpersA);
        m_environment.insert(u"PATH"_s, helpersA + u':' + helpersB + u":/usr/bin:/bin"_s);
        m_environment.insert(u"HOME"_s, home);
        m_environment.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"run"_s));

        m_dockerConfig = home + u"/.docker/config.json"_s;
        QVERIFY(CredentialFixtures::writeFile(m_dockerConfig,
            "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\""
                + QByteArray("hubuser:hubpw").toBase64()
                + "\"},\"registry.example.org\":{},\"bad.example\":{\"auth\":\"@@\"}},"
                  "\"credsStore\":\"fake\","
                  "\"credHelpers\":{\"gitlab-registry.cern.ch\":\"fake2\",\"quay.io\":"
                  "\"missinghelper\"},"
                  "\"psFormat\":\"table\"}"));
        m_podmanRuntime = m_dir.filePath(u"run/containers/auth.json"_s);
        QVERIFY(CredentialFixtures::writeFile(m_podmanRuntime,
            "{\"auths\":{\"registry.cern.ch\":{\"auth\":\"" + QByteArray("podu:podpw").toBase64()
                + "\"}}}"));
        m_podmanConfig = home + u"/.config/containers/auth.json"_s;
        QVERIFY(CredentialFixtures::writeFile(m_podmanConfig, "{ this is not json"));
    }

    void scanFindsEverySource()
    {
        CredentialImporter importer(m_environment);
        const CredentialImporter::Scan result = scan(importer);
        QStringList found;
        for (const ImportableLogin &login : result.logins)
            found.append(describe(login));
        const int docker = int(ImportableLogin::Source::DockerConfig);
        const int helper = int(ImportableLogin::Source::CredentialHelper);
        const int podman = int(ImportableLogin::Source::PodmanAuthFile);
        QCOMPARE(found,
            (QStringList {
                u"%1 docker.io hubuser"_s.arg(docker),
                u"%1 127.0.0.1:5000 alice"_s.arg(helper),
                u"%1 gitlab-registry.cern.ch glu"_s.arg(helper),
                u"%1 registry.cern.ch podu"_s.arg(podman),
            }));
        QCOMPARE(result.logins.at(0).serverUrl, u"https://index.docker.io/v1/"_s);
        QCOMPARE(result.logins.at(0).location, m_dockerConfig);
        QCOMPARE(result.logins.at(1).helper, u"fake"_s);
        QCOMPARE(result.logins.at(1).serverUrl, u"https://127.0.0.1:5000"_s);
        QCOMPARE(result.logins.at(2).helper, u"fake2"_s);
        QCOMPARE(result.logins.at(3).location, m_podmanRuntime);

        // The bad auths entry, the missing helper and the garbage podman file, each said.
        QList<ErrorCode> codes;
        for (const Error &problem : result.problems)
            codes.append(problem.code());
        QCOMPARE(result.problems.size(), 3);
        QVERIFY(codes.contains(ErrorCode::CredentialsError));
        QVERIFY(codes.contains(ErrorCode::ProgramNotFound));
        QVERIFY(codes.contains(ErrorCode::ParseError));
        for (const Error &problem : result.problems) {
            QVERIFY2(!problem.toString().contains(u"pw"_s), qPrintable(problem.toString()));
        }
    }

    void fetchReadsEachSecret()
    {
        CredentialImporter importer(m_environment);
        const CredentialImporter::Scan result = scan(importer);
        QCOMPARE(result.logins.size(), 4);
        const QStringList secrets { u"hubpw"_s, u"pw-a"_s, u"glpat-xyz"_s, u"podpw"_s };
        for (int i = 0; i < result.logins.size(); ++i) {
            const Result<RegistryCredential> credential = fetch(importer, result.logins.at(i));
            QVERIFY2(
                credential, qPrintable(credential ? QString() : credential.error().toString()));
            QCOMPARE(credential->secret, secrets.at(i));
            QCOMPARE(credential->registry, result.logins.at(i).registry);
            QCOMPARE(credential->username, result.logins.at(i).username);
        }
        ImportableLogin gone = result.logins.at(0);
        gone.serverUrl = u"gone.example"_s;
        gone.registry = u"gone.example"_s;
        QCOMPARE(fetch(importer, gone).error().code(), ErrorCode::NotFound);
    }

    void importIntoStoreNeverRewritesFiles()
    {
        const QStringList files { m_dockerConfig, m_podmanRuntime, m_podmanConfig };
        QList<QByteArray> before;
        QList<QDateTime> modified;
        for (const QString &file : files) {
            before.append(CredentialFixtures::readFile(file));
            modified.append(QFileInfo(file).lastModified());
        }

        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(u"wharf.ini"_s), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        SessionSecretStore keychainStandIn;
        SessionSecretStore session;
        CredentialStore store(&accounts, &keychainStandIn, &session);
        CredentialImporter importer(m_environment);
        const CredentialImporter::Scan result = scan(importer);
        for (const ImportableLogin &login : result.logins) {
            std::optional<Result<void>> imported;
            importer.importInto(login, &store, CredentialStore::PersistMode::Keychain,
                [&](Result<void> r) { imported = r; });
            QTRY_VERIFY_WITH_TIMEOUT(imported.has_value(), 30000);
            QVERIFY2(imported->ok(),
                qPrintable(imported->ok() ? QString() : imported->error().toString()));
        }
        QCOMPARE(keychainStandIn.size(), 4);
        QCOMPARE(session.size(), 0);
        std::optional<Result<RegistryCredential>> credential;
        store.credential(
            u"gitlab-registry.cern.ch"_s, [&](Result<RegistryCredential> r) { credential = r; });
        QTRY_VERIFY(credential.has_value());
        QCOMPARE(credential->value().username, u"glu"_s);
        QCOMPARE(credential->value().secret, u"glpat-xyz"_s);
        QVERIFY(accounts.contains(u"127.0.0.1:5000"_s));
        QVERIFY(accounts.savedInKeychain(u"127.0.0.1:5000"_s));

        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(CredentialFixtures::readFile(files.at(i)), before.at(i));
            QCOMPARE(QFileInfo(files.at(i)).lastModified(), modified.at(i));
        }
    }

    void nothingToFind()
    {
        QTemporaryDir empty;
        QProcessEnvironment environment;
        environment.insert(u"HOME"_s, empty.path());
        environment.insert(u"PATH"_s, empty.path());
        CredentialImporter importer(environment);
        const CredentialImporter::Scan result = scan(importer);
        QVERIFY(result.logins.isEmpty());
        QVERIFY(result.problems.isEmpty());
    }

    void destroyedImporterNeverAnswers()
    {
        bool called = false;
        auto *importer = new CredentialImporter(m_environment);
        importer->scan([&](CredentialImporter::Scan) { called = true; });
        delete importer;
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialImporter)
#include "tst_credentialimporter.moc"
