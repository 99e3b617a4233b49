// SPDX-License-Identifier: Apache-2.0
#include "PreconditionResult.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf {

QString PreconditionResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok: return u"ok"_s;
    case Status::Failed: return u"failed"_s;
    case Status::TimedOut: return u"timed-out"_s;
    }
    return {};
}

bool PreconditionResult::allOk(const QList<PreconditionResult> &results)
{
    return std::all_of(results.cbegin(), results.cend(), [](const PreconditionResult &result) { return result.ok(); });
}

} // namespace Wharf
