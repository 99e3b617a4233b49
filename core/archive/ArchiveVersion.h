// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// The version of the libarchive Wharf runs with ("3.6.2"), for the About box and bug
// reports. Here because libarchive's headers stay behind core/archive/.
class ArchiveVersion
{
public:
    static QString libarchiveVersion();
};

} // namespace Wharf
