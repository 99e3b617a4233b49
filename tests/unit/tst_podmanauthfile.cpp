// SPDX-License-Identifier: Apache-2.0
// Podman's auth.json: where it is looked for (REGISTRY_AUTH_FILE, XDG_RUNTIME_DIR,
// XDG_CONFIG_HOME or ~/.config, then Docker's config.json), and the shared "auths" format
// with hostile input and a save that keeps what Wharf does not know.
#include "credentials/DockerConfigFile.h"
#include "credentials/PodmanAuthFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_PodmanAuthFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("defaultPath");
        QTest::addColumn<QStringList>("searchPaths");

        QTest::newRow("home only")
            << QStringList { u"HOME=/home/a"_s } << u"/home/a/.config/containers/auth.json"_s
            << QStringList { u"/home/a/.config/containers/auth.json"_s,
                   u"/home/a/.docker/config.json"_s };
        QTest::newRow("runtime dir")
            << QStringList { u"HOME=/home/a"_s, u"XDG_RUNTIME_DIR=/run/user/1000"_s }
            << u"/run/user/1000/containers/auth.json"_s
            << QStringList { u"/run/user/1000/containers/auth.json"_s,
                   u"/home/a/.config/containers/auth.json"_s, u"/home/a/.docker/config.json"_s };
        QTest::newRow("REGISTRY_AUTH_FILE wins")
            << QStringList { u"HOME=/home/a"_s, u"XDG_RUNTIME_DIR=/run/user/1000"_s,
                   u"REGISTRY_AUTH_FILE=/srv/ci//auth.json"_s }
            << u"/srv/ci/auth.json"_s
            << QStringList { u"/srv/ci/auth.json"_s, u"/home/a/.config/containers/auth.json"_s,
                   u"/home/a/.docker/config.json"_s };
        QTest::newRow("XDG_CONFIG_HOME and DOCKER_CONFIG")
            << QStringList { u"HOME=/home/a"_s, u"XDG_CONFIG_HOME=/cfg"_s, u"DOCKER_CONFIG=/dc"_s }
            << u"/cfg/containers/auth.json"_s
            << QStringList { u"/cfg/containers/auth.json"_s, u"/dc/config.json"_s };
        QTest::newRow("REGISTRY_AUTH_FILE is docker's file")
            << QStringList { u"HOME=/home/a"_s,
                   u"REGISTRY_AUTH_FILE=/home/a/.docker/config.json"_s }
            << u"/home/a/.docker/config.json"_s
            << QStringList { u"/home/a/.docker/config.json"_s,
                   u"/home/a/.config/containers/auth.json"_s };
        QTest::newRow("empty variables are unset")
            << QStringList { u"HOME=/home/a"_s, u"REGISTRY_AUTH_FILE="_s, u"XDG_RUNTIME_DIR="_s }
            << u"/home/a/.config/containers/auth.json"_s
            << QStringList { u"/home/a/.config/containers/auth.json"_s,
                   u"/home/a/.docker/config.json"_s };
    }

    void paths()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, defaultPath);
        QFETCH(QStringList, searchPaths);
        const QProcessEnvironment env = environmentOf(environment);
        QCOMPARE(PodmanAuthFile::defaultPath(env), defaultPath);
        QCOMPARE(PodmanAuthFile::searchPaths(env), searchPaths);
        QVERIFY(!PodmanAuthFile::podmanPaths(env).contains(DockerConfigFile::defaultPath(env))
            || DockerConfigFile::defaultPath(env) == defaultPath);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("problems");
        const QByteArray auth = QByteArray("user:pw").toBase64();
        QTest::newRow("podman login output")
            << QByteArray("{\n\t\"auths\": {\n\t\t\"registry.cern.ch\": {\n\t\t\t\"auth\": \""
                   + auth + "\"\n\t\t}\n\t}\n}")
            << true << 1 << 0;
        QTest::newRow("namespaced key (containers-auth.json)")
            << QByteArray("{\"auths\":{\"registry.cern.ch/cms\":{\"auth\":\"" + auth + "\"}}}")
            << true << 1 << 0;
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << false << 0 << 0;
        QTest::newRow("auths wrong type") << QByteArray(R"({"auths":1})") << false << 0 << 0;
        QTest::newRow("truncated")
            << QByteArray("{\"auths\":{\"a.example\":{\"auth\":\"") << false << 0 << 0;
        QTest::newRow("deep nesting")
            << (QByteArray(2000, '[') + QByteArray(2000, ']')) << false << 0 << 0;
        QTest::newRow("bad entries skipped")
            << QByteArray("{\"auths\":{\"a.example\":{\"auth\":\"" + auth
                   + "\"},\"b.example\":{\"auth\":\"@@\"},"
                     "\"c.example\":{\"auth\":\""
                   + QByteArray("nocolon").toBase64() + "\"},\"d.example\":7}}")
            << true << 1 << 3;
    }

    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(int, entries);
        QFETCH(int, problems);
        PodmanAuthFile file;
        const Result<void> parsed = file.parse(json, u"/run/user/1000/containers/auth.json"_s);
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QCOMPARE(parsed.error().code(), ErrorCode::ParseError);
            QVERIFY(parsed.error().message().contains(u"Podman"_s));
        }
        QCOMPARE(file.entries().size(), entries);
        QCOMPARE(file.problems().size(), problems);
    }

    void namespacedKeyNamesTheRegistry()
    {
        // containers-auth.json allows "host/namespace" keys; the login is for that host.
        PodmanAuthFile file;
        QVERIFY(file.parse("{\"auths\":{\"registry.cern.ch/cms\":{\"auth\":\""
            + QByteArray("u:p").toBase64() + "\"}}}"));
        QCOMPARE(file.entries().constFirst().credential.registry, u"registry.cern.ch"_s);
        QCOMPARE(file.entries().constFirst().key, u"registry.cern.ch/cms"_s);
    }

    void saveToRuntimeDirectory()
    {
        QTemporaryDir dir;
        const QProcessEnvironment env = environmentOf({ u"HOME="_s + dir.filePath(u"home"_s),
            u"XDG_RUNTIME_DIR="_s + dir.filePath(u"run"_s) });
        const QString path = PodmanAuthFile::defaultPath(env);
        PodmanAuthFile file;
        QVERIFY(file.load(path));
        QVERIFY(!file.exists());
        file.setAuth(RegistryCredential(u"registry.cern.ch"_s, u"u"_s, u"p"_s));
        QVERIFY(file.save());
        struct stat status
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));

        // podman keeps other members; Wharf keeps them too.
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(raw.readAll()).object();
        raw.close();
        root.insert(u"credHelpers"_s, QJsonObject { { u"quay.io"_s, u"secretservice"_s } });
        root.insert(u"x-podman-extension"_s, 1);
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
        PodmanAuthFile again;
        QVERIFY(again.load(path));
        QCOMPARE(again.helperFor(u"quay.io"_s), u"secretservice"_s);
        QVERIFY(again.removeAuth(u"registry.cern.ch"_s));
        QVERIFY(again.save());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(raw.readAll()).object();
        QCOMPARE(saved.value(u"x-podman-extension"_s).toInt(), 1);
        QVERIFY(saved.value(u"auths"_s).toObject().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PodmanAuthFile)
#include "tst_podmanauthfile.moc"
