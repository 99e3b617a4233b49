// SPDX-License-Identifier: Apache-2.0
#include "ContainerMount.h"

#include "base/JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Wharf {

QList<ContainerMount> ContainerMount::listFromJson(const QJsonValue &value)
{
    QList<ContainerMount> mounts;
    const QJsonArray array = value.toArray(); // empty unless it is an array
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            continue;
        const QJsonObject object = entry.toObject();
        ContainerMount mount;
        mount.destination = JsonFields::string(object, u"Destination");
        if (mount.destination.isEmpty())
            continue;
        mount.type = JsonFields::string(object, u"Type");
        mount.name = JsonFields::string(object, u"Name");
        mount.source = JsonFields::string(object, u"Source");
        mount.mode = JsonFields::string(object, u"Mode");
        // Missing or of another type: read-write, as the engines default to.
        const QJsonValue rw = object.value(u"RW");
        mount.readWrite = rw.isBool() ? rw.toBool() : true;
        mount.propagation = JsonFields::string(object, u"Propagation");
        mounts.append(mount);
    }
    return mounts;
}

} // namespace Wharf
