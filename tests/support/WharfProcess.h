// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Wharf::Test {

// The built `wharf` binary (WHARF_BINARY) run as a user would, in an environment of the
// test's own: nothing of the machine's engines, settings or keyring leaks in.
class WharfProcess
{
public:
    struct Outcome
    {
        int exitCode = -1; // -1: it did not start, crashed (err says why) or was killed after the timeout
        QByteArray out;
        QByteArray err;
    };

    // HOME, the XDG folders below it (.config, .cache, .local/share, run), PATH and the
    // sanitizers' options.
    static QProcessEnvironment isolatedEnvironment(const QString &home);

    explicit WharfProcess(QProcessEnvironment environment) : m_environment(std::move(environment)) { }

    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; }
    // A null input leaves standard input closed at once; otherwise it is written first.
    void setInput(const QByteArray &input, bool closeAfterwards = true)
    {
        m_input = input;
        m_closeInput = closeAfterwards;
    }
    void setTimeout(int milliseconds) { m_timeoutMilliseconds = milliseconds; }

    // `wharf ARGUMENTS...` to its end.
    Outcome run(const QStringList &arguments) const;

    static QString binary() { return qEnvironmentVariable("WHARF_BINARY"); }

private:
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    QByteArray m_input;
    bool m_closeInput = true;
    int m_timeoutMilliseconds = 60000;
};

} // namespace Wharf::Test
