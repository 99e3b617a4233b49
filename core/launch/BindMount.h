// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// One extra folder (or file) of the host shown inside the container. Both paths absolute.
struct BindMount
{
    QString source; // on the host
    QString target; // inside the container; empty means the same path as source
    bool readOnly = false;

    QString effectiveTarget() const { return target.isEmpty() ? source : target; }
    bool operator==(const BindMount &) const = default;
};

} // namespace Wharf
