// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "UnpackedListing.h"

#include <QDateTime>
#include <QList>

namespace Wharf {

// Everything listed under one root at one time: what the scan cache saves and loads.
struct UnpackedScanSnapshot
{
    QString root;
    QDateTime takenAt;       // when the listings were read
    qint64 durationMs = -1;  // how long the scan took, -1 when unknown
    bool complete = false;   // a full scan that finished without failures
    QList<UnpackedListing> listings; // successful listings only, parents before children
};

} // namespace Wharf
