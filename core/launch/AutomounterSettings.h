// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// Where the cvmfs-automounter container shares its mounts and what it is called. Defaults are
// the ones its documentation uses (gitlab.cern.ch/vcs/cvmfs-automounter).
struct AutomounterSettings
{
    QString mountRoot = QStringLiteral("/shared-mounts");
    QString image = QStringLiteral("gitlab-registry.cern.ch/vcs/cvmfs-automounter:master");
    QString containerName = QStringLiteral("cvmfs");

    bool operator==(const AutomounterSettings &) const = default;
};

} // namespace Wharf
