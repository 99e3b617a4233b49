// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Wharf {

// What PathProbe found at one path: stat() and, for a directory, the first entries.
struct PathProbeResult
{
    QString path; // the logical path ("/cvmfs/cms.cern.ch")
    bool answered = false; // false: no answer within the time limit (or cancelled)
    bool exists = false;
    bool isDirectory = false;
    bool isCharacterDevice = false;
    QString failedCall; // "stat" or "opendir" when one failed, else empty
    int errorNumber = 0; // its errno
    QString errorText; // its strerror text ("Transport endpoint is not connected")
    QStringList entries; // the first MaxEntries names, sorted
    qsizetype entryCount = 0; // entries read (at most MaxEntries + 1, then it stops)
    qint64 elapsedMs = -1;

    static constexpr qsizetype MaxEntries = 20;
};

} // namespace Wharf

Q_DECLARE_METATYPE(Wharf::PathProbeResult)
