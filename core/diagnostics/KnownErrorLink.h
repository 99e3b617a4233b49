// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// A page to read about a known error: its title and its address (https only).
struct KnownErrorLink
{
    QString title;
    QString url;

    bool operator==(const KnownErrorLink &other) const = default;
};

} // namespace Wharf
