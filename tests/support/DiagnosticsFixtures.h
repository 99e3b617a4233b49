// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/CheckResult.h"
#include "diagnostics/CommandRunner.h"
#include "diagnostics/DiagnosticCheck.h"
#include "diagnostics/HostEnvironment.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace Wharf::Test {

// A prepared filesystem root for the diagnostic checks: tests write the files a check reads
// (/sys/fs/selinux/enforce, /proc/self/mountinfo, /etc/subuid, /dev/fuse, /cvmfs/...) under
// it, and run the check with environment(), whose root is this directory.
class DiagnosticsRoot
{
public:
    DiagnosticsRoot()
    {
        QDir().mkpath(path(QStringLiteral("/home/alice")));
        QDir().mkpath(path(QStringLiteral("/usr/bin")));
    }

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    // The real path of a logical one ("/dev/fuse" -> "<tmp>/dev/fuse").
    QString path(const QString &logical) const { return m_dir.path() + logical; }
    QString home() const { return path(QStringLiteral("/home/alice")); }

    bool write(const QString &logical, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(path(logical)).absolutePath());
        QFile file(path(logical));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(content) == content.size();
    }
    bool mkdir(const QString &logical) const { return QDir().mkpath(path(logical)); }
    // An executable shell script (real programs, not mocks, for the CommandRunner).
    bool script(const QString &logical, const QByteArray &body) const
    {
        if (!write(logical, "#!/bin/sh\n" + body + '\n'))
            return false;
        return QFile::setPermissions(path(logical),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }
    // A real character device (1:3, like /dev/null); tests run as root. Falls back to a
    // symbolic link to /dev/null where mknod is refused.
    bool characterDevice(const QString &logical) const
    {
        QDir().mkpath(QFileInfo(path(logical)).absolutePath());
        const QByteArray target = QFile::encodeName(path(logical));
        if (::mknod(target.constData(), S_IFCHR | 0666, makedev(1, 3)) == 0)
            return true;
        return QFile::link(QStringLiteral("/dev/null"), path(logical));
    }

    // Linux, user alice (uid 1000), x86_64, PATH=/usr/bin:/bin under the root, a real
    // CommandRunner and a fixed clock.
    HostEnvironment environment() const
    {
        HostEnvironment env;
        env.root = root();
        env.homeDirectory = home();
        env.workingDirectory = QStringLiteral("/home/alice/analysis");
        env.userName = QStringLiteral("alice");
        env.userId = 1000;
        env.os = HostEnvironment::Os::Linux;
        env.cpuArchitecture = QStringLiteral("x86_64");
        env.environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.environment.insert(QStringLiteral("HOME"), home());
        env.commandRunner = std::make_shared<CommandRunner>();
        env.clock = [] { return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC); };
        return env;
    }

private:
    QTemporaryDir m_dir;
};

// The real computer, seen under a root of the test's own, so that no engine of the machine is
// discovered (and none gets a trial container): only the engine `variable` names (DOCKER_HOST,
// CONTAINER_HOST; none when empty), and the real CLIs on /usr/bin.
inline HostEnvironment hostWithOnlyEngine(const QString &root, const QString &variable, const QString &url)
{
    HostEnvironment env = HostEnvironment::fromSystem();
    env.root = root;
    env.homeDirectory = root + QStringLiteral("/home");
    env.environment = QProcessEnvironment();
    env.environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    if (!variable.isEmpty())
        env.environment.insert(variable, url);
    return env;
}

// Starts check against env and waits for its result (fails the test when none comes).
inline CheckResult runCheck(
    DiagnosticCheck &check, const HostEnvironment &env, int timeoutMs = 10000)
{
    QSignalSpy spy(&check, &DiagnosticCheck::finished);
    check.start(env);
    if (!spy.wait(timeoutMs) || spy.size() != 1) {
        qWarning("check %s gave no result", qPrintable(check.id()));
        return {};
    }
    return spy.first().first().value<CheckResult>();
}

// Whether any of lines contains text.
inline bool anyContains(const QStringList &lines, const QString &text)
{
    for (const QString &line : lines) {
        if (line.contains(text))
            return true;
    }
    return false;
}

// The index of the first line that contains text, or -1.
inline qsizetype indexContaining(const QStringList &lines, const QString &text)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i;
    }
    return -1;
}

// Blocks every filesystem probe (a hung /cvmfs) until released, through
// HostEnvironment::probeHook; the flag outlives the test because the probe threads are
// abandoned, not joined.
struct HungProbes
{
    std::shared_ptr<std::atomic_bool> released = std::make_shared<std::atomic_bool>(false);

    std::function<void(const QString &)> hook() const
    {
        return [released = released](const QString &) {
            while (!released->load())
                QThread::msleep(20);
        };
    }
    ~HungProbes() { released->store(true); }
};

} // namespace Wharf::Test
