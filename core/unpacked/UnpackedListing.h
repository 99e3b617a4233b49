// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "UnpackedEntry.h"
#include "base/Error.h"

#include <QList>
#include <QMetaType>

namespace Wharf {

// The visible content of one directory of one root, as one read of it found it (or why it
// could not be read: error.code() != ErrorCode::None, e.g. Timeout).
struct UnpackedListing
{
    QString root;            // "/cvmfs/unpacked.cern.ch", as configured
    QByteArray directory;    // relative to the root, raw bytes, '/'-separated; empty = the root
    QList<UnpackedEntry> entries; // hidden names skipped, in no particular order
    Error error;
    // The directory holds .singularity.d: it is an unpacked image with a bare name, not a
    // namespace. Its entries (the image's root file system) are not listed.
    bool isImageDirectory = false;
    int hiddenCount = 0;     // names skipped as hidden (.flat, podmanStore, ...)
    qint64 elapsedMs = -1;

    bool ok() const { return error.code() == ErrorCode::None; }
};

} // namespace Wharf

Q_DECLARE_METATYPE(Wharf::UnpackedListing)
