// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandOutput.h"
#include "DiagnosticCheck.h"

#include <QPointer>

namespace Wharf {

class CommandCall;
class Engine;
class EngineManager;

// Whether each engine can start a --privileged container, as the cvmfs-automounter needs.
// Some cannot: an engine that itself runs without every capability (nested in a container, a
// restricted CI machine) fails with "unable to apply caps: operation not permitted". The
// check asks the engine's own CLI to start a privileged container from an image it already
// has, with an entry point that does not exist: the runtime applies the privileges first, so
// "no such file" means they were granted, and nothing of the image ever runs. The container
// is removed (--rm) and has no network.
class PrivilegedContainersCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    explicit PrivilegedContainersCheck(const QString &explicitHost = {}, QObject *parent = nullptr);
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Engines; }
    QString title() const override;

    // The entry point the trial container is given; it must not exist in any image.
    static QString probeEntryPoint();

protected:
    void run() override;
    void abandon() override;

private:
    void tryEngines(const QList<Engine *> &ready);
    void tryEngine(Engine *engine, const QString &image);
    void judge(const QString &name, const Result<CommandOutput> &output);
    void done();
    void conclude();

    QString m_explicitHost;
    QPointer<EngineManager> m_manager;
    QList<QPointer<CommandCall>> m_calls;
    int m_pending = 0;
    CheckStatus m_worst = CheckStatus::NotApplicable;
    QStringList m_evidence;
    bool m_refused = false;
};

} // namespace Wharf
