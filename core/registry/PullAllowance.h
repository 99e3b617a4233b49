// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Wharf {

// How many pulls a registry still allows, from its RateLimit-Limit and RateLimit-Remaining
// headers ("100;w=21600": 100 per 21,600 s), as Docker Hub sends them. Unknown (-1) where a
// header is missing or not a number: registries without a limit send none.
struct PullAllowance
{
    qint64 limit = -1;
    qint64 remaining = -1;
    qint64 windowSeconds = -1;

    static PullAllowance fromHeaders(const QByteArray &limitHeader, const QByteArray &remainingHeader);
    // "100;w=21600" -> {100, 21600}; {-1, -1} for anything else (a count first, then optional
    // ";w=SECONDS"; other parameters are ignored).
    static std::pair<qint64, qint64> parseHeader(const QByteArray &value);

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    // "76 of 100 requests left per 6 h" (translated); empty when unknown.
    QString describe() const;
    // "42 min", "6 h", "30 s".
    static QString duration(qint64 seconds);

    bool operator==(const PullAllowance &) const = default;
};

} // namespace Wharf
