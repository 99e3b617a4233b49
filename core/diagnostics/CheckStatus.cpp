// SPDX-License-Identifier: Apache-2.0
#include "CheckStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Ok: return u"ok"_s;
    case CheckStatus::Warning: return u"warning"_s;
    case CheckStatus::Failed: return u"failed"_s;
    case CheckStatus::NotApplicable: return u"not-applicable"_s;
    case CheckStatus::Cancelled: return u"cancelled"_s;
    }
    return u"unknown"_s;
}

QString checkStatusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Ok: return QCoreApplication::translate("Wharf::CheckStatus", "OK");
    case CheckStatus::Warning: return QCoreApplication::translate("Wharf::CheckStatus", "Warning");
    case CheckStatus::Failed: return QCoreApplication::translate("Wharf::CheckStatus", "Failed");
    case CheckStatus::NotApplicable:
        //: A diagnostic check that does not concern this computer
        return QCoreApplication::translate("Wharf::CheckStatus", "Not applicable");
    case CheckStatus::Cancelled:
        return QCoreApplication::translate("Wharf::CheckStatus", "Cancelled");
    }
    return {};
}

int checkStatusSeverity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NotApplicable: return 0;
    case CheckStatus::Cancelled: return 1;
    case CheckStatus::Ok: return 2;
    case CheckStatus::Warning: return 3;
    case CheckStatus::Failed: return 4;
    }
    return 0;
}

} // namespace Wharf
