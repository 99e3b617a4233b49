// SPDX-License-Identifier: Apache-2.0
#include "PullAllowance.h"

#include <QCoreApplication>
#include <QList>

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::PullAllowance)
};

} // namespace

std::pair<qint64, qint64> PullAllowance::parseHeader(const QByteArray &value)
{
    if (value.contains('\0'))
        return {-1, -1};
    const QList<QByteArray> parts = value.split(';');
    bool ok = false;
    const qint64 count = parts.value(0).trimmed().toLongLong(&ok);
    if (!ok || count < 0)
        return {-1, -1};
    qint64 window = -1;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (!part.startsWith("w="))
            continue;
        window = part.mid(2).toLongLong(&ok);
        if (!ok || window <= 0)
            window = -1;
    }
    return {count, window};
}

PullAllowance PullAllowance::fromHeaders(const QByteArray &limitHeader, const QByteArray &remainingHeader)
{
    PullAllowance allowance;
    const auto [limit, window] = parseHeader(limitHeader);
    const auto [remaining, ignored] = parseHeader(remainingHeader);
    Q_UNUSED(ignored);
    allowance.limit = limit;
    allowance.windowSeconds = window;
    allowance.remaining = remaining;
    return allowance;
}

QString PullAllowance::describe() const
{
    if (!isKnown())
        return {};
    return windowSeconds > 0 ? Tr::tr("%1 of %2 requests left per %3").arg(remaining).arg(limit).arg(duration(windowSeconds))
                             : Tr::tr("%1 of %2 requests left").arg(remaining).arg(limit);
}

QString PullAllowance::duration(qint64 seconds)
{
    if (seconds < 90)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 90 * 60)
        return Tr::tr("%1 min").arg((seconds + 59) / 60);
    return Tr::tr("%1 h").arg((seconds + 3599) / 3600);
}

} // namespace Wharf
