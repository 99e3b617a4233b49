// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"
#include "base/Error.h"

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
// certificate, wrong password, rate limit...).
class RegistryAccessCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    RegistryAccessCheck(const QStringList &registries, RegistryConnections *connections,
        QObject *parent = nullptr);
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Registries; }
    QString title() const override;

protected:
    void run() override;
    void abandon() override;

private:
    struct Answer
    {
        bool done = false;
        std::optional<Error> failure;
        QString username; // the login that was checked; empty: anonymous
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
};

} // namespace Wharf
