// SPDX-License-Identifier: Apache-2.0
#include "MountInfo.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

bool parseId(QByteArrayView field, int &value)
{
    if (field.isEmpty() || field.size() > 9)
        return false;
    value = 0;
    for (const char c : field) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

std::optional<MountInfoEntry> parseLine(QByteArrayView line)
{
    if (line.contains('\0'))
        return std::nullopt;
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line.at(i) == ' ' || line.at(i) == '\t') {
            if (i > start)
                fields.append(line.sliced(start, i - start));
            start = i + 1;
        }
    }
    // 6 fixed fields, any number of optional ones, "-", then 3 more.
    qsizetype separator = -1;
    for (qsizetype i = 6; i < fields.size(); ++i) {
        if (fields.at(i) == "-") {
            separator = i;
            break;
        }
    }
    if (separator < 0 || fields.size() < separator + 3)
        return std::nullopt;
    MountInfoEntry entry;
    if (!parseId(fields.at(0), entry.mountId) || !parseId(fields.at(1), entry.parentId))
        return std::nullopt;
    if (!fields.at(2).contains(':'))
        return std::nullopt;
    entry.device = QString::fromLatin1(fields.at(2));
    entry.root = MountInfo::unescape(fields.at(3));
    entry.mountPoint = MountInfo::unescape(fields.at(4));
    if (!entry.mountPoint.startsWith(u'/'))
        return std::nullopt;
    entry.mountOptions = QString::fromUtf8(fields.at(5));
    for (qsizetype i = 6; i < separator; ++i)
        entry.optionalFields.append(QString::fromUtf8(fields.at(i)));
    entry.fsType = QString::fromUtf8(fields.at(separator + 1));
    entry.source = MountInfo::unescape(fields.at(separator + 2));
    if (fields.size() > separator + 3)
        entry.superOptions = QString::fromUtf8(fields.at(separator + 3));
    return entry;
}

} // namespace

MountInfo MountInfo::parse(const QByteArray &content)
{
    MountInfo table;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        QByteArrayView line = QByteArrayView(content).sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        if (std::optional<MountInfoEntry> entry = parseLine(line))
            table.m_entries.append(std::move(*entry));
        else
            ++table.m_rejectedLines;
    }
    return table;
}

const MountInfoEntry *MountInfo::mountHolding(const QString &path) const
{
    // The kernel lists mounts in mount order; a later mount on the same point hides the
    // earlier ones, so the last, longest match wins.
    const MountInfoEntry *best = nullptr;
    for (const MountInfoEntry &entry : m_entries) {
        if (!isSameOrBelow(path, entry.mountPoint))
            continue;
        if (!best || entry.mountPoint.size() >= best->mountPoint.size())
            best = &entry;
    }
    return best;
}

QList<MountInfoEntry> MountInfo::mountsUnder(const QString &path) const
{
    QList<MountInfoEntry> below;
    for (const MountInfoEntry &entry : m_entries) {
        if (isSameOrBelow(entry.mountPoint, path))
            below.append(entry);
    }
    return below;
}

QString MountInfo::unescape(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c == '\\' && i + 3 < field.size()) {
            const char a = field.at(i + 1), b = field.at(i + 2), d = field.at(i + 3);
            const int value = (a - '0') * 64 + (b - '0') * 8 + (d - '0');
            // \000 would smuggle a NUL into a path: keep it as text.
            if (a >= '0' && a <= '3' && b >= '0' && b <= '7' && d >= '0' && d <= '7'
                && value != 0) {
                out.append(char(value));
                i += 3;
                continue;
            }
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

bool MountInfo::isSameOrBelow(const QString &path, const QString &parent)
{
    if (parent.isEmpty() || path.isEmpty())
        return false;
    const QString cleanPath = QDir::cleanPath(path);
    const QString cleanParent = QDir::cleanPath(parent);
    if (cleanParent == u"/"_s)
        return cleanPath.startsWith(u'/');
    return cleanPath == cleanParent || cleanPath.startsWith(cleanParent + u'/');
}

} // namespace Wharf
