// SPDX-License-Identifier: Apache-2.0
#include "PlatformManifest.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString PlatformManifest::platformString() const
{
    const QString unknown = u"unknown"_s;
    QString text = (os.isEmpty() ? unknown : os) + u'/' + (architecture.isEmpty() ? unknown : architecture);
    if (!variant.isEmpty())
        text += u'/' + variant;
    return text;
}

bool PlatformManifest::isAttestation() const
{
    if (annotations.value(u"vnd.docker.reference.type"_s) == u"attestation-manifest"_s)
        return true;
    // Entries without a platform count too: nothing says what they would run on.
    const auto unknown = [](const QString &part) { return part.isEmpty() || part == u"unknown"_s; };
    return unknown(os) && unknown(architecture);
}

} // namespace Wharf
