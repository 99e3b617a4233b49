// SPDX-License-Identifier: Apache-2.0
#include "KnownError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::KnownError)
};

constexpr qsizetype MaximumTextLength = 4000;
constexpr qsizetype MaximumListSize = 32;

Error problem(const QString &message)
{
    return Error(ErrorCode::ParseError, message);
}

// A required, non-blank text member.
Result<QString> requiredText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return problem(Tr::tr("\"%1\" is missing").arg(key));
    if (!value.isString())
        return problem(Tr::tr("\"%1\" is not a string").arg(key));
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return problem(Tr::tr("\"%1\" is empty").arg(key));
    if (text.size() > MaximumTextLength)
        return problem(
            Tr::tr("\"%1\" is longer than %2 characters").arg(key).arg(MaximumTextLength));
    return text;
}

// An optional array member: missing gives an empty array, anything but an array is an error.
Result<QJsonArray> optionalArray(const QJsonObject &object, const QString &key, qsizetype maximum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return problem(Tr::tr("\"%1\" is not an array").arg(key));
    const QJsonArray array = value.toArray();
    if (array.size() > maximum)
        return problem(Tr::tr("\"%1\" has more than %2 elements").arg(key).arg(maximum));
    return array;
}

std::optional<ErrorCode> errorCodeNamed(const QString &name)
{
    // ErrorCode is contiguous from None; codeName() answers "unknown" past the last one, so a
    // code added to Error.h is known here without a second list.
    for (int i = 0; i < 256; ++i) {
        const auto code = static_cast<ErrorCode>(i);
        const QString candidate = Error::codeName(code);
        if (candidate == u"unknown"_s)
            break;
        if (candidate == name && code != ErrorCode::None)
            return code;
    }
    return std::nullopt;
}

} // namespace

