// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"
#include "base/Result.h"

#include <QString>
#include <QTest>

#include <optional>
#include <utility>

namespace Wharf::Test {

// Calls `start` with a completion callback and waits (QTest::qWaitFor, tests only) for the
// Result<T> it is given. Fails the whole test binary when the callback runs twice or before
// `start` returns (the API promises neither); a Timeout error when no answer comes in time.
//     const Result<void> stored = awaitResult<void>([&](auto done) { client.store(..., done); });
template<typename T, typename Start> Result<T> awaitResult(Start start, int timeoutMs = 30000)
{
    std::optional<Result<T>> answer;
    start([&](Result<T> result) {
        if (answer)
            qFatal("callback called twice");
        answer = std::move(result);
    });
    if (answer.has_value())
        qFatal("callback called synchronously");
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        return Error(ErrorCode::Timeout, QStringLiteral("test: no answer in %1 ms").arg(timeoutMs));
    return *answer;
}

} // namespace Wharf::Test
