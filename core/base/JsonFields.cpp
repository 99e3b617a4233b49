// SPDX-License-Identifier: Apache-2.0
#include "JsonFields.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonParseError>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// 0001-01-01T00:00:00Z (Go's zero time, which engines write for "unknown") and
// 9999-12-31T23:59:59Z: the range a user-facing date can sensibly have.
constexpr qint64 GoZeroTimeSeconds = -62135596800LL;
constexpr qint64 LastSupportedSecond = 253402300799LL;

} // namespace

QString JsonFields::excerpt(const QByteArray &body)
{
    constexpr qsizetype Limit = 160;
    QString text = QString::fromUtf8(body.left(Limit));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u'\uFFFD';
    }
    if (body.size() > Limit)
        text += u"…"_s;
    return text;
}

namespace {

int digitsAt(QStringView text, qsizetype pos, qsizetype count, bool *ok)
{
    if (pos + count > text.size()) {
        *ok = false;
        return 0;
    }
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

Result<QJsonDocument> JsonFields::parseDocument(const QByteArray &json, const QString &what)
{
    if (json.trimmed().isEmpty()) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::JsonFields",
                                                 "The engine sent an empty reply for %1. If this "
                                                 "keeps happening, restart the engine.")
                         .arg(what));
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 names the reply ("the image list"), %2 is Qt's parser message, %3 a byte offset.
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::JsonFields",
                                                 "The engine's reply for %1 is not valid JSON (%2 at "
                                                 "byte %3). The reply may be cut off or the "
                                                 "endpoint may not be a container engine.")
                         .arg(what, parseError.errorString())
                         .arg(parseError.offset),
                     excerpt(json));
    }
    return document;
}

QString JsonFields::string(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

qint64 JsonFields::integer(const QJsonValue &value, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isnan(d))
            return fallback;
        // Beyond what qint64 holds: saturate (and avoid undefined double->int casts).
        if (d >= 9.2e18)
            return maximum;
        if (d <= -9.2e18)
            return minimum;
        constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
        qint64 v = value.toInteger(NotIntegral);
        if (v == NotIntegral)
            v = static_cast<qint64>(d); // a fraction: truncate toward zero
        return std::clamp(v, minimum, maximum);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok, 10);
        return ok ? std::clamp(v, minimum, maximum) : fallback;
    }
    return fallback;
}

std::optional<qint64> JsonFields::exactInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!(d > -9.3e18 && d < 9.3e18)) // also false for NaN
            return std::nullopt;
        constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
        const qint64 v = value.toInteger(NotIntegral);
        if (v == NotIntegral) // a fraction, or beyond qint64
            return std::nullopt;
        return v;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok, 10);
        return ok ? std::optional<qint64>(v) : std::nullopt;
    }
    return std::nullopt;
}

QStringList JsonFields::stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString()) {
        list.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        list.reserve(array.size());
        for (const QJsonValue &element : array) {
            if (element.isString())
                list.append(element.toString());
        }
    }
    return list;
}

QMap<QString, QString> JsonFields::stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    if (!value.isObject())
        return map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            map.insert(it.key(), it.value().toString());
    }
    return map;
}

QDateTime JsonFields::fromSecondsSinceEpoch(qint64 seconds)
{
    if (seconds <= GoZeroTimeSeconds || seconds > LastSupportedSecond)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QDateTime JsonFields::fromNanosecondsSinceEpoch(qint64 nanoseconds)
{
    // Floor division, so instants before 1970 round down like whole seconds do.
    qint64 milliseconds = nanoseconds / 1000000;
    if (nanoseconds % 1000000 < 0)
        --milliseconds;
    const qint64 seconds = milliseconds / 1000;
    if (seconds <= GoZeroTimeSeconds || seconds > LastSupportedSecond)
        return {};
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

QDateTime JsonFields::parseRfc3339(QStringView text)
{
    // YYYY-MM-DD[Tt ]hh:mm:ss[.fraction](Z|z|+hh:mm|-hh:mm)
    bool ok = true;
    const int year = digitsAt(text, 0, 4, &ok);
    const int month = digitsAt(text, 5, 2, &ok);
    const int day = digitsAt(text, 8, 2, &ok);
    const int hour = digitsAt(text, 11, 2, &ok);
    const int minute = digitsAt(text, 14, 2, &ok);
    int second = digitsAt(text, 17, 2, &ok);
    if (!ok || text.size() < 20 || text[4] != u'-' || text[7] != u'-' || text[13] != u':'
        || text[16] != u':')
        return {};
    const QChar separator = text[10];
    if (separator != u'T' && separator != u't' && separator != u' ')
        return {};

    qsizetype pos = 19;
    int milliseconds = 0;
    if (text[pos] == u'.') {
        ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            if (pos - start < 3)
                milliseconds = milliseconds * 10 + (text[pos].unicode() - u'0');
            ++pos;
        }
        if (pos == start)
            return {};
        for (qsizetype n = pos - start; n < 3; ++n)
            milliseconds *= 10;
    }
    if (pos >= text.size())
        return {};

    int offsetSeconds = 0;
    const QChar zone = text[pos];
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        const int offsetHours = digitsAt(text, pos + 1, 2, &ok);
        const int offsetMinutes = digitsAt(text, pos + 4, 2, &ok);
        if (!ok || text[pos + 3] != u':' || offsetHours > 23 || offsetMinutes > 59)
            return {};
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (zone == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return {};
    }
    if (pos != text.size())
        return {};

    if (second == 60) // a leap second: Qt has no such time, keep the instant just before it
        second = 59;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, milliseconds);
    if (!date.isValid() || !time.isValid() || year == 0)
        return {};
    const QDateTime result = QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
    const qint64 seconds = result.toSecsSinceEpoch();
    if (!result.isValid() || seconds <= GoZeroTimeSeconds || seconds > LastSupportedSecond)
        return {};
    return result;
}

} // namespace Wharf
