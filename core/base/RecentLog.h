// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Wharf {

// The last log lines of this process, for the diagnostics bundle. install() puts a Qt
// message handler in front of the one already installed (which still gets every message),
// and keeps each message as "2026-11-27T12:00:00.123Z wharf.engine warning: text" in a ring
// buffer shared by all threads. Capture is cheap: lines are redacted when a bundle is
// written, not here; a message longer than MaxLineLength characters is cut.
// Process-wide by nature: a Qt message handler is.
class RecentLog
{
public:
    static inline constexpr qsizetype DefaultCapacity = 2000;
    static inline constexpr qsizetype MaxLineLength = 8192;

    // Idempotent; safe to call from any thread.
    static void install();
    static bool isInstalled();
    // The kept lines, oldest first.
    static QStringList lines();
    static void clear();
    // How many lines are kept (default DefaultCapacity); shrinking drops the oldest.
    static void setCapacity(qsizetype lines);
    static qsizetype capacity();
};

} // namespace Wharf
