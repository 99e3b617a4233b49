// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Wharf {

// Reads a whole .tar.gz into memory: to list what a diagnostics bundle holds, and for tests.
// Nothing is written to disk. The input is treated as hostile: it must be gzip-compressed
// tar; only regular files and directories are accepted (directories are not listed); names
// must be relative without ".." segments and unique; the names and contents together may
// not exceed maxTotal bytes, nor the archive hold more than MaxEntries entries (a tar bomb
// fails early, before its content is inflated into memory).
class TarGzReader
{
public:
    static inline constexpr qsizetype DefaultMaxTotal = qsizetype(64) * 1024 * 1024;
    static inline constexpr int MaxEntries = 10000;

    // name in the archive -> content
    static Result<QMap<QString, QByteArray>> readAll(const QString &path, qsizetype maxTotal = DefaultMaxTotal);
};

} // namespace Wharf
