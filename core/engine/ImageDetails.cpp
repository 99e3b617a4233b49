// SPDX-License-Identifier: Apache-2.0
#include "ImageDetails.h"

#include "base/JsonFields.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QDateTime createdFrom(const QJsonValue &value)
{
    if (value.isString())
        return JsonFields::parseRfc3339(value.toString());
    // Some engines (and caches) write seconds since the epoch instead.
    const std::optional<qint64> seconds = JsonFields::exactInteger(value);
    return seconds ? JsonFields::fromSecondsSinceEpoch(*seconds) : QDateTime();
}

} // namespace

Result<ImageDetails> ImageDetails::fromJson(const QByteArray &json)
{
    const QString what = QCoreApplication::translate("Wharf::ImageDetails", "the image details");
    Result<QJsonDocument> document = JsonFields::parseDocument(json, what);
    if (!document)
        return document.error();
    if (!document->isObject()) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageDetails",
                                                 "The engine's image details are not a JSON "
                                                 "object. The endpoint may not be a "
                                                 "Docker-compatible engine."),
                     JsonFields::excerpt(json));
    }
    const QJsonObject object = document->object();

    ImageDetails details;
    details.id = JsonFields::string(object, u"Id").trimmed();
    if (details.id.isEmpty()) {
        // An error body ({"message": ...}) that reached us with a success status, or junk.
        const QString engineMessage = JsonFields::string(object, u"message");
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageDetails",
                                                 "The engine's image details have no image ID."),
                     engineMessage.isEmpty() ? JsonFields::excerpt(json) : engineMessage);
    }
    details.repoTags = JsonFields::stringList(object.value(u"RepoTags"));
    details.repoTags.removeAll(u"<none>:<none>"_s);
    details.repoDigests = JsonFields::stringList(object.value(u"RepoDigests"));
    details.repoDigests.removeAll(u"<none>@<none>"_s);
    details.created = createdFrom(object.value(u"Created"));

    constexpr qint64 MaxSize = std::numeric_limits<qint64>::max();
    qint64 size = JsonFields::integer(object.value(u"Size"), -1, -1, MaxSize);
    if (size < 0)
        size = JsonFields::integer(object.value(u"VirtualSize"), 0, 0, MaxSize);
    details.size = std::max<qint64>(size, 0);

    // Config may be missing or null (images built from scratch with nothing set).
    const QJsonObject config = object.value(u"Config").toObject();
    details.entrypoint = JsonFields::stringList(config.value(u"Entrypoint"));
    details.cmd = JsonFields::stringList(config.value(u"Cmd"));
    details.env = JsonFields::stringList(config.value(u"Env"));
    details.labels = JsonFields::stringMap(config.value(u"Labels"));
    details.workingDir = JsonFields::string(config, u"WorkingDir");
    details.user = JsonFields::string(config, u"User");

    details.architecture = JsonFields::string(object, u"Architecture");
    details.os = JsonFields::string(object, u"Os");
    details.variant = JsonFields::string(object, u"Variant");
    details.author = JsonFields::string(object, u"Author");
    details.layers = JsonFields::stringList(object.value(u"RootFS").toObject().value(u"Layers"));
    details.raw = object;
    return details;
}

} // namespace Wharf
