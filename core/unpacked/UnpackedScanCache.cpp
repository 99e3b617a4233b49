// SPDX-License-Identifier: Apache-2.0
#include "UnpackedScanCache.h"

#include "UnpackedLayout.h"
#include "base/CacheFile.h"
#include "base/LogCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A CacheFile ("WHUS", version 1) whose payload is (big-endian):
//   bytes root (UTF-8) | qint64 takenAt (ms, UTC) | qint64 durationMs | quint8 complete
//   quint32 listing count, then per listing:
//     bytes directory | quint8 flags (1: image directory) | quint32 hidden count
//     quint32 entry count, then per entry:
//       quint8 kind | quint8 link | bytes rawName | bytes rawTarget | qint64 modifiedMs
//       bytes variantTarget | bytes defaultArchitecture (UTF-8) | quint32 n, n bytes (architectures)
// bytes: quint32 byte count, then the bytes. A time of INT64_MIN is "unknown".
const CacheFile &cacheFile()
{
    static const CacheFile file("WHUS", 1, UnpackedScanCache::MaxFileSize);
    return file;
}
constexpr qint64 UnknownTime = std::numeric_limits<qint64>::min();
constexpr qsizetype MinListingBytes = 4 + 1 + 4 + 4;
constexpr qsizetype MinEntryBytes = 1 + 1 + 4 + 4 + 8 + 4 + 4 + 4;
const QString FileSuffix = u".unpackedscan"_s;
const QString SubDirectory = u"unpacked-scans"_s;

QString fileNameFor(const QString &root)
{
    const QByteArray hash = QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(32)) + FileSuffix;
}

bool validDirectory(QByteArrayView directory)
{
    if (directory.size() > qsizetype(UnpackedScanCache::MaxNameBytes) || !UnpackedLayout::isSafeRelativePath(directory))
        return false;
    const QList<QByteArray> parts = directory.toByteArray().split('/');
    for (const QByteArray &part : parts) {
        if (!part.isEmpty() && UnpackedLayout::isHiddenName(part))
            return false;
    }
    return true;
}

bool validEntry(const UnpackedEntry &entry)
{
    using Kind = UnpackedEntry::Kind;
    using Link = UnpackedEntry::Link;
    if (!UnpackedLayout::isSafeComponent(entry.rawName) || UnpackedLayout::isHiddenName(entry.rawName)
        || entry.rawName.size() > qsizetype(UnpackedScanCache::MaxNameBytes))
        return false;
    if (entry.rawTarget.size() > qsizetype(UnpackedScanCache::MaxNameBytes) || entry.rawTarget.contains('\0')
        || entry.variantTarget.size() > qsizetype(UnpackedScanCache::MaxNameBytes)
        || entry.architectures.size() > qsizetype(UnpackedScanCache::MaxArchitectures)
        || entry.defaultArchitecture.size() > 256)
        return false;
    for (const QString &architecture : entry.architectures) {
        const QByteArray utf8 = architecture.toUtf8();
        if (!UnpackedLayout::isSafeComponent(utf8) || utf8.size() > 256)
            return false;
    }
    switch (entry.kind) {
    case Kind::Directory:
        return entry.link == Link::None && entry.rawTarget.isEmpty() && entry.variantTarget.isEmpty();
    case Kind::Tag:
        switch (entry.link) {
        case Link::Symlink:
        case Link::Variant:
            return !entry.rawTarget.isEmpty();
        case Link::InPlace:
            return entry.rawTarget.isEmpty();
        case Link::None:
            return false;
        }
    }
    return false;
}

void writeBytes(QByteArray &out, QByteArrayView bytes)
{
    char size[4];
    qToBigEndian(quint32(bytes.size()), size);
    out.append(size, 4);
    out.append(bytes);
}

