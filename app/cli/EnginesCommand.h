// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Wharf {

// `wharf engines [--json]`: each engine found, its endpoint, how it was found, its version,
// and whether it answers or why not.
class EnginesCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace Wharf
