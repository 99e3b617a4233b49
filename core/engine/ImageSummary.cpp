// SPDX-License-Identifier: Apache-2.0
#include "ImageSummary.h"

#include "base/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Drops the placeholders engines put in the lists of untagged images.
QStringList withoutPlaceholders(QStringList list, const QString &placeholder)
{
    list.removeIf([&placeholder](const QString &entry) {
        return entry.isEmpty() || entry == placeholder;
    });
    return list;
}

QDateTime createdFrom(const QJsonValue &value)
{
    if (value.isString()) {
        // Not what the API documents, but harmless to accept: an RFC 3339 string.
        const QDateTime parsed = JsonFields::parseRfc3339(value.toString());
        if (parsed.isValid())
            return parsed;
    }
    const std::optional<qint64> seconds = JsonFields::exactInteger(value);
    return seconds ? JsonFields::fromSecondsSinceEpoch(*seconds) : QDateTime();
}

} // namespace

std::optional<ImageSummary> ImageSummary::fromJsonObject(const QJsonObject &object)
{
    ImageSummary image;
    image.id = JsonFields::string(object, u"Id").trimmed();
    if (image.id.isEmpty())
        return std::nullopt;
    image.repoTags = withoutPlaceholders(JsonFields::stringList(object.value(u"RepoTags")),
                                         u"<none>:<none>"_s);
    image.repoDigests = withoutPlaceholders(JsonFields::stringList(object.value(u"RepoDigests")),
                                            u"<none>@<none>"_s);
    image.created = createdFrom(object.value(u"Created"));

    constexpr qint64 MaxSize = std::numeric_limits<qint64>::max();
    // Negative sizes mean "not computed" on some engines: show 0 rather than garbage.
    qint64 size = JsonFields::integer(object.value(u"Size"), -1, -1, MaxSize);
    if (size < 0)
        size = JsonFields::integer(object.value(u"VirtualSize"), 0, 0, MaxSize);
    image.size = std::max<qint64>(size, 0);

    // Docker answers -1 unless asked to count; Podman counts. Anything odd is "unknown".
    image.containers = static_cast<int>(JsonFields::integer(object.value(u"Containers"), -1, -1,
                                                            std::numeric_limits<int>::max()));
    image.labels = JsonFields::stringMap(object.value(u"Labels"));
    return image;
}

Result<QList<ImageSummary>> ImageSummary::listFromJson(const QByteArray &json)
{
    const QString what = QCoreApplication::translate("Wharf::ImageSummary", "the image list");
    Result<QJsonDocument> document = JsonFields::parseDocument(json, what);
    if (!document)
        return document.error();
    if (!document->isArray()) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageSummary",
                                                 "The engine's image list is not a JSON array. "
                                                 "The endpoint may not be a Docker-compatible "
                                                 "engine."),
                     JsonFields::excerpt(json));
    }
    const QJsonArray array = document->array();
    QList<ImageSummary> images;
    images.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            continue;
        if (std::optional<ImageSummary> image = fromJsonObject(entry.toObject()))
            images.append(std::move(*image));
    }
    return images;
}

} // namespace Wharf
