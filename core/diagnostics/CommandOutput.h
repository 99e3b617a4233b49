// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace Wharf {

// What a finished child process left behind. A non-zero exit code is an answer, not an
// error: the caller decides what it means.
struct CommandOutput
{
    int exitCode = 0;
    QByteArray standardOutput; // at most CommandCall::OutputLimit bytes
    QByteArray standardError; // at most CommandCall::OutputLimit bytes
    bool truncated = false; // one of the streams was longer than the limit
};

} // namespace Wharf