template<typename T> void writeNumber(QByteArray &out, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

// Reads straight from memory; every read checks the bytes left and every count is bounded
// by a limit and by the bytes left, so hostile input costs one pass and no more memory than
// the file's size.
struct Reader
{
    const char *pos;
    const char *end;
    bool ok = true;

    qsizetype remaining() const { return end - pos; }

    template<typename T> T number()
    {
        if (!ok || remaining() < qsizetype(sizeof(T))) {
            ok = false;
            return T {};
        }
        const T value = qFromBigEndian<T>(pos);
        pos += sizeof(T);
        return value;
    }

    QByteArray bytes()
    {
        const quint32 size = number<quint32>();
        if (!ok || size > UnpackedScanCache::MaxNameBytes || qsizetype(size) > remaining()) {
            ok = false;
            return {};
        }
        QByteArray value(pos, qsizetype(size));
        pos += size;
        return value;
    }

    quint32 count(quint32 max, qsizetype minBytesEach)
    {
        const quint32 n = number<quint32>();
        if (!ok || n > max || qint64(n) * minBytesEach > qint64(remaining())) {
            ok = false;
            return 0;
        }
        return n;
    }
};

bool readPayload(Reader &in, UnpackedScanSnapshot &snapshot)
{
    snapshot.root = QString::fromUtf8(in.bytes());
    const qint64 takenAt = in.number<qint64>();
    snapshot.takenAt = takenAt == UnknownTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(takenAt, Qt::UTC);
    snapshot.durationMs = in.number<qint64>();
    const quint8 complete = in.number<quint8>();
    if (complete > 1)
        return false;
    snapshot.complete = complete == 1;
    const QByteArray rootBytes = QFile::encodeName(snapshot.root);
    const quint32 listingCount = in.count(UnpackedScanCache::MaxListings, MinListingBytes);
    snapshot.listings.reserve(qsizetype(listingCount));
    quint64 totalEntries = 0;
    for (quint32 l = 0; in.ok && l < listingCount; ++l) {
        UnpackedListing listing;
        listing.root = snapshot.root;
        listing.directory = in.bytes();
        const quint8 flags = in.number<quint8>();
        const quint32 hidden = in.number<quint32>();
        if (!in.ok || flags > 1 || hidden > UnpackedScanCache::MaxEntries || !validDirectory(listing.directory))
            return false;
        listing.isImageDirectory = flags == 1;
        listing.hiddenCount = int(hidden);
        const quint32 entryCount = in.count(UnpackedScanCache::MaxEntries, MinEntryBytes);
        totalEntries += entryCount;
        if (totalEntries > UnpackedScanCache::MaxEntries)
            return false;
        listing.entries.reserve(qsizetype(entryCount));
        for (quint32 e = 0; in.ok && e < entryCount; ++e) {
            UnpackedEntry entry;
            const quint8 kind = in.number<quint8>();
            const quint8 link = in.number<quint8>();
            if (kind > quint8(UnpackedEntry::Kind::Tag) || link > quint8(UnpackedEntry::Link::InPlace))
                return false;
            entry.kind = UnpackedEntry::Kind(kind);
            entry.link = UnpackedEntry::Link(link);
            entry.rawName = in.bytes();
            entry.rawTarget = in.bytes();
            entry.modifiedMs = in.number<qint64>();
            entry.variantTarget = in.bytes();
            entry.defaultArchitecture = QString::fromUtf8(in.bytes());
            const quint32 architectures = in.count(UnpackedScanCache::MaxArchitectures, 4);
            for (quint32 a = 0; in.ok && a < architectures; ++a)
                entry.architectures.append(QString::fromUtf8(in.bytes()));
            if (!in.ok || !validEntry(entry))
                return false;
            UnpackedLayout::complete(entry, rootBytes, listing.directory);
            listing.entries.append(std::move(entry));
        }
        snapshot.listings.append(std::move(listing));
    }
    return in.ok && in.remaining() == 0 && !snapshot.root.isEmpty();
}

Error unusable(const QString &path, const QString &why)
{
    qCWarning(lcCache) << "Ignoring and removing the unpacked scan cache" << path << "because" << why;
    QFile::remove(path);
    return Error(ErrorCode::ParseError,
        UnpackedScanCache::tr("The saved scan %1 could not be used (%2) and was removed; scan again.")
            .arg(QDir::toNativeSeparators(path), why),
        why);
}

} // namespace

UnpackedScanCache::UnpackedScanCache(QString directory)
    : m_directory(std::move(directory))
{ }

QString UnpackedScanCache::directory() const
{
    return QDir(m_directory).filePath(SubDirectory);
}

