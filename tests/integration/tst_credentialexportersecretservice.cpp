// SPDX-License-Identifier: Apache-2.0
// CredentialExporter with the REAL docker-credential-secretservice (Debian's
// golang-docker-credential-helpers) on the `keyring` fixture's gnome-keyring: a Wharf login
// shared with Docker and with Podman lands in the keyring (the helper's own `get` reads it
// back under the server URL each tool asks for), the files name the helper and hold no
// secret. Where podman is installed, `podman login --get-login` (containers/image itself,
// on private storage) confirms Podman finds the login through the file.
#include "AwaitResult.h"
#include "KeyringFixtures.h"
#include "credentials/CredentialExporter.h"
#include "credentials/CredentialHelperClient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_CredentialExporterSecretService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    QStringList m_stored; // server URLs to erase from the keyring after each test

    Result<CredentialExporter::Plan> planAndShare(CredentialExporter::Target target,
        const QString &registry, const QString &user, const QString &secret)
    {
        CredentialExporter exporter(m_environment);
        Result<CredentialExporter::Plan> plan = exporter.plan(target, registry);
        if (!plan)
            return plan;
        const Result<void> shared = awaitResult<void>([&](auto done) {
            exporter.share(*plan, RegistryCredential(plan->registry, user, secret), done);
        });
        if (!shared)
            return shared.error();
        return plan;
    }

    Result<RegistryCredential> helperGet(const QString &serverUrl)
    {
        CredentialHelperClient helper(u"secretservice"_s, m_environment);
        return awaitResult<RegistryCredential>([&](auto done) { helper.get(serverUrl, done); });
    }

    void helperErase(const QString &serverUrl)
    {
        m_stored.removeAll(serverUrl);
        CredentialHelperClient helper(u"secretservice"_s, m_environment);
        (void)awaitResult<void>([&](auto done) { helper.erase(serverUrl, done); });
    }

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

    void init()
    {
        // A user's home inside the fixture's: Docker's and Podman's files land there.
        m_home = std::make_unique<QTemporaryDir>(
            QDir(qEnvironmentVariable("HOME")).filePath(u"exporter-XXXXXX"_s));
        QVERIFY(m_home->isValid());
        m_environment = KeyringService::environment();
        m_environment.insert(u"HOME"_s, m_home->path());
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u".config"_s));
        m_environment.insert(u"XDG_RUNTIME_DIR"_s, m_home->filePath(u"run"_s));
        m_environment.remove(u"DOCKER_CONFIG"_s);
        m_environment.remove(u"REGISTRY_AUTH_FILE"_s);
    }

    void cleanup()
    {
        // Leave nothing in the shared keyring, whatever failed.
        for (const QString &serverUrl : std::as_const(m_stored))
            helperErase(serverUrl);
        m_stored.clear();
        m_home.reset();
    }

    void shareWithDocker()
    {
        const QString registry = u"127.0.0.1:5999"_s;
        const QString oldSecret = uniqueSecret(u"old"_s);
        const QString secret = uniqueSecret(u"shared"_s);
        m_stored.append(registry);
        const QString config = m_home->filePath(u".docker/config.json"_s);
        QVERIFY(writeFile(config,
            "{\"auths\":{\"127.0.0.1:5999\":{\"auth\":\""
                + QByteArray("alice:" + oldSecret.toUtf8()).toBase64()
                + "\"}},\"detachKeys\":\"ctrl-e,e\"}"));
        // Private, as Docker makes it: the file stays private.
        QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        const auto plan
            = planAndShare(CredentialExporter::Target::Docker, registry, u"alice"_s, secret);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->helper, u"secretservice"_s);
        QVERIFY(plan->addsHelperEntry && plan->replacesClearLogin);

        const QJsonObject root = QJsonDocument::fromJson(readFile(config)).object();
        QCOMPARE(
            root.value(u"credHelpers"_s).toObject().value(registry).toString(), u"secretservice"_s);
        QVERIFY(!root.value(u"auths"_s).toObject().contains(registry));
        QCOMPARE(root.value(u"detachKeys"_s).toString(), u"ctrl-e,e"_s);
        QCOMPARE(
            QFileInfo(config).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());

        // In the keyring, under the name Docker asks for.
        const Result<RegistryCredential> got = helperGet(registry);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
        QCOMPARE(got->username, u"alice"_s);
        QCOMPARE(got->secret, secret);
        QVERIFY(
            secretTool({ u"search"_s, u"--all"_s, u"server"_s, registry }).output.contains(secret));
        // And on no disk in clear: neither the new secret nor the old one.
        QCOMPARE(filesContaining({ m_home->path() }, secret.toUtf8()), QStringList());
        QCOMPARE(filesContaining({ m_home->path() }, oldSecret.toUtf8()), QStringList());
        QCOMPARE(filesContaining(
                     { m_home->path() }, QByteArray("alice:" + oldSecret.toUtf8()).toBase64()),
            QStringList());

        helperErase(registry);
    }

    void shareDockerHubWithDocker()
    {
        const QString secret = uniqueSecret(u"hub"_s);
        m_stored.append(u"https://index.docker.io/v1/"_s);
        const auto plan = planAndShare(
            CredentialExporter::Target::Docker, u"docker.io"_s, u"hubuser"_s, secret);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        const QJsonObject root = QJsonDocument::fromJson(readFile(plan->file)).object();
        QCOMPARE(root.value(u"credHelpers"_s)
                     .toObject()
                     .value(u"https://index.docker.io/v1/"_s)
                     .toString(),
            u"secretservice"_s);
        const Result<RegistryCredential> got = helperGet(u"https://index.docker.io/v1/"_s);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
        QCOMPARE(got->secret, secret);
        helperErase(u"https://index.docker.io/v1/"_s);
    }

    void shareWithPodman()
    {
        const QString registry = u"127.0.0.1:5998"_s;
        const QString secret = uniqueSecret(u"podman"_s);
        m_stored.append(registry);
        const QString authFile = m_home->filePath(u"ci/auth.json"_s);
        m_environment.insert(u"REGISTRY_AUTH_FILE"_s, authFile);

        const auto plan
            = planAndShare(CredentialExporter::Target::Podman, registry, u"bob"_s, secret);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->file, authFile);
        const QByteArray text = readFile(authFile);
        QCOMPARE(QJsonDocument::fromJson(text).object().value(u"credHelpers"_s).toObject(),
            (QJsonObject { { registry, u"secretservice"_s } }));
        QVERIFY(!text.contains(secret.toUtf8()));
        QCOMPARE(
            QFileInfo(authFile).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());

        // Podman asks the helper with the registry name.
        const Result<RegistryCredential> got = helperGet(registry);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
        QCOMPARE(got->username, u"bob"_s);
        QCOMPARE(got->secret, secret);

        // containers/image itself finds it through the file (private storage, no engine).
        const QString podman = QStandardPaths::findExecutable(u"podman"_s);
        if (!podman.isEmpty()) {
            QProcess process;
            QProcessEnvironment environment = m_environment;
            process.setProcessEnvironment(environment);
            process.setStandardInputFile(QProcess::nullDevice());
            QSignalSpy finished(&process, &QProcess::finished);
            // Podman refuses a run root path longer than 50 characters.
            QTemporaryDir podmanDir(u"/tmp/wharf-podman-XXXXXX"_s);
            QVERIFY(podmanDir.isValid());
            process.start(podman,
                { u"--root"_s, podmanDir.filePath(u"storage"_s), u"--runroot"_s,
                    podmanDir.filePath(u"run"_s), u"login"_s, u"--get-login"_s, registry });
            QVERIFY(finished.wait(60000));
            const QByteArray output = process.readAllStandardOutput();
            QVERIFY2(process.exitCode() == 0,
                QByteArray(output + process.readAllStandardError()).constData());
            QCOMPARE(output.trimmed(), QByteArray("bob"));
        } else {
            qInfo("podman is not installed: not checked with podman itself");
        }
        QCOMPARE(filesContaining({ m_home->path() }, secret.toUtf8()), QStringList());
        helperErase(registry);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialExporterSecretService)
#include "tst_credentialexportersecretservice.moc"
