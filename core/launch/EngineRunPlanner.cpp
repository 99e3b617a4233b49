// SPDX-License-Identifier: Apache-2.0
#include "EngineRunPlanner.h"

#include "LaunchRequestValidator.h"
#include "base/ShellQuote.h"
#include "registry/ImageReference.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::EngineRunPlanner)
};

const QString kX11Socket = u"/tmp/.X11-unix"_s;

QString mountSpec(const QString &source, const QString &target, const QString &options = {})
{
    QString spec = source + u':' + target;
    if (!options.isEmpty())
        spec += u':' + options;
    return spec;
}

// What the engine is given as the image: Docker gets the name as it shows it (so a local
// image tagged "busybox:1" is found as typed), Podman the fully qualified name (so it never
// resolves a short name through its search registries or asks which one to use).
QString imageArgument(const QString &image, EngineKind engine)
{
    if (LaunchRequestValidator::isImageId(image))
        return image;
    const Result<ImageReference> reference = ImageReference::parse(image);
    if (!reference)
        return image; // not reached: the validator refused it
    return engine == EngineKind::Podman ? reference->toString() : reference->familiarString();
}

// Rootless Podman maps the user to root inside the container unless told otherwise; its
// --userns=keep-id keeps the user's own uid and gid (and creates a passwd entry), which is
// what --user UID:GID means with a rootful engine. --user alone under rootless Podman would
// be a subordinate id on the host: files written to the working folder would not be the
// user's.
bool rootlessPodman(EngineKind engine, const HostFacts &facts)
{
    return engine == EngineKind::Podman && facts.os == HostFacts::Os::Linux && facts.userId != 0;
}

LaunchPrecondition precondition(LaunchPrecondition::Kind kind, const QString &subject, const QString &description)
{
    return LaunchPrecondition{kind, subject, description};
}

QString platformArchitecture(const QString &platform)
{
    const QStringList parts = platform.split(u'/');
    return parts.size() >= 2 ? HostFacts::ociArchitecture(parts.at(1)) : QString();
}

// The user as the X server sees the container's process, for the xhost hint.
QString x11ClientUser(const LaunchRequest &request, const HostFacts &facts)
{
    const QString me = facts.userName.isEmpty() ? u"$USER"_s : facts.userName;
    if (rootlessPodman(request.engine, facts))
        return me; // the container's users are the user's own ids on the host
    if (request.runAsUser && facts.userId != 0)
        return me;
    return u"root"_s;
}

void addX11(const LaunchRequest &request, const HostFacts &facts, LaunchPlan &plan)
{
    if (facts.os == HostFacts::Os::MacOs) {
        const QString host = request.engine == EngineKind::Podman ? u"host.containers.internal"_s
                                                                  : u"host.docker.internal"_s;
        plan.arguments << u"-e"_s << u"DISPLAY=%1:0"_s.arg(host);
        plan.warnings << Tr::tr("Graphical programs on macOS need XQuartz: install it, tick "
                                "\"Allow connections from network clients\" in its Settings > "
                                "Security, restart it, and run \"xhost +localhost\" in an XQuartz "
                                "terminal. The container then draws on DISPLAY %1:0.")
                             .arg(host);
        return;
    }
    if (!facts.nativeLinuxEngine()) {
        plan.warnings << Tr::tr("Graphical programs are not forwarded: the engine runs in a virtual "
                                "machine that cannot reach this computer's X11 display.");
        return;
    }
    if (facts.display.isEmpty()) {
        plan.warnings << Tr::tr("Graphical programs are not forwarded: DISPLAY is not set, so there "
                                "is no X11 display to share. Start Wharf from a graphical session.");
        return;
    }
    if (!facts.x11SocketDirectoryExists) {
        plan.warnings << Tr::tr("Graphical programs are not forwarded: %1 does not exist on this "
                                "computer (a Wayland session without Xwayland, or a remote "
                                "display).")
                             .arg(kX11Socket);
        return;
    }
    plan.arguments << u"-e"_s << u"DISPLAY="_s + facts.display << u"-v"_s << mountSpec(kX11Socket, kX11Socket);
    plan.warnings << Tr::tr("Graphical programs use this computer's X11 display %1. The X server "
                            "must accept the container's user: run \"xhost +SI:localuser:%2\" once "
                            "per session (it allows only that local user, not the network).")
                         .arg(facts.display, x11ClientUser(request, facts));
}

