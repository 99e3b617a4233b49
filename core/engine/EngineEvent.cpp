// SPDX-License-Identifier: Apache-2.0
#include "EngineEvent.h"

#include "base/JsonFields.h"

#include <QCoreApplication>
#include <QJsonObject>


using namespace Qt::StringLiterals;

namespace Wharf {

EngineEvent::Action EngineEvent::actionFromText(const QString &type, const QString &actionText)
{
    const qsizetype colon = actionText.indexOf(u':');
    const QString verb = (colon >= 0 ? actionText.left(colon) : actionText).trimmed();
    if (verb == u"pull")
        return Action::Pull;
    if (verb == u"tag")
        return Action::Tag;
    if (verb == u"untag")
        return Action::Untag;
    if (verb == u"delete")
        return Action::Delete;
    if (verb == u"remove")
        return type == u"container" ? Action::Destroy : Action::Delete;
    if (verb == u"import")
        return Action::Import;
    if (verb == u"load" || verb == u"loadfromarchive")
        return Action::Load;
    if (verb == u"create")
        return Action::Create;
    if (verb == u"destroy")
        return Action::Destroy;
    if (verb == u"start")
        return Action::Start;
    if (verb == u"die")
        return Action::Die;
    return Action::Other;
}

Result<EngineEvent> EngineEvent::fromJson(const QByteArray &json)
{
    const QString what = QCoreApplication::translate("Wharf::EngineEvent", "an event");
    Result<QJsonDocument> document = JsonFields::parseDocument(json, what);
    if (!document)
        return document.error();
    const QJsonObject object = document->object(); // empty unless it is an object

    EngineEvent event;
    event.actionText = JsonFields::string(object, u"Action");
    if (event.actionText.isEmpty())
        event.actionText = JsonFields::string(object, u"status"); // before API 1.22
    if (event.actionText.isEmpty()) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::EngineEvent",
                                                 "The engine sent an event without an action."),
                     JsonFields::excerpt(json));
    }
    event.type = JsonFields::string(object, u"Type");
    if (event.type.isEmpty()) {
        // Events before API 1.22 had no type: only container events carried "from".
        event.type = object.contains(u"from") ? u"container"_s : u"image"_s;
    }
    event.action = actionFromText(event.type, event.actionText);

    const QJsonObject actor = object.value(u"Actor").toObject();
    event.attributes = JsonFields::stringMap(actor.value(u"Attributes"));
    event.id = JsonFields::string(actor, u"ID");
    if (event.id.isEmpty())
        event.id = JsonFields::string(object, u"id");
    // Podman's pull events have an empty ID; the pulled reference is in "name", where Docker
    // puts it in the ID.
    if (event.id.isEmpty() && event.type == u"image" && event.action == Action::Pull)
        event.id = event.attributes.value(u"name"_s);

    const std::optional<qint64> nanoseconds = JsonFields::exactInteger(object.value(u"timeNano"));
    if (nanoseconds && *nanoseconds != 0)
        event.time = JsonFields::fromNanosecondsSinceEpoch(*nanoseconds);
    if (!event.time.isValid()) {
        if (const std::optional<qint64> seconds = JsonFields::exactInteger(object.value(u"time")))
            event.time = JsonFields::fromSecondsSinceEpoch(*seconds);
    }
    return event;
}

} // namespace Wharf
