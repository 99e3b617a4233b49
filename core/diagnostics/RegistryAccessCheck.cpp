// SPDX-License-Identifier: Apache-2.0
#include "RegistryAccessCheck.h"

#include "registry/RegistryCall.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryConnections.h"

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
                answer(generation, index, { true, client.error(), {} });
                return;
            }
            RegistryClient *registry = *client;
            const QString username = registry->username();
            m_calls.append(registry->checkLogin(this, [this, generation, index, username](const Result<void> &checked) {
                answer(generation, index, { true, checked ? std::nullopt : std::optional(checked.error()), username });
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
        }
    }

    CheckResult result;
    if (!firstFailure) {
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
