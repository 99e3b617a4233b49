// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchRequestJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

LaunchRequest rich(LaunchStrategy strategy)
{
    LaunchRequest request;
    request.strategy = strategy;
    request.engine = EngineKind::Podman;
    request.engineHost = u"unix:///run/user/1000/podman/podman.sock"_s;
    request.image = u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:latest"_s;
    request.workingFolder = u"/home/alice/analysis/Z Peak"_s;
    request.binds = {{u"/data"_s, u"/mnt/data"_s, true}, {u"/weird $(x) 'y'\n"_s, QString(), false}};
    request.runAsUser = false;
    request.shell = u"zsh"_s;
    request.environment = {{u"A"_s, u"1"_s}, {u"_B"_s, u"two words; $(id) \"q\" é ü 😀"_s}};
    request.platform = u"linux/arm64"_s;
    request.keepContainer = true;
    request.pseudoTerminal = false;
    request.containerName = u"my-box"_s;
    request.cvmfsRoot = u"/opt/cvmfs"_s;
    request.cvmfsRepositories = {u"cms.cern.ch"_s, u"grid.cern.ch"_s};
    request.automounter = {u"/srv/mounts"_s, u"example.org/automounter:1"_s, u"automounter"_s};
    request.forwardX11 = true;
    request.forwardKerberos = true;
    request.cmsswRelease = u"el8"_s;
    request.command = {u"root"_s, u"-l"_s, QString(), u"--"_s};
    request.registryUsername = u"alice"_s;
    return request;
}

