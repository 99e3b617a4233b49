// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticsExport.h"
#include "diagnostics/DiagnosticOptions.h"
#include "diagnostics/DiagnosticReport.h"
#include "diagnostics/HostEnvironment.h"
#include "diagnostics/Symptom.h"

#include <QWizard>
#include <chrono>
#include <optional>

namespace Wharf {

class CheckProgressWizardPage;
class CheckResultModel;
class CheckRunner;
class ResultsWizardPage;
class SymptomWizardPage;

// "What is wrong?" -> the checks that matter for it, with live progress -> what Wharf found,
// problems first, each with its fix and the commands to copy; Re-run, Copy Report and Save
// Diagnostics Bundle. Opened from the Troubleshooting page and from any error message
// (through TroubleshootingLauncher), with the error's symptom preselected.
class TroubleshootingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SymptomPageId, ProgressPageId, ResultsPageId };

    explicit TroubleshootingWizard(QWidget *parent = nullptr);
    ~TroubleshootingWizard() override;

    // What the checks read; the real computer (HostEnvironment::fromSystem) when not set.
    void setEnvironment(const HostEnvironment &environment);
    HostEnvironment environment() const;
    void setOptions(const DiagnosticOptions &options);
    const DiagnosticOptions &options() const { return m_options; }
    void setCheckTimeout(std::chrono::milliseconds timeout);
    void setEngineLinesProvider(DiagnosticsExport::EngineLinesProvider provider);
    const DiagnosticsExport::EngineLinesProvider &engineLinesProvider() const { return m_engineLines; }

    // Selects a symptom on the first page (nothing for none).
    void preselectSymptom(std::optional<Wharf::Symptom> symptom);
    // The symptom chosen on the first page.
    std::optional<Symptom> symptom() const;

    CheckRunner *runner() const { return m_runner; }
    CheckResultModel *model() const { return m_model; }
    SymptomWizardPage *symptomPage() const { return m_symptomPage; }
    CheckProgressWizardPage *progressPage() const { return m_progressPage; }
    ResultsWizardPage *resultsPage() const { return m_resultsPage; }

    // Runs the checks of the chosen symptom (again; new checks when the symptom changed).
    void startChecks();
    // The results so far as a report (symptom, host, time).
    DiagnosticReport report() const;
    // Writes the diagnostics bundle to path and says so on the results page.
    bool saveBundle(const QString &path);

private:
    mutable std::optional<HostEnvironment> m_environment;
    DiagnosticOptions m_options;
    DiagnosticsExport::EngineLinesProvider m_engineLines;
    CheckRunner *m_runner;
    CheckResultModel *m_model;
    SymptomWizardPage *m_symptomPage;
    CheckProgressWizardPage *m_progressPage;
    ResultsWizardPage *m_resultsPage;
    // The symptom the runner's checks were made for; nothing before the first run.
    std::optional<std::optional<Symptom>> m_checksFor;
};

} // namespace Wharf
