// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"
#include "PathProbeResult.h"

#include <QList>
#include <QStringList>
#include <chrono>
#include <optional>

class QTimer;

namespace Wharf {

class PathProbe;

// /cvmfs is present and each chosen repository answers within a time limit. Touching
// /cvmfs/REPO makes autofs mount it, and a CVMFS client without a working proxy can then
// block for minutes: every path is looked at by a PathProbe on a thread of its own, and one
// that has not answered after repositoryTimeout() is reported as "no answer within N s"
// (its thread is abandoned, never joined).
class CvmfsMountCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultRepositoryTimeout { 8000 };

    explicit CvmfsMountCheck(QObject *parent = nullptr);
    ~CvmfsMountCheck() override;

    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Cvmfs; }
    QString title() const override;

    static QStringList defaultRepositories(); // cms.cern.ch, unpacked.cern.ch
    // Names that are not a single plain path component ("../etc", "a/b", "") are dropped.
    void setRepositories(const QStringList &repositories);
    const QStringList &repositories() const { return m_repositories; }
    void setRepositoryTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds repositoryTimeout() const { return m_timeout; }

    static bool isValidRepositoryName(const QString &name);

protected:
    void run() override;
    void abandon() override;

private:
    void onAnswer(qsizetype index, const PathProbeResult &result);
    void evaluate();
    QString describe(const PathProbeResult &result) const;

    QStringList m_repositories;
    std::chrono::milliseconds m_timeout = DefaultRepositoryTimeout;
    QList<PathProbe *> m_probes; // [0] is /cvmfs, then one per repository
    QList<std::optional<PathProbeResult>> m_answers;
    QTimer *m_timer = nullptr;
};

} // namespace Wharf
