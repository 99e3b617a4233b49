// SPDX-License-Identifier: Apache-2.0
#include "ImageListCache.h"

#include "base/CacheFile.h"
#include "base/LogCategories.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A CacheFile ("WHIL", version 1) whose payload is (big-endian, as QDataStream writes it):
//   string engineId | string engineName | string endpointUrl | qint64 takenAt (ms, UTC)
//   quint32 image count, then per image:
//     string id | quint32 n, n strings (repo tags) | quint32 n, n strings (repo digests)
//     qint64 created (ms, UTC) | qint64 size | qint32 containers
//     quint32 n, n (string key, string value) (labels)
// string: quint32 byte count, UTF-8 bytes. A time of INT64_MIN is "unknown".
const CacheFile &cacheFile()
{
    static const CacheFile file("WHIL", 1, ImageListCache::MaxFileSize);
    return file;
}
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

void discard(const QString &path, const QString &why)
{
    qCWarning(lcCache) << "Ignoring and removing the image cache file" << path << "because" << why;
    QFile::remove(path);
}

} // namespace

ImageListCache::ImageListCache(QString directory)
    : m_directory(std::move(directory))
{ }

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
    QByteArray bytes = cacheFile().begin(images.size() * 320 + 1024);
    {
        QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
        out.setVersion(QDataStream::Qt_6_0);
        out.setByteOrder(QDataStream::BigEndian);
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
    if (bytes.size() + CacheFile::ChecksumSize > MaxFileSize) {
        return Error(ErrorCode::InvalidConfiguration,
            tr("Cannot cache the image list: it is too large (%1 images).").arg(images.size()),
            path);
    }
    if (const auto written = cacheFile().write(path, std::move(bytes)); !written.ok())
        return written.error();
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
        const auto payload = cacheFile().read(path);
        if (!payload.ok()) {
            if (payload.error().code() == ErrorCode::ParseError)
                discard(path, payload.error().details());
            else
                qCWarning(lcCache) << "Cannot read the image cache file" << path << payload.error().details();
            continue;
        }
        PayloadReader reader { payload->constData(), payload->constData() + payload->size() };
        CachedEngineImages cached;
        if (!readPayload(reader, cached)) {
            discard(path, u"its content is malformed"_s);
            continue;
        }
        if (fileNameFor(cached.engineId) != info.fileName()) {
            discard(path, u"its name does not match the engine it holds"_s);
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
