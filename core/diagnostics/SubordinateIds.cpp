// SPDX-License-Identifier: Apache-2.0
#include "SubordinateIds.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

bool parseNumber(QByteArrayView text, quint64 &value)
{
    if (text.isEmpty() || text.size() > 19)
        return false;
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + quint64(c - '0');
    }
    return true;
}

} // namespace

SubordinateIds SubordinateIds::parse(const QByteArray &content)
{
    SubordinateIds ids;
    int lineNumber = 0;
    for (QByteArray line : content.split('\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(':');
        Range range;
        if (fields.size() != 3 || fields.at(0).isEmpty() || line.contains('\0')
            || !parseNumber(fields.at(1), range.first) || !parseNumber(fields.at(2), range.count)) {
            ++ids.m_rejected;
            continue;
        }
        range.owner = QString::fromUtf8(fields.at(0));
        range.line = lineNumber;
        ids.m_ranges.append(range);
    }
    return ids;
}

QList<SubordinateIds::Range> SubordinateIds::rangesFor(const QString &userName, uint userId) const
{
    QList<Range> found;
    const QString uid = QString::number(userId);
    for (const Range &range : m_ranges) {
        if (range.count > 0
            && ((!userName.isEmpty() && range.owner == userName) || range.owner == uid))
            found.append(range);
    }
    return found;
}

} // namespace Wharf
