// SPDX-License-Identifier: Apache-2.0
#include "TokenCache.h"

namespace Wharf {

namespace {

constexpr qsizetype maxEntries = 512;

} // namespace

QString TokenCache::keyFor(QStringList scopes)
{
    scopes.removeAll(QString());
    scopes.sort();
    scopes.removeDuplicates();
    return scopes.join(u' ');
}

BearerToken TokenCache::find(const QStringList &wanted, const QDateTime &now) const
{
    // An empty string is no scope, as in keyFor() and insert().
    QStringList scopes = wanted;
    scopes.removeAll(QString());
    const auto exact = m_tokens.constFind(keyFor(scopes));
    if (exact != m_tokens.cend() && exact->token.isValidAt(now))
        return exact->token;
    if (scopes.isEmpty())
        return {};
    for (const Entry &entry : m_tokens) {
        if (!entry.token.isValidAt(now))
            continue;
        bool covers = true;
        for (const QString &scope : scopes) {
            if (!entry.scopes.contains(scope)) {
                covers = false;
                break;
            }
        }
        if (covers)
            return entry.token;
    }
    return {};
}

void TokenCache::insert(const QStringList &scopes, const BearerToken &token)
{
    // Bounded: a browse over thousands of repositories gets one token per repository.
    if (m_tokens.size() >= maxEntries)
        m_tokens.clear();
    QStringList normalised = scopes;
    normalised.removeAll(QString());
    normalised.removeDuplicates();
    m_tokens.insert(keyFor(normalised), Entry{ normalised, token });
}

} // namespace Wharf
