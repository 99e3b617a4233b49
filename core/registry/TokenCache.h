// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BearerToken.h"

#include <QHash>
#include <QStringList>

namespace Wharf {

// Bearer tokens of one registry, by the scopes they were granted for, kept until they
// expire. A token asked for with several scopes serves each of them.
class TokenCache
{
public:
    // The key for a set of scopes: sorted, deduplicated, space-separated.
    static QString keyFor(QStringList scopes);

    // A valid token whose scopes include all of `scopes` (an empty list: any token issued
    // with no scope, as a login check gets).
    BearerToken find(const QStringList &scopes, const QDateTime &now) const;
    void insert(const QStringList &scopes, const BearerToken &token);
    void clear() { m_tokens.clear(); }
    qsizetype size() const { return m_tokens.size(); }

private:
    struct Entry
    {
        QStringList scopes;
        BearerToken token;
    };
    QHash<QString, Entry> m_tokens;
};

} // namespace Wharf
