// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuthConfigFile.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace Wharf {

// Podman's (containers/image's) auth.json: the same "auths" format as Docker's config.json
// (see AuthConfigFile). Where it lives depends on the environment, which is passed in so
// tests control it.
class PodmanAuthFile : public AuthConfigFile
{
public:
    PodmanAuthFile();

    // The file `podman login` writes: $REGISTRY_AUTH_FILE when set, else
    // $XDG_RUNTIME_DIR/containers/auth.json when XDG_RUNTIME_DIR is set, else
    // $XDG_CONFIG_HOME/containers/auth.json (~/.config/containers/auth.json).
    static QString defaultPath(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Every file Podman reads logins from, first match wins: defaultPath(), then
    // $XDG_CONFIG_HOME/containers/auth.json, then Docker's config.json (Podman's fallback;
    // read it with DockerConfigFile). Without duplicates; the files need not exist.
    static QStringList searchPaths(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Just the podman-owned files of searchPaths() (without Docker's).
    static QStringList podmanPaths(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace Wharf
