// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestServices.h"

#include <QProcessEnvironment>
#include <QString>

namespace Wharf::Test {

// The private keyring the `keyring` fixture (keyring.sh) started for this test run under
// WHARF_TEST_KEYRING_DIR: a session bus of its own and an unlocked gnome-keyring. Tests
// declared NEEDS_KEYRING get DBUS_SESSION_BUS_ADDRESS, HOME and the XDG directories pointed
// into it, so QtKeychain and credential helpers never reach the user's own keyring.
class KeyringService
{
public:
    static QString directory();
    // "unix:path=DIR/run/bus".
    static QString busAddress();
    // A second session bus of the fixture with no Secret Service on it: "no keychain" tests.
    static QString emptyBusAddress();
    // Empty when the keyring's bus answers and this process is pointed at it (and only at
    // it: a test that would talk to another bus is refused); else why not, and how to start it.
    static QString keyringMissingReason();
    // The system environment with the keyring's variables, for child processes
    // (secret-tool, docker-credential-secretservice).
    static QProcessEnvironment environment();
};

} // namespace Wharf::Test

#define WHARF_REQUIRE_KEYRING()                                                                    \
    WHARF_REQUIRE_SERVICE(::Wharf::Test::KeyringService::keyringMissingReason())