QByteArray withField(const QString &key, const QJsonValue &value)
{
    QJsonObject object = LaunchRequestJson::toJson(LaunchRequest());
    object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestLaunchRequestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        QTest::newRow("defaults") << LaunchRequest();
        for (const LaunchStrategy strategy : allLaunchStrategies())
            QTest::addRow("rich, %s", qPrintable(launchStrategyName(strategy))) << rich(strategy);
        LaunchRequest empty;
        empty.shell.clear();
        empty.cvmfsRoot.clear();
        empty.cmsswRelease.clear();
        empty.automounter = {QString(), QString(), QString()};
        QTest::newRow("empty strings stay empty") << empty;
        LaunchRequest id;
        id.image = u"sha256:"_s + QString(64, u'a');
        QTest::newRow("image ID") << id;
    }

    void roundTrip()
    {
        QFETCH(LaunchRequest, request);
        const Result<LaunchRequest> back = LaunchRequestJson::fromJson(LaunchRequestJson::toJson(request));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QCOMPARE(*back, request);
        const Result<LaunchRequest> fromText = LaunchRequestJson::fromBytes(LaunchRequestJson::toBytes(request));
        QVERIFY(fromText.ok());
        QCOMPARE(*fromText, request);
    }

    void versionedAndComplete()
    {
        const QJsonObject object = LaunchRequestJson::toJson(rich(LaunchStrategy::Apptainer));
        QCOMPARE(object.value(u"version"_s).toInt(), LaunchRequestJson::Version);
        QCOMPARE(object.value(u"strategy"_s).toString(), u"apptainer"_s);
        QCOMPARE(object.value(u"engine"_s).toString(), u"podman"_s);
        // Every key, and nothing that could hold a secret.
        QStringList keys = object.keys();
        keys.sort();
        QStringList expected{u"automounter"_s, u"binds"_s, u"cmsswRelease"_s, u"command"_s,
                             u"containerName"_s, u"cvmfsRepositories"_s, u"cvmfsRoot"_s, u"engine"_s,
                             u"engineHost"_s, u"environment"_s, u"forwardKerberos"_s, u"forwardX11"_s,
                             u"image"_s, u"keepContainer"_s, u"platform"_s, u"pseudoTerminal"_s,
                             u"registryUsername"_s, u"runAsUser"_s, u"shell"_s, u"strategy"_s,
                             u"version"_s, u"workingFolder"_s};
        expected.sort();
        QCOMPARE(keys, expected);
        const QByteArray text = LaunchRequestJson::toBytes(rich(LaunchStrategy::Apptainer)).toLower();
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("token"));
    }

    void missingFieldsKeepDefaults()
    {
        const Result<LaunchRequest> read
            = LaunchRequestJson::fromBytes(R"({"version":1,"strategy":"fuse","image":"busybox"})"_ba);
        QVERIFY(read.ok());
        LaunchRequest expected;
        expected.strategy = LaunchStrategy::Fuse;
        expected.image = u"busybox"_s;
        QCOMPARE(*read, expected);
    }

    void unknownKeysIgnored()
    {
        QJsonObject object = LaunchRequestJson::toJson(rich(LaunchStrategy::HostMount));
        object.insert(u"futureOption"_s, QJsonObject{{u"x"_s, 1}});
        object.insert(u"password"_s, u"never read"_s);
        QJsonArray binds = object.value(u"binds"_s).toArray();
        QJsonObject first = binds.at(0).toObject();
        first.insert(u"propagation"_s, u"rslave"_s);
        binds.replace(0, first);
        object.insert(u"binds"_s, binds);
        const Result<LaunchRequest> read = LaunchRequestJson::fromJson(object);
        QVERIFY(read.ok());
        QCOMPARE(*read, rich(LaunchStrategy::HostMount));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // the key the error names; "*": any

        const QByteArray good = LaunchRequestJson::toBytes(rich(LaunchStrategy::HostMount));
        QTest::newRow("empty") << QByteArray() << u"*"_s;
        QTest::newRow("garbage") << "\x01\xff\xfe garbage {"_ba << u"*"_s;
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"*"_s;
        QTest::newRow("truncated by one") << good.chopped(1) << u"*"_s;
        QTest::newRow("array") << "[1,2,3]"_ba << u"*"_s;
        QTest::newRow("string") << "\"host\""_ba << u"*"_s;
        QTest::newRow("null") << "null"_ba << u"*"_s;
        QTest::newRow("raw NUL byte") << QByteArray(R"({"version":1,"strategy":"host","image":"a)") + '\0'
                + QByteArray(R"("})")
                                      << u"*"_s;
        QTest::newRow("no version") << R"({"strategy":"host"})"_ba << u"version"_s;
        QTest::newRow("version as text") << R"({"version":"1","strategy":"host"})"_ba << u"version"_s;
        QTest::newRow("newer version") << R"({"version":2,"strategy":"host"})"_ba << u"version"_s;
        QTest::newRow("fractional version") << R"({"version":1.5,"strategy":"host"})"_ba << u"version"_s;
        QTest::newRow("no strategy") << R"({"version":1})"_ba << u"strategy"_s;
        QTest::newRow("unknown strategy") << R"({"version":1,"strategy":"teleport"})"_ba << u"strategy"_s;
        QTest::newRow("strategy wrong case") << R"({"version":1,"strategy":"Host"})"_ba << u"strategy"_s;
        QTest::newRow("strategy number") << R"({"version":1,"strategy":0})"_ba << u"strategy"_s;
        QTest::newRow("unknown engine") << withField(u"engine"_s, u"containerd"_s) << u"engine"_s;
        QTest::newRow("image number") << withField(u"image"_s, 42) << u"image"_s;
        QTest::newRow("image null") << withField(u"image"_s, QJsonValue::Null) << u"image"_s;
        QTest::newRow("image with escaped NUL") << withField(u"image"_s, u"busy\u0000box"_s) << u"image"_s;
        QTest::newRow("bool as text") << withField(u"runAsUser"_s, u"true"_s) << u"runAsUser"_s;
        QTest::newRow("bool as number") << withField(u"keepContainer"_s, 1) << u"keepContainer"_s;
        QTest::newRow("binds object") << withField(u"binds"_s, QJsonObject()) << u"binds"_s;
        QTest::newRow("bind not object")
            << withField(u"binds"_s, QJsonArray{QJsonObject{{u"source"_s, u"/a"_s}}, u"/b"_s}) << u"binds[1]"_s;
        QTest::newRow("bind source number")
            << withField(u"binds"_s, QJsonArray{QJsonObject{{u"source"_s, 1}}}) << u"binds[0].source"_s;
        QTest::newRow("bind readOnly text")
            << withField(u"binds"_s, QJsonArray{QJsonObject{{u"source"_s, u"/a"_s}, {u"readOnly"_s, u"yes"_s}}})
            << u"binds[0].readOnly"_s;
        QTest::newRow("variable NUL")
            << withField(u"environment"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}, {u"value"_s, u"x\u0000"_s}}})
            << u"environment[0].value"_s;
        QTest::newRow("command not list") << withField(u"command"_s, u"ls -l"_s) << u"command"_s;
        QTest::newRow("command word number") << withField(u"command"_s, QJsonArray{u"ls"_s, 3}) << u"command[1]"_s;
        QTest::newRow("repositories nested")
            << withField(u"cvmfsRepositories"_s, QJsonArray{QJsonArray{u"cms.cern.ch"_s}}) << u"cvmfsRepositories[0]"_s;
        QTest::newRow("automounter text") << withField(u"automounter"_s, u"/shared-mounts"_s) << u"automounter"_s;
        QTest::newRow("automounter image number")
            << withField(u"automounter"_s, QJsonObject{{u"image"_s, 5}}) << u"automounter.image"_s;

        QJsonArray manyBinds;
        for (int i = 0; i <= LaunchRequestJson::MaximumListSize; ++i)
            manyBinds.append(QJsonObject{{u"source"_s, u"/d%1"_s.arg(i)}});
        QTest::newRow("huge binds") << withField(u"binds"_s, manyBinds) << u"binds"_s;
        QJsonArray manyWords;
        for (int i = 0; i < 100000; ++i)
            manyWords.append(u"w"_s);
        QTest::newRow("huge command") << withField(u"command"_s, manyWords) << u"command"_s;
        QTest::newRow("huge string")
            << withField(u"workingFolder"_s, QString(LaunchRequestJson::MaximumStringSize + 1, u'a'))
            << u"workingFolder"_s;
        QTest::newRow("huge document") << QByteArray(LaunchRequestJson::MaximumDocumentSize + 1, ' ') << u"*"_s;
    }

    void hostile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const Result<LaunchRequest> read = LaunchRequestJson::fromBytes(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code(), ErrorCode::ParseError);
        QVERIFY(!read.error().message().isEmpty());
        if (field != u"*"_s)
            QCOMPARE(read.error().details(), field);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLaunchRequestJson)
#include "tst_launchrequestjson.moc"
