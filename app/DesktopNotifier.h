// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QWidget;

namespace Wharf {

// Tells the user that long work ended (a pull, a scan of unpacked.cern.ch, the checks, a launch
// that failed) when they are looking at another window: a desktop notification (through the
// notification server, by way of QSystemTrayIcon, shown only for the message) and the taskbar
// entry asks for attention. When Wharf's window is active nothing is sent: the page already
// says it. Works from any widget of the window; safe without a tray or a notification server
// (the attention request alone then).
class DesktopNotifier
{
public:
    enum class Kind { Information, Warning, Failure };

    // Returns whether a notification was sent (false: the window is active, or there is none).
    static bool notifyIfAway(QWidget *source, Kind kind, const QString &title, const QString &body);

    // For tests: the last notification sent (title + '\n' + body), empty if none.
    static QString lastNotification();
    // For tests: treat the window as inactive even when it is active (offscreen tests).
    static void setAssumeAway(bool away);
};

} // namespace Wharf
