// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/EngineEndpoint.h"

#include <QString>

namespace Wharf::Test {

// The real services the fixture (services.sh) started for this test run, under
// WHARF_TEST_RUNTIME_DIR. When one is missing: in CI (CI=true) the test fails, elsewhere it
// is skipped with a message that says how to start it. Use through the macros below.
class TestServices
{
public:
    static QString runtimeDirectory();
    static EngineEndpoint dockerEndpoint();
    static EngineEndpoint podmanEndpoint();
    // "127.0.0.1:PORT" of the plain-HTTP distribution registry, or empty.
    static QString registryAddress();
    // Names of the images the fixture seeded into both engines ("localhost/test/busybox:1", ...).
    static QStringList seededImages();

    // Empty when the service answers (its socket exists and is a socket); else why not.
    static QString dockerMissingReason();
    static QString podmanMissingReason();
    static QString registryMissingReason();

    static bool inCi();
};

} // namespace Wharf::Test

// Skip (or fail in CI) when a service is missing. Use at the top of a test function or in
// initTestCase().
#define WHARF_REQUIRE_SERVICE(reason)                                                            \
    do {                                                                                         \
        const QString wharfMissing_ = (reason);                                                  \
        if (!wharfMissing_.isEmpty()) {                                                          \
            if (::Wharf::Test::TestServices::inCi())                                            \
                QFAIL(qPrintable(wharfMissing_));                                                \
            QSKIP(qPrintable(wharfMissing_));                                                    \
        }                                                                                        \
    } while (false)
#define WHARF_REQUIRE_DOCKER() WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::dockerMissingReason())
#define WHARF_REQUIRE_PODMAN() WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::podmanMissingReason())
#define WHARF_REQUIRE_REGISTRY() WHARF_REQUIRE_SERVICE(::Wharf::Test::TestServices::registryMissingReason())
