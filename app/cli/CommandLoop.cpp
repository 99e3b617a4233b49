// SPDX-License-Identifier: Apache-2.0
#include "CommandLoop.h"

#include <QEventLoop>

#include <memory>

namespace Wharf {

void CommandLoop::waitUntil(const std::function<void(std::function<void()> finish)> &start)
{
    QEventLoop loop;
    auto finished = std::make_shared<bool>(false);
    start([finished, &loop] {
        *finished = true;
        loop.quit();
    });
    if (!*finished)
        loop.exec();
}

} // namespace Wharf
