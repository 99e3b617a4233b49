// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticReport.h"

#include "base/ShellQuote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::DiagnosticReport)
};

// A code fence longer than any run of backticks in the text, so file content cannot end it.
QString fenceFor(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}

// Text that goes into Markdown prose: one line, no HTML, no accidental emphasis or links.
// `code spans` (the fix texts name commands that way) stay as they are; an unpaired
// backtick is escaped.
QString inlineText(const QString &text)
{
    static const QRegularExpression special(u"([\\\\*_\\[\\]<>#|!])"_s);
    const auto escape = [](QString prose) { return prose.replace(special, u"\\\\1"_s); };
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    const qsizetype backticks = line.count(u'`');
    qsizetype seen = 0;
    bool inCode = false;
    QString out;
    QString segment;
    for (const QChar c : std::as_const(line)) {
        if (c != u'`') {
            segment += c;
            continue;
        }
        ++seen;
        out += inCode ? segment : escape(segment);
        segment.clear();
        if (!inCode && seen == backticks) {
            out += u"\\`"_s; // the last one has no partner
            continue;
        }
        out += c;
        inCode = !inCode;
    }
    out += inCode ? segment : escape(segment);
    return out;
}

} // namespace

DiagnosticReport::DiagnosticReport(QList<CheckResult> results)
    : m_results(std::move(results))
{ }

void DiagnosticReport::setHost(const QString &os, const QString &architecture)
{
    m_os = os;
    m_architecture = architecture;
}

int DiagnosticReport::count(CheckStatus status) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
        [status](const CheckResult &result) { return result.status == status; }));
}

QString DiagnosticReport::summaryLine() const
{
    QStringList parts;
    if (const int failed = count(CheckStatus::Failed))
        parts.append(Tr::tr("%n failed", nullptr, failed));
    if (const int warnings = count(CheckStatus::Warning))
        parts.append(warnings == 1 ? Tr::tr("1 warning") : Tr::tr("%n warnings", nullptr, warnings));
    parts.append(Tr::tr("%n OK", nullptr, count(CheckStatus::Ok)));
    if (const int notApplicable = count(CheckStatus::NotApplicable))
        parts.append(Tr::tr("%n not applicable", nullptr, notApplicable));
    if (const int cancelled = count(CheckStatus::Cancelled))
        parts.append(Tr::tr("%n cancelled", nullptr, cancelled));
    return parts.join(u", "_s);
}

QJsonObject DiagnosticReport::toJson(const CheckResult &result) const
{
    QJsonArray commands;
    for (const QStringList &command : result.fixCommands)
        commands.append(QJsonArray::fromStringList(m_redactor.redact(command)));
    QJsonObject object {
        { u"id"_s, result.id },
        { u"group"_s, checkGroupName(result.group) },
        { u"title"_s, m_redactor.redact(result.title) },
        { u"status"_s, checkStatusName(result.status) },
        { u"summary"_s, m_redactor.redact(result.summary) },
        { u"evidence"_s, QJsonArray::fromStringList(m_redactor.redact(result.evidence)) },
        { u"fixSteps"_s, QJsonArray::fromStringList(m_redactor.redact(result.fixSteps)) },
        { u"fixCommands"_s, commands },
        { u"catalogueId"_s,
            result.catalogueId.isEmpty() ? QJsonValue() : QJsonValue(result.catalogueId) },
        { u"elapsedMs"_s, result.elapsedMs },
    };
    return object;
}

QJsonObject DiagnosticReport::toJson() const
{
    QJsonArray checks;
    for (const CheckResult &result : m_results)
        checks.append(toJson(result));
    return QJsonObject {
        { u"wharfVersion"_s, QStringLiteral(WHARF_VERSION) },
        { u"generatedAt"_s,
            m_generatedAt.isValid() ? QJsonValue(m_generatedAt.toUTC().toString(Qt::ISODate))
                                    : QJsonValue() },
        { u"symptom"_s, m_symptom ? QJsonValue(symptomId(*m_symptom)) : QJsonValue() },
        { u"host"_s, QJsonObject { { u"os"_s, m_os }, { u"architecture"_s, m_architecture } } },
        { u"summary"_s,
            QJsonObject { { u"ok"_s, count(CheckStatus::Ok) },
                { u"warning"_s, count(CheckStatus::Warning) },
                { u"failed"_s, count(CheckStatus::Failed) },
                { u"notApplicable"_s, count(CheckStatus::NotApplicable) },
                { u"cancelled"_s, count(CheckStatus::Cancelled) } } },
        { u"checks"_s, checks },
    };
}

QString DiagnosticReport::toMarkdown() const
{
    QString out;
    out += u"# "_s + Tr::tr("Wharf diagnostics report") + u"\n\n"_s;
    QStringList facts;
    facts.append(Tr::tr("Wharf %1").arg(QStringLiteral(WHARF_VERSION)));
    if (!m_os.isEmpty() || !m_architecture.isEmpty())
        facts.append(u"%1 %2"_s.arg(m_os, m_architecture).trimmed());
    if (m_generatedAt.isValid())
        facts.append(m_generatedAt.toUTC().toString(Qt::ISODate));
    if (m_symptom)
        facts.append(Tr::tr("symptom: %1").arg(symptomTitle(*m_symptom)));
    out += inlineText(facts.join(u" · "_s)) + u"\n\n"_s;
    out += u"**"_s + Tr::tr("Summary:") + u"** "_s + inlineText(summaryLine()) + u"\n"_s;

    for (const CheckGroup group : allCheckGroups()) {
        QList<const CheckResult *> inGroup;
        for (const CheckResult &result : m_results) {
            if (result.group == group)
                inGroup.append(&result);
        }
        if (inGroup.isEmpty())
            continue;
        out += u"\n## "_s + inlineText(checkGroupTitle(group)) + u"\n"_s;
        for (const CheckResult *result : std::as_const(inGroup)) {
            out += u"\n### "_s + inlineText(m_redactor.redact(result->title)) + u": **"_s
                + checkStatusLabel(result->status).toUpper() + u"**\n\n"_s;
            out += inlineText(m_redactor.redact(result->summary)) + u"\n"_s;
            if (!result->evidence.isEmpty()) {
                const QString evidence = m_redactor.redact(result->evidence).join(u'\n');
                const QString fence = fenceFor(evidence);
                out += u"\n"_s + Tr::tr("Evidence:") + u"\n\n"_s + fence + u"\n"_s + evidence + u"\n"_s
                    + fence + u"\n"_s;
            }
            if (!result->fixSteps.isEmpty()) {
                out += u"\n"_s + Tr::tr("How to fix it:") + u"\n\n"_s;
                int number = 0;
                for (const QString &step : result->fixSteps)
                    out += u"%1. "_s.arg(++number) + inlineText(m_redactor.redact(step)) + u"\n"_s;
            }
            if (!result->fixCommands.isEmpty()) {
                QStringList lines;
                for (const QStringList &command : result->fixCommands)
                    lines.append(ShellQuote::join(m_redactor.redact(command)));
                const QString commands = lines.join(u'\n');
                const QString fence = fenceFor(commands);
                out += u"\n"_s + fence + u"sh\n"_s + commands + u"\n"_s + fence + u"\n"_s;
            }
            if (!result->catalogueId.isEmpty())
                out += u"\n"_s + Tr::tr("Known error: `%1`").arg(result->catalogueId) + u"\n"_s;
        }
    }
    return out;
}

} // namespace Wharf
