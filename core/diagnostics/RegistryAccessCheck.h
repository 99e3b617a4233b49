// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"
#include "base/Error.h"
#include "registry/PullAllowance.h"

#include <QHash>

#include <QPointer>
#include <QStringList>
#include <optional>

namespace Wharf {

class RegistryCall;
class RegistryConnections;

// Each of the user's registries answers, over verified TLS (or the transport the user
// allowed), and accepts the saved login: the same client and login the Registries page uses,
// asked what `docker login` asks (GET /v2/ with the credential). One evidence line per
// registry; the first failure's fix comes from the known-error catalogue (unknown host,
// certificate, wrong password, rate limit...). For Docker Hub it also reads the pull
// allowance (RateLimit-* headers of a HEAD, which Docker Hub does not count): none left
// fails, less than a tenth left warns.
class RegistryAccessCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    RegistryAccessCheck(const QStringList &registries, RegistryConnections *connections,
        QObject *parent = nullptr);
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Registries; }
    QString title() const override;

    // The repository whose manifest is asked for the pull allowance of `registry`:
    // "ratelimitpreview/test" (Docker's own probe) for Docker Hub, none for the others.
    static QString pullAllowanceRepository(const QString &registry);
    // Tests: ask `registry` (a stand-in for Docker Hub) with `repository` instead.
    void setPullAllowanceRepository(const QString &registry, const QString &repository)
    {
        m_allowanceOverrides.insert(registry, repository);
    }

protected:
    void run() override;
    void abandon() override;

private:
    struct Answer
    {
        bool done = false;
        std::optional<Error> failure;
        QString username; // the login that was checked; empty: anonymous
        std::optional<PullAllowance> allowance; // Docker Hub: the pulls left
        QString allowanceProblem;               // why the allowance could not be read
    };

    void check(qsizetype index);
    void answer(quint64 generation, qsizetype index, Answer answer);
    void evaluate();

    QStringList m_registries;
    QPointer<RegistryConnections> m_connections;
    // Bumped by abandon(): answers of an earlier run are dropped.
    quint64 m_generation = 0;
    QList<QPointer<RegistryCall>> m_calls;
    QList<Answer> m_answers;
    QHash<QString, QString> m_allowanceOverrides;
};

} // namespace Wharf
