// SPDX-License-Identifier: Apache-2.0
#include "CredentialHelperCall.h"

#include "base/HostAccess.h"

#include <QFileInfo>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

CredentialHelperCall::CredentialHelperCall(QString program, QString action, QByteArray input,
    QProcessEnvironment environment, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_action(std::move(action))
    , m_input(std::move(input))
    , m_environment(std::move(environment))
    , m_timeout(timeout)
{ }

CredentialHelperCall::~CredentialHelperCall()
{
    abandonProcess();
    m_input.fill('\0');
}

void CredentialHelperCall::start()
{
    QMetaObject::invokeMethod(this, &CredentialHelperCall::launch, Qt::QueuedConnection);
}

void CredentialHelperCall::launch()
{
    if (m_reported || m_process)
        return;
    const QString name = QFileInfo(m_program).fileName();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments({ m_action });
    m_process->setProcessEnvironment(m_environment);

    connect(m_process, &QProcess::readyReadStandardOutput, this, &CredentialHelperCall::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &CredentialHelperCall::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this, name](QProcess::ProcessError error) {
        // Crashes arrive through finished(); a write error (the helper did not read its
        // stdin) does not end the process.
        if (error != QProcess::FailedToStart)
            return;
        report(Error(ErrorCode::ProcessFailed,
            tr("The credential helper %1 could not be started: %2")
                .arg(name, m_process->errorString()),
            m_program));
    });
    connect(m_process, &QProcess::finished, this,
        [this, name](int exitCode, QProcess::ExitStatus status) {
            readOutput();
            if (m_reported)
                return;
            if (status == QProcess::CrashExit) {
                report(Error(ErrorCode::ProcessFailed,
                    tr("The credential helper %1 crashed.").arg(name), m_program));
                return;
            }
            m_output.exitCode = exitCode;
            report(m_output);
        });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this, name] {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_timeout).count();
        report(Error(ErrorCode::Timeout,
            tr("The credential helper %1 gave no answer within %2 s. Check that its keychain is "
               "unlocked and answers, then try again.")
                .arg(name)
                .arg(seconds),
            m_program + u' ' + m_action));
    });
    m_timer->start(m_timeout);
    HostAccess::current().prepare(*m_process);
    m_process->start();
    // A start that failed at once may already have reported (and dropped the process).
    if (!m_process)
        return;
    // Buffered until the process runs; the helper reads to the end of its input.
    m_process->write(m_input);
    m_process->closeWriteChannel();
}

void CredentialHelperCall::readOutput()
{
    if (!m_process)
        return;
    m_output.standardOutput.append(m_process->readAllStandardOutput());
    m_output.standardError.append(m_process->readAllStandardError());
    if (m_output.standardOutput.size() > OutputLimit
        || m_output.standardError.size() > OutputLimit) {
        report(Error(ErrorCode::ParseError,
            tr("The credential helper %1 printed more than 1 MiB; that is not a credential "
               "helper's "
               "answer.")
                .arg(QFileInfo(m_program).fileName()),
            m_program + u' ' + m_action));
    }
}

void CredentialHelperCall::report(const Result<Output> &result)
{
    if (m_reported)
        return;
    m_reported = true;
    if (m_timer)
        m_timer->stop();
    abandonProcess();
    Q_EMIT finished(result);
}

void CredentialHelperCall::abandonProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Never wait for it (QProcess's destructor would): it deletes itself once it has ended.
    process->setParent(nullptr);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace Wharf
