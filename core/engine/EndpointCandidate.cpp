// SPDX-License-Identifier: Apache-2.0
#include "EndpointCandidate.h"

#include <QCoreApplication>

namespace Wharf {

QString EndpointCandidate::describeOrigin() const
{
    switch (origin) {
    case EndpointOrigin::Setting:
        return QCoreApplication::translate("Wharf::EndpointCandidate", "Wharf setting");
    case EndpointOrigin::DockerHost:
        return QCoreApplication::translate("Wharf::EndpointCandidate", "DOCKER_HOST");
    case EndpointOrigin::DockerContext:
        return QCoreApplication::translate("Wharf::EndpointCandidate", "docker context \"%1\"")
            .arg(originDetail);
    case EndpointOrigin::ContainerHost:
        return QCoreApplication::translate("Wharf::EndpointCandidate", "CONTAINER_HOST");
    case EndpointOrigin::WellKnownSocket:
        if (productHint.isEmpty())
            return QCoreApplication::translate("Wharf::EndpointCandidate", "well-known socket");
        return QCoreApplication::translate("Wharf::EndpointCandidate", "well-known socket (%1)")
            .arg(productHint);
    case EndpointOrigin::Embedded:
        return QCoreApplication::translate("Wharf::EndpointCandidate", "started by Wharf");
    }
    return {};
}

} // namespace Wharf
