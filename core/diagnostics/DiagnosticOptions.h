// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/AutomounterSettings.h"

#include <QPointer>
#include <QStringList>
#include <chrono>

namespace Wharf {

class RegistryConnections;

// The user's choices that shape the checks (from the settings, or the command line).
struct DiagnosticOptions
{
    QStringList cvmfsRepositories; // empty: CvmfsMountCheck::defaultRepositories()
    std::chrono::milliseconds repositoryTimeout { 8000 }; // per /cvmfs repository
    QString engineHost; // Wharf's engine setting ("engines/host"), empty when not set
    AutomounterSettings automounter; // which container is the cvmfs-automounter
    // The user's registries and the connections that know their logins and options (the
    // window's, or the command line's); none: the registry check does not apply.
    QStringList registries;
    QPointer<RegistryConnections> registryConnections;
};

} // namespace Wharf
