// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace Wharf {

// One message of GET /events (Docker and Podman's compat API).
struct EngineEvent
{
    enum class Action { Other, Pull, Tag, Untag, Delete, Import, Load, Create, Destroy, Start, Die };

    QString type;       // "image", "container", ...
    Action action = Action::Other;
    QString actionText; // the raw action ("pull", "untag", "exec_start: sh", ...)
    QString id;         // Actor.ID: image id or reference, container id
    QMap<QString, QString> attributes; // Actor.Attributes ("name", "image", ...)
    QDateTime time;     // from timeNano, else time

    static Result<EngineEvent> fromJson(const QByteArray &json);
};

} // namespace Wharf