void addKerberos(const HostFacts &facts, LaunchPlan &plan)
{
    if (facts.kerberosCache.isEmpty()) {
        plan.warnings << Tr::tr("No Kerberos ticket cache was found, so none is forwarded. Run "
                                "\"kinit\" first if you need EOS or AFS in the container.");
        return;
    }
    if (!LaunchRequestValidator::checkMountPath(facts.kerberosCache, QString(), QString())) {
        plan.warnings << Tr::tr("The Kerberos ticket cache %1 cannot be mounted (its path is not "
                                "absolute or contains ':' or ','), so it is not forwarded. Set "
                                "KRB5CCNAME to a plain file path and run \"kinit\" again.")
                             .arg(facts.kerberosCache);
        return;
    }
    // Read-only at the same path: the container can use the ticket, not replace it.
    plan.arguments << u"-v"_s << mountSpec(facts.kerberosCache, facts.kerberosCache, u"ro"_s)
                   << u"-e"_s << u"KRB5CCNAME=FILE:"_s + facts.kerberosCache;
}

void addRepositoryPreconditions(const QString &root, const QStringList &repositories, LaunchPlan &plan)
{
    for (const QString &repository : repositories) {
        const QString path = root + u'/' + repository;
        plan.preconditions << precondition(LaunchPrecondition::Kind::RepositoryAnswers, path,
                                           Tr::tr("The CVMFS repository %1 answers (touching it also "
                                                  "makes autofs mount it before the container starts).")
                                               .arg(repository));
    }
}

QString privilegesWarning()
{
    return Tr::tr("This container gets extra privileges (CAP_SYS_ADMIN and the /dev/fuse device) so "
                  "that it can mount CVMFS itself: a program in it can mount file systems. Run only "
                  "images you trust this way.");
}

} // namespace

