// SPDX-License-Identifier: Apache-2.0
#include "CheckRunner.h"

#include "DiagnosticCheck.h"

#include <QTimer>

namespace Wharf {

CheckRunner::CheckRunner(QObject *parent)
    : QObject(parent)
{ }

CheckRunner::~CheckRunner()
{
    // Checks and timers are children; cancelling first drops outstanding workers quietly.
    for (DiagnosticCheck *check : std::as_const(m_checks))
        check->cancel();
}

void CheckRunner::setChecks(const QList<DiagnosticCheck *> &checks)
{
    Q_ASSERT(!m_running);
    qDeleteAll(m_checks);
    qDeleteAll(m_timers);
    m_timers.clear();
    m_checks = checks;
    m_results = QList<std::optional<CheckResult>>(m_checks.size());
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        DiagnosticCheck *check = m_checks.at(i);
        check->setParent(this);
        const int index = int(i);
        connect(check, &DiagnosticCheck::finished, this,
            [this, index](const CheckResult &result) { onCheckFinished(index, result); });
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, index] { onTimeout(index); });
        m_timers.append(timer);
    }
}

void CheckRunner::start(const HostEnvironment &environment)
{
    if (m_running)
        cancel();
    m_results = QList<std::optional<CheckResult>>(m_checks.size());
    m_finishedCount = 0;
    m_running = true;
    if (m_checks.isEmpty()) {
        m_running = false;
        QMetaObject::invokeMethod(this, &CheckRunner::finished, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        m_timers.at(i)->start(m_timeout);
        m_checks.at(i)->start(environment);
        Q_EMIT checkStarted(int(i), m_checks.at(i)->id());
    }
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        if (m_results.at(i))
            continue;
        DiagnosticCheck *check = m_checks.at(i);
        check->cancel();
        CheckResult result;
        result.id = check->id();
        result.group = check->group();
        result.title = check->title();
        result.status = CheckStatus::Cancelled;
        result.summary = tr("Cancelled before it answered.");
        record(int(i), result);
    }
}

QList<CheckResult> CheckRunner::results() const
{
    QList<CheckResult> results;
    for (const std::optional<CheckResult> &result : m_results) {
        if (result)
            results.append(*result);
    }
    return results;
}

void CheckRunner::onCheckFinished(int index, const CheckResult &result)
{
    if (!m_running || m_results.at(index))
        return;
    record(index, result);
}

void CheckRunner::onTimeout(int index)
{
    if (!m_running || m_results.at(index))
        return;
    DiagnosticCheck *check = m_checks.at(index);
    check->cancel();
    const auto seconds = int(std::chrono::ceil<std::chrono::seconds>(m_timeout).count());
    CheckResult result;
    result.id = check->id();
    result.group = check->group();
    result.title = check->title();
    result.status = CheckStatus::Failed;
    result.summary = tr("No answer within %1 s.").arg(seconds);
    result.evidence
        = { tr("The check did not answer within %1 s and was abandoned; something it reads (a "
               "/cvmfs repository, a program) hangs.")
                  .arg(seconds) };
    result.fixSteps
        = { tr("Run the check again; if it hangs again, look at the CVMFS checks first: a hung "
               "/cvmfs repository blocks every program that touches it.") };
    result.elapsedMs = m_timeout.count();
    record(index, result);
}

void CheckRunner::record(int index, const CheckResult &result)
{
    m_timers.at(index)->stop();
    m_results[index] = result;
    ++m_finishedCount;
    Q_EMIT checkFinished(index, result);
    if (m_finishedCount == m_checks.size() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace Wharf