Result<KnownError> KnownError::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return problem(Tr::tr("it is not a JSON object"));
    const QJsonObject object = value.toObject();
    KnownError entry;

    const Result<QString> id = requiredText(object, u"id"_s);
    if (!id)
        return id.error();
    static const QRegularExpression kebab(u"^[a-z0-9]+(?:-[a-z0-9]+)*$"_s);
    if (id->size() > 100 || !kebab.match(*id).hasMatch())
        return problem(Tr::tr("the id \"%1\" is not kebab-case (lower-case words joined by \"-\")")
                           .arg(id->left(100)));
    entry.m_id = *id;

    // Translation: title, cause, fix steps (and action labels) are catalogue data; the
    // translation issue will translate them where they are read here.
    for (const auto &[key, target] :
        { std::pair { u"title"_s, &entry.m_title }, std::pair { u"cause"_s, &entry.m_cause } }) {
        const Result<QString> text = requiredText(object, key);
        if (!text)
            return text.error();
        *target = *text;
    }

    const QJsonValue fix = object.value(u"fix"_s);
    if (!fix.isArray() || fix.toArray().isEmpty())
        return problem(Tr::tr("\"fix\" is not a non-empty array of steps"));
    if (fix.toArray().size() > MaximumListSize)
        return problem(Tr::tr("\"fix\" has more than %1 steps").arg(MaximumListSize));
    for (const QJsonValue &step : fix.toArray()) {
        if (!step.isString() || step.toString().trimmed().isEmpty()
            || step.toString().size() > MaximumTextLength)
            return problem(Tr::tr("a step of \"fix\" is not a non-empty string"));
        entry.m_fix.append(step.toString());
    }

    const Result<QJsonArray> patterns = optionalArray(object, u"patterns"_s, MaximumPatterns);
    if (!patterns)
        return patterns.error();
    for (const QJsonValue &pattern : *patterns) {
        if (!pattern.isString())
            return problem(Tr::tr("a pattern is not a string"));
        const QString text = pattern.toString();
        if (text.isEmpty())
            return problem(Tr::tr("a pattern is empty"));
        if (text.size() > MaximumPatternLength)
            return problem(
                Tr::tr("a pattern is longer than %1 characters").arg(MaximumPatternLength));
        QRegularExpression expression(text, QRegularExpression::CaseInsensitiveOption);
        if (!expression.isValid()) {
            return problem(
                Tr::tr("the pattern \"%1\" is not a valid regular expression: %2 at offset %3")
                    .arg(text.left(200), expression.errorString())
                    .arg(expression.patternErrorOffset()));
        }
        // A pattern that can match nothing at all (a*, \b, a lookahead) would match every text.
        const QRegularExpressionMatch onProbe = expression.match(u"probe Text_0 -\n"_s);
        if (expression.match(QString()).hasMatch()
            || (onProbe.hasMatch() && onProbe.capturedLength(0) == 0))
            return problem(Tr::tr("the pattern \"%1\" matches empty text").arg(text.left(200)));
        expression.optimize(); // compile (with JIT where available) now, once
        entry.m_patterns.append(expression);
    }

    const Result<QJsonArray> codes = optionalArray(object, u"errorCodes"_s, MaximumListSize);
    if (!codes)
        return codes.error();
    for (const QJsonValue &code : *codes) {
        const std::optional<ErrorCode> known = errorCodeNamed(code.toString());
        if (!code.isString() || !known)
            return problem(
                Tr::tr("\"%1\" is not an error code of Wharf").arg(code.toString().left(100)));
        if (!entry.m_errorCodes.contains(*known))
            entry.m_errorCodes.append(*known);
    }
    if (entry.m_patterns.isEmpty() && entry.m_errorCodes.isEmpty())
        return problem(
            Tr::tr("it has neither a pattern nor an error code, so nothing can match it"));

    const Result<QJsonArray> links = optionalArray(object, u"links"_s, MaximumListSize);
    if (!links)
        return links.error();
    for (const QJsonValue &link : *links) {
        const QJsonObject linkObject = link.toObject();
        const QString title = linkObject.value(u"title"_s).toString();
        const QString url = linkObject.value(u"url"_s).toString();
        const QUrl parsed(url, QUrl::StrictMode);
        if (!link.isObject() || title.trimmed().isEmpty() || !parsed.isValid()
            || parsed.scheme() != u"https"_s || parsed.host().isEmpty()
            || title.size() > MaximumTextLength || url.size() > MaximumTextLength)
            return problem(
                Tr::tr("a link is not a {\"title\", \"url\"} object with an https address"));
        entry.m_links.append({ title, url });
    }

    const Result<QJsonArray> actions = optionalArray(object, u"actions"_s, MaximumListSize);
    if (!actions)
        return actions.error();
    for (const QJsonValue &actionValue : *actions) {
        const Result<KnownErrorAction> action = KnownErrorAction::fromJson(actionValue);
        if (!action)
            return action.error();
        entry.m_actions.append(*action);
    }

    const QJsonValue symptom = object.value(u"symptom"_s);
    if (!symptom.isUndefined() && !symptom.isNull()) {
        const std::optional<Symptom> known = symptomFromId(symptom.toString());
        if (!symptom.isString() || !known)
            return problem(
                Tr::tr("the symptom \"%1\" is unknown").arg(symptom.toString().left(100)));
        entry.m_symptom = *known;
    }
    return entry;
}

QRegularExpressionMatch KnownError::bestMatch(
    const QString &text, QRegularExpression::MatchOptions options) const
{
    QRegularExpressionMatch best;
    for (const QRegularExpression &pattern : m_patterns) {
        QRegularExpressionMatch match
            = pattern.match(text, 0, QRegularExpression::NormalMatch, options);
        // Validation rejects patterns that match empty text; this keeps a miss a miss anyway.
        if (match.hasMatch() && match.capturedLength(0) > 0
            && (!best.hasMatch() || match.capturedLength(0) > best.capturedLength(0)))
            best = std::move(match);
    }
    return best;
}

} // namespace Wharf
