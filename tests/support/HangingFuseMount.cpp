// SPDX-License-Identifier: Apache-2.0
#include "HangingFuseMount.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

const QString kPython = u"/usr/bin/python3"_s;

QString script()
{
    QString sources = qEnvironmentVariable("WHARF_TEST_SOURCE_DIR");
    if (sources.isEmpty())
        sources = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + u"/.."_s;
    return sources + u"/support/unpacked-hanging-fs.py"_s;
}

} // namespace

HangingFuseMount::~HangingFuseMount()
{
    unmount();
}

QString HangingFuseMount::missingReason()
{
    if (::geteuid() != 0)
        return u"Mounting the hanging FUSE file system needs root here."_s;
    if (!QFile::exists(u"/dev/fuse"_s))
        return u"No /dev/fuse (package fuse3, and a kernel with FUSE)."_s;
    if (!QFile::exists(kPython) || QProcess::execute(kPython, { u"-c"_s, u"import fusepy"_s }) != 0)
        return u"The hanging file system needs /usr/bin/python3 with python3-fusepy (Debian packages python3-fusepy, fuse3)."_s;
    return {};
}

QString HangingFuseMount::mount(const QString &mountpoint)
{
    unmount();
    if (!QFile::exists(script()))
        return u"no %1"_s.arg(script());
    if (!QDir().mkpath(mountpoint))
        return u"cannot create %1"_s.arg(mountpoint);
    m_mountpoint = mountpoint;
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon->start(kPython, { script(), mountpoint, u"3600"_s });
    if (!m_daemon->waitForStarted(5000))
        return u"the FUSE daemon did not start: %1"_s.arg(m_daemon->errorString());
    QByteArray output;
    if (!QTest::qWaitFor([&] { return (output += m_daemon->readAllStandardOutput()).contains("ready"); }, 10000))
        return u"the FUSE daemon did not mount: %1"_s.arg(QString::fromLocal8Bit(m_daemon->readAllStandardError()));
    if (!QTest::qWaitFor([&] { return QDir(mountpoint).exists(u"ok.example.org"_s); }, 5000))
        return u"the FUSE mount at %1 does not serve"_s.arg(mountpoint);
    return {};
}

void HangingFuseMount::unmount()
{
    if (!m_daemon)
        return;
    // SIGKILL: the daemon may be inside the sleeping readdir. Its end aborts the FUSE
    // connection, which fails the blocked calls with ENOTCONN.
    m_daemon->kill();
    m_daemon->waitForFinished(5000);
    m_daemon.reset();
    // Usually gone with the daemon already; make sure, quietly.
    const QList<std::pair<QString, QStringList>> detach {
        { u"fusermount3"_s, { u"-u"_s, u"-z"_s, m_mountpoint } },
        { u"umount"_s, { u"-l"_s, m_mountpoint } },
    };
    for (const auto &[program, arguments] : detach) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(program, arguments);
        process.waitForFinished(5000);
    }
}

} // namespace Wharf::Test
