// SPDX-License-Identifier: Apache-2.0
#include "UnpackedEntry.h"

#include "UnpackedLayout.h"

namespace Wharf {

QString UnpackedEntry::imageId() const
{
    return UnpackedLayout::imageIdFromTarget(target);
}

} // namespace Wharf