Result<LaunchPlan> EngineRunPlanner::plan(const LaunchRequest &request, const HostFacts &facts)
{
    LaunchPlan plan;
    plan.program = LaunchRequest::engineProgram(request.engine);
    const bool native = facts.nativeLinuxEngine();

    if (request.strategy == LaunchStrategy::Automounter && !native) {
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("The cvmfs-automounter works only with an engine that runs directly on "
                            "Linux: it hands its CVMFS mounts to other containers through the host's "
                            "mount propagation, which Docker Desktop's virtual machine, macOS and "
                            "Windows do not offer. Use \"CVMFS mounted inside the container\" or "
                            "CVMFS from this computer instead."),
                     u"strategy"_s);
    }

    plan.preconditions << precondition(LaunchPrecondition::Kind::ProgramFound, plan.program,
                                       Tr::tr("The %1 command is installed.").arg(plan.program));

    plan.arguments << LaunchRequest::engineGlobalArguments(request.engine, request.engineHost) << u"run"_s;
    if (!request.keepContainer)
        plan.arguments << u"--rm"_s;
    plan.arguments << (request.pseudoTerminal ? u"-it"_s : u"-i"_s);
    if (!request.containerName.isEmpty())
        plan.arguments << u"--name"_s << request.containerName;
    plan.arguments << u"--label"_s << LaunchRequest::strategyLabel() + u'=' + launchStrategyName(request.strategy);
    if (!request.platform.isEmpty()) {
        plan.arguments << u"--platform"_s << request.platform;
        const QString wanted = platformArchitecture(request.platform);
        const QString host = HostFacts::ociArchitecture(facts.architecture);
        if (!wanted.isEmpty() && !host.isEmpty() && wanted != host) {
            plan.warnings << Tr::tr("The container runs for %1 on this %2 computer, emulated: it "
                                    "works, but programs run several times slower.")
                                 .arg(request.platform, host);
        }
    }
    if (request.runAsUser && facts.os == HostFacts::Os::Linux) {
        if (rootlessPodman(request.engine, facts))
            plan.arguments << u"--userns=keep-id"_s;
        else if (facts.userId != 0)
            plan.arguments << u"--user"_s << u"%1:%2"_s.arg(facts.userId).arg(facts.groupId);
    }
    if (native && facts.selinuxEnforcing) {
        // Every engine strategy needs it: /cvmfs (a FUSE or autofs mount) and a FUSE mount
        // made inside the container cannot be relabelled, and relabelling the working folder
        // with :z would change the user's own files' labels for good.
        plan.arguments << u"--security-opt"_s << u"label=disable"_s;
        plan.warnings << Tr::tr("SELinux is enforcing on this computer, so the container runs "
                                "without SELinux separation (--security-opt label=disable): "
                                "otherwise it could not read /cvmfs or your working folder. "
                                "The rest of the host stays protected; do not switch SELinux "
                                "off (setenforce 0) for this.");
    }

    switch (request.strategy) {
    case LaunchStrategy::HostMount: {
        // rslave: a repository autofs mounts after the start still appears inside. Docker
        // Desktop's VM cannot propagate mounts ("is not a shared mount"), so none there.
        const QString options = native ? u"rslave"_s : QString();
        plan.arguments << u"-v"_s << mountSpec(request.cvmfsRoot, u"/cvmfs"_s, options);
        plan.preconditions << precondition(LaunchPrecondition::Kind::PathExists, request.cvmfsRoot,
                                           Tr::tr("CVMFS is installed on this computer (%1 exists).")
                                               .arg(request.cvmfsRoot));
        addRepositoryPreconditions(request.cvmfsRoot, request.cvmfsRepositories, plan);
        if (facts.dockerDesktop) {
            plan.preconditions << precondition(LaunchPrecondition::Kind::FileSharingIncludes, request.cvmfsRoot,
                                               Tr::tr("Docker Desktop shares %1 with its virtual machine "
                                                      "(Settings > Resources > File Sharing).")
                                                   .arg(request.cvmfsRoot));
        }
        if (facts.os == HostFacts::Os::MacOs) {
            plan.warnings << Tr::tr("On a Mac, CVMFS mounted with macFUSE may look empty inside the "
                                    "container: FUSE mounts do not always cross Docker Desktop's file "
                                    "sharing. If /cvmfs is empty, use \"CVMFS mounted inside the "
                                    "container\" instead.");
        }
        break;
    }
    case LaunchStrategy::Automounter: {
        const QString root = request.automounter.mountRoot;
        plan.arguments << u"-v"_s << mountSpec(root + u"/cvmfs"_s, u"/cvmfs"_s, u"rslave"_s);
        plan.preconditions << precondition(LaunchPrecondition::Kind::ContainerRunning,
                                           request.automounter.containerName,
                                           Tr::tr("The cvmfs-automounter container \"%1\" is running.")
                                               .arg(request.automounter.containerName))
                           << precondition(LaunchPrecondition::Kind::SharedMount, root,
                                           Tr::tr("%1 is a shared mount, so the automounter's mounts "
                                                  "reach other containers.")
                                               .arg(root));
        addRepositoryPreconditions(root + u"/cvmfs"_s, request.cvmfsRepositories, plan);
        break;
    }
    case LaunchStrategy::Fuse:
        plan.arguments << u"--cap-add"_s << u"SYS_ADMIN"_s << u"--device"_s << u"/dev/fuse"_s;
        if (native && facts.appArmorEnabled) {
            // The engines' default AppArmor profiles deny mount(2), even with CAP_SYS_ADMIN.
            plan.arguments << u"--security-opt"_s << u"apparmor=unconfined"_s;
            plan.warnings << Tr::tr("AppArmor is active on this computer, so the container runs "
                                    "without its AppArmor profile (--security-opt apparmor=unconfined): "
                                    "the default profile forbids the FUSE mount.");
        }
        if (native) {
            plan.preconditions << precondition(LaunchPrecondition::Kind::PathExists, u"/dev/fuse"_s,
                                               Tr::tr("This computer has the FUSE device (/dev/fuse; "
                                                      "\"sudo modprobe fuse\" loads it)."));
        }
        plan.warnings << privilegesWarning()
                      << Tr::tr("CVMFS is mounted once, when the container starts. After a network "
                                "loss it is not mounted again: /cvmfs then fails with \"Transport "
                                "endpoint is not connected\" until you start a new container.");
        break;
    case LaunchStrategy::Apptainer:
    case LaunchStrategy::Cmssw:
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("This strategy does not use Docker or Podman."), u"strategy"_s);
    }

    plan.arguments << u"-v"_s << mountSpec(request.workingFolder, request.workingFolder)
                   << u"-w"_s << request.workingFolder;
    for (const BindMount &bind : request.binds) {
        plan.arguments << u"-v"_s
                       << mountSpec(bind.source, bind.effectiveTarget(), bind.readOnly ? u"ro"_s : QString());
    }
    if (request.forwardX11)
        addX11(request, facts, plan);
    if (request.forwardKerberos)
        addKerberos(facts, plan);
    for (const EnvironmentVariable &variable : request.environment)
        plan.arguments << u"-e"_s << variable.name + u'=' + variable.value;

    plan.arguments << imageArgument(request.image, request.engine);
    if (request.command.isEmpty())
        plan.arguments << interactiveShellArguments(request.shell);
    else
        plan.arguments << request.command;
    return plan;
}

