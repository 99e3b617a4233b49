// SPDX-License-Identifier: Apache-2.0
#include "ImageListCache.h"

#include "base/LogCategories.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <QtEndian>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// File layout (big-endian, as QDataStream writes it):
//   "WHIL" | quint32 format version | payload | quint64 checksum() of everything before it
// payload:
//   string engineId | string engineName | string endpointUrl | qint64 takenAt (ms, UTC)
//   quint32 image count, then per image:
//     string id | quint32 n, n strings (repo tags) | quint32 n, n strings (repo digests)
//     qint64 created (ms, UTC) | qint64 size | qint32 containers
//     quint32 n, n (string key, string value) (labels)
// string: quint32 byte count, UTF-8 bytes. A time of INT64_MIN is "unknown".
constexpr char Magic[4] = { 'W', 'H', 'I', 'L' };
constexpr quint32 FormatVersion = 1;
constexpr qsizetype ChecksumSize = sizeof(quint64);
constexpr qsizetype HeaderSize = sizeof(Magic) + sizeof(quint32);
constexpr qint64 UnknownTime = std::numeric_limits<qint64>::min();
// The smallest encoded image (empty strings and lists): bounds a count by the bytes left.
constexpr qsizetype MinImageBytes = 4 + 4 + 4 + 8 + 8 + 4 + 4;
// Enough for every engine a user runs; a directory full of files must not slow the start.
constexpr qsizetype MaxFiles = 64;
const QString FileSuffix = u".imagelist"_s;
const QString SubDirectory = u"image-lists"_s;

qint64 timeToWire(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : UnknownTime;
}

QDateTime timeFromWire(qint64 msecs)
{
    return msecs == UnknownTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

bool writeString(QDataStream &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > qsizetype(ImageListCache::MaxStringBytes))
        return false;
    out.writeBytes(utf8.constData(), uint(utf8.size()));
    return true;
}

// Writes the strings that fit, at most MaxListEntries of them.
void writeStringList(QDataStream &out, const QStringList &list)
{
    QList<QByteArray> fitting;
    for (const QString &text : list) {
        QByteArray utf8 = text.toUtf8();
        if (utf8.size() <= qsizetype(ImageListCache::MaxStringBytes))
            fitting.append(std::move(utf8));
        if (fitting.size() == qsizetype(ImageListCache::MaxListEntries))
            break;
    }
    out << quint32(fitting.size());
    for (const QByteArray &utf8 : std::as_const(fitting))
        out.writeBytes(utf8.constData(), uint(utf8.size()));
}

void writeLabels(QDataStream &out, const QMap<QString, QString> &labels)
{
    QList<std::pair<QByteArray, QByteArray>> fitting;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QByteArray key = it.key().toUtf8();
        QByteArray value = it.value().toUtf8();
        if (key.size() <= qsizetype(ImageListCache::MaxStringBytes)
            && value.size() <= qsizetype(ImageListCache::MaxStringBytes))
            fitting.append({ std::move(key), std::move(value) });
        if (fitting.size() == qsizetype(ImageListCache::MaxListEntries))
            break;
    }
    out << quint32(fitting.size());
    for (const auto &[key, value] : std::as_const(fitting)) {
        out.writeBytes(key.constData(), uint(key.size()));
        out.writeBytes(value.constData(), uint(value.size()));
    }
}

// Reads the payload straight from memory. Every read checks the bytes left, every count is
// bounded by a limit and by the bytes left, so hostile input costs at most one pass over
// the file and allocates no more than the file's size.
struct PayloadReader
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

    QString string()
    {
        const quint32 size = number<quint32>();
        if (!ok || size > ImageListCache::MaxStringBytes || qsizetype(size) > remaining()) {
            ok = false;
            return {};
        }
        QString text = QString::fromUtf8(pos, qsizetype(size));
        pos += size;
        return text;
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

    QStringList stringList()
    {
        const quint32 n = count(ImageListCache::MaxListEntries, 4);
        QStringList list;
        list.reserve(qsizetype(n));
        for (quint32 i = 0; ok && i < n; ++i)
            list.append(string());
        return list;
    }
};

