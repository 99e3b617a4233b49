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

// One entry of GET /images/json, as Docker and Podman return it.
struct ImageSummary
{
    QString id;               // "sha256:<64 hex>"
    QStringList repoTags;     // "repo:tag"; empty for dangling images (the parser drops the
                              // "<none>:<none>" placeholder Docker and some Podmans send)
    QStringList repoDigests;  // "repo@sha256:..." ("<none>@<none>" dropped too)
    QDateTime created;        // UTC
    qint64 size = 0;          // bytes ("Size", else "VirtualSize"; never negative)
    int containers = -1;      // -1 when the engine did not count them
    QMap<QString, QString> labels;

    bool operator==(const ImageSummary &) const = default;

    // Parses the JSON array of /images/json. Entries that are not objects or lack an Id
    // are skipped; a body that is not a JSON array is a ParseError.
    static Result<QList<ImageSummary>> listFromJson(const QByteArray &json);
    // One entry; nullopt when it has no usable Id.
    static std::optional<ImageSummary> fromJsonObject(const QJsonObject &object);

    bool isDangling() const { return repoTags.isEmpty(); }
};

} // namespace Wharf
