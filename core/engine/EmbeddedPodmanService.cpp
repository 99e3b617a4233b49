// SPDX-License-Identifier: Apache-2.0
#include "EmbeddedPodmanService.h"

#include "EngineCall.h"
#include "EngineClient.h"
#include "base/HostAccess.h"
#include "base/LogCategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr int PollIntervalMs = 150;
constexpr qsizetype StderrTailBytes = 4096;

} // namespace

EmbeddedPodmanService::EmbeddedPodmanService(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.socketPath.isEmpty())
        m_options.socketPath = defaultSocketPath();
}

EmbeddedPodmanService::~EmbeddedPodmanService()
{
    stop();
}

QString EmbeddedPodmanService::defaultSocketPath()
{
    QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtimeDir.isEmpty())
        runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtimeDir + u"/wharf/podman.sock"_s;
}

QString EmbeddedPodmanService::findProgram(const QString &program)
{
    return HostAccess::current().findProgram(program, qEnvironmentVariable("PATH").split(u':', Qt::SkipEmptyParts));
}

bool EmbeddedPodmanService::isAvailable(const QString &program)
{
    return !findProgram(program).isEmpty();
}

EngineEndpoint EmbeddedPodmanService::endpoint() const
{
    return EngineEndpoint::unixSocket(m_options.socketPath);
}

bool EmbeddedPodmanService::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void EmbeddedPodmanService::start()
{
    if (m_process)
        return;
    m_reported = false;
    const QString program = findProgram(m_options.program);
    if (program.isEmpty()) {
        fail(Error(ErrorCode::ProgramNotFound, tr("Podman is not installed, so Wharf cannot start it."),
                   m_options.program));
        return;
    }

    const QFileInfo socketInfo(m_options.socketPath);
    QDir().mkpath(socketInfo.absolutePath());
    QFile::setPermissions(socketInfo.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A socket left by a previous run that died: podman would refuse to bind.
    if (socketInfo.exists() || socketInfo.isSymLink())
        QFile::remove(m_options.socketPath);

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(m_options.globalArguments
                            + QStringList{u"system"_s, u"service"_s, u"--time=0"_s, u"unix://"_s + m_options.socketPath});
    m_process->setProcessEnvironment(m_options.environment);
    m_process->setStandardOutputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If Wharf dies, the service goes too: it was started for this session only.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > StderrTailBytes)
            m_stderrTail = m_stderrTail.right(StderrTailBytes);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(Error(ErrorCode::ProcessFailed, tr("Podman could not be started."), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        fail(Error(ErrorCode::ProcessFailed,
                   tr("The Podman service that Wharf started exited (code %1).").arg(exitCode),
                   QString::fromUtf8(m_stderrTail).trimmed()));
    });

    m_client = new EngineClient(endpoint(), this);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &EmbeddedPodmanService::poll);

    qCInfo(lcEngine) << "starting" << program << m_process->arguments();
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    HostAccess::current().prepare(*m_process);
    m_process->start();
    m_pollTimer->start();
}

void EmbeddedPodmanService::poll()
{
    if (m_reported || m_pingCall)
        return;
    if (QDateTime::currentMSecsSinceEpoch() - m_startedAtMs > m_options.startTimeoutMs) {
        fail(Error(ErrorCode::Timeout, tr("The Podman service did not answer within %n seconds.", nullptr,
                                          m_options.startTimeoutMs / 1000),
                   QString::fromUtf8(m_stderrTail).trimmed()));
        stop();
        return;
    }
    if (!QFileInfo::exists(m_options.socketPath))
        return;
    m_pingCall = m_client->ping(this, [this](const Result<PingInfo> &ping) {
        if (!ping || m_reported)
            return; // not listening yet: the next poll tries again
        m_reported = true;
        m_pollTimer->stop();
        qCInfo(lcEngine) << "embedded Podman service answers at" << m_options.socketPath;
        Q_EMIT started();
    }, 1000);
}

void EmbeddedPodmanService::fail(const Error &error)
{
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_reported)
        return;
    m_reported = true;
    qCWarning(lcEngine) << error.toString();
    Q_EMIT failed(error);
}

void EmbeddedPodmanService::stop()
{
    if (m_pollTimer)
        m_pollTimer->stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        delete process;
    } else {
        // SIGTERM lets podman remove its socket and release its locks. Deleting the QProcess
        // now would SIGKILL it at once, so it is handed to the application and deletes itself
        // when it exits (or goes with the application, if that ends first).
        process->setParent(QCoreApplication::instance());
        QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->terminate();
    }
}

} // namespace Wharf
