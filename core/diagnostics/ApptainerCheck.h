// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandOutput.h"
#include "DiagnosticCheck.h"

#include <QPointer>
#include <chrono>

namespace Wharf {

class CommandCall;

// Apptainer (or Singularity) on the PATH, its version (`--version` through the
// CommandRunner), the registry login command of that version, and a cache directory
// (APPTAINER_CACHEDIR, SINGULARITY_CACHEDIR, else ~/.apptainer/cache) that is not on AFS,
// where image conversion fails or fills the quota. NotApplicable when absent, with how to
// get it.
class ApptainerCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultVersionTimeout { 10000 };

    using DiagnosticCheck::DiagnosticCheck;
    QString id() const override;
    CheckGroup group() const override { return CheckGroup::Apptainer; }
    QString title() const override;

    void setVersionTimeout(std::chrono::milliseconds timeout) { m_versionTimeout = timeout; }

    // Whether a path lies on AFS (/afs or below).
    static bool isOnAfs(const QString &path);

protected:
    void run() override;
    void abandon() override;

private:
    void evaluate(const QString &program, const Result<CommandOutput> &output);

    std::chrono::milliseconds m_versionTimeout = DefaultVersionTimeout;
    QPointer<CommandCall> m_call;
};

} // namespace Wharf
