// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Wharf {

// One entry of a container's "Mounts" (in /containers/json and /containers/{id}/json): what
// the Containers page lists, so a user sees where /cvmfs and the working folder come from.
struct ContainerMount
{
    QString type; // "bind", "volume", "tmpfs", ...
    QString name; // the volume's name (volumes only)
    QString source; // host path (binds) or the volume's directory
    QString destination; // path inside the container
    QString mode; // as the engine gives it: "ro", "z", "" ...
    bool readWrite = true;
    QString propagation; // "rprivate", "rslave", "rshared", ... or empty

    // The JSON array of mounts; entries that are not objects or lack a destination are
    // skipped, anything that is not an array gives none.
    static QList<ContainerMount> listFromJson(const QJsonValue &value);

    bool operator==(const ContainerMount &) const = default;
};

} // namespace Wharf
