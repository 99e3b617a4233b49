// SPDX-License-Identifier: Apache-2.0
// Docker's config.json: "auths" in all its spellings, credsStore/credHelpers, key
// normalisation as Docker does it, hostile files (garbage, wrong types, bad base64, no colon,
// NULs, huge, not a regular file), and saving that keeps unknown keys and permissions.
#include "credentials/DockerConfigFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

QByteArray b64(const char *text)
{
    return QByteArray(text).toBase64();
}

QByteArray authsWith(const QByteArray &key, const QByteArray &entry)
{
    return "{\"auths\":{\"" + key + "\":" + entry + "}}";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat status
    {
    };
    ::stat(QFile::encodeName(path).constData(), &status);
    return status.st_mode & 07777;
}

} // namespace

class tst_DockerConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normaliseRegistry_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("registry");
        QTest::newRow("docker hub v1 url") << u"https://index.docker.io/v1/"_s << u"docker.io"_s;
        QTest::newRow("docker hub host") << u"index.docker.io"_s << u"docker.io"_s;
        QTest::newRow("registry-1") << u"registry-1.docker.io"_s << u"docker.io"_s;
        QTest::newRow("hub alias") << u"https://registry.hub.docker.com"_s << u"docker.io"_s;
        QTest::newRow("docker.io") << u"docker.io"_s << u"docker.io"_s;
        QTest::newRow("plain host") << u"gitlab-registry.cern.ch"_s << u"gitlab-registry.cern.ch"_s;
        QTest::newRow("https v2") << u"https://registry.cern.ch/v2/"_s << u"registry.cern.ch"_s;
        QTest::newRow("http with port") << u"http://127.0.0.1:5000"_s << u"127.0.0.1:5000"_s;
        QTest::newRow("upper case")
            << u"HTTPS://Registry.Example.ORG:443/"_s << u"registry.example.org:443"_s;
        QTest::newRow("ipv6") << u"https://[::1]:5000/v2/"_s << u"[::1]:5000"_s;
        QTest::newRow("path dropped") << u"host.example/some/repo"_s << u"host.example"_s;
        QTest::newRow("spaces around") << u"  host.example  "_s << u"host.example"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("scheme only") << u"https://"_s << QString();
        QTest::newRow("inner space") << u"host example"_s << QString();
        QTest::newRow("control character") << u"host\u0001.example"_s << QString();
    }

    void normaliseRegistry()
    {
        QFETCH(QString, key);
        QFETCH(QString, registry);
        QCOMPARE(RegistryCredential::normaliseRegistry(key), registry);
    }

    void dockerServerAddress()
    {
        QCOMPARE(RegistryCredential::dockerServerAddress(u"docker.io"_s),
            u"https://index.docker.io/v1/"_s);
        QCOMPARE(RegistryCredential::dockerServerAddress(u"index.docker.io"_s),
            u"https://index.docker.io/v1/"_s);
        QCOMPARE(RegistryCredential::dockerServerAddress(u"localhost:5000"_s), u"localhost:5000"_s);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("logins"); // "registry user secret" per entry
        QTest::addColumn<int>("problems");

        QTest::newRow("auth field") << authsWith(
            "https://index.docker.io/v1/", "{\"auth\":\"" + b64("alice:s3cret") + "\"}")
                                    << true << QStringList { u"docker.io alice s3cret"_s } << 0;
        QTest::newRow("password with colons")
            << authsWith("host.example:5000", "{\"auth\":\"" + b64("bob:a:b:c") + "\"}") << true
            << QStringList { u"host.example:5000 bob a:b:c"_s } << 0;
        QTest::newRow("username and password fields")
            << authsWith("https://host.example/v2/", R"({"username":"carol","password":"pw"})")
            << true << QStringList { u"host.example carol pw"_s } << 0;
        QTest::newRow("auth wins over fields")
            << authsWith("host.example",
                   "{\"username\":\"x\",\"password\":\"y\",\"auth\":\"" + b64("dave:pw") + "\"}")
            << true << QStringList { u"host.example dave pw"_s } << 0;
        QTest::newRow("identity token")
            << authsWith(
                   "host.example", "{\"auth\":\"" + b64("erin:") + "\",\"identitytoken\":\"tok\"}")
            << true << QStringList { u"host.example <token> tok"_s } << 0;
        QTest::newRow("unicode") << authsWith("host.example",
            "{\"auth\":\"" + QString(u"jürgen:pässwörd"_s).toUtf8().toBase64() + "\"}")
                                 << true << QStringList { u"host.example jürgen pässwörd"_s } << 0;
        QTest::newRow("docker's NUL padding") << authsWith(
            "host.example", "{\"auth\":\"" + QByteArray("frank:pw\0\0", 10).toBase64() + "\"}")
                                              << true << QStringList { u"host.example frank pw"_s }
                                              << 0;
        QTest::newRow("helper placeholder {}")
            << QByteArray(R"({"auths":{"host.example":{}},"credsStore":"secretservice"})") << true
            << QStringList() << 0;
        QTest::newRow("several, unknown keys")
            << QByteArray("{\"psFormat\":\"table\",\"auths\":{\"a.example\":{\"auth\":\""
                   + b64("u1:p1") + "\",\"email\":\"x@y\"},\"b.example\":{\"auth\":\""
                   + b64("u2:p2") + "\"}},\"proxies\":{\"default\":{}}}")
            << true << QStringList { u"a.example u1 p1"_s, u"b.example u2 p2"_s } << 0;
        QTest::newRow("empty file") << QByteArray() << true << QStringList() << 0;
        QTest::newRow("whitespace only") << QByteArray(" \n\t") << true << QStringList() << 0;
        QTest::newRow("empty object") << QByteArray("{}") << true << QStringList() << 0;
        QTest::newRow("auths null")
            << QByteArray(R"({"auths":null})") << true << QStringList() << 0;

        // Hostile: the whole file is refused (never rewritten).
        QTest::newRow("garbage") << QByteArray("this is not json") << false << QStringList() << 0;
        QTest::newRow("truncated") << QByteArray("{\"auths\":{\"a.example\":{\"auth\":\"dTpw")
                                   << false << QStringList() << 0;
        QTest::newRow("top-level array")
            << QByteArray(R"([{"auths":{}}])") << false << QStringList() << 0;
        QTest::newRow("top-level string") << QByteArray("\"auths\"") << false << QStringList() << 0;
        QTest::newRow("auths is an array")
            << QByteArray(R"({"auths":[]})") << false << QStringList() << 0;
        QTest::newRow("auths is a string")
            << QByteArray(R"({"auths":"x"})") << false << QStringList() << 0;
        QTest::newRow("credsStore is a number")
            << QByteArray(R"({"credsStore":3})") << false << QStringList() << 0;
        QTest::newRow("credHelpers is an array")
            << QByteArray(R"({"credHelpers":["pass"]})") << false << QStringList() << 0;
        QTest::newRow("binary") << QByteArray("\xff\xfe{\x00}", 5) << false << QStringList() << 0;

        // Hostile entries: skipped one by one, the rest is still read.
        const QByteArray good = "\"good.example\":{\"auth\":\"" + b64("ok:pw") + "\"}";
        const auto withGood = [&](const QByteArray &bad) -> QByteArray {
            return "{\"auths\":{" + good + "," + bad + "}}";
        };
        const QStringList goodOnly { u"good.example ok pw"_s };
        QTest::newRow("entry is a string")
            << withGood("\"bad.example\":\"x\"") << true << goodOnly << 1;
        QTest::newRow("entry is an array")
            << withGood("\"bad.example\":[]") << true << goodOnly << 1;
        QTest::newRow("auth is a number")
            << withGood("\"bad.example\":{\"auth\":42}") << true << goodOnly << 1;
        QTest::newRow("username is an object")
            << withGood(R"("bad.example":{"username":{},"password":"x"})") << true << goodOnly << 1;
        QTest::newRow("bad base64")
            << withGood("\"bad.example\":{\"auth\":\"!!!not base64!!!\"}") << true << goodOnly << 1;
        QTest::newRow("no colon") << withGood(
            "\"bad.example\":{\"auth\":\"" + b64("nocolon") + "\"}")
                                  << true << goodOnly << 1;
        QTest::newRow("empty user") << withGood("\"bad.example\":{\"auth\":\"" + b64(":pw") + "\"}")
                                    << true << goodOnly << 1;
        QTest::newRow("user without password")
            << withGood(R"("bad.example":{"username":"x"})") << true << goodOnly << 1;
        QTest::newRow("NUL in user") << withGood(
            "\"bad.example\":{\"auth\":\"" + QByteArray("a\0b:pw", 6).toBase64() + "\"}")
                                     << true << goodOnly << 1;
        QTest::newRow("escaped NUL in password")
            << withGood(R"("bad.example":{"username":"x","password":"p\u0000w"})") << true
            << goodOnly << 1;
        QTest::newRow("key is no registry")
            << withGood("\"https://\":{\"auth\":\"" + b64("u:p") + "\"}") << true << goodOnly << 1;
        QTest::newRow("credHelpers value is a number") << QByteArray(
            "{\"credHelpers\":{\"a.example\":1}," + good.mid(0, 0) + "\"auths\":{" + good + "}}")
                                                       << true << goodOnly << 1;
    }

    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QStringList, logins);
        QFETCH(int, problems);

        DockerConfigFile file;
        const Result<void> parsed = file.parse(json, u"/test/config.json"_s);
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QCOMPARE(parsed.error().code(), ErrorCode::ParseError);
            QVERIFY(parsed.error().message().contains(u"/test/config.json"_s));
            QVERIFY(file.entries().isEmpty());
            return;
        }
        QStringList found;
        for (const AuthConfigFile::Entry &entry : file.entries()) {
            found.append(u"%1 %2 %3"_s.arg(
                entry.credential.registry, entry.credential.username, entry.credential.secret));
        }
        QCOMPARE(found, logins);
        QCOMPARE(file.problems().size(), problems);
        // A problem names the registry, never a secret.
        for (const QString &problem : file.problems()) {
            QVERIFY2(
                !problem.contains(u"pw"_s) && !problem.contains(u"nocolon"_s), qPrintable(problem));
        }
    }

    void helpers()
    {
        DockerConfigFile file;
        // Escaped, not a raw string: moc's tokenizer reads "//" in a raw string as a comment.
        const QByteArray json = "{\"credsStore\":\"secretservice\",\"credHelpers\":{\"https://"
                                "GitLab-Registry.cern.ch/v2/\":\"pass\",\"x.example\":\"\"}}";
        QVERIFY(file.parse(json));
        QCOMPARE(file.credsStore(), u"secretservice"_s);
        QCOMPARE(file.credHelpers().value(u"gitlab-registry.cern.ch"_s), u"pass"_s);
        QVERIFY(!file.credHelpers().contains(u"x.example"_s));
        QCOMPARE(file.helperFor(u"gitlab-registry.cern.ch"_s), u"pass"_s);
        QCOMPARE(file.helperFor(u"docker.io"_s), u"secretservice"_s);
    }

    void entryPrefersDockersKey()
    {
        DockerConfigFile file;
        QVERIFY(file.parse("{\"auths\":{\"docker.io\":{\"auth\":\"" + b64("old:1")
            + "\"},"
              "\"https://index.docker.io/v1/\":{\"auth\":\""
            + b64("new:2") + "\"}}}"));
        const auto entry = file.entry(u"registry-1.docker.io"_s);
        QVERIFY(entry);
        QCOMPARE(entry->key, u"https://index.docker.io/v1/"_s);
        QCOMPARE(entry->credential.username, u"new"_s);
        QVERIFY(!file.entry(u"other.example"_s));
    }

    void defaultPath()
    {
        QProcessEnvironment environment;
        environment.insert(u"HOME"_s, u"/home/alice"_s);
        QCOMPARE(DockerConfigFile::defaultPath(environment), u"/home/alice/.docker/config.json"_s);
        environment.insert(u"DOCKER_CONFIG"_s, u"/etc/docker-client"_s);
        QCOMPARE(DockerConfigFile::defaultPath(environment), u"/etc/docker-client/config.json"_s);
    }

    void loadMissingFile()
    {
        QTemporaryDir dir;
        DockerConfigFile file;
        QVERIFY(file.load(dir.filePath(u"nothing/config.json"_s)));
        QVERIFY(!file.exists());
        QVERIFY(file.entries().isEmpty());
    }

    void loadRefusesHugeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        // Valid JSON, just too big: the size alone refuses it.
        QByteArray big
            = "{\"auths\":{},\"padding\":\"" + QByteArray(AuthConfigFile::MaxFileSize, 'x') + "\"}";
        QVERIFY(writeFile(path, big));
        DockerConfigFile file;
        const Result<void> loaded = file.load(path);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code(), ErrorCode::CredentialsError);
        QVERIFY(loaded.error().message().contains(u"1 MiB"_s));
        QVERIFY(!file.exists());
    }

    void loadRefusesNonRegularFiles()
    {
        QTemporaryDir dir;
        const QString directory = dir.filePath(u"config.json"_s);
        QVERIFY(QDir().mkpath(directory));
        DockerConfigFile file;
        Result<void> loaded = file.load(directory);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code(), ErrorCode::CredentialsError);

        // A FIFO would block a plain open(): it must be refused without reading.
        const QString fifo = dir.filePath(u"fifo.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        loaded = file.load(fifo);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code(), ErrorCode::CredentialsError);
    }

    void saveKeepsUnknownKeysAndPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        const QByteArray original = "{\"auths\":{\"keep.example\":{\"auth\":\"" + b64("k:1")
            + "\",\"email\":\"k@example\"}},\"credsStore\":\"secretservice\",\"proxies\":{"
              "\"default\":{\"httpProxy\":\"http://p:3128\"}},"
              "\"currentContext\":\"rootless\",\"aliases\":{\"builder\":\"buildx\"}}";
        QVERIFY(writeFile(path, original));
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        const mode_t before = modeOf(path);
        QCOMPARE(before, mode_t(0640));

        DockerConfigFile file;
        QVERIFY(file.load(path));
        file.setAuth(RegistryCredential(u"new.example:5000"_s, u"nina"_s, u"p:a:s:s"_s));
        file.setAuth(RegistryCredential(u"docker.io"_s, u"hub"_s, u"hubpw"_s));
        file.setAuth(RegistryCredential(u"keep.example"_s, u"kate"_s, u"2"_s));
        QVERIFY(file.save());
        QCOMPARE(modeOf(path), before);

        const QJsonObject saved = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(saved.value(u"credsStore"_s).toString(), u"secretservice"_s);
        QCOMPARE(saved.value(u"currentContext"_s).toString(), u"rootless"_s);
        QCOMPARE(saved.value(u"proxies"_s)
                     .toObject()
                     .value(u"default"_s)
                     .toObject()
                     .value(u"httpProxy"_s)
                     .toString(),
            u"http://p:3128"_s);
        QCOMPARE(saved.value(u"aliases"_s).toObject().value(u"builder"_s).toString(), u"buildx"_s);
        const QJsonObject auths = saved.value(u"auths"_s).toObject();
        QVERIFY(auths.contains(u"https://index.docker.io/v1/"_s)); // Docker's key for Docker Hub
        QVERIFY(auths.contains(u"new.example:5000"_s));
        // The existing entry is updated in place, keeping its other members.
        QCOMPARE(
            auths.value(u"keep.example"_s).toObject().value(u"email"_s).toString(), u"k@example"_s);

        DockerConfigFile again;
        QVERIFY(again.load(path));
        QCOMPARE(again.entry(u"new.example:5000"_s)->credential.secret, u"p:a:s:s"_s);
        QCOMPARE(again.entry(u"docker.io"_s)->credential.username, u"hub"_s);
        QCOMPARE(again.entry(u"keep.example"_s)->credential.username, u"kate"_s);
        QVERIFY(again.problems().isEmpty());

        QVERIFY(again.removeAuth(u"https://new.example:5000/v2/"_s));
        QVERIFY(!again.removeAuth(u"never.example"_s));
        QVERIFY(again.save());
        DockerConfigFile third;
        QVERIFY(third.load(path));
        QVERIFY(!third.entry(u"new.example:5000"_s));
        QCOMPARE(third.entries().size(), 2);
        QCOMPARE(modeOf(path), before);
    }

    void saveNewFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new/.docker/config.json"_s);
        DockerConfigFile file;
        QVERIFY(file.load(path));
        file.setAuth(RegistryCredential(u"a.example"_s, u"u"_s, u"p"_s));
        QVERIFY(file.save());
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(dir.filePath(u"new/.docker"_s)), mode_t(0700));
        QVERIFY(file.exists());
        // Nothing else was left in the folder (QSaveFile's temporary file is gone).
        QCOMPARE(
            QDir(dir.filePath(u"new/.docker"_s)).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void saveThroughSymlink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"dotfiles-config.json"_s);
        const QString link = dir.filePath(u"config.json"_s);
        QVERIFY(writeFile(target, "{}"));
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(QFile::link(target, link));
        DockerConfigFile file;
        QVERIFY(file.load(link));
        file.setAuth(RegistryCredential(u"a.example"_s, u"u"_s, u"p"_s));
        QVERIFY(file.save());
        QVERIFY(QFileInfo(link).isSymLink());
        DockerConfigFile again;
        QVERIFY(again.load(target));
        QCOMPARE(again.entries().size(), 1);
    }

    void refusedFileIsNeverSaved()
    {
        // A file that did not load has no document: saving would write only Wharf's part
        // and lose the rest, so save() refuses.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        const QByteArray original = R"({"auths":"not an object","other":1})";
        QVERIFY(writeFile(path, original));
        DockerConfigFile file;
        QVERIFY(!file.load(path));
        file.setAuth(RegistryCredential(u"a.example"_s, u"u"_s, u"p"_s));
        const Result<void> saved = file.save();
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::CredentialsError);
        QCOMPARE(readFile(path), original);

        const QString huge = dir.filePath(u"huge.json"_s);
        QVERIFY(writeFile(huge, QByteArray(AuthConfigFile::MaxFileSize + 10, ' ')));
        QVERIFY(!file.load(huge));
        QVERIFY(!file.save());
        QCOMPARE(QFileInfo(huge).size(), AuthConfigFile::MaxFileSize + 10);
    }

    void identityTokenRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        DockerConfigFile file;
        QVERIFY(file.load(path));
        file.setAuth(RegistryCredential(
            u"acr.example"_s, RegistryCredential::IdentityTokenUsername.toString(), u"refresh"_s));
        QVERIFY(file.save());
        DockerConfigFile again;
        QVERIFY(again.load(path));
        const auto entry = again.entry(u"acr.example"_s);
        QVERIFY(entry);
        QVERIFY(entry->credential.isIdentityToken());
        QCOMPARE(entry->credential.secret, u"refresh"_s);
    }
};

QTEST_GUILESS_MAIN(tst_DockerConfigFile)
#include "tst_dockerconfigfile.moc"
