// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KnownErrorAction.h"
#include "KnownErrorLink.h"
#include "Symptom.h"
#include "base/Error.h"
#include "base/Result.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringList>
#include <optional>

namespace Wharf {

// One entry of the known-error catalogue: how to recognise a failure (patterns on the stable
// part of its message, or Wharf's own error codes) and what to tell the user (title = what
// went wrong, cause = why, fix = the steps), with links and safe one-click actions.
class KnownError
{
public:
    // Limits that keep a hostile catalogue from costing much.
    static constexpr qsizetype MaximumPatterns = 32;
    static constexpr qsizetype MaximumPatternLength = 1000;

    // Reads and validates one entry: a kebab-case id, non-empty title, cause and fix steps, at
    // least one pattern or error code, every pattern a valid regular expression that cannot
    // match empty text. Patterns are compiled here, once, case-insensitively. The error says
    // what is wrong; the catalogue adds which entry.
    static Result<KnownError> fromJson(const QJsonValue &value);

    const QString &id() const { return m_id; }
    const QList<QRegularExpression> &patterns() const { return m_patterns; }
    const QString &title() const { return m_title; }
    const QString &cause() const { return m_cause; }
    const QStringList &fixSteps() const { return m_fix; }
    const QList<KnownErrorLink> &links() const { return m_links; }
    const QList<KnownErrorAction> &actions() const { return m_actions; }
    const QList<ErrorCode> &errorCodes() const { return m_errorCodes; }
    // What the user would pick in the troubleshooting wizard for this failure, if the entry says.
    std::optional<Symptom> symptom() const { return m_symptom; }

    // The longest match of any pattern in text (the first match of each pattern is
    // compared); no match when none applies. ErrorCatalogue passes
    // DontCheckSubjectStringMatchOption for text it has cleaned of lone surrogates, which
    // spares the engine a validity scan of the whole text per pattern; never pass it for
    // other text.
    QRegularExpressionMatch bestMatch(const QString &text,
        QRegularExpression::MatchOptions options = QRegularExpression::NoMatchOption) const;

private:
    QString m_id;
    QList<QRegularExpression> m_patterns;
    QString m_title;
    QString m_cause;
    QStringList m_fix;
    QList<KnownErrorLink> m_links;
    QList<KnownErrorAction> m_actions;
    QList<ErrorCode> m_errorCodes;
    std::optional<Symptom> m_symptom;
};

} // namespace Wharf
