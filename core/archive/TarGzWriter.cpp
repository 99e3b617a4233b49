// SPDX-License-Identifier: Apache-2.0
#include "TarGzWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::TarGzWriter)
};

} // namespace

// Where libarchive's compressed stream goes. The callback never reports a failure to
// libarchive: it keeps the reason and swallows the rest, and the writer checks after each
// call. (A failed callback puts libarchive in its fatal state, in which archive_write_free
// skips closing the gzip filter and leaks zlib's state.)
struct TarGzWriter::Output
{
    explicit Output(const QString &path) : file(path) {}

    QSaveFile file;
    QString error;      // why a write failed; empty while all is well
    bool discarding = false;
};

namespace {

la_ssize_t writeCallback(struct archive *, void *clientData, const void *buffer, size_t length)
{
    auto *output = static_cast<TarGzWriter::Output *>(clientData);
    if (output->discarding || !output->error.isEmpty())
        return la_ssize_t(length);
    errno = 0;
    const qint64 written = output->file.write(static_cast<const char *>(buffer), qint64(length));
    if (written != qint64(length)) {
        // QSaveFile can lose the reason ("Unknown error"); errno still has it (EFBIG, ENOSPC).
        const int error = errno;
        output->error = error != 0 ? qt_error_string(error) : output->file.errorString();
        if (output->error.isEmpty())
            output->error = u"write error"_s;
    }
    return la_ssize_t(length);
}

QString writeFailed(const QString &path, const QString &reason)
{
    //: %1 is a file path, %2 the system's reason
    return Tr::tr("Cannot write \"%1\": %2. Check that there is free space there, or choose another folder.")
        .arg(path, reason);
}

QString archiveError(struct archive *archive)
{
    const char *text = archive_error_string(archive);
    return text ? QString::fromLocal8Bit(text) : u"libarchive error %1"_s.arg(archive_errno(archive));
}

} // namespace

TarGzWriter::TarGzWriter(const QString &path)
    : m_path(path)
{
}

TarGzWriter::~TarGzWriter()
{
    discard();
}

QString TarGzWriter::sanitizedName(const QString &nameInArchive)
{
    QString name = nameInArchive;
    // Control characters (NUL ends a C string, newlines forge listings) become "_".
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'_';
    }
    name.replace(u'\\', u'/');
    QStringList kept;
    for (const QString &segment : name.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"."_s || segment == u".."_s)
            continue;
        kept.append(segment);
    }
    return kept.join(u'/');
}

VoidResult TarGzWriter::fail(const QString &message, const QString &details)
{
    m_failed = true;
    discard();
    return Error(ErrorCode::InvalidConfiguration, message, details);
}

// After every libarchive call: a libarchive error, or a write the callback saw fail.
VoidResult TarGzWriter::check(int status)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (!m_output->error.isEmpty()) {
        const QString details = m_output->error;
        return fail(writeFailed(nativePath, details), details);
    }
    if (status < ARCHIVE_WARN) {
        const QString details = archiveError(m_archive);
        return fail(writeFailed(nativePath, details), details);
    }
    return {};
}

