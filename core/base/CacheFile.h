// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Wharf {

// The envelope of Wharf's cache files (the image lists, the unpacked.cern.ch scans):
//   4-byte magic | quint32 format version (big-endian) | payload | quint64 checksum()
//   (big-endian) of everything before it.
// Writes are atomic (a reader sees the old file or the new one), and a file that another
// version wrote, that was cut short or that rotted is refused before its payload is parsed.
class CacheFile
{
public:
    static constexpr qsizetype HeaderSize = 4 + sizeof(quint32);
    static constexpr qsizetype ChecksumSize = sizeof(quint64);

    // magic: exactly 4 bytes ("WHIL"). maxFileSize bounds what is written and read.
    CacheFile(QByteArrayView magic, quint32 formatVersion, qint64 maxFileSize);

    // The header, to which the caller appends the payload.
    QByteArray begin(qsizetype payloadSizeHint = 0) const;
    // Appends the checksum and writes the file atomically, creating its folder. Fails when the
    // file would be larger than the limit (code InvalidConfiguration, details: the path) or
    // cannot be written (a message that says how to fix it).
    Result<void> write(const QString &path, QByteArray bytes) const;
    // The payload of a file. Errors: NotFound (no file), PermissionDenied (unreadable; the
    // details hold the system's reason), ParseError (not a usable file of this kind; the
    // details hold why, in English, for the log: "it is truncated", ...).
    Result<QByteArray> read(const QString &path) const;

    // Integrity, not security: it catches bit rot and torn writes, and costs a fraction of a
    // millisecond for 10,000 images. Stable across machines and Qt versions (a home directory
    // on NFS is shared by different hosts). Public for tests that forge files.
    static quint64 checksum(QByteArrayView data);

private:
    QByteArray m_magic;
    quint32 m_formatVersion;
    qint64 m_maxFileSize;
};

} // namespace Wharf
