// SPDX-License-Identifier: Apache-2.0
#include "ErrorCatalogue.h"

#include "base/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::ErrorCatalogue)
};

constexpr char16_t Escape = u'\x1b';
constexpr char16_t Bell = u'\x07';
constexpr char16_t Csi8Bit = u'\x9b';
// An OSC/DCS string without its terminator is garbage, not a sequence: stop looking after
// this many characters so it cannot swallow the rest of the text.
constexpr qsizetype MaximumStringSequence = 4096;

Error catalogueError(const QString &message)
{
    return Error(ErrorCode::ParseError, message);
}

// The text match() looks at: the last ExaminedTextLimit characters, ANSI escape sequences
// removed, CRLF and lone CR turned into LF, lone surrogates replaced; with what is needed to
// map a position back to the original.
class ExaminedText
{
public:
    explicit ExaminedText(const QString &original)
    {
        const qsizetype size = original.size();
        m_offset = size > ErrorCatalogue::ExaminedTextLimit
            ? size - ErrorCatalogue::ExaminedTextLimit
            : 0;
        m_text.reserve(size - m_offset);
        const QChar *data = original.constData();
        qsizetype i = m_offset;
        while (i < size) {
            const char16_t c = data[i].unicode();
            if (c == u'\r') {
                if (i + 1 < size && data[i + 1].unicode() == u'\n') {
                    drop(1);
                } else {
                    m_text.append(u'\n'); // a lone CR (progress lines) ends a line too
                }
                ++i;
                continue;
            }
            if (c == Escape || c == Csi8Bit) {
                const qsizetype length = escapeLength(data, i, size);
                drop(length);
                i += length;
                continue;
            }
            if (QChar::isSurrogate(c)) {
                // A pair stays; a lone half (also where the cap cut a pair) would make the
                // regular expression engine reject the whole text as invalid UTF-16.
                if (QChar::isHighSurrogate(c) && i + 1 < size && data[i + 1].isLowSurrogate()) {
                    m_text.append(data[i]);
                    m_text.append(data[i + 1]);
                    i += 2;
                } else {
                    m_text.append(QChar::ReplacementCharacter);
                    ++i;
                }
                continue;
            }
            m_text.append(data[i]);
            ++i;
        }
    }

    const QString &text() const { return m_text; }

    // Where position (in text()) is in the original string.
    qsizetype originalPosition(qsizetype position) const
    {
        const auto after = std::upper_bound(m_shifts.cbegin(), m_shifts.cend(), position,
            [](qsizetype p, const std::pair<qsizetype, qsizetype> &shift) {
                return p < shift.first;
            });
        const qsizetype removed = after == m_shifts.cbegin() ? 0 : std::prev(after)->second;
        return m_offset + position + removed;
    }

private:
    // Length of the escape sequence at i (at least 1): CSI (colours, cursor), OSC and other
    // strings ended by BEL or ST, charset designations, and two-character escapes.
    static qsizetype escapeLength(const QChar *data, qsizetype i, qsizetype size)
    {
        auto in = [&](qsizetype j, char16_t low, char16_t high) {
            return j < size && data[j].unicode() >= low && data[j].unicode() <= high;
        };
        qsizetype j = i + 1;
        if (data[i].unicode() == Csi8Bit || (j < size && data[j].unicode() == u'[')) {
            if (data[i].unicode() == Escape)
                ++j;
            while (in(j, 0x30, 0x3f))
                ++j;
            while (in(j, 0x20, 0x2f))
                ++j;
            if (in(j, 0x40, 0x7e))
                ++j;
            return j - i;
        }
        if (j >= size)
            return 1;
        const char16_t kind = data[j].unicode();
        if (kind == u']' || kind == u'P' || kind == u'X' || kind == u'^' || kind == u'_') {
            const qsizetype limit = std::min(size, j + 1 + MaximumStringSequence);
            for (qsizetype k = j + 1; k < limit; ++k) {
                if (data[k].unicode() == Bell)
                    return k + 1 - i;
                if (data[k].unicode() == Escape) {
                    if (k + 1 < size && data[k + 1].unicode() == u'\\')
                        return k + 2 - i; // ST
                    return k - i; // another escape starts: the string ends here, as terminals do
                }
            }
            return 2; // unterminated: drop only the introducer
        }
        if (in(j, 0x20, 0x2f)) { // ESC ( B and the like
            while (in(j, 0x20, 0x2f))
                ++j;
            if (in(j, 0x30, 0x7e))
                ++j;
            return j - i;
        }
        if (in(j, 0x30, 0x7e))
            return 2;
        return 1;
    }

    void drop(qsizetype count)
    {
        m_removed += count;
        const qsizetype at = m_text.size();
        if (!m_shifts.isEmpty() && m_shifts.last().first == at)
            m_shifts.last().second = m_removed;
        else
            m_shifts.append({ at, m_removed });
    }

