// SPDX-License-Identifier: Apache-2.0
#include "WharfProcess.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

QProcessEnvironment WharfProcess::isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    // The sanitizer preset's options (the leak suppressions) reach the binary too.
    for (const char *name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"}) {
        if (qEnvironmentVariableIsSet(name))
            env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    }
    return env;
}

WharfProcess::Outcome WharfProcess::run(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    process.start(binary(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!m_input.isNull())
        process.write(m_input);
    if (m_closeInput)
        process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMilliseconds)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    // A crash keeps what it wrote (a sanitizer's report, a Qt fatal message) for the failure.
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {exitCode, process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Wharf::Test
