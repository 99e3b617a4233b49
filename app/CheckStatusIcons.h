// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/CheckStatus.h"
#include "models/CheckResultModel.h"

#include <QIcon>
#include <QVariant>

class QStyle;

namespace Wharf {

// The icons of the check statuses, the same on the Troubleshooting page and in the wizard.
// Each status has its own shape (check mark, triangle, cross, dash, square), so it reads
// without colour; the text label always comes with it.
class CheckStatusIcons
{
public:
    static QIcon icon(CheckStatus status, const QStyle *style);
    // For a model row: Waiting, Running, or the finished status.
    static QIcon icon(CheckResultModel::State state, const QVariant &status, const QStyle *style);
};

} // namespace Wharf
