// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuthConfigFile.h"

#include <QProcessEnvironment>

namespace Wharf {

// Docker's client configuration, ~/.docker/config.json ($DOCKER_CONFIG/config.json when
// DOCKER_CONFIG is set): its "auths", "credsStore" and "credHelpers" (see AuthConfigFile).
// Everything else in the file (proxies, contexts, aliases) is kept untouched on save.
class DockerConfigFile : public AuthConfigFile
{
public:
    DockerConfigFile();

    // The file Docker's CLI reads, for the given environment (HOME, DOCKER_CONFIG).
    static QString defaultPath(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace Wharf
