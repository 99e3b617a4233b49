// SPDX-License-Identifier: Apache-2.0
#include "PrivatePodman.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

PrivatePodman::PrivatePodman()
    : m_dir(u"/tmp/wharf-pp-XXXXXX"_s) // short: the socket path must fit in 108 bytes
{
    // The settings the CI machine needs (see the test environment reference): runc, and
    // ulimits the sandbox allows.
    QFile conf(m_dir.filePath(u"containers.conf"_s));
    if (conf.open(QIODevice::WriteOnly)) {
        conf.write("[containers]\ndefault_ulimits = [\"nofile=1024:1024\", \"nproc=1024:1024\"]\n"
                   "[engine]\nruntime = \"runc\"\n");
    }
}

PrivatePodman::~PrivatePodman()
{
    killService();
    // Podman's storage may hold overlay mounts; unmount before the temp dir is removed.
    QProcess::execute(u"sh"_s, {u"-c"_s, u"grep -o ' %1[^ ]*' /proc/mounts | sort -r | xargs -r -n1 umount -l"_s.arg(m_dir.path())});
}

QString PrivatePodman::missingReason() const
{
    if (!m_dir.isValid())
        return u"cannot create a temporary directory"_s;
    if (QStandardPaths::findExecutable(u"podman"_s).isEmpty())
        return u"podman is not installed (Debian package podman)"_s;
    if (!QFileInfo::exists(u"/bin/busybox"_s))
        return u"/bin/busybox is missing (Debian package busybox-static)"_s;
    return {};
}

QStringList PrivatePodman::globalArguments() const
{
    return {u"--root"_s, m_dir.filePath(u"storage"_s), u"--runroot"_s, m_dir.filePath(u"run"_s)};
}

QProcessEnvironment PrivatePodman::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CONTAINERS_CONF"_s, m_dir.filePath(u"containers.conf"_s));
    return env;
}

QString PrivatePodman::socketPath() const
{
    return m_dir.filePath(u"podman.sock"_s);
}

EmbeddedPodmanService::Options PrivatePodman::serviceOptions() const
{
    EmbeddedPodmanService::Options options;
    options.globalArguments = globalArguments();
    options.environment = environment();
    options.socketPath = socketPath();
    return options;
}

int PrivatePodman::run(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"podman"_s, globalArguments() + arguments);
    process.waitForFinished(120000);
    m_lastOutput = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString PrivatePodman::seed()
{
    const QString root = m_dir.filePath(u"rootfs"_s);
    QDir().mkpath(root + u"/bin"_s);
    QFile::copy(u"/bin/busybox"_s, root + u"/bin/busybox"_s);
    for (const char *applet : {"sh", "ls", "cat", "echo", "sleep", "id", "env"})
        QFile::link(u"busybox"_s, root + u"/bin/"_s + QLatin1StringView(applet));
    const QString tar = m_dir.filePath(u"rootfs.tar"_s);
    if (QProcess::execute(u"tar"_s, {u"-C"_s, root, u"-cf"_s, tar, u"."_s}) != 0)
        return u"tar failed"_s;
    if (run({u"import"_s, tar, u"localhost/private/busybox:1"_s}) != 0)
        return u"podman import failed: "_s + m_lastOutput;
    return {};
}

bool PrivatePodman::startService()
{
    killService();
    QFile::remove(socketPath());
    m_service = std::make_unique<QProcess>();
    m_service->setProcessEnvironment(environment());
    m_service->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_service->start(u"podman"_s, globalArguments() + QStringList{u"system"_s, u"service"_s, u"--time=0"_s,
                                                                  u"unix://"_s + socketPath()});
    if (!m_service->waitForStarted(10000))
        return false;
    // The socket file appears when the service binds it, a moment before it listens: wait
    // until a connection is accepted, or a probe right after this would meet "refused".
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (QFileInfo::exists(socketPath())) {
            QLocalSocket probe;
            probe.connectToServer(socketPath());
            if (probe.waitForConnected(1000)) {
                probe.disconnectFromServer();
                return true;
            }
        }
        QThread::msleep(50);
    }
    return false;
}

void PrivatePodman::killService()
{
    if (!m_service)
        return;
    m_service->kill();
    m_service->waitForFinished(10000);
    m_service.reset();
}

} // namespace Wharf::Test
