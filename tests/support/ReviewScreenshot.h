// SPDX-License-Identifier: Apache-2.0
#pragma once

// For GUI tests only (needs QtWidgets): header-only so that wharftestsupport stays QtCore.

#include <QDir>
#include <QTest>
#include <QWidget>

namespace Wharf::Test {

// With WHARF_SCREENSHOT_DIR set, saves the widget as it looks (name.png) for review.
inline void saveReviewScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("WHARF_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QVERIFY(widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace Wharf::Test
