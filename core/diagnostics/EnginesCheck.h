// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

#include <QPointer>

namespace Wharf {

class EngineManager;

// Every container engine Wharf discovers answers: the same discovery and probe as the window
// (setting, DOCKER_HOST, context, CONTAINER_HOST, well-known sockets), one evidence line per
// engine. A failure's fix comes from the known-error catalogue, so the wizard, the inline
// message and `wharf diagnose` give the same advice (socket group, daemon stopped, ...).
class EnginesCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    // explicitHost: Wharf's engine setting, empty when not set.
    explicit EnginesCheck(const QString &explicitHost = {}, QObject *parent = nullptr);
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Engines; }
    QString title() const override;

protected:
    void run() override;
    void abandon() override;

private:
    void evaluate();

    QString m_explicitHost;
    QPointer<EngineManager> m_manager;
};

} // namespace Wharf
