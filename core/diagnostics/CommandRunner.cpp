// SPDX-License-Identifier: Apache-2.0
#include "CommandRunner.h"

#include "CommandCall.h"

namespace Wharf {

CommandRunner::~CommandRunner() = default;

CommandCall *CommandRunner::start(const QString &program, const QStringList &arguments,
    std::chrono::milliseconds timeout, QObject *parent) const
{
    auto *call = new CommandCall(program, arguments, timeout, parent);
    call->start();
    return call;
}

} // namespace Wharf
