// SPDX-License-Identifier: Apache-2.0
#include "LaunchCommand.h"

#include "WharfSettings.h"

#include "CommandEngines.h"
#include "CommandLoop.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "diagnostics/HostEnvironment.h"
#include "launch/EngineCliHost.h"
#include "launch/HostFactsProbe.h"
#include "launch/LaunchPreconditionChecker.h"
#include "launch/LaunchPlanner.h"
#include "launch/LaunchRequestValidator.h"
#include "launch/LaunchStrategy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::LaunchCommand)
};

QString usage()
{
    return Tr::tr("Usage: wharf launch [OPTIONS] IMAGE [-- COMMAND...]\n"
                  "\n"
                  "Starts a shell (or COMMAND) in a container with /cvmfs and your working folder,\n"
                  "in this terminal. The same plan as the Launch dialog; --print shows it instead.\n"
                  "\n"
                  "Options:\n"
                  "  --strategy host|automounter|fuse|apptainer|cmssw\n"
                  "                       How the container gets CVMFS (default: host, the /cvmfs\n"
                  "                       of this computer).\n"
                  "  --engine NAME        Docker or Podman (as \"wharf engines\" names them; default:\n"
                  "                       the engine that has the image, else the first that answers).\n"
                  "  --workdir DIR        The folder to work in, mounted at the same path (default:\n"
                  "                       the current directory).\n"
                  "  --bind SRC[:DST][:ro]\n"
                  "                       Another folder to mount (repeatable).\n"
                  "  --cvmfs-root DIR     Where CVMFS is mounted on this computer (default /cvmfs).\n"
                  "  --repo NAME          A CVMFS repository to mount first, e.g. cms.cern.ch\n"
                  "                       (repeatable).\n"
                  "  --shell bash|zsh|sh  The shell (default bash; sh when the image lacks it).\n"
                  "  --env NAME=VALUE     An environment variable in the container (repeatable).\n"
                  "  --name NAME          The container's name.   --keep   Keep it afterwards.\n"
                  "  --platform OS/ARCH   e.g. linux/amd64 on an arm64 computer (emulated).\n"
                  "  --as-root            Do not run as your own user id.\n"
                  "  --x11                Let graphical programs use this display.\n"
                  "  --kerberos           Forward your Kerberos ticket (EOS, AFS).\n"
                  "  --release el7|el8|el9\n"
                  "                       The cmssw-elN wrapper (strategy cmssw; default el9).\n"
                  "  --print              Print the command and exit; run nothing.\n"
                  "\n"
                  "IMAGE is an image reference (cmscloud/al9-cms:latest), an image ID (sha256:...),\n"
                  "or for apptainer an unpacked path (/cvmfs/unpacked.cern.ch/...). The cmssw\n"
                  "strategy needs no IMAGE.\n");
}

struct Options
{
    LaunchRequest request;
    QString engineName;
    bool print = false;
    bool strategyGiven = false;
};

// "SRC", "SRC:DST", "SRC:ro", "SRC:DST:ro" (or ":rw"). A path with ':' cannot be mounted at
// all (the validator says so), so splitting at ':' loses nothing.
BindMount parseBind(const QString &text)
{
    QStringList parts = text.split(u':');
    BindMount bind;
    if (parts.size() > 1 && (parts.last() == u"ro"_s || parts.last() == u"rw"_s)) {
        bind.readOnly = parts.takeLast() == u"ro"_s;
    }
    bind.source = parts.value(0);
    if (parts.size() == 2)
        bind.target = parts.at(1);
    else if (parts.size() > 2)
        bind.source = text; // refused by the validator with the reason
    if (!bind.source.isEmpty() && !bind.source.startsWith(u'/') && parts.size() <= 2)
        bind.source = QFileInfo(bind.source).absoluteFilePath();
    return bind;
}

