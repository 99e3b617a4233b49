// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include "DiagnoseCommand.h"
#include "EnginesCommand.h"
#include "ExplainCommand.h"
#include "ImagesCommand.h"
#include "LaunchCommand.h"
#include "RegistryCommand.h"
#include "RunInTerminalCommand.h"
#include "UnpackedCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// tr() under the context the runtime uses, in a form lupdate reads the same way (a free
// tr() helper made it guess "Wharf").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::CommandLine)
};

const QStringList &commandNames()
{
    static const QStringList names{u"engines"_s, u"images"_s, u"diagnose"_s, u"explain"_s, u"registry"_s, u"launch"_s, u"unpacked"_s, u"help"_s};
    return names;
}

QString usage()
{
    return Tr::tr("Usage: wharf [COMMAND] [OPTIONS]\n"
              "\n"
              "Without a command, Wharf opens its window.\n"
              "\n"
              "Commands:\n"
              "  engines              List the container engines Wharf finds: endpoint, how it\n"
              "                       was found, version, and whether it answers (or why not).\n"
              "  images [--engine NAME] [--json]\n"
              "                       List the images of every engine (or of one).\n"
              "  diagnose [--symptom SYMPTOM] [--json]\n"
              "                       Check this computer for what breaks containers with CVMFS\n"
              "                       (FUSE, SELinux, mount propagation, Docker Desktop file\n"
              "                       sharing, ...) and say how to fix it. Exits 1 when a check\n"
              "                       fails. Symptoms: cvmfs-missing, permission-denied,\n"
              "                       pull-fails, container-exits, login-fails, other.\n"
              "  explain [FILE] [--json]\n"
              "                       Explain an error message read from FILE or standard input:\n"
              "                       what went wrong, why, and how to fix it. Exits 1 when the\n"
              "                       message is not a known error.\n"
              "  launch [--strategy S] [--engine NAME] [--workdir DIR] [--print] IMAGE [-- CMD...]\n"
              "                       Open a shell (or run CMD) in a container with /cvmfs and your\n"
              "                       working folder, in this terminal; --print shows the command.\n"
              "                       \"wharf launch --help\" says more.\n"
              "  registry login|logout|list|repos|tags|inspect ...\n"
              "                       Log in to image registries (the secret goes to the system\n"
              "                       keychain), list repositories and tags, inspect images.\n"
              "                       \"wharf registry --help\" says more.\n"
              "  unpacked list [--root DIR] [--filter TEXT] [--json]\n"
              "                       List the images published on unpacked.cern.ch: name,\n"
              "                       path, when synced, whether runnable.\n"
              "  unpacked recipe REFERENCE\n"
              "                       Print the recipe.yaml line that requests an image on\n"
              "                       unpacked.cern.ch. \"wharf unpacked --help\" says more.\n"
              "\n"
              "Options:\n"
              "  --version            Print the versions of Wharf and Qt.\n"
              "  --help               Print this help.\n"
              "\n"
              "Engines are found through the engine setting, DOCKER_HOST, the current docker\n"
              "context, CONTAINER_HOST and the well-known sockets of Docker and Podman.\n");
}

} // namespace

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // run-in-terminal: hidden, what a terminal window runs for a launch (not in the help).
    if (first == u"run-in-terminal"_s)
        return true;
    return commandNames().contains(first) || first == u"--version"_s || first == u"-v"_s
        || first == u"--help"_s || first == u"-h"_s;
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);

    if (command == u"--version"_s || command == u"-v"_s) {
        out << u"wharf %1 (Qt %2)\n"_s.arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()));
        return 0;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        out << usage();
        return 0;
    }
    if (command == u"engines"_s)
        return EnginesCommand().run(rest);
    if (command == u"images"_s)
        return ImagesCommand().run(rest);
    if (command == u"diagnose"_s)
        return DiagnoseCommand().run(rest);
    if (command == u"explain"_s)
        return ExplainCommand().run(rest);
    if (command == u"registry"_s)
        return RegistryCommand().run(rest);
    if (command == u"launch"_s)
        return LaunchCommand().run(rest);
    if (command == u"unpacked"_s)
        return UnpackedCommand().run(rest);
    if (command == u"run-in-terminal"_s)
        return RunInTerminalCommand().run(rest);
    err << Tr::tr("wharf: unknown command \"%1\".\n").arg(command) << usage();
    return 2;
}

} // namespace Wharf
