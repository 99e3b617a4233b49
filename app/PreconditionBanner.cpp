// SPDX-License-Identifier: Apache-2.0
#include "PreconditionBanner.h"

#include "MessageBannerArea.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString PreconditionBanner::body(const QList<PreconditionResult> &results)
{
    QStringList reasons;
    QStringList fixes;
    for (const PreconditionResult &result : results) {
        if (result.ok())
            continue;
        reasons << result.summary;
        fixes << result.fixSteps;
    }
    QString text = reasons.join(u'\n');
    if (!fixes.isEmpty())
        text += u"\n\n"_s + tr("How to fix it:") + u"\n• "_s + fixes.join(u"\n• "_s);
    return text;
}

MessageBanner *PreconditionBanner::show(MessageBannerArea *area, const QString &title,
                                        const QList<PreconditionResult> &results)
{
    QStringList evidence;
    for (const PreconditionResult &result : results) {
        if (!result.ok())
            evidence << result.evidence;
    }
    return area->show(MessageBanner::Kind::Error, title, body(results), evidence.join(u'\n'));
}

} // namespace Wharf
