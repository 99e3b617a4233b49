// SPDX-License-Identifier: Apache-2.0
#include "HostFacts.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString HostFacts::ociArchitecture(const QString &cpuArchitecture)
{
    const QString lower = cpuArchitecture.trimmed().toLower();
    if (lower == u"x86_64"_s || lower == u"x86-64"_s || lower == u"amd64"_s)
        return u"amd64"_s;
    if (lower == u"aarch64"_s || lower == u"arm64"_s)
        return u"arm64"_s;
    if (lower == u"i386"_s || lower == u"i686"_s || lower == u"x86"_s || lower == u"386"_s)
        return u"386"_s;
    if (lower.startsWith(u"armv"_s) || lower == u"arm"_s)
        return u"arm"_s;
    return lower;
}

QString HostFacts::scratchDirectory() const
{
    if (!localScratchDirectory.isEmpty())
        return localScratchDirectory;
    return u"/tmp/"_s + (userName.isEmpty() ? QString::number(userId) : userName);
}

} // namespace Wharf
