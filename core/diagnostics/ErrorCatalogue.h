// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CatalogueMatch.h"
#include "KnownError.h"
#include "base/Error.h"
#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Wharf {

// The known-error catalogue: every failure text Wharf meets (pull, launch, container exit,
// registry, engine, or pasted by the user into `wharf explain`) goes through match(), so the
// same cause and fix are offered everywhere.
//
// The data lives in resources/error-catalogue.json, embedded as :/wharf/error-catalogue.json:
//     {"version": 1, "entries": [{"id", "patterns": [regex...], "title", "cause",
//       "fix": [step...], "links": [{"title","url"}], "actions": [...],
//       "errorCodes": [Error::codeName...], "symptom"}]}
// Patterns are case-insensitive regular expressions on the stable part of a message.
// Immutable after loading, so a const catalogue may be shared between threads.
class ErrorCatalogue
{
public:
    // fromJson() refuses bigger input: the built-in catalogue is about 100 KiB.
    static constexpr qsizetype MaximumJsonSize = 4 * 1024 * 1024;
    // match() looks at no more than the last this-many characters of a text: errors are at
    // the end of a log, and this bounds the work on a huge or hostile paste.
    static constexpr qsizetype ExaminedTextLimit = 256 * 1024;

    ErrorCatalogue() = default; // empty: matches nothing

    // Parses and validates a whole catalogue: unique ids and every entry valid (see
    // KnownError::fromJson). The error names the entry (position and id) and the problem.
    static Result<ErrorCatalogue> fromJson(const QByteArray &json);

    // The catalogue shipped with Wharf, loaded on first use. Should it ever fail to load (a
    // broken build; a unit test guards against it), the problem is logged and the catalogue
    // is empty rather than the program failing.
    static const ErrorCatalogue &builtIn();

    // Every entry with a pattern that matches text, most specific first: the longer the
    // matched excerpt, the earlier; equal lengths keep catalogue order. ANSI escape sequences
    // are removed and CRLF/CR become LF first.
    QList<CatalogueMatch> match(const QString &text) const;
    // Wharf's own errors: entries listing the error's code first (those whose patterns also
    // match the message and details before the others, which keep catalogue order), then the
    // entries whose patterns match.
    QList<CatalogueMatch> match(const Error &error) const;

    const KnownError *entry(QStringView id) const;
    const QList<KnownError> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QList<KnownError> m_entries;
};

} // namespace Wharf
