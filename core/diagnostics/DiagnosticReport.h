// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CheckResult.h"
#include "Redactor.h"
#include "Symptom.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Wharf {

// The results of a diagnosis as a report: Markdown for "Copy report" (to paste into a ticket
// or a chat) and JSON for `wharf diagnose --json` and the diagnostics bundle. Every string
// passes through the Redactor first.
class DiagnosticReport
{
public:
    explicit DiagnosticReport(QList<CheckResult> results = {});

    void setResults(QList<CheckResult> results) { m_results = std::move(results); }
    const QList<CheckResult> &results() const { return m_results; }
    void setSymptom(std::optional<Symptom> symptom) { m_symptom = symptom; }
    void setGeneratedAt(const QDateTime &time) { m_generatedAt = time; }
    // "linux", "x86_64": what the report was made on.
    void setHost(const QString &os, const QString &architecture);
    void setRedactor(const Redactor &redactor) { m_redactor = redactor; }
    const Redactor &redactor() const { return m_redactor; }

    int count(CheckStatus status) const;
    bool hasFailures() const { return count(CheckStatus::Failed) > 0; }

    QString toMarkdown() const;
    // {"wharfVersion", "generatedAt", "symptom", "host": {"os","architecture"},
    //  "summary": {"ok","warning","failed","notApplicable","cancelled"}, "checks": [...]}
    QJsonObject toJson() const;
    // One check as JSON: {"id","group","title","status","summary","evidence","fixSteps",
    // "fixCommands","catalogueId","elapsedMs"}, redacted.
    QJsonObject toJson(const CheckResult &result) const;
    // "2 failed, 1 warning, 5 OK, 1 not applicable", translated.
    QString summaryLine() const;

private:
    QList<CheckResult> m_results;
    std::optional<Symptom> m_symptom;
    QDateTime m_generatedAt;
    QString m_os;
    QString m_architecture;
    Redactor m_redactor;
};

} // namespace Wharf