// Parses the arguments into options; returns an error message (already translated) or empty.
QString parse(const QStringList &arguments, Options &options)
{
    LaunchRequest &request = options.request;
    request.workingFolder = QDir::currentPath();
    // The window's settings first (CVMFS root, automounter); options below override them.
    QSettings settings;
    const WharfSettings configured(&settings);
    request.cvmfsRoot = configured.cvmfsRoot();
    request.automounter = configured.automounter();
    QStringList positional;
    qsizetype i = 0;
    auto valueOf = [&](const QString &argument, const QString &name, QString *value) -> bool {
        if (argument == name) {
            if (i + 1 >= arguments.size())
                return false;
            *value = arguments.at(++i);
            return true;
        }
        if (argument.startsWith(name + u'=')) {
            *value = argument.mid(name.size() + 1);
            return true;
        }
        return false;
    };
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString value;
        if (argument == u"--"_s) {
            request.command = arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(u"--"_s) || argument.size() == 2) {
            positional << argument;
            continue;
        }
        if (argument == u"--print"_s) {
            options.print = true;
        } else if (argument == u"--keep"_s) {
            request.keepContainer = true;
        } else if (argument == u"--as-root"_s) {
            request.runAsUser = false;
        } else if (argument == u"--x11"_s) {
            request.forwardX11 = true;
        } else if (argument == u"--kerberos"_s) {
            request.forwardKerberos = true;
        } else if (valueOf(argument, u"--strategy"_s, &value)) {
            const std::optional<LaunchStrategy> strategy = launchStrategyFromName(value);
            if (!strategy)
                return Tr::tr("\"%1\" is not a strategy. Choose host, automounter, fuse, apptainer or cmssw.").arg(value);
            request.strategy = *strategy;
            options.strategyGiven = true;
        } else if (valueOf(argument, u"--engine"_s, &value)) {
            options.engineName = value;
        } else if (valueOf(argument, u"--workdir"_s, &value)) {
            request.workingFolder = value.startsWith(u'/') ? value : QFileInfo(value).absoluteFilePath();
        } else if (valueOf(argument, u"--bind"_s, &value)) {
            request.binds << parseBind(value);
        } else if (valueOf(argument, u"--cvmfs-root"_s, &value)) {
            request.cvmfsRoot = value.startsWith(u'/') ? value : QFileInfo(value).absoluteFilePath();
        } else if (valueOf(argument, u"--repo"_s, &value)) {
            request.cvmfsRepositories << value;
        } else if (valueOf(argument, u"--shell"_s, &value)) {
            request.shell = value;
        } else if (valueOf(argument, u"--env"_s, &value)) {
            const qsizetype equals = value.indexOf(u'=');
            if (equals <= 0)
                return Tr::tr("--env takes NAME=VALUE, not \"%1\".").arg(value);
            request.environment << EnvironmentVariable{value.left(equals), value.mid(equals + 1)};
        } else if (valueOf(argument, u"--name"_s, &value)) {
            request.containerName = value;
        } else if (valueOf(argument, u"--platform"_s, &value)) {
            request.platform = value;
        } else if (valueOf(argument, u"--release"_s, &value)) {
            request.cmsswRelease = value;
        } else {
            return Tr::tr("unknown option or missing value: \"%1\".").arg(argument);
        }
    }
    if (positional.size() > 1) {
        return Tr::tr("more than one image given (\"%1\"). Put the command after \"--\": "
                      "wharf launch IMAGE -- COMMAND...")
            .arg(positional.join(u' '));
    }
    request.image = positional.value(0);
    if (request.image.isEmpty() && request.strategy != LaunchStrategy::Cmssw)
        return Tr::tr("no image given.");
    return {};
}

// The engine to run on: the one named, else the first (in discovery order) that has the
// image, else the first that answers. nullptr with a message when none can be used.
const Engine *chooseEngine(CommandEngines &engines, const Options &options, QString *problem)
{
    QList<const Engine *> ready;
    for (const Engine *engine : engines.manager().engines()) {
        if (!options.engineName.isEmpty() && !CommandEngines::matches(*engine, options.engineName))
            continue;
        if (engine->state() == Engine::State::Ready)
            ready << engine;
        else if (!options.engineName.isEmpty())
            *problem = Tr::tr("%1 (%2) does not answer: %3")
                           .arg(engine->displayName(), engine->candidate().endpoint.toUrl(), engine->lastError().message());
    }
    if (ready.isEmpty()) {
        if (problem->isEmpty()) {
            *problem = options.engineName.isEmpty()
                ? engines.noEngineAdvice()
                : Tr::tr("No engine named \"%1\" answers. \"wharf engines\" lists them.").arg(options.engineName);
        }
        return nullptr;
    }
    if (ready.size() == 1 || options.request.image.isEmpty())
        return ready.first();
    QList<bool> hasImage(ready.size(), false);
    QObject context;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        auto pending = std::make_shared<qsizetype>(ready.size());
        for (qsizetype i = 0; i < ready.size(); ++i) {
            ready.at(i)->client()->inspectImage(options.request.image, &context,
                                                [&hasImage, i, pending, finish](const Result<ImageDetails> &details) {
                                                    hasImage[i] = details.ok();
                                                    if (--*pending == 0)
                                                        finish();
                                                });
        }
    });
    const qsizetype found = hasImage.indexOf(true);
    return ready.at(found < 0 ? 0 : found);
}

