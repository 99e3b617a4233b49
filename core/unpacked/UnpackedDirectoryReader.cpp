// SPDX-License-Identifier: Apache-2.0
#include "UnpackedDirectoryReader.h"

#include "UnpackedLayout.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr qsizetype LinkBufferSize = 4096; // PATH_MAX: no symlink target is longer

qint64 mtimeMs(const struct stat &info)
{
    return qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1'000'000;
}

// readlink into a QByteArray; empty with errno set on failure.
QByteArray readLinkAt(int directoryFd, const char *name)
{
    char buffer[LinkBufferSize];
    const ssize_t length = ::readlinkat(directoryFd, name, buffer, sizeof(buffer));
    if (length < 0)
        return {};
    return QByteArray(buffer, qsizetype(length));
}

QByteArray parentOf(const QByteArray &relative)
{
    const qsizetype slash = relative.lastIndexOf('/');
    return slash < 0 ? QByteArray() : relative.first(slash);
}

QString errorText(int errorNumber)
{
    return qt_error_string(errorNumber);
}

} // namespace

UnpackedDirectoryReader::UnpackedDirectoryReader(QString root, QString cvmfsBase)
    : m_root(std::move(root))
    , m_rootBytes(QFile::encodeName(m_root))
    , m_cvmfsBase(std::move(cvmfsBase))
{
    while (m_rootBytes.size() > 1 && m_rootBytes.endsWith('/'))
        m_rootBytes.chop(1);
}

QByteArray UnpackedDirectoryReader::absolute(const QByteArray &relative) const
{
    if (relative.isEmpty())
        return m_rootBytes;
    if (m_rootBytes == "/")
        return m_rootBytes + relative;
    return m_rootBytes + '/' + relative;
}

QString UnpackedDirectoryReader::displayPath(const QString &root, const QByteArray &relative)
{
    QString path = root;
    if (!relative.isEmpty()) {
        if (!path.endsWith(u'/'))
            path += u'/';
        path += UnpackedLayout::displayPath(relative);
    }
    return QDir::toNativeSeparators(path);
}

QString UnpackedDirectoryReader::repositoryName(const QString &root, const QString &cvmfsBase)
{
    QString base = cvmfsBase;
    while (base.size() > 1 && base.endsWith(u'/'))
        base.chop(1);
    if (!root.startsWith(base + u'/'))
        return {};
    const QString rest = root.sliced(base.size() + 1);
    return rest.section(u'/', 0, 0);
}

