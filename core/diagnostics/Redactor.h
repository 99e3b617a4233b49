// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Wharf {

// Removes secrets from text that leaves Wharf (a copied report, a diagnostics bundle, a log
// excerpt): values of password/token/secret keys (key=value, key: value, JSON "key": "value",
// --password VALUE), Authorization headers, bearer tokens, JWTs, credentials in URLs
// (https://user:PASS@host), well-known token formats (ghp_..., glpat-..., dckr_pat_...), and
// any exact value added with addSecret(). Each becomes [REDACTED]; the key, the user name
// and the home path stay, so the report is still useful.
// It errs on the side of removing too much: "password: incorrect" loses "incorrect".
class Redactor
{
public:
    static inline constexpr QStringView Placeholder = u"[REDACTED]";

    // A value that must never appear (a password Wharf knows about); ignored when shorter
    // than 4 characters (it would blank out ordinary words).
    void addSecret(const QString &secret);

    QString redact(const QString &text) const;
    QStringList redact(const QStringList &lines) const;

private:
    QStringList m_secrets;
};

} // namespace Wharf
