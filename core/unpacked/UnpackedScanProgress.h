// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"

#include <QList>
#include <QMetaType>

namespace Wharf {

// Where a "scan everything" stands, and how it ended.
struct UnpackedScanProgress
{
    enum class Phase : quint8 { Idle, Running, Finished, Cancelled, Failed };

    Phase phase = Phase::Idle;
    int directoriesListed = 0;
    int directoriesPending = 0; // known, not listed yet (queued or being read)
    int directoriesFailed = 0;  // timed out or unreadable; named in problems
    int tagsFound = 0;
    qint64 elapsedMs = 0;
    QList<Error> problems;      // the first MaxProblems failures, each naming its directory

    static constexpr int MaxProblems = 100;

    // For a progress bar: listed / (listed + pending), 0..100.
    int percent() const
    {
        const qint64 known = qint64(directoriesListed) + directoriesPending + directoriesFailed;
        return known <= 0 ? 0 : int((qint64(directoriesListed) + directoriesFailed) * 100 / known);
    }
    bool isRunning() const { return phase == Phase::Running; }
};

} // namespace Wharf

Q_DECLARE_METATYPE(Wharf::UnpackedScanProgress)
