// SPDX-License-Identifier: Apache-2.0
#include "PathProbe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Wharf {

// Shared between the probe and its worker. The probe clears `receiver` under the mutex in its
// destructor; the worker posts its answer under the same mutex, so it never posts to a
// deleted object (and QObject's destructor discards an answer already posted).
struct PathProbe::Mailbox
{
    QMutex mutex;
    PathProbe *receiver = nullptr;
};

PathProbe::PathProbe(QString logicalPath, QString hostPath, QObject *parent)
    : QObject(parent)
    , m_logicalPath(std::move(logicalPath))
    , m_hostPath(std::move(hostPath))
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->receiver = this;
}

PathProbe::~PathProbe()
{
    QMutexLocker locker(&m_mailbox->mutex);
    m_mailbox->receiver = nullptr;
}

void PathProbe::start(std::function<void(const QString &)> hook)
{
    if (m_started)
        return;
    m_started = true;
    QThread *worker = QThread::create([mailbox = m_mailbox, logical = m_logicalPath,
                                          host = m_hostPath, hook = std::move(hook)] {
        if (hook)
            hook(logical);
        const PathProbeResult result = inspect(logical, host);
        QMutexLocker locker(&mailbox->mutex);
        if (PathProbe *receiver = mailbox->receiver) {
            QMetaObject::invokeMethod(
                receiver, [receiver, result] { receiver->deliver(result); }, Qt::QueuedConnection);
        }
    });
    worker->setObjectName(u"PathProbe"_s);
    // Deleted by the event loop of this thread once run() returned; never joined.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void PathProbe::deliver(const PathProbeResult &result)
{
    Q_EMIT finished(result);
}

PathProbeResult PathProbe::inspect(const QString &logicalPath, const QString &hostPath)
{
    QElapsedTimer timer;
    timer.start();
    PathProbeResult result;
    result.path = logicalPath;
    result.answered = true;
    const QByteArray encoded = QFile::encodeName(hostPath);
    struct stat info
    {
    };
    if (::stat(encoded.constData(), &info) != 0) {
        result.failedCall = u"stat"_s;
        result.errorNumber = errno;
        result.errorText = qt_error_string(result.errorNumber);
        result.elapsedMs = timer.elapsed();
        return result;
    }
    result.exists = true;
    result.isDirectory = S_ISDIR(info.st_mode);
    result.isCharacterDevice = S_ISCHR(info.st_mode);
    if (result.isDirectory) {
        DIR *directory = ::opendir(encoded.constData());
        if (!directory) {
            result.failedCall = u"opendir"_s;
            result.errorNumber = errno;
            result.errorText = qt_error_string(result.errorNumber);
        } else {
            errno = 0;
            while (const dirent *entry = ::readdir(directory)) {
                const QString name = QFile::decodeName(entry->d_name);
                if (name == u"."_s || name == u".."_s)
                    continue;
                ++result.entryCount;
                if (result.entries.size() < PathProbeResult::MaxEntries)
                    result.entries.append(name);
                if (result.entryCount > PathProbeResult::MaxEntries)
                    break;
            }
            if (errno != 0 && result.entryCount == 0) {
                result.failedCall = u"readdir"_s;
                result.errorNumber = errno;
                result.errorText = qt_error_string(result.errorNumber);
            }
            ::closedir(directory);
            std::sort(result.entries.begin(), result.entries.end());
        }
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Wharf