bool readPayload(PayloadReader &in, CachedEngineImages &result)
{
    result.engineId = in.string();
    result.engineName = in.string();
    result.endpointUrl = in.string();
    result.takenAt = timeFromWire(in.number<qint64>());
    const quint32 imageCount = in.count(ImageListCache::MaxImages, MinImageBytes);
    result.images.reserve(qsizetype(imageCount));
    for (quint32 i = 0; in.ok && i < imageCount; ++i) {
        ImageSummary image;
        image.id = in.string();
        image.repoTags = in.stringList();
        image.repoDigests = in.stringList();
        image.created = timeFromWire(in.number<qint64>());
        image.size = in.number<qint64>();
        image.containers = in.number<qint32>();
        const quint32 labelCount = in.count(ImageListCache::MaxListEntries, 8);
        for (quint32 l = 0; in.ok && l < labelCount; ++l) {
            QString key = in.string();
            QString value = in.string();
            image.labels.insert(std::move(key), std::move(value));
        }
        if (image.id.isEmpty())
            in.ok = false;
        result.images.append(std::move(image));
    }
    return in.ok && in.remaining() == 0 && !result.engineId.isEmpty();
}

QString fileNameFor(const QString &engineId)
{
    const QByteArray hash = QCryptographicHash::hash(engineId.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(32)) + FileSuffix;
}

// Only the parts of an endpoint that say where it is: never a password, query or fragment.
QString sanitizedEndpoint(const QString &endpointUrl)
{
    const QUrl url(endpointUrl);
    if (!url.isValid())
        return {};
    return url.adjusted(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

void discard(const QString &path, const char *why)
{
    qCWarning(lcCache) << "Ignoring and removing the image cache file" << path << "because" << why;
    QFile::remove(path);
}

} // namespace

ImageListCache::ImageListCache(QString directory)
    : m_directory(std::move(directory))
{ }

// Integrity, not security: it catches bit rot and torn writes, and costs a fraction of a
// millisecond for 10,000 images (a cryptographic hash costs more than the parsing). Every
// step is a bijection of the state for a given word, so one changed word always changes the
// result; the length goes in first, so truncation does too. Stable across machines and Qt
// versions (a home directory on NFS is shared by different hosts).
quint64 ImageListCache::checksum(QByteArrayView data)
{
    constexpr quint64 Multiplier = 0x9E3779B97F4A7C15ULL; // 2^64 divided by the golden ratio
    const auto mix = [](quint64 state, quint64 word) {
        state ^= word;
        state *= Multiplier;
        return state ^ (state >> 32);
    };
    quint64 state = mix(0, quint64(data.size()));
    qsizetype i = 0;
    for (; i + 8 <= data.size(); i += 8)
        state = mix(state, qFromLittleEndian<quint64>(data.data() + i));
    quint64 tail = 0;
    for (qsizetype shift = 0; i < data.size(); ++i, shift += 8)
        tail |= quint64(uchar(data[i])) << shift;
    state = mix(state, tail);
    return mix(state, Multiplier);
}

QString ImageListCache::directory() const
{
    return QDir(m_directory).filePath(SubDirectory);
}

QString ImageListCache::filePath(const QString &engineId) const
{
    return QDir(directory()).filePath(fileNameFor(engineId));
}

Result<void> ImageListCache::save(const QString &engineId, const QString &engineName,
    const QString &endpointUrl, const QList<ImageSummary> &images, const QDateTime &takenAt) const
{
    const QString path = filePath(engineId);
    QByteArray bytes;
    bytes.reserve(HeaderSize + images.size() * 320 + 1024);
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out.setByteOrder(QDataStream::BigEndian);
        out.writeRawData(Magic, sizeof(Magic));
        out << FormatVersion;
        if (engineId.isEmpty() || !writeString(out, engineId)) {
            return Error(ErrorCode::InvalidConfiguration,
                tr("Cannot cache the image list: the engine has no usable identity."),
                engineId.left(200));
        }
        if (!writeString(out, engineName.left(1024)))
            writeString(out, QString());
        if (!writeString(out, sanitizedEndpoint(endpointUrl)))
            writeString(out, QString());
        out << timeToWire(takenAt);

        const qsizetype count = std::min<qsizetype>(images.size(), MaxImages);
        const qsizetype countPosition = bytes.size();
        out << quint32(0); // patched below: images with an unusable id are skipped
        quint32 written = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const ImageSummary &image = images.at(i);
            if (image.id.isEmpty() || !writeString(out, image.id))
                continue;
            writeStringList(out, image.repoTags);
            writeStringList(out, image.repoDigests);
            out << timeToWire(image.created) << qint64(image.size) << qint32(image.containers);
            writeLabels(out, image.labels);
            ++written;
        }
        qToBigEndian(written, bytes.data() + countPosition);
        if (out.status() != QDataStream::Ok) {
            return Error(ErrorCode::InvalidConfiguration,
                tr("Cannot cache the image list: it could not be encoded."), path);
        }
    }
    char sum[ChecksumSize];
    qToBigEndian(checksum(bytes), sum);
    bytes.append(sum, ChecksumSize);

    if (bytes.size() > MaxFileSize) {
        return Error(ErrorCode::InvalidConfiguration,
            tr("Cannot cache the image list: it is too large (%1 images).").arg(images.size()),
            path);
    }
    if (!QDir().mkpath(directory())) {
        return Error(ErrorCode::PermissionDenied,
            tr("Cannot create the cache folder \"%1\". Check that it is writable, or "
               "remove the file that stands in its place.")
                .arg(QDir::toNativeSeparators(directory())),
            directory());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const ErrorCode code = file.error() == QFileDevice::PermissionsError
            ? ErrorCode::PermissionDenied
            : ErrorCode::InvalidConfiguration;
        return Error(code,
            tr("Cannot write the image cache \"%1\": %2. Check that the folder is "
               "writable and the disk is not full.")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            file.errorString());
    }
    qCDebug(lcCache) << "Cached" << images.size() << "images of" << engineId << "in" << path;
    return {};
}

