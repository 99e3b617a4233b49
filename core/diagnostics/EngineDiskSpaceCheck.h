// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"

#include <QPointer>

namespace Wharf {

class Engine;
class EngineManager;

// Free space where each local engine keeps its images and containers (DockerRootDir from
// /info). A full disk makes pulls fail halfway ("no space left on device"). Engines in a VM
// (Docker Desktop) or on another machine keep their data out of reach: said, not guessed.
class EngineDiskSpaceCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    explicit EngineDiskSpaceCheck(const QString &explicitHost = {}, QObject *parent = nullptr);
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Engines; }
    QString title() const override;

    // Below this much free space (or 5 % of the file system) is a warning; below a fifth of
    // it, a failure. 5 GiB by default: a CMSSW image alone is several.
    void setMinimumFreeBytes(qint64 bytes) { m_minimumFreeBytes = bytes; }

protected:
    void run() override;
    void abandon() override;

private:
    void readInfo(const QList<Engine *> &ready);
    void conclude();

    QString m_explicitHost;
    qint64 m_minimumFreeBytes = qint64(5) << 30;
    QPointer<EngineManager> m_manager;
    int m_pending = 0;
    CheckStatus m_worst = CheckStatus::NotApplicable;
    QStringList m_evidence;
    QStringList m_commands; // the prune command of each engine that is short of space
};

} // namespace Wharf
