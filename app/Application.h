// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// Process-wide set-up shared by the window and the command line: names (for QSettings and
// QStandardPaths), version, translations.
class Application
{
public:
    static void setUp();
    // Shows the main window and runs the event loop; returns the exit code.
    static int runWindow();
    // Registries are reached through `proxy` ("http://host:port"), or the system's proxy
    // (http_proxy, https_proxy, no_proxy) when it is empty.
    static void applyNetworkProxy(const QString &proxy);
};

} // namespace Wharf
