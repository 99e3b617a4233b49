// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CachedEngineImages.h"
#include "base/Result.h"
#include "engine/ImageSummary.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Wharf {

// The last-known image list of each engine, on disk, so that the Images page shows it at the
// next start (marked stale) while the engines are still answering.
//
// One file per engine under <directory>/image-lists/, named after a hash of the engine id,
// written atomically (QSaveFile). The format is compact binary (QDataStream, fixed stream
// version) behind a magic number, a format version and a checksum. A file that is
// corrupted, truncated, of another version or hostile is ignored and removed: the cache is a
// convenience, never a reason to fail or to wait. It holds image metadata only, no secrets.
class ImageListCache
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::ImageListCache)

public:
    // Bounds on what a cache file may hold; save() drops what exceeds them so that every
    // file it writes loads again.
    static constexpr qint64 MaxFileSize = 128 * 1024 * 1024;
    static constexpr quint32 MaxImages = 200'000;
    static constexpr quint32 MaxListEntries = 4'096; // tags, digests, labels per image
    static constexpr quint32 MaxStringBytes = 64 * 1024; // one string, UTF-8

    // directory: normally QStandardPaths::writableLocation(QStandardPaths::CacheLocation).
    explicit ImageListCache(QString directory);

    // Where the files go: <directory>/image-lists.
    QString directory() const;
    QString filePath(const QString &engineId) const;

    Result<void> save(const QString &engineId, const QString &engineName,
        const QString &endpointUrl, const QList<ImageSummary> &images,
        const QDateTime &takenAt) const;
    // Every readable engine list, ordered by engine name then id.
    QList<CachedEngineImages> loadAll() const;
    // Forgets one engine (it was removed from the settings).
    void remove(const QString &engineId) const;

private:
    QString m_directory;
};

} // namespace Wharf