QStringList EngineRunPlanner::interactiveShellArguments(const QString &shell)
{
    if (shell == u"sh"_s)
        return {shell};
    // The shell name was validated (bash or zsh), so it is safe inside this fixed script.
    const QString script = u"if command -v %1 >/dev/null 2>&1; then exec %1; fi; "
                           "echo 'wharf: %1 is not in this image, starting sh instead.' >&2; exec sh"_s
                               .arg(shell);
    return {u"sh"_s, u"-c"_s, script};
}

Result<LaunchPlan> EngineRunPlanner::automounterStartPlan(EngineKind engine, const AutomounterSettings &settings,
                                                          const HostFacts &facts, const QString &engineHost)
{
    if (auto valid = LaunchRequestValidator::checkAutomounterSettings(settings); !valid)
        return valid.error();
    if (!facts.nativeLinuxEngine()) {
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("The cvmfs-automounter can only run with an engine directly on Linux: "
                            "it shares its mounts through the host's mount propagation, which "
                            "Docker Desktop, macOS and Windows do not offer."),
                     u"strategy"_s);
    }
    if (rootlessPodman(engine, facts)) {
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("The cvmfs-automounter cannot run under rootless Podman: its mounts "
                            "would stay inside your user namespace and never reach the host. "
                            "Start it with Docker or with Podman as root."),
                     u"engine"_s);
    }
    LaunchPlan plan;
    plan.program = LaunchRequest::engineProgram(engine);
    const QString image = imageArgument(settings.image, EngineKind::Docker); // as documented
    plan.arguments << LaunchRequest::engineGlobalArguments(engine, engineHost) << u"run"_s << u"-d"_s
                   << u"--name"_s << settings.containerName << u"--pid=host"_s
                   << u"--user"_s << u"0"_s << u"--privileged"_s << u"--restart"_s << u"always"_s
                   << u"-v"_s << mountSpec(settings.mountRoot, u"/cvmfsmounts"_s, u"rshared"_s) << image;
    plan.preconditions
        << precondition(LaunchPrecondition::Kind::ProgramFound, plan.program,
                        Tr::tr("The %1 command is installed.").arg(plan.program))
        << precondition(LaunchPrecondition::Kind::PathExists, settings.mountRoot,
                        Tr::tr("%1 exists (create it with \"sudo mkdir -p %1\").")
                            .arg(ShellQuote::quote(settings.mountRoot)))
        << precondition(LaunchPrecondition::Kind::SharedMount, settings.mountRoot,
                        Tr::tr("%1 is on a shared mount, so mounts made below it reach other "
                               "containers.")
                            .arg(settings.mountRoot));
    plan.warnings << Tr::tr("The cvmfs-automounter runs as root with full privileges "
                            "(--privileged, --pid=host): it can do anything on this computer. It "
                            "needs them to mount CVMFS with FUSE and share the mounts through %1. "
                            "It restarts with the engine (--restart always) until you remove the "
                            "container \"%2\".")
                         .arg(settings.mountRoot, settings.containerName);
    return plan;
}

} // namespace Wharf
