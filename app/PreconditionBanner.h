// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/PreconditionResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Wharf {

class MessageBanner;
class MessageBannerArea;

// The banner for preconditions that do not hold (a launch, the automounter's start): what
// was found, then how to fix it, with what was read as details. One wording for both.
class PreconditionBanner
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::PreconditionBanner)

public:
    static MessageBanner *show(MessageBannerArea *area, const QString &title,
                               const QList<PreconditionResult> &results);
    // The body's text, for tests and the CLI-like copy.
    static QString body(const QList<PreconditionResult> &results);
};

} // namespace Wharf
