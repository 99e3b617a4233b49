// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// One NAME=value pair. Kept in a list, not a map, so the order the user typed is the order
// of the arguments and of the copied command.
struct EnvironmentVariable
{
    QString name;
    QString value;

    bool operator==(const EnvironmentVariable &) const = default;
};

} // namespace Wharf
