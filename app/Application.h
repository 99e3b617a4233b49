// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Wharf {

// Process-wide set-up shared by the window and the command line: names (for QSettings and
// QStandardPaths), version, translations.
class Application
{
public:
    static void setUp();
    // Shows the main window and runs the event loop; returns the exit code.
    static int runWindow();
};

} // namespace Wharf
