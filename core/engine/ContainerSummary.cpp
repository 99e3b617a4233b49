// SPDX-License-Identifier: Apache-2.0
#include "ContainerSummary.h"

#include "base/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>


using namespace Qt::StringLiterals;

namespace Wharf {

std::optional<ContainerSummary> ContainerSummary::fromJsonObject(const QJsonObject &object)
{
    ContainerSummary container;
    container.id = JsonFields::string(object, u"Id").trimmed();
    if (container.id.isEmpty())
        return std::nullopt;
    // The API names containers "/name" (a legacy of links); users know them as "name".
    const QStringList names = JsonFields::stringList(object.value(u"Names"));
    for (const QString &name : names) {
        const QString bare = name.startsWith(u'/') ? name.mid(1) : name;
        if (!bare.isEmpty())
            container.names.append(bare);
    }
    container.image = JsonFields::string(object, u"Image");
    container.imageId = JsonFields::string(object, u"ImageID");
    container.state = JsonFields::string(object, u"State");
    container.status = JsonFields::string(object, u"Status");
    if (const std::optional<qint64> created = JsonFields::exactInteger(object.value(u"Created")))
        container.created = JsonFields::fromSecondsSinceEpoch(*created);
    container.labels = JsonFields::stringMap(object.value(u"Labels"));
    container.command = JsonFields::string(object, u"Command");
    container.mounts = ContainerMount::listFromJson(object.value(u"Mounts"));
    container.ports = ContainerPort::listFromJson(object.value(u"Ports"));
    return container;
}

QString ContainerSummary::name() const
{
    if (!names.isEmpty())
        return names.constFirst();
    return id.left(12);
}

Result<QList<ContainerSummary>> ContainerSummary::listFromJson(const QByteArray &json)
{
    const QString what = QCoreApplication::translate("Wharf::ContainerSummary", "the container list");
    Result<QJsonDocument> document = JsonFields::parseDocument(json, what);
    if (!document)
        return document.error();
    if (!document->isArray()) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ContainerSummary",
                                                 "The engine's container list is not a JSON "
                                                 "array. The endpoint may not be a "
                                                 "Docker-compatible engine."),
                     JsonFields::excerpt(json));
    }
    const QJsonArray array = document->array();
    QList<ContainerSummary> containers;
    containers.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            continue;
        if (std::optional<ContainerSummary> container = fromJsonObject(entry.toObject()))
            containers.append(std::move(*container));
    }
    return containers;
}

} // namespace Wharf
