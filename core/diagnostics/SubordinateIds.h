// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Wharf {

// /etc/subuid and /etc/subgid (subuid(5)): lines "owner:first:count", owner a user name or a
// numeric uid. Rootless Podman needs a range for the user in both files.
class SubordinateIds
{
public:
    struct Range
    {
        QString owner;
        quint64 first = 0;
        quint64 count = 0;
        int line = 0; // 1-based, for evidence
        bool operator==(const Range &other) const = default;
    };

    // Malformed lines (wrong field count, non-numeric or overflowing numbers, NULs) and
    // comments are skipped; rejectedLines() counts the malformed ones.
    static SubordinateIds parse(const QByteArray &content);

    const QList<Range> &ranges() const { return m_ranges; }
    int rejectedLines() const { return m_rejected; }
    // The ranges for a user, matched by exact name or by the decimal uid, with count > 0.
    QList<Range> rangesFor(const QString &userName, uint userId) const;

private:
    QList<Range> m_ranges;
    int m_rejected = 0;
};

} // namespace Wharf