UnpackedListing UnpackedDirectoryReader::list(const QByteArray &directory)
{
    QElapsedTimer timer;
    timer.start();
    UnpackedListing listing;
    listing.root = m_root;
    listing.directory = directory;
    if (!UnpackedLayout::isSafeRelativePath(directory)) {
        listing.error = Error(ErrorCode::InvalidConfiguration,
            tr("Cannot list \"%1\": it is not a folder below %2.")
                .arg(UnpackedLayout::displayPath(directory), QDir::toNativeSeparators(m_root)),
            UnpackedLayout::displayPath(directory));
        return listing;
    }
    const QByteArray path = absolute(directory);
    // O_NOFOLLOW below the root: a public name that is a link is never walked into, even when
    // a stale request names it. O_DIRECTORY: a FIFO or device is never opened.
    int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
    if (!directory.isEmpty())
        flags |= O_NOFOLLOW;
    const int fd = ::open(path.constData(), flags);
    if (fd < 0) {
        const int error = errno;
        struct stat baseInfo { };
        const bool baseExists = ::stat(QFile::encodeName(m_cvmfsBase).constData(), &baseInfo) == 0;
        listing.error = explainFailure(m_root, directory, u"open"_s, error, m_cvmfsBase, baseExists);
        listing.elapsedMs = timer.elapsed();
        return listing;
    }
    DIR *stream = ::fdopendir(fd);
    if (!stream) {
        const int error = errno;
        ::close(fd);
        listing.error = explainFailure(m_root, directory, u"fdopendir"_s, error, m_cvmfsBase, true);
        listing.elapsedMs = timer.elapsed();
        return listing;
    }
    const bool topLevel = directory.isEmpty();
    int readError = 0;
    while (true) {
        errno = 0;
        const dirent *item = ::readdir(stream);
        if (!item) {
            readError = errno;
            break;
        }
        const QByteArray name(item->d_name);
        if (name == "." || name == "..")
            continue;
        if (name == ".singularity.d")
            listing.isImageDirectory = true;
        if (UnpackedLayout::isHiddenName(name)) {
            ++listing.hiddenCount;
            continue;
        }
        if (listing.entries.size() >= MaxEntriesPerDirectory)
            break;
        const bool tagLike = !topLevel && UnpackedLayout::isTagLikeName(name);
        unsigned char type = item->d_type;
        struct stat info { };
        const bool needStat = type == DT_LNK || type == DT_UNKNOWN || (type == DT_DIR && tagLike);
        if (needStat) {
            if (::fstatat(fd, item->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // removed since readdir (a publish in progress)
            type = S_ISLNK(info.st_mode) ? DT_LNK : S_ISDIR(info.st_mode) ? DT_DIR : DT_REG;
        }
        UnpackedEntry entry;
        entry.rawName = name;
        if (type == DT_DIR && !tagLike) {
            entry.kind = UnpackedEntry::Kind::Directory;
        } else if (type == DT_DIR) {
            entry.kind = UnpackedEntry::Kind::Tag;
            entry.link = UnpackedEntry::Link::InPlace;
            entry.modifiedMs = mtimeMs(info);
        } else if (type == DT_LNK && !topLevel) {
            entry.kind = UnpackedEntry::Kind::Tag;
            entry.modifiedMs = mtimeMs(info);
            entry.rawTarget = readLinkAt(fd, item->d_name);
            entry.link = UnpackedLayout::parseVariant(entry.rawTarget).valid
                ? UnpackedEntry::Link::Variant
                : UnpackedEntry::Link::Symlink;
            if (entry.link == UnpackedEntry::Link::Variant)
                resolveVariant(entry, directory);
        } else {
            // Regular files (a README), FIFOs, sockets, devices, links at the top level: not
            // images, and never opened.
            continue;
        }
        UnpackedLayout::complete(entry, m_rootBytes, directory);
        listing.entries.append(std::move(entry));
    }
    ::closedir(stream);
    if (readError != 0) {
        listing.error = explainFailure(m_root, directory, u"readdir"_s, readError, m_cvmfsBase, true);
    } else if (listing.isImageDirectory) {
        listing.entries.clear();
    } else if (topLevel && listing.entries.isEmpty()
               && !repositoryName(m_root, m_cvmfsBase).isEmpty()) {
        listing.error = emptyRepositoryError(m_root, m_cvmfsBase);
    }
    listing.elapsedMs = timer.elapsed();
    return listing;
}

const QStringList &UnpackedDirectoryReader::architecturesIn(const QByteArray &multiarchDirectory)
{
    auto it = m_architectures.find(multiarchDirectory);
    if (it != m_architectures.end())
        return *it;
    QStringList names;
    if (DIR *stream = ::opendir(absolute(multiarchDirectory).constData())) {
        while (const dirent *item = ::readdir(stream)) {
            const QByteArrayView name(item->d_name);
            if (UnpackedLayout::isHiddenName(name) || !UnpackedLayout::isSafeComponent(name))
                continue;
            names.append(QString::fromUtf8(name));
            if (names.size() >= 64)
                break;
        }
        ::closedir(stream);
    }
    names.sort();
    return *m_architectures.insert(multiarchDirectory, names);
}

void UnpackedDirectoryReader::resolveVariant(UnpackedEntry &entry, const QByteArray &directory)
{
    const UnpackedLayout::Variant variant = UnpackedLayout::parseVariant(entry.rawTarget);
    if (variant.variable == "CVMFS_ARCH")
        entry.defaultArchitecture = QString::fromUtf8(variant.defaultValue);
    if (!variant.isArchitectureComponent())
        return;
    const UnpackedLayout::Target parent = UnpackedLayout::resolveTarget(
        m_rootBytes, directory, variant.before.isEmpty() ? QByteArray(".") : variant.before);
    if (parent.outsideRoot)
        return;
    for (const QString &architecture : architecturesIn(parent.path)) {
        const UnpackedLayout::Target candidate
            = UnpackedLayout::resolveTarget(m_rootBytes, directory, variant.expand(architecture.toUtf8()));
        struct stat info { };
        if (!candidate.outsideRoot && ::lstat(absolute(candidate.path).constData(), &info) == 0)
            entry.architectures.append(architecture);
    }
    if (variant.defaultValue.isEmpty())
        return;
    // The default architecture's name is itself a link into .flat (DUCC): read it once more
    // to show the image it leads to.
    const UnpackedLayout::Target chosen
        = UnpackedLayout::resolveTarget(m_rootBytes, directory, variant.expand(variant.defaultValue));
    if (chosen.outsideRoot)
        return;
    const QByteArray second = readLinkAt(AT_FDCWD, absolute(chosen.path).constData());
    if (second.isEmpty()) {
        entry.variantTarget = chosen.path;
        return;
    }
    const UnpackedLayout::Target flat
        = UnpackedLayout::resolveTarget(m_rootBytes, parentOf(chosen.path), second);
    entry.variantTarget = flat.outsideRoot ? chosen.path : flat.path;
}

UnpackedImageInfo UnpackedDirectoryReader::inspect(const QByteArray &target, bool readEnvironment)
{
    UnpackedImageInfo info;
    info.root = m_root;
    info.target = target;
    if (target.isEmpty() || !UnpackedLayout::isSafeRelativePath(target)) {
        info.state = UnpackedImageInfo::State::Missing;
        info.error = Error(ErrorCode::NotFound,
            tr("The name leads outside %1, so Wharf does not follow it.").arg(QDir::toNativeSeparators(m_root)),
            UnpackedLayout::displayPath(target));
        return info;
    }
    const QByteArray path = absolute(target);
    struct stat status { };
    if (::stat(path.constData(), &status) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) {
            info.state = UnpackedImageInfo::State::Missing;
            info.error = Error(ErrorCode::NotFound,
                tr("Broken link: %1 does not exist. The image may have been removed or be "
                   "republished right now; look again in a few minutes.")
                    .arg(displayPath(m_root, target)),
                u"stat: "_s + errorText(error));
        } else {
            info.state = UnpackedImageInfo::State::Unreadable;
            info.error = explainFailure(m_root, target, u"stat"_s, error, m_cvmfsBase, true);
        }
        return info;
    }
    if (!S_ISDIR(status.st_mode)) {
        info.state = UnpackedImageInfo::State::NotRunnable;
        return info;
    }
    const QByteArray singularity = path + "/.singularity.d";
    info.state = ::stat(singularity.constData(), &status) == 0 && S_ISDIR(status.st_mode)
        ? UnpackedImageInfo::State::Runnable
        : UnpackedImageInfo::State::NotRunnable;
    if (readEnvironment && info.state == UnpackedImageInfo::State::Runnable) {
        const QByteArray envPath = singularity + "/env/10-docker2singularity.sh";
        const int fd = ::open(envPath.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd >= 0) {
            if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode)) {
                QByteArray content;
                content.resize(MaxEnvironmentBytes);
                qsizetype filled = 0;
                while (filled < content.size()) {
                    const ssize_t n = ::read(fd, content.data() + filled, size_t(content.size() - filled));
                    if (n <= 0)
                        break;
                    filled += n;
                }
                content.truncate(filled);
                info.environment = QString::fromUtf8(content);
                info.environmentRead = true;
            }
            ::close(fd);
        } else {
            info.error = Error(ErrorCode::NotFound,
                tr("The image has no environment file (.singularity.d/env/10-docker2singularity.sh)."),
                u"open: "_s + errorText(errno));
        }
    }
    return info;
}

