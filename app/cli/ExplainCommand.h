// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Wharf {

// `wharf explain [FILE] [--json]`: reads an error text (a file, or stdin) and prints what
// went wrong, why and how to fix it for every known error it contains. Exit code 0 when an
// entry matched, 1 when none did (the text is echoed for a report), 2 on usage errors or
// unreadable input.
class ExplainCommand
{
public:
    // Input beyond this is dropped from the front: the end of a log holds the error.
    static constexpr qint64 MaximumInput = 4 * 1024 * 1024;

    int run(const QStringList &arguments);
};

} // namespace Wharf
