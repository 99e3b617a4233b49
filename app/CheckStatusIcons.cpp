// SPDX-License-Identifier: Apache-2.0
#include "CheckStatusIcons.h"

#include <QPixmap>
#include <QStyle>

namespace Wharf {

QIcon CheckStatusIcons::icon(CheckStatus status, const QStyle *style)
{
    // The style's icons, not the theme's by name: a theme may draw "error" and "stop" alike,
    // and the five must differ in shape (a platform style maps these to its theme anyway).
    switch (status) {
    case CheckStatus::Ok: return style->standardIcon(QStyle::SP_DialogApplyButton); // check mark
    case CheckStatus::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning); // triangle
    case CheckStatus::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical); // cross in a circle
    case CheckStatus::NotApplicable: return style->standardIcon(QStyle::SP_TitleBarMinButton); // dash
    case CheckStatus::Cancelled: return style->standardIcon(QStyle::SP_MediaStop); // square
    }
    return {};
}

QIcon CheckStatusIcons::icon(CheckResultModel::State state, const QVariant &status, const QStyle *style)
{
    switch (state) {
    case CheckResultModel::State::Waiting: {
        // Blank, so the labels of every row line up; the word says "Waiting".
        const int extent = style->pixelMetric(QStyle::PM_SmallIconSize);
        QPixmap blank(extent, extent);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }
    case CheckResultModel::State::Running: return style->standardIcon(QStyle::SP_BrowserReload);
    case CheckResultModel::State::Finished:
        return status.isValid() ? icon(CheckStatus(status.toInt()), style) : QIcon();
    }
    return {};
}

} // namespace Wharf