    QString m_text;
    qsizetype m_offset = 0;
    qsizetype m_removed = 0;
    // (position in m_text, characters removed before it), in increasing order.
    QList<std::pair<qsizetype, qsizetype>> m_shifts;
};

} // namespace

Result<ErrorCatalogue> ErrorCatalogue::fromJson(const QByteArray &json)
{
    if (json.size() > MaximumJsonSize) {
        return catalogueError(
            Tr::tr("The error catalogue is larger than %1 MiB, so it was not read.")
                .arg(MaximumJsonSize / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return catalogueError(Tr::tr("The error catalogue is not valid JSON: %1 at byte %2.")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    }
    if (!document.isObject())
        return catalogueError(Tr::tr("The error catalogue is not a JSON object with \"entries\"."));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isUndefined() && version.toInt(-1) != 1)
        return catalogueError(
            Tr::tr("The error catalogue has an unknown \"version\"; this Wharf reads version 1."));
    const QJsonValue entriesValue = root.value(u"entries"_s);
    if (!entriesValue.isArray())
        return catalogueError(Tr::tr("The error catalogue has no \"entries\" array."));

    ErrorCatalogue catalogue;
    QSet<QString> ids;
    const QJsonArray entries = entriesValue.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue value = entries.at(i);
        // Name the entry by position and, when it has one, by id.
        const QString id = value.toObject().value(u"id"_s).toString().left(100);
        const QString where = id.isEmpty()
            ? Tr::tr("Entry %1 of the error catalogue").arg(i + 1)
            : Tr::tr("Entry %1 (\"%2\") of the error catalogue").arg(i + 1).arg(id);
        Result<KnownError> entry = KnownError::fromJson(value);
        if (!entry) {
            //: %1 names the entry, %2 says what is wrong with it.
            return catalogueError(Tr::tr("%1 is invalid: %2.").arg(where, entry.error().message()));
        }
        if (ids.contains(entry->id()))
            return catalogueError(
                Tr::tr("%1 is invalid: the id \"%2\" is used twice.").arg(where, entry->id()));
        ids.insert(entry->id());
        catalogue.m_entries.append(std::move(entry).value());
    }
    return catalogue;
}

const ErrorCatalogue &ErrorCatalogue::builtIn()
{
    static const ErrorCatalogue catalogue = [] {
        QFile file(u":/wharf/error-catalogue.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcDiagnostics)
                << "The built-in error catalogue is missing:" << file.errorString();
            return ErrorCatalogue();
        }
        Result<ErrorCatalogue> loaded = fromJson(file.read(MaximumJsonSize + 1));
        if (!loaded) {
            qCCritical(lcDiagnostics)
                << "The built-in error catalogue is broken:" << loaded.error().message();
            return ErrorCatalogue();
        }
        return std::move(loaded).value();
    }();
    return catalogue;
}

QList<CatalogueMatch> ErrorCatalogue::match(const QString &text) const
{
    if (m_entries.isEmpty() || text.isEmpty())
        return {};
    const ExaminedText examined(text);
    QList<CatalogueMatch> matches;
    for (const KnownError &entry : m_entries) {
        // The examined text has no lone surrogates, so the per-pattern UTF-16 check is skipped.
        const QRegularExpressionMatch found = entry.bestMatch(
            examined.text(), QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!found.hasMatch())
            continue;
        matches.append(
            { entry, found.captured(0), examined.originalPosition(found.capturedStart(0)) });
    }
    // Stable: equal lengths keep catalogue order.
    std::stable_sort(
        matches.begin(), matches.end(), [](const CatalogueMatch &a, const CatalogueMatch &b) {
            return a.excerpt.size() > b.excerpt.size();
        });
    return matches;
}

QList<CatalogueMatch> ErrorCatalogue::match(const Error &error) const
{
    QString text = error.message();
    if (!error.details().isEmpty() && error.details() != error.message())
        text += u'\n' + error.details();
    const QList<CatalogueMatch> byText = match(text);
    QList<CatalogueMatch> matches;
    QSet<QString> seen;
    if (error.code() != ErrorCode::None) {
        // Entries that list the code and whose words match too: the words say which of them
        // (a registry's TLS failure and an engine's share the code).
        for (const CatalogueMatch &found : byText) {
            if (found.entry.errorCodes().contains(error.code())) {
                matches.append({ found.entry, QString(), -1 });
                seen.insert(found.entry.id());
            }
        }
        // Then the rest of the code's entries, in catalogue order: a translated message.
        for (const KnownError &entry : m_entries) {
            if (entry.errorCodes().contains(error.code()) && !seen.contains(entry.id())) {
                matches.append({ entry, QString(), -1 });
                seen.insert(entry.id());
            }
        }
    }
    for (const CatalogueMatch &found : byText) {
        if (!seen.contains(found.entry.id()))
            matches.append(found);
    }
    return matches;
}

const KnownError *ErrorCatalogue::entry(QStringView id) const
{
    for (const KnownError &known : m_entries) {
        if (known.id() == id)
            return &known;
    }
    return nullptr;
}

} // namespace Wharf
