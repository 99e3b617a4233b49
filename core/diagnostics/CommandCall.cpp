// SPDX-License-Identifier: Apache-2.0
#include "CommandCall.h"

#include "base/HostAccess.h"

#include <QFileInfo>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

void appendLimited(QByteArray &target, const QByteArray &chunk, bool &truncated)
{
    const qsizetype room = CommandCall::OutputLimit - target.size();
    if (chunk.size() > room) {
        target.append(chunk.left(std::max<qsizetype>(room, 0)));
        truncated = true;
    } else {
        target.append(chunk);
    }
}

} // namespace

CommandCall::CommandCall(
    QString program, QStringList arguments, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_timeout(timeout)
{ }

CommandCall::~CommandCall()
{
    abandonProcess();
}

void CommandCall::start()
{
    QMetaObject::invokeMethod(this, &CommandCall::launch, Qt::QueuedConnection);
}

void CommandCall::cancel()
{
    m_reported = true;
    abandonProcess();
    deleteLater();
}

void CommandCall::launch()
{
    if (m_reported || m_process)
        return;
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Untranslated output, so that parsers see the wording they were written for.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"LANG"_s, u"C"_s);
    m_process->setProcessEnvironment(environment);

    connect(m_process, &QProcess::readyReadStandardOutput, this, &CommandCall::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &CommandCall::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // Crashes arrive through finished(); read/write errors do not end the process.
        if (error != QProcess::FailedToStart)
            return;
        const QString name = QFileInfo(m_program).fileName();
        if (!QFileInfo::exists(m_program)) {
            report(Error(ErrorCode::ProgramNotFound,
                tr("%1 is not installed or not on the PATH.").arg(name), m_program));
        } else {
            report(Error(ErrorCode::ProcessFailed,
                tr("%1 could not be started: %2").arg(name, m_process->errorString()), m_program));
        }
    });
    connect(
        m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            readOutput();
            if (status == QProcess::CrashExit) {
                report(Error(ErrorCode::ProcessFailed,
                    tr("%1 crashed.").arg(QFileInfo(m_program).fileName()),
                    QString::fromLocal8Bit(m_output.standardError.right(2000)).trimmed()));
                return;
            }
            m_output.exitCode = exitCode;
            report(m_output);
        });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_timeout).count();
        report(Error(ErrorCode::Timeout,
            tr("%1 gave no answer within %2 s.").arg(QFileInfo(m_program).fileName()).arg(seconds),
            (QStringList { m_program } + m_arguments).join(u' ')));
    });
    m_timer->start(m_timeout);
    HostAccess::current().prepare(*m_process);
    m_process->start();
}

void CommandCall::readOutput()
{
    if (!m_process)
        return;
    appendLimited(m_output.standardOutput, m_process->readAllStandardOutput(), m_output.truncated);
    appendLimited(m_output.standardError, m_process->readAllStandardError(), m_output.truncated);
}

void CommandCall::report(const Result<CommandOutput> &result)
{
    if (m_reported)
        return;
    m_reported = true;
    if (m_timer)
        m_timer->stop();
    abandonProcess();
    Q_EMIT finished(result);
    deleteLater();
}

void CommandCall::abandonProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning)
        return; // a child of this call, deleted with it
    // Never wait for it: a process stuck on a hung mount ignores SIGKILL until the mount goes
    // away. It deletes itself once it has ended; if it never ends, it is leaked on purpose.
    process->setParent(nullptr);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace Wharf
