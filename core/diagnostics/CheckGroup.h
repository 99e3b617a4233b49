// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Wharf {

// The sections of the Troubleshooting page and of `wharf diagnose`, in display order.
// Engines is the extension point for the engine checks (reachability, socket group, disk
// space): they register in DiagnosticSuite under this group.
enum class CheckGroup { Engines, Cvmfs, HostSecurity, DockerDesktop, Registries, Apptainer, Host };

// Every group in display order.
QList<CheckGroup> allCheckGroups();
// A stable identifier for JSON: "engines", "cvmfs", "host-security", "docker-desktop",
// "registries", "apptainer", "host".
QString checkGroupName(CheckGroup group);
// The translated section title ("CVMFS", "Host security", ...).
QString checkGroupTitle(CheckGroup group);

} // namespace Wharf
