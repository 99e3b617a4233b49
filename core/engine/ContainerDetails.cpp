// SPDX-License-Identifier: Apache-2.0
#include "ContainerDetails.h"

#include "base/JsonFields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <limits>

namespace Wharf {

namespace {

QDateTime timeFrom(const QJsonValue &value)
{
    // RFC 3339 text; Go's zero time ("0001-01-01T00:00:00Z": never) gives an invalid time.
    return value.isString() ? JsonFields::parseRfc3339(value.toString()) : QDateTime();
}

bool flag(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isBool() && value.toBool();
}

} // namespace

Result<ContainerDetails> ContainerDetails::fromJson(const QByteArray &json)
{
    const QString what
        = QCoreApplication::translate("Wharf::ContainerDetails", "the container details");
    Result<QJsonDocument> document = JsonFields::parseDocument(json, what);
    if (!document)
        return document.error();
    if (!document->isObject()) {
        return Error(ErrorCode::ParseError,
            QCoreApplication::translate("Wharf::ContainerDetails",
                "The engine's container details are not a JSON object. "
                "The endpoint may not be a Docker-compatible engine."),
            JsonFields::excerpt(json));
    }
    const QJsonObject object = document->object();
    ContainerDetails details;
    details.id = JsonFields::string(object, u"Id").trimmed();
    if (details.id.isEmpty()) {
        const QString engineMessage = JsonFields::string(object, u"message");
        return Error(ErrorCode::ParseError,
            QCoreApplication::translate(
                "Wharf::ContainerDetails", "The engine's container details have no container ID."),
            engineMessage.isEmpty() ? JsonFields::excerpt(json) : engineMessage);
    }
    const QString name = JsonFields::string(object, u"Name");
    details.name = name.startsWith(u'/') ? name.mid(1) : name;
    details.imageId = JsonFields::string(object, u"Image");
    details.created = timeFrom(object.value(u"Created"));

    const QJsonObject state = object.value(u"State").toObject();
    details.state = JsonFields::string(state, u"Status");
    details.running = flag(state, u"Running");
    details.paused = flag(state, u"Paused");
    details.restarting = flag(state, u"Restarting");
    details.exitCode = int(JsonFields::integer(state.value(u"ExitCode"), 0,
        std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    details.error = JsonFields::string(state, u"Error");
    details.startedAt = timeFrom(state.value(u"StartedAt"));
    details.finishedAt = timeFrom(state.value(u"FinishedAt"));

    const QJsonObject config = object.value(u"Config").toObject();
    details.image = JsonFields::string(config, u"Image");
    details.tty = flag(config, u"Tty");
    details.workingDirectory = JsonFields::string(config, u"WorkingDir");
    details.user = JsonFields::string(config, u"User");
    details.entrypoint = JsonFields::stringList(config.value(u"Entrypoint"));
    details.command = JsonFields::stringList(config.value(u"Cmd"));
    details.labels = JsonFields::stringMap(config.value(u"Labels"));

    const QJsonObject hostConfig = object.value(u"HostConfig").toObject();
    details.restartPolicy
        = JsonFields::string(hostConfig.value(u"RestartPolicy").toObject(), u"Name");
    details.mounts = ContainerMount::listFromJson(object.value(u"Mounts"));
    return details;
}

} // namespace Wharf
