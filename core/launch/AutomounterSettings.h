// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

struct ContainerSummary;

// Where the cvmfs-automounter container shares its mounts and what it is called. Defaults are
// the ones its documentation uses (gitlab.cern.ch/vcs/cvmfs-automounter).
struct AutomounterSettings
{
    QString mountRoot = QStringLiteral("/shared-mounts");
    QString image = QStringLiteral("gitlab-registry.cern.ch/vcs/cvmfs-automounter:master");
    QString containerName = QStringLiteral("cvmfs");

    // Whether `container` is this automounter: its name, or a container of its image's
    // repository (whatever the tag), as the Containers page and the diagnostics tell it.
    bool isAutomounter(const ContainerSummary &container) const;

    bool operator==(const AutomounterSettings &) const = default;
};

} // namespace Wharf
