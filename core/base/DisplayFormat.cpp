// SPDX-License-Identifier: Apache-2.0
#include "DisplayFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

const char *const Context = "Wharf::DisplayFormat";

// English needs "1 minute" and "5 minutes" even when no translation is loaded, and
// QCoreApplication::translate() only picks plural forms from a loaded translation. So the
// singular and the plural are two source texts; both pass n, so translators still get every
// numerus form their language needs for each.
QString plural(qint64 n, const char *singular, const char *pluralText)
{
    const int count = static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
    return QCoreApplication::translate(Context, count == 1 ? singular : pluralText, nullptr, count);
}

} // namespace

QString DisplayFormat::size(qint64 bytes)
{
    if (bytes < 0)
        return u"—"_s;
    static constexpr std::array<const char16_t *, 7> Units = {u"B", u"kB", u"MB", u"GB",
                                                               u"TB", u"PB", u"EB"};
    double value = static_cast<double>(bytes);
    std::size_t unit = 0;
    while (value >= 1000.0 && unit + 1 < Units.size()) {
        value /= 1000.0;
        ++unit;
    }
    // Three significant digits can round up to the next unit (999,999 B is "1 MB", not
    // docker's "1e+03kB").
    QString number = QString::number(value, 'g', 3);
    if (number.contains(u'e') && unit + 1 < Units.size()) {
        value /= 1000.0;
        ++unit;
        number = QString::number(value, 'g', 3);
    }
    return number + u' ' + QString::fromUtf16(Units[unit]);
}

QString DisplayFormat::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid())
        return QCoreApplication::translate(Context, "unknown");
    const qint64 seconds = when.secsTo(now);
    if (seconds < -60)
        return QCoreApplication::translate(Context, "in the future");
    if (seconds < 60)
        return QCoreApplication::translate(Context, "just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return plural(minutes, "%n minute ago", "%n minutes ago");
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return plural(hours, "%n hour ago", "%n hours ago");
    const qint64 days = hours / 24;
    if (hours < 24 * 7 * 2)
        return plural(days, "%n day ago", "%n days ago");
    if (hours < 24 * 30 * 2)
        return plural(days / 7, "%n week ago", "%n weeks ago");
    if (hours < 24 * 365 * 2)
        return plural(days / 30, "%n month ago", "%n months ago");
    return plural(days / 365, "%n year ago", "%n years ago");
}

QString DisplayFormat::exactTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString DisplayFormat::shortImageId(const QString &id)
{
    const qsizetype colon = id.indexOf(u':');
    return id.mid(colon + 1, 12);
}

} // namespace Wharf
