// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace Wharf {

// Everything endpoint discovery reads, gathered in one value so tests can prepare it.
struct DiscoveryEnvironment
{
    QString explicitHost;          // Wharf's engine setting ("unix:///...", "tcp://..."), or empty
    QProcessEnvironment environment;
    QString homeDirectory;
    // Prefixed to the system-wide well-known paths (/var/run/docker.sock, /run/podman/...),
    // so tests can lay out a fake root. Empty for the real system.
    QString systemRoot;

    static DiscoveryEnvironment fromSystem(const QString &explicitHost = {});
};

} // namespace Wharf
