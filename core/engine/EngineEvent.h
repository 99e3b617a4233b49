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
    QString id;         // Actor.ID (else the legacy "id"): image id or reference, container
                        // id. Podman's image pull events have no ID: then the pulled reference.
    QMap<QString, QString> attributes; // Actor.Attributes ("name", "image", ...)
    QDateTime time;     // from timeNano, else time

    // One line of the stream. A line that is not a JSON object, or has neither "Action"
    // nor "status", is a ParseError (the caller skips it and reads on).
    static Result<EngineEvent> fromJson(const QByteArray &json);

    // "pull" -> Pull, ...; the text before a ':' counts ("exec_start: sh" -> Other). Podman
    // says "remove" where Docker says "delete" (images) or "destroy" (containers), and
    // "loadfromarchive" for a load.
    static Action actionFromText(const QString &type, const QString &actionText);
};

} // namespace Wharf
