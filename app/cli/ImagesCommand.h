// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Wharf {

// `wharf images [--engine NAME] [--json]`: the images of every engine (or one), like
// `docker images`, with the engine of each row.
class ImagesCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace Wharf
