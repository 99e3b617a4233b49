// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AutomounterSettings.h"
#include "BindMount.h"
#include "EnvironmentVariable.h"
#include "LaunchStrategy.h"
#include "engine/EngineKind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Wharf {

// What the user chose in the launch dialog (or on `wharf launch`), as a plain value. It holds
// no secret: a registry password is handed to the process environment at run time only.
struct LaunchRequest
{
    LaunchStrategy strategy = LaunchStrategy::HostMount;
    EngineKind engine = EngineKind::Docker; // host, automounter and fuse only
    // The engine's address as its CLI takes it ("unix:///run/user/1000/podman/podman.sock",
    // "tcp://host:2376"), so the container starts on the engine Wharf lists. Empty: the
    // CLI's own default (docker's context, podman's local storage).
    QString engineHost;

    // As typed. Engine strategies: an image reference (ImageReference grammar) or a full image
    // ID "sha256:<64 hex>". Apptainer: an image reference (run as docker://...) or an absolute
    // path (an unpacked.cern.ch directory, a .sif file). Not used by cmssw (the wrapper picks
    // its own image).
    QString image;
    QString workingFolder; // absolute; mounted at the same path and used as working directory
    QList<BindMount> binds;
    bool runAsUser = true;              // engine strategies, Linux only
    QString shell = QStringLiteral("bash"); // "bash", "zsh" or "sh"
    QList<EnvironmentVariable> environment;
    QString platform;                   // "linux/amd64"; empty: the engine's native platform
    bool keepContainer = false;
    // Engine strategies: give the container a pseudo-terminal (-t). Off when the plan runs
    // with no terminal on stdin (wharf launch in a pipe or a script): -t would be refused.
    bool pseudoTerminal = true;
    QString containerName;              // empty: the engine picks one
    QString cvmfsRoot = QStringLiteral("/cvmfs");
    QStringList cvmfsRepositories;      // "cms.cern.ch", ...: touched first so autofs mounts them
    AutomounterSettings automounter;
    bool forwardX11 = false;
    bool forwardKerberos = false;
    QString cmsswRelease = QStringLiteral("el9"); // "el7", "el8" or "el9"
    QStringList command;                // empty: an interactive shell
    QString registryUsername;           // Apptainer pulling docker://: the password is a secret

    // "docker" or "podman": the CLI a plan runs.
    static QString engineProgram(EngineKind kind);
    // The CLI's options that come before the command: ["--host", URL] for docker,
    // ["--remote", "--url", URL] for podman; none when host is empty.
    static QStringList engineGlobalArguments(EngineKind kind, const QString &host);
    // The label every container Wharf starts carries, with the strategy's name as value, so
    // the Containers page can tell which strategy a container was started with.
    static QString strategyLabel();

    bool operator==(const LaunchRequest &) const = default;
};

} // namespace Wharf
