// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace Wharf::Test {

// Walks a window's focus chain by keyboard, the way a user does (issue 7, Accessibility), and
// collects what a keyboard or screen-reader user would trip over: focus lost, stuck, on a
// hidden or disabled widget, a stop without an accessible name, a control Tab never reaches,
// Shift+Tab not walking the chain backwards, a label cut by a large font. Shared by the page
// walk (tst_keyboardwalk) and the dialog walk (tst_dialogkeyboardwalk). Every problem starts
// with `context` (the page or dialog), so a failure names where it is.
class FocusChainWalker
{
public:
    struct Walk
    {
        QList<QWidget *> stops; // in order, without `start` at either end
        bool cameBack = false;
    };

    explicit FocusChainWalker(const QString &context);

    // Presses Tab (or Shift+Tab) from the focus on `start` until focus is back on it.
    Walk walk(QWidget *start, bool forward);
    // The whole check: Tab around and back, a name on every stop, every control under `scope`
    // (but `start`) reached, Shift+Tab the same chain backwards. Focus must be on `start`.
    Walk checkCycle(QWidget *start, QWidget *scope);
    // With the font the test set: no label under `scope` narrower or lower than its text needs.
    void checkLabelsFit(QWidget *scope);
    // That the stops of `forward` among `group` (e.g. a banner's buttons) come one after the
    // other, after every stop shown above `group`'s area and before every stop shown below it.
    void checkScreenOrder(const Walk &forward, QWidget *group);

    void addProblem(const QString &problem);
    const QStringList &problems() const { return m_problems; }
    // The problems, one a line, for QVERIFY2.
    QString report() const;

    // "QLineEdit 'filterLineEdit' in ImagesPage 'imagesPage'": enough to find the widget.
    static QString describe(const QWidget *widget);
    static QStringList describe(const QList<QWidget *> &widgets);
    // The name a screen reader says: the widget's own, its buddy label's, its button text.
    static QString accessibleName(QWidget *widget);
    // Shown, with some size, all of its parents too.
    static bool isShowing(const QWidget *widget);
    // A control a keyboard user must reach: a button, edit, view or chooser, showing and
    // enabled; parts of other controls (scroll bars, headers, a combo's line edit) are not.
    static bool isControl(QWidget *widget);
    // The widget that takes focus for `widget` (its focus proxy, if any).
    static QWidget *focusTarget(QWidget *widget);

private:
    QString m_context;
    QStringList m_problems;
};

} // namespace Wharf::Test
