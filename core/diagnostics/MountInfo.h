// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MountInfoEntry.h"

#include <QByteArray>
#include <QList>

namespace Wharf {

// The mount table of /proc/self/mountinfo. parse() never fails: a malformed line (too few
// fields, no "-" separator, non-numeric ids, embedded NULs) is skipped and counted, so one
// odd line (a FUSE source with spaces, a future kernel field) does not hide the rest.
class MountInfo
{
public:
    static MountInfo parse(const QByteArray &content);

    const QList<MountInfoEntry> &entries() const { return m_entries; }
    int rejectedLines() const { return m_rejectedLines; }

    // The mount that holds path: the last-mounted entry whose mount point is path or a parent
    // of it, compared by whole path components ("/cvmfs" holds "/cvmfs/cms.cern.ch", not
    // "/cvmfsx"). nullptr when none does (an empty table).
    const MountInfoEntry *mountHolding(const QString &path) const;
    // Entries mounted at path or below it, in table order.
    QList<MountInfoEntry> mountsUnder(const QString &path) const;

    // Undoes the kernel's octal escapes (\040 space, \011 tab, \012 newline, \134 backslash);
    // an invalid escape is kept as it is.
    static QString unescape(QByteArrayView field);
    // Whether `path` is `parent` or lies below it, by whole components.
    static bool isSameOrBelow(const QString &path, const QString &parent);

private:
    QList<MountInfoEntry> m_entries;
    int m_rejectedLines = 0;
};

} // namespace Wharf
