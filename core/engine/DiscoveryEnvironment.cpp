// SPDX-License-Identifier: Apache-2.0
#include "DiscoveryEnvironment.h"

#include <QDir>

namespace Wharf {

DiscoveryEnvironment DiscoveryEnvironment::fromSystem(const QString &explicitHost)
{
    DiscoveryEnvironment env;
    env.explicitHost = explicitHost;
    env.environment = QProcessEnvironment::systemEnvironment();
    env.homeDirectory = QDir::homePath();
    return env;
}

} // namespace Wharf
