// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace Wharf {

// How the container gets CVMFS (issue 5). The first three run through Docker or Podman, the
// last two through Apptainer/Singularity on the host.
enum class LaunchStrategy {
    HostMount,   // "host": bind the host's /cvmfs (autofs) into the container
    Automounter, // "automounter": the cvmfs-automounter container shares its mounts
    Fuse,        // "fuse": the image mounts CVMFS itself with FUSE inside the container
    Apptainer,   // "apptainer": apptainer/singularity shell|exec on docker:// or an unpacked path
    Cmssw,       // "cmssw": the cmssw-elN wrappers from /cvmfs/cms.cern.ch/common
};

// The CLI and settings name: "host", "automounter", "fuse", "apptainer", "cmssw".
QString launchStrategyName(LaunchStrategy strategy);
// The strategy for a CLI name (exact, lower case), or nothing.
std::optional<LaunchStrategy> launchStrategyFromName(QStringView name);
// For people: "CVMFS from this computer", ... (translated).
QString launchStrategyDisplayName(LaunchStrategy strategy);
// Every strategy, in the order the launch dialog offers them.
QList<LaunchStrategy> allLaunchStrategies();
// Whether the strategy starts a Docker/Podman container (and so uses the engine options).
bool launchStrategyUsesEngine(LaunchStrategy strategy);

} // namespace Wharf