QString UnpackedScanCache::filePath(const QString &root) const
{
    return QDir(directory()).filePath(fileNameFor(root));
}

Result<void> UnpackedScanCache::save(const UnpackedScanSnapshot &snapshot) const
{
    const QString path = filePath(snapshot.root);
    const QByteArray root = snapshot.root.toUtf8();
    if (root.isEmpty() || root.size() > qsizetype(MaxNameBytes)) {
        return Error(ErrorCode::InvalidConfiguration,
            tr("Cannot save the scan: the root folder name is empty or too long."), snapshot.root.left(200));
    }
    qsizetype estimate = 0;
    for (const UnpackedListing &listing : snapshot.listings)
        estimate += 32 + listing.directory.size() + listing.entries.size() * 140;
    QByteArray bytes = cacheFile().begin(estimate + 256);
    writeBytes(bytes, root);
    writeNumber(bytes, snapshot.takenAt.isValid() ? snapshot.takenAt.toMSecsSinceEpoch() : UnknownTime);
    writeNumber(bytes, qint64(snapshot.durationMs));
    writeNumber(bytes, quint8(snapshot.complete ? 1 : 0));
    const qsizetype countPosition = bytes.size();
    writeNumber(bytes, quint32(0)); // patched below
    quint32 listings = 0;
    quint64 totalEntries = 0;
    for (const UnpackedListing &listing : snapshot.listings) {
        if (!listing.ok() || !validDirectory(listing.directory) || listings >= MaxListings)
            continue;
        writeBytes(bytes, listing.directory);
        writeNumber(bytes, quint8(listing.isImageDirectory ? 1 : 0));
        writeNumber(bytes, quint32(std::max(0, listing.hiddenCount)));
        const qsizetype entryCountPosition = bytes.size();
        writeNumber(bytes, quint32(0));
        quint32 written = 0;
        for (const UnpackedEntry &entry : listing.entries) {
            if (!validEntry(entry) || totalEntries >= MaxEntries)
                continue;
            writeNumber(bytes, quint8(entry.kind));
            writeNumber(bytes, quint8(entry.link));
            writeBytes(bytes, entry.rawName);
            writeBytes(bytes, entry.rawTarget);
            writeNumber(bytes, qint64(entry.modifiedMs));
            writeBytes(bytes, entry.variantTarget);
            writeBytes(bytes, entry.defaultArchitecture.toUtf8());
            writeNumber(bytes, quint32(entry.architectures.size()));
            for (const QString &architecture : entry.architectures)
                writeBytes(bytes, architecture.toUtf8());
            ++written;
            ++totalEntries;
        }
        qToBigEndian(written, bytes.data() + entryCountPosition);
        ++listings;
    }
    qToBigEndian(listings, bytes.data() + countPosition);
    if (bytes.size() + CacheFile::ChecksumSize > MaxFileSize) {
        return Error(ErrorCode::InvalidConfiguration,
            tr("Cannot save the scan of %1: it is too large.").arg(QDir::toNativeSeparators(snapshot.root)), path);
    }
    return cacheFile().write(path, std::move(bytes));
}

Result<UnpackedScanSnapshot> UnpackedScanCache::load(const QString &root) const
{
    const QString path = filePath(root);
    const auto payload = cacheFile().read(path);
    if (!payload.ok()) {
        switch (payload.error().code()) {
        case ErrorCode::NotFound:
            return Error(ErrorCode::NotFound,
                tr("No saved scan of %1 yet.").arg(QDir::toNativeSeparators(root)), path);
        case ErrorCode::ParseError:
            return unusable(path, payload.error().details());
        default:
            return Error(ErrorCode::PermissionDenied,
                tr("Cannot read the saved scan \"%1\": %2.")
                    .arg(QDir::toNativeSeparators(path), payload.error().details()),
                payload.error().details());
        }
    }
    Reader reader { payload->constData(), payload->constData() + payload->size() };
    UnpackedScanSnapshot snapshot;
    if (!readPayload(reader, snapshot))
        return unusable(path, u"its content is malformed"_s);
    if (snapshot.root != root)
        return unusable(path, u"it holds another root"_s);
    return snapshot;
}

void UnpackedScanCache::remove(const QString &root) const
{
    QFile::remove(filePath(root));
}

} // namespace Wharf