void TarGzWriter::discard()
{
    if (m_archive) {
        // Close, not archive_write_fail(): only closing ends the gzip filter and frees zlib's
        // state. What it still writes (the end of the archive) is thrown away.
        if (m_output)
            m_output->discarding = true;
        archive_write_close(m_archive);
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    if (m_output) {
        m_output->file.cancelWriting();
        m_output.reset(); // removes the temporary file
    }
    m_names.clear();
}

VoidResult TarGzWriter::open()
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (m_output || m_archive)
        return Error(ErrorCode::InvalidConfiguration, Tr::tr("The archive \"%1\" is already open.").arg(nativePath));
    m_failed = false;
    m_output = std::make_unique<Output>(m_path);
    if (!m_output->file.open(QIODevice::WriteOnly)) {
        const QString details = m_output->file.errorString();
        m_output.reset();
        //: %1 is a file path, %2 the system's reason
        return fail(Tr::tr("Cannot write \"%1\": %2. Choose a folder you can write to.").arg(nativePath, details), details);
    }
    m_archive = archive_write_new();
    if (!m_archive)
        return fail(Tr::tr("Cannot create the archive \"%1\": out of memory.").arg(nativePath), {});
    if (archive_write_set_format_pax_restricted(m_archive) != ARCHIVE_OK
        || archive_write_add_filter_gzip(m_archive) != ARCHIVE_OK
        // A file, not a tape: no padding of the last block.
        || archive_write_set_bytes_in_last_block(m_archive, 1) != ARCHIVE_OK
        || archive_write_open2(m_archive, m_output.get(), nullptr, writeCallback, nullptr, nullptr) != ARCHIVE_OK) {
        const QString details = archiveError(m_archive);
        return fail(Tr::tr("Cannot create the archive \"%1\": %2").arg(nativePath, details), details);
    }
    return {};
}

VoidResult TarGzWriter::addFile(const QString &nameInArchive, const QByteArray &content, int mode,
                                const QDateTime &mtime)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (m_failed)
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("Cannot add to the archive \"%1\": an earlier write failed.").arg(nativePath));
    if (!m_archive)
        return Error(ErrorCode::InvalidConfiguration, Tr::tr("The archive \"%1\" is not open.").arg(nativePath));
    const QString name = sanitizedName(nameInArchive);
    if (name.isEmpty())
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("Cannot add \"%1\" to an archive: the name is empty once unsafe parts are removed.")
                         .arg(nameInArchive),
                     nameInArchive);
    if (m_names.contains(name))
        return Error(ErrorCode::InvalidConfiguration, Tr::tr("The archive already holds \"%1\".").arg(name), name);

    const QDateTime time = (mtime.isValid() ? mtime : QDateTime::currentDateTimeUtc()).toUTC();
    struct archive_entry *entry = archive_entry_new();
    if (!entry)
        return fail(Tr::tr("Cannot add \"%1\" to the archive \"%2\": out of memory.").arg(name, nativePath), {});
    archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, mode_t(mode & 07777));
    archive_entry_set_size(entry, la_int64_t(content.size()));
    archive_entry_set_mtime(entry, time_t(time.toSecsSinceEpoch()), long(time.time().msec()) * 1000000L);
    // The owner of a bundle is nobody's business: root, no names.
    archive_entry_set_uid(entry, 0);
    archive_entry_set_gid(entry, 0);
    const int headerStatus = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (VoidResult checked = check(headerStatus); !checked)
        return checked;

    qsizetype offset = 0;
    while (offset < content.size()) {
        const la_ssize_t written =
            archive_write_data(m_archive, content.constData() + offset, size_t(content.size() - offset));
        if (VoidResult checked = check(written < 0 ? int(written) : ARCHIVE_OK); !checked)
            return checked;
        if (written == 0)
            return fail(writeFailed(nativePath, archiveError(m_archive)), archiveError(m_archive));
        offset += qsizetype(written);
    }
    m_names.insert(name);
    return {};
}

VoidResult TarGzWriter::close()
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (m_failed)
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("The archive \"%1\" was not written: an earlier write failed.").arg(nativePath));
    if (!m_archive)
        return Error(ErrorCode::InvalidConfiguration, Tr::tr("The archive \"%1\" is not open.").arg(nativePath));
    // archive_write_close writes the end of the archive and flushes the gzip stream.
    if (VoidResult checked = check(archive_write_close(m_archive)); !checked)
        return checked;
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (!m_output->file.commit()) {
        const QString details = m_output->file.errorString();
        return fail(writeFailed(nativePath, details), details);
    }
    m_output.reset();
    m_names.clear();
    return {};
}

} // namespace Wharf
