// SPDX-License-Identifier: Apache-2.0
// Sharing a Wharf login with Docker or Podman: which file and which helper the plan names,
// why it refuses (no helper installed, a hostile or unreadable file), and what share() writes
// (the credHelpers entry, the login through the helper, no clear secret left; unknown keys
// and permissions kept). Helpers are fakes here (CredentialHelperFixtures.h); the real
// docker-credential-secretservice is in tests/integration/tst_credentialexportersecretservice.
#include "AwaitResult.h"
#include "CredentialHelperFixtures.h"
#include "credentials/CredentialExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

using Target = CredentialExporter::Target;

bool writeFile(const QString &path, const QByteArray &content,
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        return false;
    file.close();
    return QFile::setPermissions(path, permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

QByteArray basicAuth(const QByteArray &user, const QByteArray &password)
{
    return QByteArray(user + ':' + password).toBase64();
}

QString storeKey(const QString &serverUrl)
{
    QString key = serverUrl;
    for (QChar &c : key) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-'))
            c = u'_';
    }
    return key;
}

// What the fake helper holds for a server URL: "user\nsecret\nurl\n", or empty.
QByteArray fakeStore(const QString &helperDir, const QString &serverUrl)
{
    return readFile(helperDir + u"/store/"_s + storeKey(serverUrl));
}

constexpr QFileDevice::Permissions Private = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions WorldReadable
    = Private | QFileDevice::ReadGroup | QFileDevice::ReadOther;

QFileDevice::Permissions unixPermissions(const QString &path)
{
    // Qt reports the owner bits twice (Owner and User); compare the Owner/Group/Other ones.
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

class tst_CredentialExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_helpers; // the fake "secretservice" and "fake" helpers
    QString m_home;
    QProcessEnvironment m_environment;

    QString dockerConfig() const { return m_home + u"/.docker/config.json"_s; }
    QString podmanConfig() const { return m_home + u"/.config/containers/auth.json"_s; }
    QString podmanRuntime() const { return m_dir->filePath(u"run/containers/auth.json"_s); }

    Result<void> share(CredentialExporter &exporter, const CredentialExporter::Plan &plan,
        const RegistryCredential &credential)
    {
        return awaitResult<void>([&](auto done) { exporter.share(plan, credential, done); }, 30000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_helpers = m_dir->filePath(u"helpers"_s);
        m_home = m_dir->filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_helpers) && QDir().mkpath(m_home));
        QVERIFY(QDir().mkpath(m_dir->filePath(u"run"_s)));
        // The fake stands in for the desktop keychain's helper: first on the PATH.
        QVERIFY(writeHelperScript(m_helpers, u"secretservice"_s, fileStoreHelperBody()));
        QVERIFY(writeHelperScript(m_helpers, u"fake"_s, fileStoreHelperBody()));
        m_environment = helperEnvironment(m_helpers);
        m_environment.insert(u"HOME"_s, m_home);
        m_environment.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"run"_s));
    }

    void cleanup() { m_dir.reset(); }

    void targetNames()
    {
        QCOMPARE(CredentialExporter::targetName(Target::Docker), u"Docker"_s);
        QCOMPARE(CredentialExporter::targetName(Target::Podman), u"Podman"_s);
    }

    void plans_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QByteArray>("docker"); // ~/.docker/config.json; null: no file
        QTest::addColumn<QByteArray>("podman"); // ~/.config/containers/auth.json
        QTest::addColumn<QString>("registry");
        QTest::addColumn<int>("code"); // ErrorCode::None: a plan
        QTest::addColumn<QString>("helper");
        QTest::addColumn<bool>("addsEntry");
        QTest::addColumn<bool>("replacesClear");
        QTest::addColumn<QString>("says"); // in the description or the error message

        const int docker = int(Target::Docker);
        const int podman = int(Target::Podman);
        const int ok = int(ErrorCode::None);
        const QByteArray none;
        const QByteArray clear = "{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\""
            + basicAuth("alice", "s3cret") + "\"}}}";

        QTest::newRow("docker, no file") << docker << none << none << u"127.0.0.1:5000"_s << ok
                                         << u"secretservice"_s << true << false
                                         << u"~/.docker/config.json will send logins for "
                                            "127.0.0.1:5000 to docker-credential-secretservice, "
                                            "which keeps them in the system keychain."_s;
        QTest::newRow("docker, registry typed as URL")
            << docker << none << none << u"https://127.0.0.1:5000/v2/"_s << ok << u"secretservice"_s
            << true << false << u"127.0.0.1:5000"_s;
        QTest::newRow("docker, clear login")
            << docker << clear << none << u"127.0.0.1:5000"_s << ok << u"secretservice"_s << true
            << true << u"holds in clear for 127.0.0.1:5000 will be removed"_s;
        QTest::newRow("docker, empty auths entry is no clear login")
            << docker << QByteArray("{\"auths\":{\"127.0.0.1:5000\":{}}}") << none
            << u"127.0.0.1:5000"_s << ok << u"secretservice"_s << true << false << QString();
        QTest::newRow("docker, unreadable auth may still be a secret")
            << docker << QByteArray("{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\"@@\"}}}") << none
            << u"127.0.0.1:5000"_s << ok << u"secretservice"_s << true << true << QString();
        QTest::newRow("docker, clear login of another registry")
            << docker << clear << none << u"other.example"_s << ok << u"secretservice"_s << true
            << false << QString();
        QTest::newRow("docker, credsStore")
            << docker << QByteArray("{\"credsStore\":\"fake\"}") << none << u"127.0.0.1:5000"_s
            << ok << u"fake"_s << false << false
            << u"already sends logins for 127.0.0.1:5000 to docker-credential-fake"_s;
        QTest::newRow("docker, credHelpers wins over credsStore")
            << docker
            << QByteArray("{\"credsStore\":\"missing\",\"credHelpers\":{\"127.0.0.1:5000\":"
                          "\"fake\"}}")
            << none << u"127.0.0.1:5000"_s << ok << u"fake"_s << false << false << QString();
        QTest::newRow("docker, Docker Hub's key")
            << docker << QByteArray("{\"credHelpers\":{\"https://index.docker.io/v1/\":\"fake\"}}")
            << none << u"docker.io"_s << ok << u"fake"_s << false << false << QString();
        // Docker looks credHelpers up by "https://index.docker.io/v1/": "docker.io" is not used.
        QTest::newRow("docker, Docker Hub under a key Docker does not read")
            << docker << QByteArray("{\"credHelpers\":{\"docker.io\":\"fake\"}}") << none
            << u"index.docker.io"_s << ok << u"secretservice"_s << true << false << QString();
        QTest::newRow("docker, helper not installed")
            << docker << QByteArray("{\"credHelpers\":{\"127.0.0.1:5000\":\"missing\"}}") << none
            << u"127.0.0.1:5000"_s << int(ErrorCode::CredentialsError) << QString() << false
            << false << u"docker-credential-missing, which is not installed"_s;
        QTest::newRow("docker, credsStore not installed")
            << docker << QByteArray("{\"credsStore\":\"notinstalled\"}") << none
            << u"127.0.0.1:5000"_s << int(ErrorCode::CredentialsError) << QString() << false
            << false << u"does not write the secret in clear"_s;
        QTest::newRow("docker, helper name with a slash")
            << docker << QByteArray("{\"credHelpers\":{\"127.0.0.1:5000\":\"../../bin/sh\"}}")
            << none << u"127.0.0.1:5000"_s << int(ErrorCode::CredentialsError) << QString() << false
            << false << u"not a helper name"_s;
        QTest::newRow("docker, helper name an option")
            << docker << QByteArray("{\"credsStore\":\"--help\"}") << none << u"127.0.0.1:5000"_s
            << int(ErrorCode::CredentialsError) << QString() << false << false
            << u"not a helper name"_s;
        QTest::newRow("docker, helper entry not a string")
            << docker << QByteArray("{\"credHelpers\":{\"127.0.0.1:5000\":42}}") << none
            << u"127.0.0.1:5000"_s << int(ErrorCode::ParseError) << QString() << false << false
            << u"credHelpers"_s;
        QTest::newRow("docker, credHelpers not an object")
            << docker << QByteArray("{\"credHelpers\":\"secretservice\"}") << none
            << u"127.0.0.1:5000"_s << int(ErrorCode::ParseError) << QString() << false << false
            << u"credHelpers"_s;
        QTest::newRow("docker, credsStore not a string")
            << docker << QByteArray("{\"credsStore\":[\"x\"]}") << none << u"127.0.0.1:5000"_s
            << int(ErrorCode::ParseError) << QString() << false << false << u"credsStore"_s;
        QTest::newRow("docker, not an object")
            << docker << QByteArray("[\"auths\"]") << none << u"127.0.0.1:5000"_s
            << int(ErrorCode::ParseError) << QString() << false << false
            << u"does not hold a JSON object"_s;
        QTest::newRow("docker, garbage")
            << docker << QByteArray("{\"auths\":{\"x\":{\"auth\":\"c2VjcmV0") << none
            << u"127.0.0.1:5000"_s << int(ErrorCode::ParseError) << QString() << false << false
            << u"not valid JSON"_s;
        QTest::newRow("docker, embedded NUL")
            << docker << QByteArray("{\"auths\":{}}\0{}", 15) << none << u"127.0.0.1:5000"_s
            << int(ErrorCode::ParseError) << QString() << false << false << QString();
        QTest::newRow("docker, too big") << docker << QByteArray(2 * 1024 * 1024, ' ') << none
                                         << u"127.0.0.1:5000"_s << int(ErrorCode::CredentialsError)
                                         << QString() << false << false << u"larger than 1 MiB"_s;
        QTest::newRow("no registry")
            << docker << none << none << u""_s << int(ErrorCode::InvalidReference) << QString()
            << false << false << u"not a registry address"_s;
        QTest::newRow("registry with a control character")
            << docker << none << none << u"host\n.example"_s << int(ErrorCode::InvalidReference)
            << QString() << false << false << QString();

        QTest::newRow("podman, no file")
            << podman << none << none << u"127.0.0.1:5000"_s << ok << u"secretservice"_s << true
            << false << u"Podman's auth file ~/.config/containers/auth.json will send logins"_s;
        // containers/image ignores credsStore: only a credHelpers entry makes Podman use a helper.
        QTest::newRow("podman, credsStore ignored")
            << podman << none << QByteArray("{\"credsStore\":\"fake\"}") << u"127.0.0.1:5000"_s
            << ok << u"secretservice"_s << true << false << QString();
        QTest::newRow("podman, credHelpers")
            << podman << none << QByteArray("{\"credHelpers\":{\"127.0.0.1:5000\":\"fake\"}}")
            << u"127.0.0.1:5000"_s << ok << u"fake"_s << false << false << QString();
        QTest::newRow("podman, Docker Hub's key is docker.io")
            << podman << none << QByteArray("{\"credHelpers\":{\"docker.io\":\"fake\"}}")
            << u"registry-1.docker.io"_s << ok << u"fake"_s << false << false << QString();
        QTest::newRow("podman, clear login")
            << podman << none << clear << u"127.0.0.1:5000"_s << ok << u"secretservice"_s << true
            << true << u"will be removed"_s;
        QTest::newRow("podman, Docker's file is not Podman's to write")
            << podman << clear << none << u"127.0.0.1:5000"_s << ok << u"secretservice"_s << true
            << false << QString();
        QTest::newRow("podman, not an object")
            << podman << none << QByteArray("42") << u"127.0.0.1:5000"_s
            << int(ErrorCode::ParseError) << QString() << false << false << QString();
    }

    void plans()
    {
        QFETCH(int, target);
        QFETCH(QByteArray, docker);
        QFETCH(QByteArray, podman);
        QFETCH(QString, registry);
        QFETCH(int, code);
        QFETCH(QString, helper);
        QFETCH(bool, addsEntry);
        QFETCH(bool, replacesClear);
        QFETCH(QString, says);

        if (!docker.isNull())
            QVERIFY(writeFile(dockerConfig(), docker));
        if (!podman.isNull())
            QVERIFY(writeFile(podmanConfig(), podman));
        const QString file = Target(target) == Target::Docker ? dockerConfig() : podmanConfig();
        const QByteArray before = readFile(file);

        CredentialExporter exporter(m_environment);
        const Result<CredentialExporter::Plan> plan = exporter.plan(Target(target), registry);
        if (code == int(ErrorCode::None)) {
            QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
            QCOMPARE(plan->target, Target(target));
            QCOMPARE(plan->file, file);
            QCOMPARE(plan->helper, helper);
            QCOMPARE(plan->addsHelperEntry, addsEntry);
            QCOMPARE(plan->replacesClearLogin, replacesClear);
            QVERIFY2(plan->description.contains(says), qPrintable(plan->description));
            QVERIFY(!plan->description.contains(u"s3cret"_s));
        } else {
            QVERIFY(!plan);
            QCOMPARE(int(plan.error().code()), code);
            QVERIFY2(plan.error().message().contains(says), qPrintable(plan.error().message()));
            QVERIFY(!plan.error().toString().contains(u"s3cret"_s));
            QVERIFY(!plan.error().toString().contains(u"c2VjcmV0"_s));
        }
        // plan() only reads.
        QCOMPARE(readFile(file), before);
        QCOMPARE(QFileInfo::exists(file), !before.isNull());
        QVERIFY(!QFileInfo::exists(m_helpers + u"/args.log"_s));
    }

    void registryNormalised()
    {
        CredentialExporter exporter(m_environment);
        const auto hub = exporter.plan(Target::Docker, u"https://index.docker.io/v1/"_s);
        QVERIFY(hub);
        QCOMPARE(hub->registry, u"docker.io"_s);
        const auto upper = exporter.plan(Target::Podman, u"Registry.Example.ORG:5000"_s);
        QVERIFY(upper);
        QCOMPARE(upper->registry, u"registry.example.org:5000"_s);
    }

    void noHelperInstalled()
    {
        // A PATH with no helper at all (and no real docker-credential-secretservice).
        QProcessEnvironment environment = m_environment;
        environment.insert(u"PATH"_s, m_dir->filePath(u"run"_s));
        QVERIFY(writeFile(dockerConfig(),
            "{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\"" + basicAuth("alice", "s3cret")
                + "\"}}}"));
        CredentialExporter exporter(environment);
        for (const Target target : { Target::Docker, Target::Podman }) {
            const auto plan = exporter.plan(target, u"127.0.0.1:5000"_s);
            QVERIFY(!plan);
            QCOMPARE(plan.error().code(), ErrorCode::CredentialsError);
            const QString message = plan.error().message();
            QVERIFY2(
                message.contains(u"does not write the secret in clear"_s), qPrintable(message));
#ifdef Q_OS_LINUX
            QVERIFY2(message.contains(u"docker-credential-secretservice"_s), qPrintable(message));
            QVERIFY2(message.contains(u"golang-docker-credential-helpers"_s), qPrintable(message));
#endif
        }
        // A helper file that is not executable is not installed.
        QVERIFY(writeHelperScript(m_dir->filePath(u"run"_s), u"secretservice"_s, "exit 0\n",
            /*executable=*/false));
        QVERIFY(!exporter.plan(Target::Docker, u"127.0.0.1:5000"_s));
    }

    void podmanFileChoice_data()
    {
        QTest::addColumn<QStringList>("set");
        QTest::addColumn<QStringList>("unset");
        QTest::addColumn<QString>("file"); // relative to the temporary folder

        QTest::newRow("persistent, not the runtime dir")
            << QStringList() << QStringList() << u"home/.config/containers/auth.json"_s;
        QTest::newRow("no runtime dir") << QStringList() << QStringList { u"XDG_RUNTIME_DIR"_s }
                                        << u"home/.config/containers/auth.json"_s;
        QTest::newRow("XDG_CONFIG_HOME") << QStringList { u"XDG_CONFIG_HOME=cfg"_s }
                                         << QStringList() << u"cfg/containers/auth.json"_s;
        QTest::newRow("REGISTRY_AUTH_FILE")
            << QStringList { u"REGISTRY_AUTH_FILE=ci//auth.json"_s, u"XDG_CONFIG_HOME=cfg"_s }
            << QStringList() << u"ci/auth.json"_s;
    }

    void podmanFileChoice()
    {
        QFETCH(QStringList, set);
        QFETCH(QStringList, unset);
        QFETCH(QString, file);
        QProcessEnvironment environment = m_environment;
        for (const QString &assignment : set) {
            const qsizetype equals = assignment.indexOf(u'=');
            environment.insert(
                assignment.left(equals), m_dir->filePath(assignment.mid(equals + 1)));
        }
        for (const QString &name : unset)
            environment.remove(name);
        CredentialExporter exporter(environment);
        const auto plan = exporter.plan(Target::Podman, u"127.0.0.1:5000"_s);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(QDir::cleanPath(plan->file), QDir::cleanPath(m_dir->filePath(file)));
    }

    void dockerConfigDirectory()
    {
        QProcessEnvironment environment = m_environment;
        environment.insert(u"DOCKER_CONFIG"_s, m_dir->filePath(u"docker"_s));
        CredentialExporter exporter(environment);
        const auto plan = exporter.plan(Target::Docker, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        QCOMPARE(plan->file, m_dir->filePath(u"docker/config.json"_s));
    }

    void podmanShadowedByEarlierFile_data()
    {
        QTest::addColumn<QByteArray>("runtime");
        QTest::addColumn<QString>("says"); // empty: no warning

        QTest::newRow("clear login in the runtime file")
            << "{\"auths\":{\"http://127.0.0.1:5000\":{\"auth\":\"" + basicAuth("bob", "s3cret")
                + "\"}}}"
            << u"podman logout --authfile"_s;
        QTest::newRow("another helper in the runtime file")
            << QByteArray("{\"credHelpers\":{\"127.0.0.1:5000\":\"fake\"}}")
            << u"docker-credential-fake: Podman will use that one"_s;
        QTest::newRow("the same helper")
            << QByteArray("{\"credHelpers\":{\"127.0.0.1:5000\":\"secretservice\"}}") << QString();
        QTest::newRow("an empty entry")
            << QByteArray("{\"auths\":{\"127.0.0.1:5000\":{}}}") << QString();
        QTest::newRow("another registry")
            << "{\"auths\":{\"other.example\":{\"auth\":\"" + basicAuth("bob", "s3cret") + "\"}}}"
            << QString();
        QTest::newRow("unreadable runtime file") << QByteArray("{{{") << u"cannot read it"_s;
    }

    void podmanShadowedByEarlierFile()
    {
        QFETCH(QByteArray, runtime);
        QFETCH(QString, says);
        QVERIFY(writeFile(podmanRuntime(), runtime));
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Podman, u"127.0.0.1:5000"_s);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->file, podmanConfig());
        // replacesClearLogin is about the file written only.
        QVERIFY(!plan->replacesClearLogin);
        if (says.isEmpty()) {
            QVERIFY2(!plan->description.contains(u"Podman reads"_s), qPrintable(plan->description));
        } else {
            QVERIFY2(plan->description.contains(says), qPrintable(plan->description));
            QVERIFY2(plan->description.contains(podmanRuntime()), qPrintable(plan->description));
        }
        QVERIFY(!plan->description.contains(u"s3cret"_s));
    }

    void shareIntoDockerConfig()
    {
        // A clear login Docker wrote, with keys Wharf does not know, private to the user.
        QVERIFY(writeFile(dockerConfig(),
            "{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\"" + basicAuth("alice", "old-secret")
                + "\",\"email\":\"a@example.org\"},\"other.example\":{\"auth\":\""
                + basicAuth("o", "other-secret")
                + "\"}},\"psFormat\":\"table {{.ID}}\",\"proxies\":{\"default\":{\"httpProxy\":"
                  "\"http://proxy:3128\"}}}",
            Private));
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Docker, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        QVERIFY(plan->addsHelperEntry && plan->replacesClearLogin);

        const Result<void> shared = share(
            exporter, *plan, RegistryCredential(u"127.0.0.1:5000"_s, u"alice"_s, u"new-secret"_s));
        QVERIFY2(shared.ok(), qPrintable(shared.ok() ? QString() : shared.error().toString()));

        const QJsonObject root = readJson(dockerConfig());
        QCOMPARE(root.value(u"credHelpers"_s).toObject(),
            (QJsonObject { { u"127.0.0.1:5000"_s, u"secretservice"_s } }));
        const QJsonObject auths = root.value(u"auths"_s).toObject();
        QVERIFY(!auths.contains(u"127.0.0.1:5000"_s));
        QVERIFY(auths.contains(u"other.example"_s)); // another registry's login is not Wharf's
        QCOMPARE(root.value(u"psFormat"_s).toString(), u"table {{.ID}}"_s);
        QCOMPARE(root.value(u"proxies"_s)
                     .toObject()
                     .value(u"default"_s)
                     .toObject()
                     .value(u"httpProxy"_s)
                     .toString(),
            u"http://proxy:3128"_s);
        const QByteArray text = readFile(dockerConfig());
        QVERIFY(!text.contains("new-secret"));
        QVERIFY(!text.contains(basicAuth("alice", "old-secret")));
        QCOMPARE(unixPermissions(dockerConfig()), Private);

        // Docker asks the helper with "127.0.0.1:5000".
        QCOMPARE(fakeStore(m_helpers, u"127.0.0.1:5000"_s),
            QByteArray("alice\nnew-secret\n127.0.0.1:5000\n"));
        QCOMPARE(readFile(m_helpers + u"/args.log"_s), QByteArray("store\n"));
    }

    void shareKeepsWorldReadablePermissions()
    {
        QVERIFY(writeFile(dockerConfig(), "{\"auths\":{}}", WorldReadable));
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Docker, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        QVERIFY(
            share(exporter, *plan, RegistryCredential(u"127.0.0.1:5000"_s, u"u"_s, u"pw"_s)).ok());
        QCOMPARE(unixPermissions(dockerConfig()), WorldReadable);
        QVERIFY(readJson(dockerConfig()).contains(u"credHelpers"_s));
    }

    void shareCreatesPrivateFile()
    {
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Podman, u"docker.io"_s);
        QVERIFY(plan);
        QVERIFY(!QFileInfo::exists(plan->file));
        QVERIFY(share(exporter, *plan, RegistryCredential(u"docker.io"_s, u"hubuser"_s, u"hubpw"_s))
                    .ok());
        QCOMPARE(unixPermissions(plan->file), Private);
        QCOMPARE(
            unixPermissions(QFileInfo(plan->file).absolutePath()), Private | QFileDevice::ExeOwner);
        // Podman names Docker Hub "docker.io", in the file and to the helper.
        QCOMPARE(readJson(plan->file).value(u"credHelpers"_s).toObject(),
            (QJsonObject { { u"docker.io"_s, u"secretservice"_s } }));
        QCOMPARE(fakeStore(m_helpers, u"docker.io"_s), QByteArray("hubuser\nhubpw\ndocker.io\n"));
        QVERIFY(!readFile(plan->file).contains("hubpw"));
    }

    void shareDockerHub()
    {
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Docker, u"docker.io"_s);
        QVERIFY(plan);
        QVERIFY(share(exporter, *plan, RegistryCredential(u"docker.io"_s, u"hubuser"_s, u"hubpw"_s))
                    .ok());
        // Docker looks Docker Hub up as "https://index.docker.io/v1/", in the file and the helper.
        QCOMPARE(readJson(dockerConfig()).value(u"credHelpers"_s).toObject(),
            (QJsonObject { { u"https://index.docker.io/v1/"_s, u"secretservice"_s } }));
        QCOMPARE(fakeStore(m_helpers, u"https://index.docker.io/v1/"_s),
            QByteArray("hubuser\nhubpw\nhttps://index.docker.io/v1/\n"));
    }

    void shareThroughExistingCredsStore()
    {
        const QByteArray config = "{\"credsStore\":\"fake\",\"auths\":{\"127.0.0.1:5000\":{}}}";
        QVERIFY(writeFile(dockerConfig(), config));
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Docker, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        QVERIFY(!plan->addsHelperEntry && !plan->replacesClearLogin);
        const QDateTime modified = QFileInfo(dockerConfig()).lastModified();
        QVERIFY(
            share(exporter, *plan, RegistryCredential(u"127.0.0.1:5000"_s, u"u"_s, u"pw"_s)).ok());
        // Nothing to change in the file: it is not rewritten.
        QCOMPARE(readFile(dockerConfig()), config);
        QCOMPARE(QFileInfo(dockerConfig()).lastModified(), modified);
        QCOMPARE(fakeStore(m_helpers, u"127.0.0.1:5000"_s), QByteArray("u\npw\n127.0.0.1:5000\n"));
    }

    void shareWithCredentialWithoutRegistry()
    {
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Podman, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        QVERIFY(share(exporter, *plan, RegistryCredential({}, u"u"_s, u"pw"_s)).ok());
        QCOMPARE(fakeStore(m_helpers, u"127.0.0.1:5000"_s), QByteArray("u\npw\n127.0.0.1:5000\n"));
    }

    void failingHelperLeavesFileAsItWas()
    {
        // A helper that fails and echoes what it was given: the secret must not reach the error.
        QVERIFY(writeHelperScript(m_helpers, u"secretservice"_s, "cat; echo; exit 3\n"));
        const QByteArray config = "{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\""
            + basicAuth("alice", "old-secret") + "\"}},\"psFormat\":\"x\"}";
        QVERIFY(writeFile(dockerConfig(), config));
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Docker, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        const Result<void> shared = share(exporter, *plan,
            RegistryCredential(u"127.0.0.1:5000"_s, u"alice"_s, u"new-secret-xyz"_s));
        QVERIFY(!shared.ok());
        QCOMPARE(shared.error().code(), ErrorCode::CredentialsError);
        QVERIFY2(shared.error().message().contains(u"Nothing was shared with Docker"_s),
            qPrintable(shared.error().message()));
        QVERIFY(!shared.error().toString().contains(u"new-secret-xyz"_s));
        // The helper entry was taken back; the clear login still works for Docker.
        const QJsonObject root = readJson(dockerConfig());
        QVERIFY(!root.contains(u"credHelpers"_s));
        QCOMPARE(
            root.value(u"auths"_s), QJsonDocument::fromJson(config).object().value(u"auths"_s));
        QCOMPARE(root.value(u"psFormat"_s).toString(), u"x"_s);
    }

    void refusesFileChangedSincePlan()
    {
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Docker, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        QCOMPARE(plan->helper, u"secretservice"_s);
        // Meanwhile another tool assigns the registry to another helper.
        const QByteArray changed = "{\"credHelpers\":{\"127.0.0.1:5000\":\"fake\"}}";
        QVERIFY(writeFile(dockerConfig(), changed));
        const Result<void> shared
            = share(exporter, *plan, RegistryCredential(u"127.0.0.1:5000"_s, u"u"_s, u"pw"_s));
        QVERIFY(!shared.ok());
        QCOMPARE(shared.error().code(), ErrorCode::CredentialsError);
        QVERIFY2(
            shared.error().message().contains(u"changed"_s), qPrintable(shared.error().message()));
        QCOMPARE(readFile(dockerConfig()), changed);
        QVERIFY(!QFileInfo::exists(m_helpers + u"/args.log"_s));

        // A file that became unreadable is refused too, and left alone.
        QVERIFY(writeFile(dockerConfig(), "[]"));
        const Result<void> again
            = share(exporter, *plan, RegistryCredential(u"127.0.0.1:5000"_s, u"u"_s, u"pw"_s));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::ParseError);
        QCOMPARE(readFile(dockerConfig()), QByteArray("[]"));
    }

    void refusesIncompleteOrMismatchedLogin()
    {
        CredentialExporter exporter(m_environment);
        const auto plan = exporter.plan(Target::Docker, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        Result<void> shared
            = share(exporter, *plan, RegistryCredential(u"127.0.0.1:5000"_s, u"u"_s, {}));
        QVERIFY(!shared.ok());
        QCOMPARE(shared.error().code(), ErrorCode::CredentialsError);
        shared = share(exporter, *plan, RegistryCredential(u"other.example"_s, u"u"_s, u"pw"_s));
        QVERIFY(!shared.ok());
        QCOMPARE(shared.error().code(), ErrorCode::InvalidConfiguration);
        QVERIFY(!QFileInfo::exists(dockerConfig()));
        QVERIFY(!QFileInfo::exists(m_helpers + u"/args.log"_s));
    }

    void destroyedExporterNeverAnswers()
    {
        QVERIFY(writeHelperScript(m_helpers, u"secretservice"_s, "sleep 2; cat >/dev/null\n"));
        auto *exporter = new CredentialExporter(m_environment);
        const auto plan = exporter->plan(Target::Docker, u"127.0.0.1:5000"_s);
        QVERIFY(plan);
        bool called = false;
        exporter->share(*plan, RegistryCredential(u"127.0.0.1:5000"_s, u"u"_s, u"pw"_s),
            [&](Result<void>) { called = true; });
        QTest::qWait(200);
        delete exporter;
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialExporter)
#include "tst_credentialexporter.moc"
