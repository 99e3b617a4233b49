// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Wharf {

// GET /info: where the engine keeps its data and how it runs. Docker and Podman's compat API
// both answer it; fields a reply lacks stay empty.
struct EngineInfo
{
    QString name;            // host name of the engine's machine (a VM's for Docker Desktop)
    QString operatingSystem; // "Debian GNU/Linux 12 (bookworm)", "Docker Desktop"
    QString rootDirectory;   // DockerRootDir: images and containers live below it
    QString storageDriver;   // "overlay2", "vfs"
    QStringList securityOptions; // "name=seccomp,profile=default", "name=rootless", "name=selinux"
    int cpuCount = 0;
    qint64 memoryBytes = 0;

    bool isRootless() const;
    bool hasSelinux() const;
    // Docker Desktop runs the engine in a VM: paths in its replies are the VM's, not ours.
    bool isDockerDesktop() const;

    // A reply that is not a JSON object is a ParseError; wrong field types are ignored.
    static Result<EngineInfo> fromJson(const QByteArray &json);
};

} // namespace Wharf
