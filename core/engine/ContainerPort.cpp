// SPDX-License-Identifier: Apache-2.0
#include "ContainerPort.h"

#include "base/JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wharf {

QString ContainerPort::toString() const
{
    const QString inside = QString::number(privatePort) + u'/' + (type.isEmpty() ? u"tcp"_s : type);
    if (publicPort <= 0)
        return inside;
    const QString host = ip.contains(u':') ? u'[' + ip + u']' : ip;
    return (host.isEmpty() ? QString() : host + u':') + QString::number(publicPort) + u"->"_s
        + inside;
}

QList<ContainerPort> ContainerPort::listFromJson(const QJsonValue &value)
{
    QList<ContainerPort> ports;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            continue;
        const QJsonObject object = entry.toObject();
        // Not clamped: port 70000 is no port, and 65535 would be a wrong one.
        const auto portNumber = [&object](QStringView key) {
            const std::optional<qint64> number = JsonFields::exactInteger(object.value(key));
            return number && *number >= 1 && *number <= 65535 ? int(*number) : 0;
        };
        ContainerPort port;
        port.privatePort = portNumber(u"PrivatePort");
        if (port.privatePort <= 0)
            continue;
        port.publicPort = portNumber(u"PublicPort");
        port.ip = JsonFields::string(object, u"IP");
        port.type = JsonFields::string(object, u"Type");
        ports.append(port);
    }
    return ports;
}

} // namespace Wharf
