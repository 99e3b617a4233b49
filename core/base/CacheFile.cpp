// SPDX-License-Identifier: Apache-2.0
#include "CacheFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::CacheFile)
};

Error unusable(const QString &why)
{
    return Error(ErrorCode::ParseError, why, why);
}

} // namespace

CacheFile::CacheFile(QByteArrayView magic, quint32 formatVersion, qint64 maxFileSize)
    : m_magic(magic.toByteArray()), m_formatVersion(formatVersion), m_maxFileSize(maxFileSize)
{
    Q_ASSERT(m_magic.size() == 4);
}

QByteArray CacheFile::begin(qsizetype payloadSizeHint) const
{
    QByteArray bytes;
    bytes.reserve(HeaderSize + payloadSizeHint + ChecksumSize);
    bytes.append(m_magic);
    char version[sizeof(quint32)];
    qToBigEndian(m_formatVersion, version);
    bytes.append(version, sizeof(version));
    return bytes;
}

Result<void> CacheFile::write(const QString &path, QByteArray bytes) const
{
    char sum[ChecksumSize];
    qToBigEndian(checksum(bytes), sum);
    bytes.append(sum, ChecksumSize);
    if (bytes.size() > m_maxFileSize)
        return Error(ErrorCode::InvalidConfiguration, Tr::tr("The cache file would be too large."), path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error(ErrorCode::PermissionDenied,
            Tr::tr("Cannot create the cache folder \"%1\". Check that it is writable, or remove the "
                   "file that stands in its place.")
                .arg(QDir::toNativeSeparators(folder)),
            folder);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const ErrorCode code = file.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied
                                                                            : ErrorCode::InvalidConfiguration;
        return Error(code,
            Tr::tr("Cannot write the cache file \"%1\": %2. Check that the folder is writable and the "
                   "disk is not full.")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            file.errorString());
    }
    return {};
}

Result<QByteArray> CacheFile::read(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Error(ErrorCode::NotFound, Tr::tr("The cache file \"%1\" does not exist.").arg(path), path);
    if (!info.isFile() || info.isSymLink())
        return unusable(u"it is not a regular file"_s);
    if (info.size() > m_maxFileSize)
        return unusable(u"it is too large"_s);
    if (info.size() < HeaderSize + ChecksumSize)
        return unusable(u"it is truncated"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::PermissionDenied,
            Tr::tr("Cannot read the cache file \"%1\": %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
            file.errorString());
    }
    // The file may have changed since the stat: the limits hold for what is read.
    QByteArray bytes = file.read(m_maxFileSize + 1);
    if (bytes.size() < HeaderSize + ChecksumSize || bytes.size() > m_maxFileSize)
        return unusable(u"its size is out of bounds"_s);
    if (!bytes.startsWith(m_magic))
        return unusable(u"it is not a cache file of this kind"_s);
    if (qFromBigEndian<quint32>(bytes.constData() + m_magic.size()) != m_formatVersion)
        return unusable(u"another version of Wharf wrote it"_s);
    const QByteArrayView content(bytes.constData(), bytes.size() - ChecksumSize);
    if (checksum(content) != qFromBigEndian<quint64>(content.data() + content.size()))
        return unusable(u"its checksum does not match (truncated or corrupted)"_s);
    bytes.chop(ChecksumSize);
    bytes.remove(0, HeaderSize); // moves the start, no copy
    return bytes;
}

// Every step is a bijection of the state for a given word, so one changed word always changes
// the result; the length goes in first, so truncation does too.
quint64 CacheFile::checksum(QByteArrayView data)
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

} // namespace Wharf