Error UnpackedDirectoryReader::explainFailure(const QString &root, const QByteArray &directory,
    const QString &call, int errorNumber, const QString &cvmfsBase, bool cvmfsBaseExists)
{
    const QString where = displayPath(root, directory);
    const QString details = u"%1(%2): %3"_s.arg(call, where, errorText(errorNumber));
    const QString repository = repositoryName(root, cvmfsBase);
    const bool isRoot = directory.isEmpty();
    switch (errorNumber) {
    case ENOTDIR:
        return Error(ErrorCode::NotFound,
            tr("%1 is not a folder. Check the roots in the settings.").arg(where), details);
    case ENOENT:
        if (isRoot && !repository.isEmpty() && !cvmfsBaseExists) {
            return Error(ErrorCode::NotFound,
                tr("CVMFS is not installed on this computer: %1 does not exist. Install and "
                   "configure the CVMFS client (see cvmfs.readthedocs.io), or choose another "
                   "root folder.")
                    .arg(QDir::toNativeSeparators(cvmfsBase)),
                details);
        }
        if (isRoot && !repository.isEmpty()) {
            return Error(ErrorCode::NotFound,
                tr("The CVMFS repository %1 is not mounted: %2 does not exist. Run "
                   "\"cvmfs_config probe %1\" to mount it and see why it fails; the repository "
                   "must be listed in CVMFS_REPOSITORIES (/etc/cvmfs/default.local) and autofs "
                   "must be running.")
                    .arg(repository, where),
                details);
        }
        if (isRoot) {
            return Error(ErrorCode::NotFound,
                tr("The folder %1 does not exist. Check the roots in the settings.").arg(where),
                details);
        }
        return Error(ErrorCode::NotFound,
            tr("The folder %1 is gone: the repository changed while Wharf was reading it. "
               "Refresh to read it again.")
                .arg(where),
            details);
    case EACCES:
    case EPERM:
        return Error(ErrorCode::PermissionDenied,
            tr("Permission denied reading %1. Check the folder's permissions, or ask the "
               "administrator of this computer for read access.")
                .arg(where),
            details);
    case ENOTCONN:
    case ECONNABORTED:
        return Error(ErrorCode::ConnectionFailed,
            tr("The file system of %1 is no longer connected (its CVMFS client stopped or "
               "crashed). Run \"cvmfs_config probe %2\" to mount it again; if that fails, "
               "\"cvmfs_config chksetup\" says what is wrong.")
                .arg(where, repository.isEmpty() ? u"<repository>"_s : repository),
            details);
    case EIO:
    case ETIMEDOUT:
    case EAGAIN:
        return Error(ErrorCode::ConnectionFailed,
            tr("CVMFS could not fetch %1: the proxy or the Stratum 1 servers may be "
               "unreachable. \"cvmfs_config stat -v %2\" shows which servers it uses; try "
               "again when the network is back.")
                .arg(where, repository.isEmpty() ? u"<repository>"_s : repository),
            details);
    case ELOOP:
        return Error(ErrorCode::NotFound,
            tr("%1 is a link, not a folder; Wharf does not walk into links.").arg(where), details);
    default:
        return Error(ErrorCode::InvalidConfiguration,
            tr("Cannot read %1: %2.").arg(where, errorText(errorNumber)), details);
    }
}

Error UnpackedDirectoryReader::emptyRepositoryError(const QString &root, const QString &cvmfsBase)
{
    const QString repository = repositoryName(root, cvmfsBase);
    return Error(ErrorCode::NotFound,
        tr("%1 is empty: the CVMFS repository is probably not mounted. Run "
           "\"cvmfs_config probe %2\" to mount it and see why it fails.")
            .arg(QDir::toNativeSeparators(root), repository.isEmpty() ? root.section(u'/', -1) : repository),
        QDir::toNativeSeparators(root));
}

Error UnpackedDirectoryReader::timeoutError(const QString &root, const QByteArray &directory, int timeoutMs)
{
    const QString where = displayPath(root, directory);
    //: %1 is a folder, %2 a number of seconds
    return Error(ErrorCode::Timeout,
        tr("%1 did not answer within %2 s. CVMFS may be waiting for a proxy or server that "
           "does not respond; Wharf goes on with the other folders. Check the network and "
           "\"cvmfs_config stat -v\", then refresh.")
            .arg(where, QString::number(double(timeoutMs) / 1000.0, 'g', 3)),
        where);
}

} // namespace Wharf
