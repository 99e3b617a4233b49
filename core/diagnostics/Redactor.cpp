// SPDX-License-Identifier: Apache-2.0
#include "Redactor.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

// Every pattern is linear: bounded or possessive repetitions only, so a 10 MB log with no
// newline cannot make one of them backtrack for minutes (or hit PCRE's limits, which would
// make a match fail silently and let a secret through).
const QList<Rule> &rules()
{
    const auto options
        = QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption;
    // Key names that hold secrets. "auth" alone (docker config.json) but not "author".
    const QString secretKey = u"(?:[a-z0-9_.-]{0,40}(?:password|passwd|passphrase|secret|token|api["
                              u"_-]?key|access[_-]?key|private[_-]?key"
                              "|credentials?)[a-z0-9_.-]{0,40}|auth|pwd|pass)"_s;
    static const QList<Rule> list {
        // HTTP headers: everything after the colon, scheme included (Digest has key=value pairs).
        // (anywhere on the line: curl -v prefixes "> ", logs prefix a time).
        { QRegularExpression(u"\\b((?:proxy-)?authorization\\s*:)[^\\n]*"_s, options),
            u"\\1 [REDACTED]"_s },
        { QRegularExpression(
              u"\\b((?:x-registry-auth|x-auth-token|cookie|set-cookie)\\s*:)[^\\n]*"_s, options),
            u"\\1 [REDACTED]"_s },
        // JSON: "password": "value" (unterminated strings up to the end of the line).
        { QRegularExpression(u"(\"(?:"_s + secretKey
                  + u"|authorization)\"\\s*:\\s*)\"(?:[^\"\\\\\\n]++|\\\\.)*+\"?"_s,
              options),
            u"\\1\"[REDACTED]\""_s },
        // Command-line options: --password VALUE, --password=VALUE, --token VALUE (not
        // --password-stdin).
        { QRegularExpression(
              u"(--(?:password|passwd|pass|token|secret|api-key|access-token)(?:=|\\s+))(?!-)"
              "(?:\"[^\"\\n]{0,4096}\"?|'[^'\\n]{0,4096}'?|[^\\s\"']{1,4096})"_s,
              options),
            u"\\1[REDACTED]"_s },
        // docker/podman/apptainer login -p VALUE.
        { QRegularExpression(
              u"(\\blogin\\b[^\\n]{0,200}?\\s-p(?:=|\\s+))(?!-)[^\\s]{1,4096}"_s, options),
            u"\\1[REDACTED]"_s },
        // URLs with a password: scheme://user:password@host
        { QRegularExpression(
              u"\\b([a-z][a-z0-9+.-]{0,20}://[^/\\s:@]{0,256}):[^@\\s/]{1,1024}@"_s, options),
            u"\\1:[REDACTED]@"_s },
        // Prose and config with spaces around the separator ("password = two words",
        // "token: abc def"): the rest of the line, since an unquoted value may hold spaces.
        { QRegularExpression(u"(?<![a-z0-9_.-])("_s + secretKey
                  + u")([ \\t]{0,10}:[ \\t]{1,10}|[ \\t]{1,10}=[ \\t]{0,10}|=[ \\t]{1,10})(?!\\[REDACTED\\])(?![\"'\\s])[^\\n]{1,4096}"_s,
              options),
            u"\\1\\2[REDACTED]"_s },
        // key=value, key: value (env files, YAML, query strings, logs).
        { QRegularExpression(u"(?<![a-z0-9_.-])("_s + secretKey
                  + u")(\\s{0,10}[=:]\\s{0,10})(?!\\[REDACTED\\])(?:\"[^\"\\n]{0,4096}\"?|'[^'\\n]{"
                    u"0,4096}'?"
                    "|[^\\s&;,\"']{1,4096})"_s,
              options),
            u"\\1\\2[REDACTED]"_s },
        // Bearer tokens anywhere (a token has a digit; "Bearer realm=" does not match).
        { QRegularExpression(
              u"\\b(bearer\\s+)(?=[a-z0-9._~+/=-]{0,4096}[0-9])[a-z0-9._~+/=-]{8,4096}"_s, options),
            u"\\1[REDACTED]"_s },
        // JSON Web Tokens.
        { QRegularExpression(
              u"\\beyJ[a-z0-9_-]{4,8192}\\.[a-z0-9_-]{4,8192}\\.[a-z0-9_-]{0,8192}"_s, options),
            u"[REDACTED]"_s },
        // Well-known token formats: GitHub, GitLab, Docker Hub personal access tokens.
        { QRegularExpression(
              u"\\b(?:ghp|gho|ghu|ghs|ghr|github_pat|glpat|dckr_pat)[_-][a-z0-9_-]{10,4096}"_s,
              options),
            u"[REDACTED]"_s },
    };
    return list;
}

} // namespace

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < 4 || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    // Longest first, so a secret that contains another is removed whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets)
        result.replace(secret, Placeholder.toString());
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

QStringList Redactor::redact(const QStringList &lines) const
{
    QStringList result;
    result.reserve(lines.size());
    for (const QString &line : lines)
        result.append(redact(line));
    return result;
}

} // namespace Wharf
