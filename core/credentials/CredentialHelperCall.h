// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <chrono>

class QProcess;
class QTimer;

namespace Wharf {

// One run of a docker-credential-<name> program for CredentialHelperClient: the action as
// the only argument, the payload (which may hold the secret) on stdin, never in arguments.
// Reports finished() exactly once, later, unless destroyed first; a process still running
// then is killed and left to be reaped, never waited for.
// Errors: Timeout (killed), ProcessFailed (could not start, crashed), ParseError (more
// output than any helper prints).
class CredentialHelperCall : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype OutputLimit = 1024 * 1024;

    struct Output
    {
        int exitCode = 0;
        QByteArray standardOutput;
        QByteArray standardError;
    };

    CredentialHelperCall(QString program, QString action, QByteArray input,
        QProcessEnvironment environment, std::chrono::milliseconds timeout,
        QObject *parent = nullptr);
    ~CredentialHelperCall() override;

    // Starts on the next turn of the event loop, so the caller connects first.
    void start();

Q_SIGNALS:
    void finished(const Wharf::Result<Wharf::CredentialHelperCall::Output> &result);

private:
    void launch();
    void readOutput();
    void report(const Result<Output> &result);
    void abandonProcess();

    QString m_program;
    QString m_action;
    QByteArray m_input;
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_timeout;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    Output m_output;
    bool m_reported = false;
};

} // namespace Wharf
