// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchRequestValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

LaunchRequest valid(LaunchStrategy strategy = LaunchStrategy::HostMount)
{
    LaunchRequest request;
    request.strategy = strategy;
    request.image = u"cmscloud/al9-cms:latest"_s;
    request.workingFolder = u"/home/alice/analysis"_s;
    return request;
}

} // namespace

class TestLaunchRequestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        for (const LaunchStrategy strategy : allLaunchStrategies())
            QTest::addRow("defaults, %s", qPrintable(launchStrategyName(strategy))) << valid(strategy);
        LaunchRequest id = valid();
        id.image = u"sha256:"_s + QString(64, u'0');
        QTest::newRow("full image ID") << id;
        LaunchRequest path = valid(LaunchStrategy::Apptainer);
        path.image = u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/cmssw/el9:x86_64"_s;
        QTest::newRow("unpacked path with ':'") << path;
        LaunchRequest cmssw = valid(LaunchStrategy::Cmssw);
        cmssw.image.clear();
        QTest::newRow("cmssw without image") << cmssw;
        LaunchRequest rich = valid();
        rich.environment = {{u"_X1"_s, u"any $(value) 'at' all\n"_s}};
        rich.platform = u"linux/arm64/v8"_s;
        rich.containerName = u"my-box_1.2"_s;
        rich.cvmfsRepositories = {u"cms.cern.ch"_s, u"cms-ib.cern.ch"_s};
        rich.binds = {{u"/data"_s, u"/mnt/data"_s, true}, {u"/weird $(x) 'y'"_s, QString(), false}};
        rich.command = {u"-c"_s, QString(), u"$(x)"_s};
        rich.shell = u"zsh"_s;
        QTest::newRow("rich, hostile but expressible") << rich;
        LaunchRequest hosted = valid();
        hosted.engineHost = u"unix:///run/user/1000/podman/podman.sock"_s;
        QTest::newRow("engine host") << hosted;
    }

    void accepted()
    {
        QFETCH(LaunchRequest, request);
        const VoidResult result = LaunchRequestValidator::validate(request);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    }

    void refused_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        const ErrorCode config = ErrorCode::InvalidConfiguration;

        auto with = [](auto change, LaunchStrategy strategy = LaunchStrategy::HostMount) {
            LaunchRequest request = valid(strategy);
            change(request);
            return request;
        };
        QTest::newRow("no image") << with([](LaunchRequest &r) { r.image = u"  "_s; }) << config << u"image"_s;
        QTest::newRow("bad reference") << with([](LaunchRequest &r) { r.image = u"Busy Box"_s; })
                                       << ErrorCode::InvalidReference << u"image"_s;
        QTest::newRow("option as image") << with([](LaunchRequest &r) { r.image = u"--privileged"_s; })
                                         << ErrorCode::InvalidReference << u"image"_s;
        QTest::newRow("image with command") << with([](LaunchRequest &r) { r.image = u"busybox;id"_s; })
                                            << ErrorCode::InvalidReference << u"image"_s;
        QTest::newRow("short ID is a name, full ID needs sha256:")
            << with([](LaunchRequest &r) { r.image = QString(64, u'a') + u"$"_s; }) << ErrorCode::InvalidReference << u"image"_s;
        QTest::newRow("apptainer relative path")
            << with([](LaunchRequest &r) { r.image = u"./el9"_s; }, LaunchStrategy::Apptainer)
            << ErrorCode::InvalidReference << u"image"_s;
        QTest::newRow("apptainer path with newline")
            << with([](LaunchRequest &r) { r.image = u"/cvmfs/x\ny"_s; }, LaunchStrategy::Apptainer) << config << u"image"_s;
        QTest::newRow("relative working folder")
            << with([](LaunchRequest &r) { r.workingFolder = u"analysis"_s; }) << config << u"workingFolder"_s;
        QTest::newRow("empty working folder")
            << with([](LaunchRequest &r) { r.workingFolder.clear(); }) << config << u"workingFolder"_s;
        QTest::newRow("dash working folder")
            << with([](LaunchRequest &r) { r.workingFolder = u"-v"_s; }) << config << u"workingFolder"_s;
        QTest::newRow("root working folder")
            << with([](LaunchRequest &r) { r.workingFolder = u"/"_s; }) << config << u"workingFolder"_s;
        QTest::newRow("colon in working folder")
            << with([](LaunchRequest &r) { r.workingFolder = u"/home/a:b"_s; }) << config << u"workingFolder"_s;
        QTest::newRow("comma in working folder")
            << with([](LaunchRequest &r) { r.workingFolder = u"/home/a,b"_s; }) << config << u"workingFolder"_s;
        QTest::newRow("NUL in working folder")
            << with([](LaunchRequest &r) { r.workingFolder = QString(u"/home/a\0b"_s); }) << config << u"workingFolder"_s;
        QTest::newRow("relative bind source")
            << with([](LaunchRequest &r) { r.binds = {{u"data"_s, QString(), false}}; }) << config << u"binds[0].source"_s;
        QTest::newRow("bind target with colon")
            << with([](LaunchRequest &r) { r.binds = {{u"/ok"_s, u"/ok"_s, false}, {u"/data"_s, u"/x:rw"_s, false}}; })
            << config << u"binds[1].target"_s;
        QTest::newRow("bind onto root")
            << with([](LaunchRequest &r) { r.binds = {{u"/data"_s, u"/"_s, false}}; }) << config << u"binds[0].target"_s;
        QTest::newRow("unknown shell") << with([](LaunchRequest &r) { r.shell = u"fish"_s; }) << config << u"shell"_s;
        QTest::newRow("shell path") << with([](LaunchRequest &r) { r.shell = u"/bin/bash"_s; }) << config << u"shell"_s;
        QTest::newRow("shell with option") << with([](LaunchRequest &r) { r.shell = u"bash -c id"_s; }) << config << u"shell"_s;
        QTest::newRow("variable name with digit first")
            << with([](LaunchRequest &r) { r.environment = {{u"1A"_s, u"x"_s}}; }) << config << u"environment[0].name"_s;
        QTest::newRow("variable name with =")
            << with([](LaunchRequest &r) { r.environment = {{u"A"_s, u"1"_s}, {u"B=C"_s, u"x"_s}}; })
            << config << u"environment[1].name"_s;
        QTest::newRow("variable name as option")
            << with([](LaunchRequest &r) { r.environment = {{u"--privileged"_s, u""_s}}; }) << config << u"environment[0].name"_s;
        QTest::newRow("empty variable name")
            << with([](LaunchRequest &r) { r.environment = {{QString(), u"x"_s}}; }) << config << u"environment[0].name"_s;
        QTest::newRow("NUL in value")
            << with([](LaunchRequest &r) { r.environment = {{u"A"_s, QString(u"x\0y"_s)}}; }) << config << u"environment[0].value"_s;
        QTest::newRow("platform as option")
            << with([](LaunchRequest &r) { r.platform = u"--privileged"_s; }) << config << u"platform"_s;
        QTest::newRow("platform without architecture")
            << with([](LaunchRequest &r) { r.platform = u"linux"_s; }) << config << u"platform"_s;
        QTest::newRow("container name with dash first")
            << with([](LaunchRequest &r) { r.containerName = u"-rm"_s; }) << config << u"containerName"_s;
        QTest::newRow("one-character container name")
            << with([](LaunchRequest &r) { r.containerName = u"a"_s; }) << config << u"containerName"_s;
        QTest::newRow("container name with space")
            << with([](LaunchRequest &r) { r.containerName = u"a b"_s; }) << config << u"containerName"_s;
        QTest::newRow("relative CVMFS root")
            << with([](LaunchRequest &r) { r.cvmfsRoot = u"cvmfs"_s; }) << config << u"cvmfsRoot"_s;
        QTest::newRow("repository with slash")
            << with([](LaunchRequest &r) { r.cvmfsRepositories = {u"../etc"_s}; }) << config << u"cvmfsRepositories[0]"_s;
        QTest::newRow("repository as option")
            << with([](LaunchRequest &r) { r.cvmfsRepositories = {u"cms.cern.ch"_s, u"-x"_s}; })
            << config << u"cvmfsRepositories[1]"_s;
        QTest::newRow("automounter root relative")
            << with([](LaunchRequest &r) { r.automounter.mountRoot = u"shared"_s; }, LaunchStrategy::Automounter)
            << config << u"automounter.mountRoot"_s;
        QTest::newRow("automounter image bad")
            << with([](LaunchRequest &r) { r.automounter.image = u"$(x)"_s; }, LaunchStrategy::Automounter)
            << ErrorCode::InvalidReference << u"automounter.image"_s;
        QTest::newRow("automounter name bad")
            << with([](LaunchRequest &r) { r.automounter.containerName = u"--name"_s; }, LaunchStrategy::Automounter)
            << config << u"automounter.containerName"_s;
        QTest::newRow("cmssw release")
            << with([](LaunchRequest &r) { r.cmsswRelease = u"el10"_s; }, LaunchStrategy::Cmssw) << config << u"cmsswRelease"_s;
        QTest::newRow("NUL in command")
            << with([](LaunchRequest &r) { r.command = {u"ls"_s, QString(u"a\0b"_s)}; }) << config << u"command[1]"_s;
        QTest::newRow("engine host as option")
            << with([](LaunchRequest &r) { r.engineHost = u"--privileged"_s; }) << config << u"engineHost"_s;
        QTest::newRow("engine host with newline")
            << with([](LaunchRequest &r) { r.engineHost = u"unix:///a\nb"_s; }) << config << u"engineHost"_s;
        QTest::newRow("engine host with blank")
            << with([](LaunchRequest &r) { r.engineHost = u"tcp://a b"_s; }) << config << u"engineHost"_s;
        QTest::newRow("engine host without scheme")
            << with([](LaunchRequest &r) { r.engineHost = u"/run/docker.sock"_s; }) << config << u"engineHost"_s;
        QTest::newRow("user name with newline")
            << with([](LaunchRequest &r) { r.registryUsername = u"alice\nX=1"_s; }, LaunchStrategy::Apptainer)
            << config << u"registryUsername"_s;
    }

    void refused()
    {
        QFETCH(LaunchRequest, request);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        const VoidResult result = LaunchRequestValidator::validate(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), code);
        QCOMPARE(result.error().details(), field);
        QVERIFY(!result.error().message().isEmpty());
    }

    void settingsOnlyCheckedForTheirStrategy()
    {
        LaunchRequest request = valid(LaunchStrategy::HostMount);
        request.automounter.mountRoot = u"relative"_s;
        request.cmsswRelease = u"el5"_s;
        QVERIFY(LaunchRequestValidator::validate(request).ok());
    }

    void colonMessageSaysWhy()
    {
        LaunchRequest request = valid();
        request.workingFolder = u"/home/a:b"_s;
        const VoidResult result = LaunchRequestValidator::validate(request);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message().contains(u"/home/a:b"_s));
        QVERIFY(result.error().message().contains(u"cannot be mounted"_s));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLaunchRequestValidator)
#include "tst_launchrequestvalidator.moc"
