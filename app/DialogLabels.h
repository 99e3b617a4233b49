// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <Qt>

class QLabel;
class QWidget;

namespace Wharf {

// The labels the dialogs share: selectable plain-text messages (engine text is never
// markup) and form labels aligned the way the style aligns them.
class DialogLabels
{
public:
    // A word-wrapped, selectable, plain-text label that takes the width of its column.
    static QLabel *selectable(QWidget *parent, const QString &objectName);
    // Error tone (readable on light and dark palettes) or the normal one.
    static void setErrorTone(QLabel *label, bool isError);
    // A label for a row of a form, with its buddy.
    static QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent, Qt::Alignment vertical);
    // The height a window's content needs at its current width. Qt gives a window whose
    // layout has height-for-width (word-wrapped labels) no minimum height, so a message that
    // needs another line would be clipped: dialogs resize to this.
    static int contentHeight(QWidget *window);
    // Grows a shown window to contentHeight() when its text needs more room; never shrinks
    // it (the user may have made it taller). Before the first show() the size hint already
    // accounts for the text.
    static void growToFit(QWidget *window);
};

} // namespace Wharf
