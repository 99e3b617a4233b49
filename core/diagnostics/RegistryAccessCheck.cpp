// SPDX-License-Identifier: Apache-2.0
#include "RegistryAccessCheck.h"

#include "registry/RegistryCall.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryConnections.h"
#include "registry/RegistryHost.h"

using namespace Qt::StringLiterals;

namespace Wharf {

RegistryAccessCheck::RegistryAccessCheck(
    const QStringList &registries, RegistryConnections *connections, QObject *parent)
    : DiagnosticCheck(parent)
    , m_registries(registries)
    , m_connections(connections)
{
}

QString RegistryAccessCheck::id() const
{
    return u"registries"_s;
}

QString RegistryAccessCheck::title() const
{
    return tr("Registries answer and accept your logins");
}

QString RegistryAccessCheck::pullAllowanceRepository(const QString &registry)
{
    const Result<RegistryHost> host = RegistryHost::parse(registry);
    return host && host->isDockerHub() ? u"ratelimitpreview/test"_s : QString();
}

void RegistryAccessCheck::run()
{
    if (m_registries.isEmpty() || !m_connections) {
        finish(makeResult(CheckStatus::NotApplicable, tr("No registries to check.")));
        return;
    }
    m_answers = QList<Answer>(m_registries.size());
    // Every registry at once: each answers within its own timeout, so the check takes as
    // long as the slowest, not the sum.
    for (qsizetype index = 0; index < m_registries.size(); ++index)
        check(index);
}

void RegistryAccessCheck::abandon()
{
    ++m_generation;
    for (const QPointer<RegistryCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    m_calls.clear();
    m_answers.clear();
}

void RegistryAccessCheck::check(qsizetype index)
{
    const quint64 generation = m_generation;
    m_connections->withClient(m_registries.at(index), this,
        [this, generation, index](Result<RegistryClient *> client) {
            if (generation != m_generation)
                return;
            if (!client) {
                answer(generation, index, {true, client.error(), {}, std::nullopt, {}});
                return;
            }
            RegistryClient *registry = *client;
            const QString username = registry->username();
            const QString allowanceRepository =
                m_allowanceOverrides.value(m_registries.at(index), pullAllowanceRepository(m_registries.at(index)));
            m_calls.append(registry->checkLogin(
                this, [this, generation, index, username, allowanceRepository, client = QPointer(registry)](
                          const Result<void> &checked) {
                    if (!checked || allowanceRepository.isEmpty() || !client) {
                        answer(generation, index,
                               {true, checked ? std::nullopt : std::optional(checked.error()), username, std::nullopt, {}});
                        return;
                    }
                    m_calls.append(client->checkPullAllowance(
                        allowanceRepository, u"latest"_s, this,
                        [this, generation, index, username](const Result<PullAllowance> &allowance) {
                            Answer done{true, std::nullopt, username, std::nullopt, {}};
                            if (allowance)
                                done.allowance = *allowance;
                            else
                                done.allowanceProblem = allowance.error().message();
                            answer(generation, index, std::move(done));
                        }));
                }));
        });
}

void RegistryAccessCheck::answer(quint64 generation, qsizetype index, Answer answer)
{
    if (generation != m_generation || index >= m_answers.size())
        return;
    m_answers[index] = std::move(answer);
    for (const Answer &each : std::as_const(m_answers)) {
        if (!each.done)
            return;
    }
    evaluate();
}

void RegistryAccessCheck::evaluate()
{
    QStringList evidence;
    QStringList answering;
    std::optional<Error> firstFailure;
    int failed = 0;
    QString exhausted; // a registry with no pulls left
    QString lowOn;     // one with less than a tenth left
    for (qsizetype index = 0; index < m_registries.size(); ++index) {
        const QString &registry = m_registries.at(index);
        const Answer &each = m_answers.at(index);
        if (each.failure) {
            ++failed;
            if (!firstFailure)
                firstFailure = each.failure;
            evidence << tr("%1: %2").arg(registry, each.failure->message());
        } else {
            answering << registry;
            evidence << (each.username.isEmpty() ? tr("%1: answers (no login saved; anonymous)").arg(registry)
                                                 : tr("%1: answers and accepts the login of %2").arg(registry, each.username));
            if (each.allowance && each.allowance->isKnown()) {
                evidence << tr("%1: %2 (pull rate limit)").arg(registry, each.allowance->describe());
                if (each.allowance->remaining == 0 && exhausted.isEmpty())
                    exhausted = registry;
                else if (each.allowance->remaining * 10 < each.allowance->limit && lowOn.isEmpty())
                    lowOn = registry;
            } else if (each.allowance) {
                evidence << tr("%1: no pull rate limit announced").arg(registry);
            } else if (!each.allowanceProblem.isEmpty()) {
                evidence << tr("%1: the pull allowance could not be read: %2").arg(registry, each.allowanceProblem);
            }
        }
    }

    CheckResult result;
    if (!firstFailure && !exhausted.isEmpty()) {
        result = makeResult(CheckStatus::Failed, tr("%1 allows no more pulls for now (pull rate limit).").arg(exhausted));
        applyCatalogueFix(result, u"dockerhub-rate-limit"_s);
    } else if (!firstFailure && !lowOn.isEmpty()) {
        result = makeResult(CheckStatus::Warning,
                            tr("%1 allows only a few more pulls for now (pull rate limit).").arg(lowOn));
        applyCatalogueFix(result, u"dockerhub-rate-limit"_s);
    } else if (!firstFailure) {
        result = makeResult(CheckStatus::Ok, answering.size() == 1 ? tr("%1 answers.").arg(answering.constFirst())
                                                                   : tr("All %1 registries answer.").arg(answering.size()));
    } else {
        result = makeResult(CheckStatus::Failed,
                            failed == 1 ? firstFailure->message()
                                        : tr("%1 of %2 registries fail. The first: %3")
                                              .arg(failed)
                                              .arg(m_registries.size())
                                              .arg(firstFailure->message()));
        applyCatalogueFix(result, *firstFailure);
    }
    result.evidence = evidence;
    m_calls.clear();
    finish(result);
}

} // namespace Wharf
