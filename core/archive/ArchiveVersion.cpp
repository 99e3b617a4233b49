// SPDX-License-Identifier: Apache-2.0
#include "ArchiveVersion.h"

#include <archive.h>

using namespace Qt::StringLiterals;

namespace Wharf {

QString ArchiveVersion::libarchiveVersion()
{
    // archive_version_string() is "libarchive 3.6.2": the About box names the library itself.
    QString version = QString::fromLatin1(archive_version_string());
    if (version.startsWith(u"libarchive "_s))
        version.remove(0, 11);
    return version.trimmed();
}

} // namespace Wharf
