// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <chrono>

namespace Wharf {

// The user's choices that shape the checks (from the settings, or the command line).
struct DiagnosticOptions
{
    QStringList cvmfsRepositories; // empty: CvmfsMountCheck::defaultRepositories()
    std::chrono::milliseconds repositoryTimeout { 8000 }; // per /cvmfs repository
    QString engineHost; // Wharf's engine setting ("engines/host"), empty when not set
};

} // namespace Wharf
