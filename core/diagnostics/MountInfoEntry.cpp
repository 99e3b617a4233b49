// SPDX-License-Identifier: Apache-2.0
#include "MountInfoEntry.h"

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

std::optional<int> taggedNumber(const QStringList &fields, QStringView tag)
{
    for (const QString &field : fields) {
        if (field.size() > tag.size() + 1 && field.startsWith(tag)
            && field.at(tag.size()) == u':') {
            bool ok = false;
            const int value = QStringView(field).mid(tag.size() + 1).toInt(&ok);
            if (ok && value >= 0)
                return value;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<int> MountInfoEntry::sharedPeerGroup() const
{
    return taggedNumber(optionalFields, u"shared");
}

std::optional<int> MountInfoEntry::masterPeerGroup() const
{
    return taggedNumber(optionalFields, u"master");
}

bool MountInfoEntry::isUnbindable() const
{
    return optionalFields.contains(u"unbindable"_s);
}

QString MountInfoEntry::propagation() const
{
    QStringList parts;
    if (const auto shared = sharedPeerGroup())
        parts.append(u"shared:%1"_s.arg(*shared));
    if (const auto master = masterPeerGroup())
        parts.append(u"master:%1"_s.arg(*master));
    if (isUnbindable())
        parts.append(u"unbindable"_s);
    return parts.isEmpty() ? u"private"_s : parts.join(u' ');
}

} // namespace Wharf
