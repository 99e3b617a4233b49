// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Wharf {

// How Wharf shows sizes, times and image IDs, the way the docker CLI does, so that the
// numbers in the window match what users see in a terminal.
class DisplayFormat
{
public:
    // SI units with three significant digits and a space: "0 B", "999 B", "1.2 kB",
    // "12.3 MB", "1.05 GB". Negative sizes (unknown) give "—".
    static QString size(qint64 bytes);
    // "just now", "5 minutes ago", "3 hours ago", "2 days ago", "3 weeks ago",
    // "4 months ago", "2 years ago" (docker's thresholds), "in the future" (more than a
    // minute ahead: a clock skew of seconds still reads "just now"), "unknown" if invalid.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // Local time, "2026-11-24 10:31:05"; empty for an invalid time.
    static QString exactTime(const QDateTime &when);
    // Like docker: without the "sha256:" (any "algorithm:") prefix, 12 characters.
    static QString shortImageId(const QString &id);
};

} // namespace Wharf