// Replaces this process with the plan's program: the container (or apptainer) then owns this
// terminal, exactly as if the user had typed the printed command. Returns only on failure.
int execute(const LaunchPlan &plan, const QList<QPair<QString, QString>> &secrets)
{
    QTextStream err(stderr);
    for (const EnvironmentVariable &variable : plan.environment)
        qputenv(variable.name.toLocal8Bit().constData(), variable.value.toLocal8Bit());
    for (const auto &[name, value] : secrets)
        qputenv(name.toLocal8Bit().constData(), value.toLocal8Bit());
    if (!plan.workingDirectory.isEmpty() && !QDir::setCurrent(plan.workingDirectory)) {
        err << Tr::tr("wharf launch: cannot change to %1.\n").arg(plan.workingDirectory);
        return 1;
    }
    std::vector<QByteArray> words;
    for (const QString &word : plan.argv())
        words.push_back(QFile::encodeName(word));
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    err.flush();
    ::execvp(argv.front(), argv.data());
    const int error = errno;
    err << Tr::tr("wharf launch: cannot run %1: %2\n").arg(plan.program, QString::fromLocal8Bit(std::strerror(error)));
    if (error == ENOENT)
        err << Tr::tr("Install %1, or choose another strategy with --strategy.\n").arg(plan.program);
    return error == ENOENT ? 127 : 126;
}

// This computer's facts, from the same probe as the window's (it waits at most its timeout
// for /afs, /eos and the rest).
HostFacts probeHostFacts()
{
    HostFactsProbe probe(HostEnvironment::fromSystem());
    CommandLoop::waitUntil([&probe](std::function<void()> finish) {
        QObject::connect(&probe, &HostFactsProbe::finished, &probe, [finish](const HostFacts &) { finish(); });
        probe.start();
    });
    return probe.facts();
}

// The plan's preconditions, checked as the window checks them; false (with the reasons and
// fixes on stderr) when one does not hold.
bool preconditionsHold(const LaunchPlan &plan, EngineClient *client)
{
    LaunchPreconditionChecker checker(HostEnvironment::fromSystem());
    checker.setEngineClient(client);
    QList<PreconditionResult> results;
    CommandLoop::waitUntil([&](std::function<void()> finish) {
        QObject::connect(&checker, &LaunchPreconditionChecker::finished, &checker,
                         [&results, finish](const QList<PreconditionResult> &all) {
                             results = all;
                             finish();
                         });
        checker.start(plan.preconditions);
    });
    QTextStream err(stderr);
    bool ok = true;
    for (const PreconditionResult &result : std::as_const(results)) {
        if (result.ok())
            continue;
        ok = false;
        err << Tr::tr("wharf launch: %1\n").arg(result.summary);
        for (const QString &step : result.fixSteps)
            err << u"  - "_s << step << u'\n';
    }
    return ok;
}

} // namespace

int LaunchCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const qsizetype end = arguments.indexOf(u"--"_s);
    const QStringList own = end < 0 ? arguments : arguments.mid(0, end);
    if (own.contains(u"--help"_s) || own.contains(u"-h"_s)) {
        out << usage();
        return 0;
    }
    Options options;
    if (const QString problem = parse(arguments, options); !problem.isEmpty()) {
        err << Tr::tr("wharf launch: %1\n").arg(problem) << usage();
        return 2;
    }
    LaunchRequest &request = options.request;
    // -t only with a terminal: the engines refuse it otherwise ("the input device is not a TTY").
    request.pseudoTerminal = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);

    // Bad input is refused before anything is looked up or run.
    if (const VoidResult valid = LaunchRequestValidator::validate(request); !valid) {
        err << Tr::tr("wharf launch: %1\n").arg(valid.error().message());
        return 2;
    }
    const HostFacts facts = probeHostFacts();
    EngineClient *client = nullptr;

    CommandEngines engines;
    if (launchStrategyUsesEngine(request.strategy)) {
        engines.manager().setProbeDepth(Engine::ProbeDepth::PingOnly);
        engines.discover();
        QString problem;
        if (const Engine *engine = chooseEngine(engines, options, &problem)) {
            request.engine = engine->kind();
            request.engineHost = engineCliHost(engine->candidate());
            client = engine->client();
        } else if (options.print) {
            // The command can still be shown: for the kind named, else for docker, on the
            // CLI's own default engine.
            request.engine = options.engineName.compare(u"podman"_s, Qt::CaseInsensitive) == 0 ? EngineKind::Podman
                                                                                                 : EngineKind::Docker;
            err << Tr::tr("warning: %1\n").arg(problem);
        } else {
            err << Tr::tr("wharf launch: %1\n").arg(problem);
            return 1;
        }
    }

    const Result<LaunchPlan> plan = LaunchPlanner::plan(request, facts);
    if (!plan) {
        err << Tr::tr("wharf launch: %1\n").arg(plan.error().message());
        return 2;
    }
    for (const QString &warning : plan->warnings)
        err << Tr::tr("warning: %1\n").arg(warning);
    if (options.print) {
        out << plan->commandLine() << u'\n';
        return 0;
    }
    if (!preconditionsHold(*plan, client))
        return 1;
    return execute(*plan, {});
}

} // namespace Wharf
