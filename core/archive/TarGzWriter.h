// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <memory>

struct archive;

namespace Wharf {

// Writes a .tar.gz (pax restricted tar, gzip) from in-memory files, for diagnostics bundles.
// The archive goes to a temporary file next to the target, which replaces the target only
// when close() succeeds: a failure, or a writer destroyed before close(), leaves no half
// archive behind (and an existing file at the target untouched). QSaveFile does this; on
// Linux its temporary file has no name at all (O_TMPFILE), so not even a crash leaves one.
// Names are sanitised: no leading "/", no "." or ".." segments, no control characters.
class TarGzWriter
{
public:
    explicit TarGzWriter(const QString &path);
    ~TarGzWriter();
    TarGzWriter(const TarGzWriter &) = delete;
    TarGzWriter &operator=(const TarGzWriter &) = delete;

    const QString &path() const { return m_path; }

    VoidResult open();
    // mode: permission bits of the entry; mtime: invalid means now.
    VoidResult addFile(const QString &nameInArchive, const QByteArray &content, int mode = 0600,
                       const QDateTime &mtime = {});
    VoidResult close();

    // The name addFile() stores for nameInArchive; empty when nothing usable is left.
    static QString sanitizedName(const QString &nameInArchive);

    // Where libarchive writes (defined in the .cpp); public only so its C callback can see it.
    struct Output;

private:
    VoidResult fail(const QString &message, const QString &details);
    VoidResult check(int archiveStatus);
    void discard();

    QString m_path;
    std::unique_ptr<Output> m_output;
    struct archive *m_archive = nullptr;
    QSet<QString> m_names;
    bool m_failed = false;
};

} // namespace Wharf
