// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "UnpackedScanSnapshot.h"
#include "base/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Wharf {

// The last scan of each root, on disk, so that the unpacked.cern.ch page can show (and
// search) it at the next start, marked stale, before anything is read from CVMFS.
//
// One file per root under <directory>/unpacked-scans/, named after a hash of the root,
// written atomically (QSaveFile). Compact binary behind a magic number, a format version and
// a checksum; names and link targets are stored as raw bytes (they need not be UTF-8), and
// only what the file system said is stored: display names, tag splits and resolved targets
// are derived again on load (UnpackedLayout::complete), so a file cannot make them
// disagree. A file that is corrupted, truncated, of another version, for another root or
// hostile (a name with '/', "..", a NUL; counts beyond the limits) is ignored and removed:
// the cache is a convenience, never a reason to fail or to wait. It holds no secrets.
//
// load() and save() do plain file I/O on a local cache directory; they may run on any
// thread (one object per thread).
class UnpackedScanCache
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::UnpackedScanCache)

public:
    static constexpr qint64 MaxFileSize = 256 * 1024 * 1024;
    static constexpr quint32 MaxListings = 1'000'000;
    static constexpr quint32 MaxEntries = 4'000'000;      // in the whole file
    static constexpr quint32 MaxArchitectures = 64;       // per entry
    static constexpr quint32 MaxNameBytes = 4096;         // a name, a link target, a path

    // directory: normally QStandardPaths::writableLocation(QStandardPaths::CacheLocation).
    explicit UnpackedScanCache(QString directory);

    QString directory() const; // <directory>/unpacked-scans
    QString filePath(const QString &root) const;

    // Saves the snapshot of one root (failed listings are not saved).
    Result<void> save(const UnpackedScanSnapshot &snapshot) const;
    // The snapshot of `root`: NotFound when there is none; ParseError when the file was
    // unusable (it has been removed, the error says why).
    Result<UnpackedScanSnapshot> load(const QString &root) const;
    void remove(const QString &root) const;

private:
    QString m_directory;
};

} // namespace Wharf