QList<CachedEngineImages> ImageListCache::loadAll() const
{
    QList<CachedEngineImages> result;
    QDir dir(directory());
    if (!dir.exists())
        return result;
    const QFileInfoList files
        = dir.entryInfoList({ u"*"_s + FileSuffix }, QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (qsizetype f = 0; f < std::min<qsizetype>(files.size(), MaxFiles); ++f) {
        const QFileInfo &info = files.at(f);
        const QString path = info.filePath();
        if (info.size() > MaxFileSize) {
            discard(path, "it is too large");
            continue;
        }
        if (info.size() < HeaderSize + ChecksumSize) {
            discard(path, "it is truncated");
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCache) << "Cannot read the image cache file" << path << file.errorString();
            continue;
        }
        const QByteArray bytes = file.readAll();
        file.close();
        if (bytes.size() < HeaderSize + ChecksumSize || bytes.size() > MaxFileSize) {
            discard(path, "its size is out of bounds");
            continue;
        }
        if (!bytes.startsWith(QByteArrayView(Magic, sizeof(Magic)))) {
            discard(path, "it is not an image cache file");
            continue;
        }
        if (qFromBigEndian<quint32>(bytes.constData() + sizeof(Magic)) != FormatVersion) {
            discard(path, "another version of Wharf wrote it");
            continue;
        }
        const QByteArrayView content(bytes.constData(), bytes.size() - ChecksumSize);
        if (checksum(content) != qFromBigEndian<quint64>(content.data() + content.size())) {
            discard(path, "its checksum does not match (truncated or corrupted)");
            continue;
        }
        PayloadReader reader { content.data() + HeaderSize, content.data() + content.size() };
        CachedEngineImages cached;
        if (!readPayload(reader, cached)) {
            discard(path, "its content is malformed");
            continue;
        }
        if (fileNameFor(cached.engineId) != info.fileName()) {
            discard(path, "its name does not match the engine it holds");
            continue;
        }
        result.append(std::move(cached));
    }
    std::sort(
        result.begin(), result.end(), [](const CachedEngineImages &a, const CachedEngineImages &b) {
            if (const int byName = QString::compare(a.engineName, b.engineName))
                return byName < 0;
            return a.engineId < b.engineId;
        });
    return result;
}

void ImageListCache::remove(const QString &engineId) const
{
    QFile::remove(filePath(engineId));
}

} // namespace Wharf
