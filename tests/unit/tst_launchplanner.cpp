// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchPlanner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

const QString kWork = u"/home/alice/analysis"_s;
// What an interactive engine launch runs for shell "bash": bash when the image has it, else sh.
const QStringList kBashOrSh{u"sh"_s, u"-c"_s,
                            u"if command -v bash >/dev/null 2>&1; then exec bash; fi; "
                            "echo 'wharf: bash is not in this image, starting sh instead.' >&2; exec sh"_s};

HostFacts linuxFacts()
{
    HostFacts facts;
    facts.os = HostFacts::Os::Linux;
    facts.architecture = u"amd64"_s;
    facts.userId = 1000;
    facts.groupId = 1001;
    facts.userName = u"alice"_s;
    return facts;
}

HostFacts selinuxFacts()
{
    HostFacts facts = linuxFacts();
    facts.selinuxEnforcing = true;
    return facts;
}

HostFacts macFacts()
{
    HostFacts facts = linuxFacts();
    facts.os = HostFacts::Os::MacOs;
    facts.dockerDesktop = true;
    facts.architecture = u"arm64"_s;
    facts.userId = 501;
    facts.groupId = 20;
    return facts;
}

HostFacts dockerDesktopLinuxFacts()
{
    HostFacts facts = linuxFacts();
    facts.dockerDesktop = true;
    return facts;
}

LaunchRequest baseRequest(LaunchStrategy strategy)
{
    LaunchRequest request;
    request.strategy = strategy;
    request.image = u"cmscloud/al9-cms"_s;
    request.workingFolder = kWork;
    return request;
}

QStringList words(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

// Every word a plan shows to people or to a program.
QStringList everythingShown(const LaunchPlan &plan)
{
    QStringList all = plan.argv();
    all << plan.commandLine() << plan.warnings << plan.workingDirectory;
    for (const EnvironmentVariable &variable : plan.environment)
        all << variable.name << variable.value;
    for (const LaunchPrecondition &precondition : plan.preconditions)
        all << precondition.subject << precondition.description;
    return all;
}

} // namespace

class TestLaunchPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The exact vector, argument by argument, for each strategy on each kind of host.
    void argumentVector_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        QTest::addColumn<HostFacts>("facts");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");

        const QString w = kWork + u':' + kWork;
        LaunchRequest host = baseRequest(LaunchStrategy::HostMount);
        QTest::newRow("host, Linux, docker")
            << host << linuxFacts() << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=host --user 1000:1001 -v /cvmfs:/cvmfs:rslave -v"_s) << w << u"-w"_s << kWork
                                                                                        << u"cmscloud/al9-cms"_s << kBashOrSh);
        QTest::newRow("host, macOS")
            << host << macFacts() << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=host -v /cvmfs:/cvmfs -v"_s) << w << u"-w"_s << kWork << u"cmscloud/al9-cms"_s << kBashOrSh);
        QTest::newRow("host, Docker Desktop on Linux")
            << host << dockerDesktopLinuxFacts() << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=host --user 1000:1001 -v /cvmfs:/cvmfs -v"_s) << w << u"-w"_s << kWork
                                                                                << u"cmscloud/al9-cms"_s << kBashOrSh);
        QTest::newRow("host, SELinux")
            << host << selinuxFacts() << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=host --user 1000:1001 --security-opt label=disable -v /cvmfs:/cvmfs:rslave -v"_s)
                << w << u"-w"_s << kWork << u"cmscloud/al9-cms"_s << kBashOrSh);

        LaunchRequest rootless = host;
        rootless.engine = EngineKind::Podman;
        QTest::newRow("host, rootless podman")
            << rootless << linuxFacts() << u"podman"_s
            << (words(u"run --rm -it --label wharf.strategy=host --userns=keep-id -v /cvmfs:/cvmfs:rslave -v"_s)
                << w << u"-w"_s << kWork << u"docker.io/cmscloud/al9-cms"_s << kBashOrSh);
        HostFacts root = linuxFacts();
        root.userId = 0;
        root.groupId = 0;
        QTest::newRow("host, podman as root")
            << rootless << root << u"podman"_s
            << (words(u"run --rm -it --label wharf.strategy=host -v /cvmfs:/cvmfs:rslave -v"_s) << w << u"-w"_s << kWork
                                                                  << u"docker.io/cmscloud/al9-cms"_s << kBashOrSh);

        LaunchRequest everything = host;
        everything.image = u"cmscloud/al9-cms:2024-01"_s;
        everything.keepContainer = true;
        everything.containerName = u"ana.1"_s;
        everything.platform = u"linux/arm64"_s;
        everything.runAsUser = false;
        everything.cvmfsRoot = u"/opt/cvmfs/"_s;
        everything.binds = {{u"/data"_s, QString(), true}, {u"/src/x/../y"_s, u"/dst"_s, false}};
        everything.environment = {{u"A"_s, u"1"_s}, {u"B_2"_s, u"x y"_s}};
        everything.shell = u"zsh"_s;
        everything.command = {u"ls"_s, u"-l"_s, u"--"_s, u"-x"_s};
        QTest::newRow("host, every option")
            << everything << linuxFacts() << u"docker"_s
            << (words(u"run -it --name ana.1 --label wharf.strategy=host --platform linux/arm64 -v /opt/cvmfs:/cvmfs:rslave -v"_s)
                << w << u"-w"_s << kWork
                << words(u"-v /data:/data:ro -v /src/y:/dst -e A=1 -e"_s) << u"B_2=x y"_s
                << u"cmscloud/al9-cms:2024-01"_s << words(u"ls -l -- -x"_s));

        LaunchRequest dockerHost = host;
        dockerHost.engineHost = u"unix:///tmp/my docker/docker.sock"_s;
        dockerHost.shell = u"sh"_s;
        QTest::newRow("host, docker on its own socket, sh")
            << dockerHost << linuxFacts() << u"docker"_s
            << (QStringList{u"--host"_s, dockerHost.engineHost}
                << words(u"run --rm -it --label wharf.strategy=host --user 1000:1001 -v /cvmfs:/cvmfs:rslave -v"_s)
                << w << u"-w"_s << kWork << u"cmscloud/al9-cms"_s << u"sh"_s);
        LaunchRequest podmanHost = rootless;
        podmanHost.engineHost = u"unix:///run/user/1000/podman/podman.sock"_s;
        podmanHost.shell = u"zsh"_s;
        QTest::newRow("host, podman through its service, zsh")
            << podmanHost << linuxFacts() << u"podman"_s
            << (words(u"--remote --url unix:///run/user/1000/podman/podman.sock run --rm -it "
                      "--label wharf.strategy=host --userns=keep-id -v /cvmfs:/cvmfs:rslave -v"_s)
                << w << u"-w"_s << kWork << u"docker.io/cmscloud/al9-cms"_s
                << QStringList{u"sh"_s, u"-c"_s,
                               u"if command -v zsh >/dev/null 2>&1; then exec zsh; fi; "
                               "echo 'wharf: zsh is not in this image, starting sh instead.' >&2; exec sh"_s});

        LaunchRequest piped = host;
        piped.pseudoTerminal = false;
        piped.command = {u"cat"_s, u"/cvmfs/cms.cern.ch/marker"_s};
        QTest::newRow("host, no terminal on stdin")
            << piped << linuxFacts() << u"docker"_s
            << (words(u"run --rm -i --label wharf.strategy=host --user 1000:1001 -v /cvmfs:/cvmfs:rslave -v"_s)
                << w << u"-w"_s << kWork << u"cmscloud/al9-cms"_s << piped.command);

        LaunchRequest imageId = host;
        imageId.image = u"sha256:"_s + QString(64, u'a');
        imageId.runAsUser = false;
        QTest::newRow("host, image ID")
            << imageId << linuxFacts() << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=host -v /cvmfs:/cvmfs:rslave -v"_s) << w << u"-w"_s << kWork << imageId.image << kBashOrSh);

        LaunchRequest automounter = baseRequest(LaunchStrategy::Automounter);
        QTest::newRow("automounter, Linux")
            << automounter << linuxFacts() << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=automounter --user 1000:1001 -v /shared-mounts/cvmfs:/cvmfs:rslave -v"_s)
                << w << u"-w"_s << kWork << u"cmscloud/al9-cms"_s << kBashOrSh);
        LaunchRequest otherRoot = automounter;
        otherRoot.automounter.mountRoot = u"/srv/mounts/"_s;
        QTest::newRow("automounter, SELinux, other mount root")
            << otherRoot << selinuxFacts() << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=automounter --user 1000:1001 --security-opt label=disable -v /srv/mounts/cvmfs:/cvmfs:rslave -v"_s)
                << w << u"-w"_s << kWork << u"cmscloud/al9-cms"_s << kBashOrSh);

        LaunchRequest fuse = baseRequest(LaunchStrategy::Fuse);
        fuse.image = u"gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cvmfs"_s;
        QTest::newRow("fuse, Linux")
            << fuse << linuxFacts() << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=fuse --user 1000:1001 --cap-add SYS_ADMIN --device /dev/fuse -v"_s)
                << w << u"-w"_s << kWork << fuse.image << kBashOrSh);
        HostFacts confined = selinuxFacts();
        confined.appArmorEnabled = true;
        QTest::newRow("fuse, SELinux and AppArmor")
            << fuse << confined << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=fuse --user 1000:1001 --security-opt label=disable --cap-add SYS_ADMIN --device /dev/fuse "
                      "--security-opt apparmor=unconfined -v"_s)
                << w << u"-w"_s << kWork << fuse.image << kBashOrSh);
        QTest::newRow("fuse, macOS (AppArmor and SELinux facts do not apply)")
            << fuse << [] { HostFacts f = macFacts(); f.selinuxEnforcing = true; f.appArmorEnabled = true; return f; }()
            << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=fuse --cap-add SYS_ADMIN --device /dev/fuse -v"_s) << w << u"-w"_s << kWork << fuse.image
                                                                                   << kBashOrSh);

        LaunchRequest x11 = host;
        x11.forwardX11 = true;
        x11.forwardKerberos = true;
        HostFacts graphical = linuxFacts();
        graphical.display = u":0"_s;
        graphical.x11SocketDirectoryExists = true;
        graphical.kerberosCache = u"/tmp/krb5cc_1000"_s;
        QTest::newRow("host, X11 and Kerberos on Linux")
            << x11 << graphical << u"docker"_s
            << (words(u"run --rm -it --label wharf.strategy=host --user 1000:1001 -v /cvmfs:/cvmfs:rslave -v"_s) << w << u"-w"_s << kWork
                << words(u"-e DISPLAY=:0 -v /tmp/.X11-unix:/tmp/.X11-unix"_s)
                << words(u"-v /tmp/krb5cc_1000:/tmp/krb5cc_1000:ro -e KRB5CCNAME=FILE:/tmp/krb5cc_1000"_s)
                << u"cmscloud/al9-cms"_s << kBashOrSh);
        LaunchRequest x11Podman = x11;
        x11Podman.engine = EngineKind::Podman;
        x11Podman.forwardKerberos = false;
        QTest::newRow("host, X11 on macOS with podman")
            << x11Podman << macFacts() << u"podman"_s
            << (words(u"run --rm -it --label wharf.strategy=host -v /cvmfs:/cvmfs -v"_s) << w << u"-w"_s << kWork
                << words(u"-e DISPLAY=host.containers.internal:0"_s) << u"docker.io/cmscloud/al9-cms"_s << kBashOrSh);

        LaunchRequest apptainer = baseRequest(LaunchStrategy::Apptainer);
        HostFacts lxplus = linuxFacts();
        lxplus.apptainer = HostFacts::ApptainerProgram::Apptainer;
        lxplus.afsExists = true;
        lxplus.eosExists = true;
        QTest::newRow("apptainer, docker://, /afs and /eos")
            << apptainer << lxplus << u"apptainer"_s
            << (words(u"shell --shell /bin/bash -B /cvmfs -B /afs -B /eos -B"_s)
                << kWork << u"--pwd"_s << kWork << u"docker://docker.io/cmscloud/al9-cms"_s);
        HostFacts laptop = linuxFacts();
        laptop.apptainer = HostFacts::ApptainerProgram::Singularity;
        LaunchRequest unpacked = apptainer;
        unpacked.image = u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/cmssw/el9:x86_64"_s;
        unpacked.cvmfsRoot = u"/opt/cvmfs"_s;
        unpacked.binds = {{u"/data"_s, QString(), true}, {u"/scratch"_s, u"/s"_s, false}, {u"/x"_s, u"/y"_s, true}};
        unpacked.command = {u"cmsRun"_s, u"cfg.py"_s, u"--"_s, u"-n"_s};
        QTest::newRow("singularity, unpacked path, exec, binds")
            << unpacked << laptop << u"singularity"_s
            << (words(u"exec -B /opt/cvmfs:/cvmfs -B"_s) << kWork << u"--pwd"_s << kWork
                << words(u"-B /data:/data:ro -B /scratch:/s -B /x:/y:ro"_s) << unpacked.image
                << unpacked.command);
        LaunchRequest zsh = apptainer;
        zsh.shell = u"zsh"_s;
        QTest::newRow("apptainer not found, zsh")
            << zsh << linuxFacts() << u"apptainer"_s
            << (words(u"shell --shell /bin/zsh -B /cvmfs -B"_s) << kWork << u"--pwd"_s << kWork
                                                                << u"docker://docker.io/cmscloud/al9-cms"_s);

        LaunchRequest cmssw = baseRequest(LaunchStrategy::Cmssw);
        QTest::newRow("cmssw el9, interactive")
            << cmssw << lxplus << u"/cvmfs/cms.cern.ch/common/cmssw-el9"_s << QStringList{u"-B"_s, kWork};
        LaunchRequest cmsswCommand = cmssw;
        cmsswCommand.cmsswRelease = u"el7"_s;
        cmsswCommand.binds = {{u"/data"_s, QString(), true}, {u"/a"_s, u"/b"_s, false}};
        cmsswCommand.command = {u"cmsRun"_s, u"my cfg.py"_s, u"a;b"_s, u"$(x)"_s, u"--x"_s};
        QTest::newRow("cmssw el7, command and binds")
            << cmsswCommand << lxplus << u"/cvmfs/cms.cern.ch/common/cmssw-el7"_s
            << (QStringList{u"-B"_s, kWork} << words(u"-B /data:/data:ro -B /a:/b --command-to-run"_s)
                                             << cmsswCommand.command);
        LaunchRequest cmsswRoot = cmssw;
        cmsswRoot.cmsswRelease = u"el8"_s;
        cmsswRoot.cvmfsRoot = u"/opt/cvmfs"_s;
        cmsswRoot.command = {u"ls"_s};
        QTest::newRow("cmssw el8, other CVMFS root, one-word command")
            << cmsswRoot << lxplus << u"/opt/cvmfs/cms.cern.ch/common/cmssw-el8"_s
            << words(u"--cvmfs-mount /opt/cvmfs -B /home/alice/analysis --command-to-run ls"_s);
    }

    void argumentVector()
    {
        QFETCH(LaunchRequest, request);
        QFETCH(HostFacts, facts);
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const Result<LaunchPlan> plan = LaunchPlanner::plan(request, facts);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->program, program);
        // Argument by argument first, so a failure names the first difference.
        for (qsizetype i = 0; i < std::min(plan->arguments.size(), arguments.size()); ++i)
            QCOMPARE(plan->arguments.at(i), arguments.at(i));
        QCOMPARE(plan->arguments, arguments);
        QVERIFY(plan->secretEnvironment.isEmpty());
    }

    void preconditions()
    {
        LaunchRequest host = baseRequest(LaunchStrategy::HostMount);
        host.cvmfsRepositories = {u"cms.cern.ch"_s, u"unpacked.cern.ch"_s};
        using Kind = LaunchPrecondition::Kind;
        auto kinds = [](const LaunchPlan &plan) {
            QList<std::pair<Kind, QString>> list;
            for (const LaunchPrecondition &p : plan.preconditions) {
                list.append({p.kind, p.subject});
                if (p.description.isEmpty())
                    qWarning("empty description");
            }
            return list;
        };
        using Expected = QList<std::pair<Kind, QString>>;
        QCOMPARE(kinds(*LaunchPlanner::plan(host, linuxFacts())),
                 (Expected{{Kind::ProgramFound, u"docker"_s},
                           {Kind::PathExists, u"/cvmfs"_s},
                           {Kind::RepositoryAnswers, u"/cvmfs/cms.cern.ch"_s},
                           {Kind::RepositoryAnswers, u"/cvmfs/unpacked.cern.ch"_s}}));
        QCOMPARE(kinds(*LaunchPlanner::plan(host, macFacts())),
                 (Expected{{Kind::ProgramFound, u"docker"_s},
                           {Kind::PathExists, u"/cvmfs"_s},
                           {Kind::RepositoryAnswers, u"/cvmfs/cms.cern.ch"_s},
                           {Kind::RepositoryAnswers, u"/cvmfs/unpacked.cern.ch"_s},
                           {Kind::FileSharingIncludes, u"/cvmfs"_s}}));

        LaunchRequest automounter = host;
        automounter.strategy = LaunchStrategy::Automounter;
        automounter.cvmfsRepositories = {u"cms.cern.ch"_s};
        QCOMPARE(kinds(*LaunchPlanner::plan(automounter, linuxFacts())),
                 (Expected{{Kind::ProgramFound, u"docker"_s},
                           {Kind::ContainerRunning, u"cvmfs"_s},
                           {Kind::SharedMount, u"/shared-mounts"_s},
                           {Kind::RepositoryAnswers, u"/shared-mounts/cvmfs/cms.cern.ch"_s}}));

        LaunchRequest fuse = baseRequest(LaunchStrategy::Fuse);
        QCOMPARE(kinds(*LaunchPlanner::plan(fuse, linuxFacts())),
                 (Expected{{Kind::ProgramFound, u"docker"_s}, {Kind::PathExists, u"/dev/fuse"_s}}));
        QCOMPARE(kinds(*LaunchPlanner::plan(fuse, macFacts())), (Expected{{Kind::ProgramFound, u"docker"_s}}));

        LaunchRequest unpacked = baseRequest(LaunchStrategy::Apptainer);
        unpacked.image = u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/cmssw/el9:x86_64"_s;
        QCOMPARE(kinds(*LaunchPlanner::plan(unpacked, linuxFacts())),
                 (Expected{{Kind::ProgramFound, u"apptainer"_s},
                           {Kind::PathExists, u"/cvmfs"_s},
                           {Kind::PathExists, unpacked.image}}));

        LaunchRequest cmssw = baseRequest(LaunchStrategy::Cmssw);
        cmssw.cvmfsRepositories = {u"cms.cern.ch"_s, u"grid.cern.ch"_s};
        QCOMPARE(kinds(*LaunchPlanner::plan(cmssw, linuxFacts())),
                 (Expected{{Kind::ProgramFound, u"apptainer"_s},
                           {Kind::RepositoryAnswers, u"/cvmfs/cms.cern.ch"_s},
                           {Kind::RepositoryAnswers, u"/cvmfs/unpacked.cern.ch"_s},
                           {Kind::RepositoryAnswers, u"/cvmfs/grid.cern.ch"_s},
                           {Kind::PathExists, u"/cvmfs/cms.cern.ch/common/cmssw-el9"_s}}));
        QCOMPARE(LaunchPlanner::plan(cmssw, linuxFacts())->workingDirectory, kWork);
    }

    void warnings()
    {
        auto warningsFor = [](const LaunchRequest &request, const HostFacts &facts) {
            const Result<LaunchPlan> plan = LaunchPlanner::plan(request, facts);
            return plan ? plan->warnings.join(u'\n') : QString();
        };
        LaunchRequest host = baseRequest(LaunchStrategy::HostMount);
        QVERIFY(warningsFor(host, linuxFacts()).isEmpty());
        QVERIFY(warningsFor(host, selinuxFacts()).contains(u"label=disable"_s));

        LaunchRequest emulated = host;
        emulated.platform = u"linux/amd64"_s;
        QVERIFY(warningsFor(emulated, macFacts()).contains(u"emulated"_s));
        QVERIFY(warningsFor(emulated, linuxFacts()).isEmpty()); // native
        emulated.platform = u"linux/arm64/v8"_s;
        QVERIFY(!warningsFor(emulated, macFacts()).contains(u"emulated"_s));
        QVERIFY(warningsFor(emulated, macFacts()).contains(u"macFUSE"_s));

        LaunchRequest fuse = baseRequest(LaunchStrategy::Fuse);
        const QString fuseWarnings = warningsFor(fuse, linuxFacts());
        QVERIFY(fuseWarnings.contains(u"privileges"_s));
        QVERIFY(fuseWarnings.contains(u"network loss"_s));

        LaunchRequest x11 = host;
        x11.forwardX11 = true;
        HostFacts graphical = linuxFacts();
        graphical.display = u":1"_s;
        graphical.x11SocketDirectoryExists = true;
        QVERIFY(warningsFor(x11, graphical).contains(u"xhost +SI:localuser:alice"_s));
        x11.runAsUser = false; // the container's root connects
        QVERIFY(warningsFor(x11, graphical).contains(u"xhost +SI:localuser:root"_s));
        x11.engine = EngineKind::Podman; // rootless: root in the container is alice on the host
        QVERIFY(warningsFor(x11, graphical).contains(u"xhost +SI:localuser:alice"_s));
        QVERIFY(warningsFor(x11, macFacts()).contains(u"XQuartz"_s));
        graphical.display.clear();
        QVERIFY(warningsFor(x11, graphical).contains(u"DISPLAY"_s));

        LaunchRequest kerberos = host;
        kerberos.forwardKerberos = true;
        QVERIFY(warningsFor(kerberos, linuxFacts()).contains(u"kinit"_s));
        HostFacts oddCache = linuxFacts();
        oddCache.kerberosCache = u"/tmp/a:b"_s;
        const Result<LaunchPlan> skipped = LaunchPlanner::plan(kerberos, oddCache);
        QVERIFY(skipped.ok());
        QVERIFY(!skipped->arguments.join(u' ').contains(u"KRB5CCNAME"_s));
        QVERIFY(!skipped->warnings.isEmpty());

        LaunchRequest apptainer = baseRequest(LaunchStrategy::Apptainer);
        apptainer.platform = u"linux/amd64"_s;
        QVERIFY(warningsFor(apptainer, linuxFacts()).contains(u"ignored"_s));
    }

    void apptainerCacheOnAfs()
    {
        LaunchRequest request = baseRequest(LaunchStrategy::Apptainer);
        HostFacts facts = linuxFacts();
        facts.apptainer = HostFacts::ApptainerProgram::Apptainer;
        facts.apptainerCacheDirectory = u"/afs/cern.ch/user/a/alice/.apptainer/cache"_s;
        Result<LaunchPlan> plan = LaunchPlanner::plan(request, facts);
        QVERIFY(plan.ok());
        QVERIFY(plan->environment.isEmpty());

        facts.apptainerCacheOnAfs = true;
        plan = LaunchPlanner::plan(request, facts);
        QVERIFY(plan.ok());
        QCOMPARE(plan->environment,
                 (QList<EnvironmentVariable>{{u"APPTAINER_CACHEDIR"_s, u"/tmp/alice/apptainer-cache"_s}}));
        QVERIFY(plan->warnings.join(u' ').contains(facts.apptainerCacheDirectory));

        facts.apptainer = HostFacts::ApptainerProgram::Singularity;
        facts.localScratchDirectory = u"/pool/alice"_s;
        plan = LaunchPlanner::plan(request, facts);
        QVERIFY(plan.ok());
        QCOMPARE(plan->environment,
                 (QList<EnvironmentVariable>{{u"SINGULARITY_CACHEDIR"_s, u"/pool/alice/singularity-cache"_s}}));
    }

    void apptainerEnvironmentAndCredentials_data()
    {
        QTest::addColumn<HostFacts::ApptainerProgram>("program");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("apptainer") << HostFacts::ApptainerProgram::Apptainer << u"APPTAINER"_s;
        QTest::newRow("singularity") << HostFacts::ApptainerProgram::Singularity << u"SINGULARITY"_s;
    }

    void apptainerEnvironmentAndCredentials()
    {
        QFETCH(HostFacts::ApptainerProgram, program);
        QFETCH(QString, prefix);
        HostFacts facts = linuxFacts();
        facts.apptainer = program;
        LaunchRequest request = baseRequest(LaunchStrategy::Apptainer);
        request.image = u"gitlab-registry.cern.ch/alice/private:1"_s;
        request.environment = {{u"A"_s, u"x,y=z"_s}};
        request.registryUsername = u"alice"_s;
        const Result<LaunchPlan> plan = LaunchPlanner::plan(request, facts);
        QVERIFY(plan.ok());
        QCOMPARE(plan->environment,
                 (QList<EnvironmentVariable>{{prefix + u"ENV_A"_s, u"x,y=z"_s},
                                             {prefix + u"_DOCKER_USERNAME"_s, u"alice"_s}}));
        QCOMPARE(plan->secretEnvironment, QStringList{prefix + u"_DOCKER_PASSWORD"_s});
        QVERIFY(plan->commandLine().contains(LaunchPlan::secretPlaceholder(prefix + u"_DOCKER_PASSWORD"_s)));
        QCOMPARE(plan->arguments.last(), u"docker://gitlab-registry.cern.ch/alice/private:1"_s);

        // A local image needs no registry credentials.
        request.image = u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/cmssw/el9:x86_64"_s;
        const Result<LaunchPlan> local = LaunchPlanner::plan(request, facts);
        QVERIFY(local.ok());
        QVERIFY(local->secretEnvironment.isEmpty());
    }

    // The password is never part of a plan: a request cannot even carry it. What the runner
    // puts in the environment at run time must not show up anywhere the plan shows.
    void secretsNeverShown()
    {
        const QString secret = u"hunter2-S3cret"_s;
        HostFacts facts = linuxFacts();
        facts.apptainer = HostFacts::ApptainerProgram::Apptainer;
        LaunchRequest request = baseRequest(LaunchStrategy::Apptainer);
        request.registryUsername = u"alice"_s;
        const Result<LaunchPlan> plan = LaunchPlanner::plan(request, facts);
        QVERIFY(plan.ok());
        for (const QString &shown : everythingShown(*plan)) {
            QVERIFY(!shown.contains(secret));
            // No argument or variable assigns the password; only the placeholder names it.
            QVERIFY(!shown.startsWith(u"APPTAINER_DOCKER_PASSWORD="_s));
        }
        for (const QString &argument : plan->argv())
            QVERIFY(!argument.contains(u"PASSWORD"_s));
        for (const EnvironmentVariable &variable : plan->environment)
            QVERIFY(!variable.name.contains(u"PASSWORD"_s));
    }

    void automounterStartPlan()
    {
        const Result<LaunchPlan> plan
            = LaunchPlanner::automounterStartPlan(EngineKind::Docker, AutomounterSettings{}, linuxFacts());
        QVERIFY(plan.ok());
        QCOMPARE(plan->argv(),
                 words(u"docker run -d --name cvmfs --pid=host --user 0 --privileged --restart always "
                       "-v /shared-mounts:/cvmfsmounts:rshared gitlab-registry.cern.ch/vcs/cvmfs-automounter:master"_s));
        QCOMPARE(plan->commandLine(),
                 u"docker run -d --name cvmfs --pid=host --user 0 --privileged --restart always "
                 "-v /shared-mounts:/cvmfsmounts:rshared gitlab-registry.cern.ch/vcs/cvmfs-automounter:master"_s);
        QCOMPARE(plan->warnings.size(), 1);
        QVERIFY(plan->warnings.first().contains(u"--privileged"_s));
        QVERIFY(plan->environment.isEmpty());

        AutomounterSettings custom;
        custom.mountRoot = u"/srv/mounts/"_s;
        custom.containerName = u"cvmfs-automounter"_s;
        custom.image = u"localhost/test/automounter:1"_s;
        HostFacts root = linuxFacts();
        root.userId = 0;
        const Result<LaunchPlan> podman = LaunchPlanner::automounterStartPlan(EngineKind::Podman, custom, root);
        QVERIFY(podman.ok());
        QCOMPARE(podman->argv(),
                 words(u"podman run -d --name cvmfs-automounter --pid=host --user 0 --privileged --restart always "
                       "-v /srv/mounts:/cvmfsmounts:rshared localhost/test/automounter:1"_s));
    }

    void refusedOnThisHost_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        QTest::addColumn<HostFacts>("facts");
        QTest::addColumn<QString>("field");
        LaunchRequest automounter = baseRequest(LaunchStrategy::Automounter);
        QTest::newRow("automounter on macOS") << automounter << macFacts() << u"strategy"_s;
        QTest::newRow("automounter on Docker Desktop for Linux") << automounter << dockerDesktopLinuxFacts() << u"strategy"_s;
        HostFacts windows = macFacts();
        windows.os = HostFacts::Os::Windows;
        QTest::newRow("automounter on Windows") << automounter << windows << u"strategy"_s;
    }

    void refusedOnThisHost()
    {
        QFETCH(LaunchRequest, request);
        QFETCH(HostFacts, facts);
        QFETCH(QString, field);
        const Result<LaunchPlan> plan = LaunchPlanner::plan(request, facts);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code(), ErrorCode::InvalidConfiguration);
        QCOMPARE(plan.error().details(), field);
        QVERIFY(plan.error().message().contains(u"Linux"_s));
    }

    void automounterStartRefused()
    {
        const Result<LaunchPlan> mac = LaunchPlanner::automounterStartPlan(EngineKind::Docker, {}, macFacts());
        QVERIFY(!mac.ok());
        QCOMPARE(mac.error().code(), ErrorCode::InvalidConfiguration);
        const Result<LaunchPlan> rootless = LaunchPlanner::automounterStartPlan(EngineKind::Podman, {}, linuxFacts());
        QVERIFY(!rootless.ok());
        QVERIFY(rootless.error().message().contains(u"rootless"_s));
        AutomounterSettings badImage;
        badImage.image = u"UPPER/case image"_s;
        const Result<LaunchPlan> bad = LaunchPlanner::automounterStartPlan(EngineKind::Docker, badImage, linuxFacts());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code(), ErrorCode::InvalidReference);
        AutomounterSettings dashName;
        dashName.containerName = u"--privileged"_s;
        QVERIFY(!LaunchPlanner::automounterStartPlan(EngineKind::Docker, dashName, linuxFacts()).ok());
    }

    // What cmssw-env cannot pass on intact is refused with the reason (see CmsswPlanner.h).
    void cmsswRefusals_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        QTest::addColumn<QString>("field");
        LaunchRequest base = baseRequest(LaunchStrategy::Cmssw);
        LaunchRequest blank = base;
        blank.workingFolder = u"/home/alice/my analysis"_s;
        QTest::newRow("blank in working folder") << blank << u"workingFolder"_s;
        LaunchRequest glob = base;
        glob.binds = {{u"/data/*"_s, QString(), false}};
        QTest::newRow("glob in bind") << glob << u"binds[0].source"_s;
        LaunchRequest quote = base;
        quote.command = {u"echo"_s, u"it's"_s};
        QTest::newRow("quote in command") << quote << u"command[1]"_s;
        LaunchRequest newline = base;
        newline.command = {u"echo"_s, u"a\nb"_s};
        QTest::newRow("newline in command") << newline << u"command[1]"_s;
        LaunchRequest shellCode = base;
        shellCode.command = {u"ls; rm -rf ~"_s};
        QTest::newRow("one word that would be shell code") << shellCode << u"command[0]"_s;
        LaunchRequest release = base;
        release.cmsswRelease = u"el9; id"_s;
        QTest::newRow("unknown release") << release << u"cmsswRelease"_s;
    }

    void cmsswRefusals()
    {
        QFETCH(LaunchRequest, request);
        QFETCH(QString, field);
        const Result<LaunchPlan> plan = LaunchPlanner::plan(request, linuxFacts());
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code(), ErrorCode::InvalidConfiguration);
        QCOMPARE(plan.error().details(), field);
        QVERIFY(!plan.error().message().isEmpty());
    }

    // Hostile values end up as single arguments, and the copied command runs the same vector:
    // the plan's arguments are printed through sh, one NUL-terminated word each.
    void hostileValuesRoundTrip_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        const QString hostileFolder = u"/home/alice/it's a $(touch /tmp/wharf-pwned); `id` & *\nx"_s;
        const QList<EnvironmentVariable> hostileEnvironment{
            {u"A"_s, u"$(touch /tmp/wharf-pwned)"_s}, {u"B"_s, u"it's; `id` | x\ny"_s}, {u"C"_s, u"--rm"_s}};
        const QStringList hostileCommand{u"-c"_s, u"$(touch /tmp/wharf-pwned)"_s, u"a;b"_s, u"'"_s,
                                         QString(), u"--privileged"_s, u"~"_s, u"*"_s};
        for (const LaunchStrategy strategy : {LaunchStrategy::HostMount, LaunchStrategy::Fuse, LaunchStrategy::Apptainer}) {
            LaunchRequest request = baseRequest(strategy);
            request.workingFolder = hostileFolder;
            request.environment = hostileEnvironment;
            request.command = hostileCommand;
            request.binds = {{u"/data/-v"_s, u"/x y/$(z)"_s, true}};
            QTest::addRow("%s", qPrintable(launchStrategyName(strategy))) << request;
        }
        LaunchRequest cmssw = baseRequest(LaunchStrategy::Cmssw);
        cmssw.environment = hostileEnvironment;
        cmssw.command = {u"echo"_s, u"$(touch /tmp/wharf-pwned)"_s, u"a;b c"_s, u"-x"_s, QString()};
        QTest::newRow("cmssw") << cmssw;
    }

    void hostileValuesRoundTrip()
    {
        QFETCH(LaunchRequest, request);
        const QString sh = QStandardPaths::findExecutable(u"sh"_s);
        if (sh.isEmpty())
            QSKIP("no sh on the PATH");
        HostFacts facts = linuxFacts();
        facts.apptainer = HostFacts::ApptainerProgram::Apptainer;
        const Result<LaunchPlan> plan = LaunchPlanner::plan(request, facts);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        // Each hostile value is exactly one argument.
        if (!request.command.isEmpty())
            QCOMPARE(plan->arguments.mid(plan->arguments.size() - request.command.size()), request.command);
        if (launchStrategyUsesEngine(request.strategy)) {
            QVERIFY(plan->arguments.contains(u"A=$(touch /tmp/wharf-pwned)"_s));
            QVERIFY(plan->arguments.contains(u"B=it's; `id` | x\ny"_s));
            QVERIFY(plan->arguments.contains(request.workingFolder + u':' + request.workingFolder));
        }

        LaunchPlan printing = *plan;
        printing.program = u"printf"_s;
        printing.arguments.prepend(u"%s\\0"_s);
        printing.workingDirectory.clear(); // the folder does not exist here
        QProcess process;
        process.start(sh, {u"-c"_s, printing.commandLine()});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QByteArray output = process.readAllStandardOutput();
        QVERIFY(output.endsWith('\0'));
        output.chop(1);
        QStringList received;
        const QByteArrayList parts = output.split('\0');
        for (const QByteArray &part : parts)
            received << QString::fromUtf8(part);
        QCOMPARE(received, plan->arguments);
        QVERIFY(!QFile::exists(u"/tmp/wharf-pwned"_s));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLaunchPlanner)
#include "tst_launchplanner.moc"
