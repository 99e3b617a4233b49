// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Wharf {

// One entry of a container's "Ports" in /containers/json: a published or exposed port.
struct ContainerPort
{
    QString ip; // host address it is published on; empty when only exposed
    int privatePort = 0; // inside the container
    int publicPort = 0; // on the host; 0 when not published
    QString type; // "tcp", "udp", "sctp"

    // "127.0.0.1:8888->8888/tcp", "8888/tcp", as docker ps writes them.
    QString toString() const;

    // The JSON array of ports; entries without a valid private port (1..65535) are skipped.
    static QList<ContainerPort> listFromJson(const QJsonValue &value);

    bool operator==(const ContainerPort &) const = default;
};

} // namespace Wharf
