// SPDX-License-Identifier: Apache-2.0
#pragma once

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

// One entry of GET /containers/json?all=1: enough to know which images are in use.
struct ContainerSummary
{
    QString id;
    QStringList names;  // without the API's leading "/"
    QString image;      // as the user named it
    QString imageId;    // "sha256:..."
    QString state;      // running, exited, created, ...
    QString status;     // "Up 3 minutes"
    QDateTime created;
    QMap<QString, QString> labels;

    // Parses the JSON array of /containers/json. Entries that are not objects or lack an Id
    // are skipped; a body that is not a JSON array is a ParseError.
    static Result<QList<ContainerSummary>> listFromJson(const QByteArray &json);
    // One entry; nullopt when it has no usable Id.
    static std::optional<ContainerSummary> fromJsonObject(const QJsonObject &object);

    bool operator==(const ContainerSummary &) const = default;
};

} // namespace Wharf
