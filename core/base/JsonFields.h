// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Wharf {

// Tolerant readers for engine JSON. Engines differ (Docker, Podman's compat layer, old
// versions) and a reply may be hostile, so every reader accepts any JSON value and falls
// back to an empty or default result instead of trusting the type.
class JsonFields
{
public:
    // Parses a whole reply. `what` names it for the user ("the image list"). A reply that is
    // not JSON is a ParseError that says where it broke; the start of the body goes into
    // the details.
    static Result<QJsonDocument> parseDocument(const QByteArray &json, const QString &what);

    // The first bytes of a reply, printable (control characters replaced), for details.
    static QString excerpt(const QByteArray &body);

    // A string member, or empty when missing or of another type.
    static QString string(const QJsonObject &object, QStringView key);
    // A whole number: a JSON number (clamped to [minimum, maximum]; NaN and fractions
    // handled) or a string of decimal digits. Anything else gives `fallback`.
    static qint64 integer(const QJsonValue &value, qint64 fallback, qint64 minimum, qint64 maximum);
    // The same, but without clamping: nullopt for anything that is not a whole number that
    // fits in qint64 (for timestamps, where a clamped value would be a wrong date).
    static std::optional<qint64> exactInteger(const QJsonValue &value);
    // null -> empty, "text" -> ["text"], an array -> its strings (other elements skipped).
    static QStringList stringList(const QJsonValue &value);
    // An object of strings; members with non-string values are skipped.
    static QMap<QString, QString> stringMap(const QJsonValue &value);

    // Seconds since the epoch, as /images/json and /containers/json give them. Values
    // outside years 1..9999 and Go's zero time (year 1, "unknown") give an invalid QDateTime.
    static QDateTime fromSecondsSinceEpoch(qint64 seconds);
    // Nanoseconds since the epoch (timeNano in /events), kept to the millisecond.
    static QDateTime fromNanosecondsSinceEpoch(qint64 nanoseconds);
    // RFC 3339 ("2026-11-24T10:31:05.123456789Z", "...+02:00"), as Go writes time.Time.
    // Fractions beyond milliseconds are truncated. Invalid text and Go's zero time give an
    // invalid QDateTime. The result is in UTC.
    static QDateTime parseRfc3339(QStringView text);
};

} // namespace Wharf
