// SPDX-License-Identifier: Apache-2.0
#include "TarGzReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::TarGzReader)
};

struct ArchiveDeleter
{
    void operator()(struct archive *archive) const { archive_read_free(archive); }
};

// libarchive's own words go to the details; it has none for some truncations.
QString archiveError(struct archive *archive)
{
    const char *text = archive_error_string(archive);
    return text ? QString::fromLocal8Bit(text) : u"libarchive status %1"_s.arg(archive_errno(archive));
}

QString entryName(struct archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char *local = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(local);
    return {};
}

bool isUnsafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\'))
        return true;
    const QStringList segments = name.split(u'/');
    return std::any_of(segments.cbegin(), segments.cend(), [](const QString &segment) { return segment == u".."_s; });
}

} // namespace

Result<QMap<QString, QByteArray>> TarGzReader::readAll(const QString &path, qsizetype maxTotal)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const auto invalid = [&nativePath](const QString &why, const QString &details = {}) {
        //: %1 is a file path, %2 what is wrong with it
        return Error(ErrorCode::ParseError,
                     Tr::tr("\"%1\" is not a readable diagnostics bundle: %2").arg(nativePath, why), details);
    };
    const auto damaged = [&invalid](struct archive *archive) {
        return invalid(Tr::tr("it is damaged, truncated or not a .tar.gz file."), archiveError(archive));
    };
    const auto tooLarge = [&invalid, maxTotal] {
        return invalid(Tr::tr("its content is larger than %1.").arg(QLocale::system().formattedDataSize(maxTotal)));
    };

    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, Tr::tr("\"%1\" does not exist.").arg(nativePath));
    if (!info.isFile())
        return invalid(Tr::tr("it is not a file."));

    std::unique_ptr<struct archive, ArchiveDeleter> archive(archive_read_new());
    if (!archive)
        return invalid(Tr::tr("out of memory."));
    archive_read_support_filter_gzip(archive.get());
    archive_read_support_format_tar(archive.get());
    const QByteArray encodedPath = QFile::encodeName(path);
    if (archive_read_open_filename(archive.get(), encodedPath.constData(), 64 * 1024) != ARCHIVE_OK) {
        return damaged(archive.get());
    }

    QMap<QString, QByteArray> files;
    qsizetype total = 0;
    int entries = 0;
    bool checkedFilter = false;
    for (;;) {
        struct archive_entry *entry = nullptr;
        const int status = archive_read_next_header(archive.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        // ARCHIVE_RETRY (a damaged header libarchive skipped) is an error too.
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN) {
            return damaged(archive.get());
        }
        if (!checkedFilter) {
            // libarchive reads an uncompressed tar as well; a bundle is always gzip.
            if (archive_filter_code(archive.get(), 0) != ARCHIVE_FILTER_GZIP)
                return invalid(Tr::tr("it is not gzip-compressed."));
            checkedFilter = true;
        }
        if (++entries > MaxEntries)
            return invalid(Tr::tr("it holds more than %1 entries.").arg(MaxEntries));

        const QString name = entryName(entry);
        if (isUnsafeName(name))
            return invalid(Tr::tr("it holds an entry with an unsafe name (\"%1\").").arg(name), name);
        const mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFDIR)
            continue;
        if (type != AE_IFREG || archive_entry_hardlink(entry))
            return invalid(Tr::tr("\"%1\" is not a regular file.").arg(name), name);
        if (files.contains(name))
            return invalid(Tr::tr("it holds \"%1\" twice.").arg(name), name);

        total += name.size();
        const la_int64_t declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        if (declared < 0 || total > maxTotal || declared > la_int64_t(maxTotal - total))
            return tooLarge();

        QByteArray content;
        content.reserve(qsizetype(declared));
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t read = archive_read_data(archive.get(), buffer, sizeof buffer);
            if (read == 0)
                break;
            if (read < 0) {
                return damaged(archive.get());
            }
            // The declared size is checked above; this catches a header that lies.
            if (qsizetype(read) > maxTotal - total - content.size())
                return tooLarge();
            content.append(buffer, qsizetype(read));
        }
        total += content.size();
        files.insert(name, content);
    }
    if (!checkedFilter) {
        // An archive with no entries at all: still only accepted when it is gzip.
        if (archive_filter_code(archive.get(), 0) != ARCHIVE_FILTER_GZIP)
            return invalid(Tr::tr("it is not gzip-compressed."));
    }
    return files;
}

} // namespace Wharf
