// SPDX-License-Identifier: Apache-2.0
// `wharf registry ...` through the real binary, against the fixture's registries and keyring.
#include "WharfProcess.h"

#include "AwaitResult.h"
#include "KeyringFixtures.h"
#include "TestServices.h"
#include "credentials/CredentialHelperClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::Test::KeyringService;
using Wharf::Test::TestServices;

namespace {

using Run = Wharf::Test::WharfProcess::Outcome;

} // namespace

class tst_CliRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // The binary with a private HOME (its settings land there) and the keyring's bus; `extra`
    // adds variables (DOCKER_CONFIG, REGISTRY_AUTH_FILE).
    Run wharf(const QStringList &arguments, const QByteArray &input = {}, const QString &bus = {},
              const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = Wharf::Test::WharfProcess::isolatedEnvironment(m_home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, KeyringService::directory() + u"/run"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, bus.isEmpty() ? KeyringService::busAddress() : bus);
        env.insert(extra);
        Wharf::Test::WharfProcess wharf(env);
        wharf.setInput(input);
        wharf.setTimeout(90000);
        return wharf.run(arguments);
    }

    QStringList homeFilesWith(const QByteArray &needle) const
    {
        return Wharf::Test::filesContaining({m_home.path()}, needle);
    }

    static bool keychainHas(const QString &registry)
    {
        const Wharf::Test::SecretToolOutput found
            = Wharf::Test::secretTool({u"search"_s, u"--all"_s, u"server"_s, u"Wharf registry logins"_s});
        return found.ran && found.output.contains(registry);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariable("WHARF_BINARY").isEmpty(), "WHARF_BINARY names the wharf executable");
    }

    void cleanupTestCase()
    {
        // Leave nothing in the shared keyring, whatever failed.
        if (!TestServices::basicRegistryAddress().isEmpty())
            wharf({u"registry"_s, u"logout"_s, TestServices::basicRegistryAddress()});
    }

    void usageErrors()
    {
        QCOMPARE(wharf({u"registry"_s}).exitCode, 2);
        QCOMPARE(wharf({u"registry"_s, u"frobnicate"_s}).exitCode, 2);
        const Run help = wharf({u"registry"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--password-stdin"));
        // A password as an argument is refused, and says what to do instead.
        const Run password = wharf({u"registry"_s, u"login"_s, u"localhost:5000"_s, u"--username"_s, u"u"_s,
                                    u"--password"_s, u"p"_s});
        QCOMPARE(password.exitCode, 2);
        QVERIFY2(password.err.contains("--password-stdin"), password.err.constData());
        // No terminal to prompt on, and no --password-stdin.
        const Run noTerminal
            = wharf({u"registry"_s, u"login"_s, u"localhost:5000"_s, u"--username"_s, u"u"_s}, QByteArray(""));
        QCOMPARE(noTerminal.exitCode, 2);
        QVERIFY2(noTerminal.err.contains("--password-stdin"), noTerminal.err.constData());
        QCOMPARE(wharf({u"registry"_s, u"tags"_s, u"Not A Name"_s}).exitCode, 2);
        QCOMPARE(wharf({u"registry"_s, u"tags"_s, u"localhost:5000/x:1"_s}).exitCode, 2);
        QCOMPARE(wharf({u"registry"_s, u"repos"_s}).exitCode, 2);
    }

    void wrongPasswordSavesNothing()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        WHARF_REQUIRE_KEYRING();
        const QString registry = TestServices::basicRegistryAddress();
        const QByteArray wrong = Wharf::Test::uniqueSecret().toUtf8();
        const Run run = wharf({u"registry"_s, u"login"_s, registry, u"--username"_s, TestServices::registryUser(),
                               u"--password-stdin"_s},
                              wrong + "\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Nothing was saved"), run.err.constData());
        QVERIFY2(!run.err.contains(wrong), "the password is never printed");
        QVERIFY(!keychainHas(registry));
        QVERIFY(homeFilesWith(wrong).isEmpty());
        const Run list = wharf({u"registry"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        for (const QJsonValue &account : QJsonDocument::fromJson(list.out).array())
            QVERIFY(account.toObject().value(u"registry"_s).toString() != registry);
    }

    void noKeychainSaysSo()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        WHARF_REQUIRE_KEYRING();
        const QString registry = TestServices::basicRegistryAddress();
        const Run run = wharf({u"registry"_s, u"login"_s, registry, u"--username"_s, TestServices::registryUser(),
                               u"--password-stdin"_s},
                              TestServices::registryPassword().toUtf8(), KeyringService::emptyBusAddress());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("keychain"), run.err.constData());
        QVERIFY2(run.err.contains("Nothing was saved"), run.err.constData());
        QVERIFY(homeFilesWith(TestServices::registryPassword().toUtf8()).isEmpty());
    }

    void loginListLogout()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        WHARF_REQUIRE_KEYRING();
        const QString registry = TestServices::basicRegistryAddress();
        const QByteArray password = TestServices::registryPassword().toUtf8();
        const Run login = wharf({u"registry"_s, u"login"_s, registry, u"--username"_s, TestServices::registryUser(),
                                 u"--password-stdin"_s},
                                password + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(!login.out.contains(password) && !login.err.contains(password));

        // In the keychain, and in no file of the private HOME (settings, caches).
        QVERIFY(keychainHas(registry));
        QVERIFY(QFileInfo::exists(m_home.path() + u"/.config"_s));
        QCOMPARE(homeFilesWith(password), QStringList());

        const Run list = wharf({u"registry"_s, u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY(!list.out.contains(password));
        bool found = false;
        for (const QJsonValue &value : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject account = value.toObject();
            if (account.value(u"registry"_s).toString() != registry)
                continue;
            found = true;
            QCOMPARE(account.value(u"username"_s).toString(), TestServices::registryUser());
            QCOMPARE(account.value(u"secretInKeychain"_s).toBool(), true);
        }
        QVERIFY2(found, list.out.constData());
        const Run text = wharf({u"registry"_s, u"list"_s});
        QVERIFY(text.out.contains(registry.toUtf8()));

        // The saved login is used: the Basic registry's private repository answers.
        const Run tags = wharf({u"registry"_s, u"tags"_s, registry + u"/private/busybox"_s});
        QVERIFY2(tags.exitCode == 0, tags.err.constData());
        QVERIFY2(tags.out.split('\n').contains("1"), tags.out.constData());

        const Run logout = wharf({u"registry"_s, u"logout"_s, registry});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QVERIFY(!keychainHas(registry));
        const Run after = wharf({u"registry"_s, u"tags"_s, registry + u"/private/busybox"_s});
        QCOMPARE(after.exitCode, 1);
        QVERIFY(!after.err.isEmpty());
    }

    void reposPaginated()
    {
        WHARF_REQUIRE_REGISTRY();
        const QString registry = TestServices::registryAddress();
        const Run run = wharf({u"registry"_s, u"repos"_s, registry, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(u"catalog"_s).toString(), u"open"_s);
        const QJsonArray names = result.value(u"repositories"_s).toArray();
        QVERIFY2(names.size() >= TestServices::ManyRepositories, QByteArray::number(names.size()).constData());
        QVERIFY(names.contains(TestServices::manyRepository(1199)));
        QVERIFY(names.contains(TestServices::ManyTagsRepository));

        const Run text = wharf({u"registry"_s, u"repos"_s, registry});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.count('\n') >= TestServices::ManyRepositories);
    }

    void reposClosedCatalog()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        // Anonymous on the Basic registry: the catalog answers 401, and the command says so.
        const Run run = wharf({u"registry"_s, u"repos"_s, TestServices::basicRegistryAddress()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("does not list its repositories"), run.err.constData());
    }

    void tagsOfOneAndMany()
    {
        WHARF_REQUIRE_REGISTRY();
        const QString registry = TestServices::registryAddress();
        const Run run = wharf({u"registry"_s, u"tags"_s, registry + u'/' + TestServices::ManyTagsRepository});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), TestServices::ManyTags);
        // TagOrder: natural order for these ("t-000" .. "t-399").
        QCOMPARE(lines.first(), TestServices::manyTag(0).toUtf8());
        QCOMPARE(lines.last(), TestServices::manyTag(399).toUtf8());

        QStringList arguments{u"registry"_s, u"tags"_s, u"--json"_s};
        for (int i = 0; i < 40; ++i)
            arguments.append(registry + u'/' + TestServices::manyRepository(i));
        arguments.append(registry + u"/no/such-repository"_s);
        const Run many = wharf(arguments);
        QCOMPARE(many.exitCode, 1); // one repository does not exist
        QVERIFY2(many.err.contains("no/such-repository"), many.err.constData());
        const QJsonArray results = QJsonDocument::fromJson(many.out).array();
        QCOMPARE(results.size(), 41);
        for (int i = 0; i < 40; ++i) {
            const QJsonObject result = results.at(i).toObject();
            QCOMPARE(result.value(u"repository"_s).toString(), registry + u'/' + TestServices::manyRepository(i));
            QCOMPARE(result.value(u"tags"_s).toArray(), QJsonArray{u"1"_s});
        }
        QVERIFY(results.at(40).toObject().contains(u"error"_s));
    }

    void inspectMultiPlatform()
    {
        WHARF_REQUIRE_REGISTRY();
        const QString registry = TestServices::registryAddress();
        const QString index = registry + u'/' + TestServices::MultiPlatformIndex;
        const Run text = wharf({u"registry"_s, u"inspect"_s, index});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("linux/amd64"), text.out.constData());
        QVERIFY2(text.out.contains("linux/arm64/v8"), text.out.constData());
        QVERIFY(text.out.contains("sha256:"));

        const Run json = wharf({u"registry"_s, u"inspect"_s, u"--json"_s, index,
                                registry + u'/' + TestServices::MultiPlatformManifestList,
                                registry + u"/tags/many:t-007"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray results = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(results.size(), 3);
        const QJsonObject first = results.at(0).toObject();
        const QString expectedDigest = TestServices::registrySeed()
                                           .value(u"registry"_s)
                                           .toObject()
                                           .value(TestServices::MultiPlatformIndex)
                                           .toObject()
                                           .value(u"digest"_s)
                                           .toString();
        if (!expectedDigest.isEmpty())
            QCOMPARE(first.value(u"digest"_s).toString(), expectedDigest);
        QVERIFY(first.value(u"isIndex"_s).toBool());
        QStringList platforms;
        for (const QJsonValue &platform : first.value(u"platforms"_s).toArray())
            platforms.append(platform.toObject().value(u"platform"_s).toString());
        QVERIFY2(platforms.contains(u"linux/amd64"_s), qPrintable(platforms.join(u' ')));
        QVERIFY(platforms.contains(u"linux/arm64/v8"_s));
        QVERIFY(first.value(u"compressedSize"_s).toInteger() > 0);

        const QJsonObject tagged = results.at(2).toObject();
        QCOMPARE(tagged.value(u"labels"_s).toObject().value(u"org.opencontainers.image.version"_s).toString(),
                 u"t-007"_s);
        QVERIFY(tagged.value(u"created"_s).toString().startsWith(u"2023-01-08"_s));
    }

    void importAndShareUsageErrors()
    {
        // --session cannot outlive the command: refused, with the reason.
        const Run session = wharf({u"registry"_s, u"import"_s, u"--session"_s});
        QCOMPARE(session.exitCode, 2);
        QVERIFY2(session.err.contains("--session"), session.err.constData());
        QCOMPARE(wharf({u"registry"_s, u"import"_s, u"--json"_s}).exitCode, 2); // --json needs --list
        QCOMPARE(wharf({u"registry"_s, u"import"_s, u"Not A Name"_s}).exitCode, 2);
        QCOMPARE(wharf({u"registry"_s, u"import"_s, u"--yes"_s}).exitCode, 2);
        QCOMPARE(wharf({u"registry"_s, u"share"_s}).exitCode, 2);
        QCOMPARE(wharf({u"registry"_s, u"share"_s, u"localhost:5000"_s, u"--to"_s, u"rkt"_s}).exitCode, 2);
        QCOMPARE(wharf({u"registry"_s, u"share"_s, u"localhost:5000"_s, u"--list"_s}).exitCode, 2);
        const Run password = wharf({u"registry"_s, u"share"_s, u"localhost:5000"_s, u"--password"_s, u"x"_s});
        QCOMPARE(password.exitCode, 2);
        const Run help = wharf({u"registry"_s, u"--help"_s});
        QVERIFY(help.out.contains("import --list"));
        QVERIFY(help.out.contains("share HOST"));
    }

    void importFromDockerConfig()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        WHARF_REQUIRE_KEYRING();
        const QString registry = TestServices::basicRegistryAddress();
        const QByteArray user = TestServices::registryUser().toUtf8();
        const QByteArray password = TestServices::registryPassword().toUtf8();

        // Docker's and Podman's files outside the private HOME's .config and .cache: the
        // clear password Docker wrote must not be what the grep below finds.
        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QString config = files.filePath(u"docker/config.json"_s);
        QVERIFY(QDir().mkpath(files.filePath(u"docker"_s)));
        const QByteArray configText = "{\"auths\":{\"" + registry.toUtf8() + "\":{\"auth\":\""
                                      + QByteArray(user + ':' + password).toBase64()
                                      + "\"}},\"psFormat\":\"table {{.ID}}\"}";
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(configText);
        }
        // Podman has another login for the same registry: Docker's comes first and wins.
        const QString podmanFile = files.filePath(u"podman-auth.json"_s);
        {
            QFile file(podmanFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"auths\":{\"" + registry.toUtf8() + "\":{\"auth\":\""
                       + QByteArray("someone-else:not-this-one").toBase64() + "\"}}}");
        }
        QProcessEnvironment extra;
        extra.insert(u"DOCKER_CONFIG"_s, files.filePath(u"docker"_s));
        extra.insert(u"REGISTRY_AUTH_FILE"_s, podmanFile);

        const Run listed = wharf({u"registry"_s, u"import"_s, u"--list"_s}, {}, {}, extra);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains(registry.toUtf8()) && listed.out.contains(user), listed.out.constData());
        QVERIFY(listed.out.contains(config.toUtf8()));
        QVERIFY(!listed.out.contains(password) && !listed.err.contains(password));
        QVERIFY(!listed.out.contains("not-this-one"));
        const Run json = wharf({u"registry"_s, u"import"_s, u"--list"_s, u"--json"_s, registry}, {}, {}, extra);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray logins = QJsonDocument::fromJson(json.out).object().value(u"logins"_s).toArray();
        QCOMPARE(logins.size(), 2);
        QCOMPARE(logins.at(0).toObject().value(u"source"_s).toString(), u"docker-config"_s);
        QCOMPARE(logins.at(0).toObject().value(u"file"_s).toString(), config);
        QCOMPARE(logins.at(0).toObject().value(u"username"_s).toString(), QString::fromUtf8(user));
        QCOMPARE(logins.at(1).toObject().value(u"source"_s).toString(), u"podman-auth-file"_s);
        QVERIFY(!json.out.contains(password));

        const Run imported = wharf({u"registry"_s, u"import"_s, registry}, {}, {}, extra);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("imported"), imported.out.constData());
        QVERIFY2(imported.out.contains("Also found in"), imported.out.constData());
        QVERIFY(!imported.out.contains(password) && !imported.err.contains(password));

        // In Wharf's list, with its secret in the keychain...
        const Run list = wharf({u"registry"_s, u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        bool found = false;
        for (const QJsonValue &value : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject account = value.toObject();
            if (account.value(u"registry"_s).toString() != registry)
                continue;
            found = true;
            QCOMPARE(account.value(u"username"_s).toString(), QString::fromUtf8(user));
            QCOMPARE(account.value(u"secretInKeychain"_s).toBool(), true);
        }
        QVERIFY2(found, list.out.constData());
        const Wharf::Test::SecretToolOutput secret
            = Wharf::Test::secretTool({u"search"_s, u"--all"_s, u"server"_s, u"Wharf registry logins"_s});
        QVERIFY(secret.ran);
        QVERIFY(secret.output.contains(QString::fromUtf8(password)));
        // ...and in no file of Wharf's settings or caches.
        QCOMPARE(Wharf::Test::filesContaining({m_home.path() + u"/.config"_s, m_home.path() + u"/.cache"_s},
                                              password),
                 QStringList());
        // Docker's file is not touched.
        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), configText);
        // The imported login works.
        const Run tags = wharf({u"registry"_s, u"tags"_s, registry + u"/private/busybox"_s});
        QVERIFY2(tags.exitCode == 0, tags.err.constData());

        // A registry nobody has a login for: said, exit 1.
        const Run missing = wharf({u"registry"_s, u"import"_s, u"nologin.example:5000"_s}, {}, {}, extra);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("nologin.example:5000"), missing.err.constData());

        QCOMPARE(wharf({u"registry"_s, u"logout"_s, registry}).exitCode, 0);
    }

    void shareWithPodman()
    {
        WHARF_REQUIRE_BASIC_REGISTRY();
        WHARF_REQUIRE_KEYRING();
        if (QStandardPaths::findExecutable(u"docker-credential-secretservice"_s).isEmpty())
            WHARF_REQUIRE_SERVICE(u"docker-credential-secretservice is not installed (package "
                                  "golang-docker-credential-helpers)."_s);
        const QString registry = TestServices::basicRegistryAddress();
        const QByteArray password = TestServices::registryPassword().toUtf8();
        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QString authFile = files.filePath(u"auth.json"_s);
        QProcessEnvironment extra;
        extra.insert(u"REGISTRY_AUTH_FILE"_s, authFile);
        extra.insert(u"DOCKER_CONFIG"_s, files.filePath(u"docker"_s));

        // Without a Wharf login there is nothing to share.
        const Run none = wharf({u"registry"_s, u"share"_s, registry, u"--to"_s, u"podman"_s}, {}, {}, extra);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("wharf registry login"), none.err.constData());

        const Run login = wharf({u"registry"_s, u"login"_s, registry, u"--username"_s, TestServices::registryUser(),
                                 u"--password-stdin"_s},
                                password + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());

        // Without --yes: the plan, nothing written.
        const Run plan = wharf({u"registry"_s, u"share"_s, registry, u"--to"_s, u"podman"_s}, {}, {}, extra);
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        QVERIFY2(plan.out.contains("docker-credential-secretservice"), plan.out.constData());
        QVERIFY2(plan.out.contains("--yes"), plan.out.constData());
        QVERIFY(!QFileInfo::exists(authFile));

        const Run shared
            = wharf({u"registry"_s, u"share"_s, registry, u"--to"_s, u"podman"_s, u"--yes"_s}, {}, {}, extra);
        QVERIFY2(shared.exitCode == 0, shared.err.constData());
        QVERIFY(!shared.out.contains(password) && !shared.err.contains(password));
        QFile file(authFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains(password), text.constData());
        QCOMPARE(QJsonDocument::fromJson(text).object().value(u"credHelpers"_s).toObject(),
                 (QJsonObject{{registry, u"secretservice"_s}}));
        QVERIFY(!QFileInfo::exists(files.filePath(u"docker/config.json"_s))); // --to podman only

        // The helper holds it under the name Podman asks for.
        Wharf::CredentialHelperClient helper(u"secretservice"_s, KeyringService::environment());
        const Wharf::Result<Wharf::RegistryCredential> got = Wharf::Test::awaitResult<Wharf::RegistryCredential>(
            [&](auto done) { helper.get(registry, done); });
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
        QCOMPARE(got->username, TestServices::registryUser());
        QCOMPARE(got->secret, TestServices::registryPassword());

        // Podman itself (containers/image) finds the login through the file. --get-login asks
        // the helper without pulling: nothing is written outside the private directories.
        const QString podman = QStandardPaths::findExecutable(u"podman"_s);
        if (!podman.isEmpty()) {
            QTemporaryDir storage(u"/tmp/wharf-podman-XXXXXX"_s); // podman wants a short run root
            QVERIFY(storage.isValid());
            QProcess process;
            QProcessEnvironment env = KeyringService::environment();
            env.insert(u"REGISTRY_AUTH_FILE"_s, authFile);
            process.setProcessEnvironment(env);
            process.start(podman, {u"--root"_s, storage.filePath(u"root"_s), u"--runroot"_s,
                                   storage.filePath(u"run"_s), u"login"_s, u"--get-login"_s, registry});
            QVERIFY(process.waitForFinished(60000));
            const QByteArray output = process.readAllStandardOutput();
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            QCOMPARE(output.trimmed(), TestServices::registryUser().toUtf8());
        }

        (void)Wharf::Test::awaitResult<void>([&](auto done) { helper.erase(registry, done); });
        QCOMPARE(wharf({u"registry"_s, u"logout"_s, registry}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliRegistry)
#include "tst_cliregistry.moc"
