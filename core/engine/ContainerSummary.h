// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ContainerMount.h"
#include "ContainerPort.h"
#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Wharf {

// One entry of GET /containers/json?all=1: which images are in use, and what the Containers
// page lists.
struct ContainerSummary
{
    QString id;
    QStringList names;  // without the API's leading "/"
    QString image;      // as the user named it
    QString imageId;    // "sha256:..."
    QString command;    // as one line, the way the engine shows it
    QString state;      // running, exited, created, ...
    QString status;     // "Up 3 minutes"
    QDateTime created;
    QMap<QString, QString> labels;
    QList<ContainerMount> mounts;
    QList<ContainerPort> ports;

    // The first name, or the short id when the container has none.
    QString name() const;
    bool isRunning() const { return state == u"running"; }

    // Parses the JSON array of /containers/json. Entries that are not objects or lack an Id
    // are skipped; a body that is not a JSON array is a ParseError.
    static Result<QList<ContainerSummary>> listFromJson(const QByteArray &json);
    // One entry; nullopt when it has no usable Id.
    static std::optional<ContainerSummary> fromJsonObject(const QJsonObject &object);

    bool operator==(const ContainerSummary &) const = default;
};

} // namespace Wharf
