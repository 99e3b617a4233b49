// SPDX-License-Identifier: Apache-2.0
#include "TroubleshootingWizard.h"

#include "CheckProgressWizardPage.h"
#include "ResultsWizardPage.h"
#include "SymptomWizardPage.h"
#include "diagnostics/CheckRunner.h"
#include "diagnostics/DiagnosticSuite.h"
#include "models/CheckResultModel.h"

using namespace Qt::StringLiterals;

namespace Wharf {

TroubleshootingWizard::TroubleshootingWizard(QWidget *parent)
    : QWizard(parent)
    , m_runner(new CheckRunner(this))
    , m_model(new CheckResultModel(this))
    , m_symptomPage(new SymptomWizardPage(this))
    , m_progressPage(new CheckProgressWizardPage(this))
    , m_resultsPage(new ResultsWizardPage(this))
{
    setObjectName(u"troubleshootingWizard"_s);
    setWindowTitle(tr("Troubleshooting"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_model->attach(m_runner);
    setPage(SymptomPageId, m_symptomPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(ResultsPageId, m_resultsPage);
    setStartId(SymptomPageId);
    resize(780, 600);
}

// Outstanding checks are abandoned (never joined) when the runner goes.
TroubleshootingWizard::~TroubleshootingWizard()
{
    // The runner deletes its checks when it goes, and the model, attached to it, resets: with
    // the children deleted in creation order that would reach this object's slots after its
    // own destructor ran. The model goes first, while this object is whole.
    delete m_model;
}

void TroubleshootingWizard::setEnvironment(const HostEnvironment &environment)
{
    m_environment = environment;
}

HostEnvironment TroubleshootingWizard::environment() const
{
    if (!m_environment)
        m_environment = HostEnvironment::fromSystem();
    return *m_environment;
}

void TroubleshootingWizard::setOptions(const DiagnosticOptions &options)
{
    m_options = options;
    m_checksFor.reset(); // the next run makes its checks with these options
}

void TroubleshootingWizard::setCheckTimeout(std::chrono::milliseconds timeout)
{
    m_runner->setTimeout(timeout);
}

void TroubleshootingWizard::setEngineLinesProvider(DiagnosticsExport::EngineLinesProvider provider)
{
    m_engineLines = std::move(provider);
}

void TroubleshootingWizard::preselectSymptom(std::optional<Symptom> symptom)
{
    m_symptomPage->setSymptom(symptom);
}

std::optional<Symptom> TroubleshootingWizard::symptom() const
{
    return m_symptomPage->symptom();
}

void TroubleshootingWizard::startChecks()
{
    m_runner->cancel();
    const std::optional<Symptom> chosen = symptom();
    if (!m_checksFor || *m_checksFor != chosen) {
        m_runner->setChecks(DiagnosticSuite::createFor(chosen, m_options));
        m_model->refreshChecks();
        m_checksFor = chosen;
    }
    m_runner->start(environment());
}

DiagnosticReport TroubleshootingWizard::report() const
{
    return DiagnosticsExport::report(m_runner->results(), symptom(), environment());
}

bool TroubleshootingWizard::saveBundle(const QString &path)
{
    return m_resultsPage->saveBundle(path);
}

} // namespace Wharf
