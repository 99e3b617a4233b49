// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"
#include "launch/AutomounterSettings.h"

#include <QPointer>

namespace Wharf {

class Engine;

class EngineManager;

// The cvmfs-automounter container's state on each engine (issue 6: "the automounter container
// state"): running is fine; created, exited, restarting or paused means every container
// started with the automounter strategy has no /cvmfs, and the fix is to start it again (and
// read its log). No such container anywhere: not applicable, only that strategy uses one.
// Recognised by name or image as the Containers page does (AutomounterSettings::isAutomounter).
class AutomounterContainerCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    AutomounterContainerCheck(const QString &explicitHost, const AutomounterSettings &automounter,
                              QObject *parent = nullptr);
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Cvmfs; }
    QString title() const override;

protected:
    void run() override;
    void abandon() override;

private:
    void listEngines(const QList<Engine *> &ready);
    void done();
    void conclude();

    QString m_explicitHost;
    AutomounterSettings m_automounter;
    QPointer<EngineManager> m_manager;
    int m_pending = 0;
    int m_running = 0;
    int m_stopped = 0;
    QStringList m_evidence;
    QList<QStringList> m_startCommands;
};

} // namespace Wharf
