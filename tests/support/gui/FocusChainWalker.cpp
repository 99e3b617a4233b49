// SPDX-License-Identifier: Apache-2.0
#include "FocusChainWalker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

// Enough for any page or dialog: more stops than this is a keyboard user's nightmare anyway.
constexpr int MaxSteps = 200;
// A text browser or a label moves through its links with Tab before it lets focus go.
constexpr int MaxStepsInsideLinks = 50;

// Where the widget is on the screen (its window's coordinates would do, but widgets of one
// walk may be in different windows when focus escapes; global ones always compare).
QRect screenRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

// Tab stops once in a group of exclusive radio buttons, on the checked one; the arrow keys
// move within. So one button of the group reached is the group reached.
bool groupReached(QWidget *widget, const QSet<QWidget *> &reached)
{
    auto *button = qobject_cast<QAbstractButton *>(widget);
    if (!button || !button->isCheckable())
        return false;
    QList<QAbstractButton *> group;
    if (button->group() && button->group()->exclusive())
        group = button->group()->buttons();
    else if (button->autoExclusive() && button->parentWidget())
        group = button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    return std::any_of(group.cbegin(), group.cend(), [button, &reached](QAbstractButton *other) {
        return other != button && reached.contains(other)
            && (button->group() || other->autoExclusive());
    });
}

} // namespace

FocusChainWalker::FocusChainWalker(const QString &context)
    : m_context(context)
{
}

void FocusChainWalker::addProblem(const QString &problem)
{
    m_problems << m_context + u": "_s + problem;
}

QString FocusChainWalker::report() const
{
    return u"\n  "_s + m_problems.join(u"\n  "_s);
}

QString FocusChainWalker::describe(const QWidget *widget)
{
    if (!widget)
        return u"(no widget)"_s;
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" '"_s + widget->objectName() + u'\'';
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty()) {
            text += u" in "_s + QString::fromLatin1(parent->metaObject()->className()) + u" '"_s
                + parent->objectName() + u'\'';
            break;
        }
    }
    return text;
}

QStringList FocusChainWalker::describe(const QList<QWidget *> &widgets)
{
    QStringList texts;
    for (const QWidget *widget : widgets)
        texts << describe(widget);
    return texts;
}

QString FocusChainWalker::accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
    // Line edits of combo boxes and spin boxes speak for their owner.
    if (name.isEmpty() && widget->parentWidget()
        && (qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())))
        return accessibleName(widget->parentWidget());
    return name;
}

bool FocusChainWalker::isShowing(const QWidget *widget)
{
    if (!widget->isVisible())
        return false;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        if (w->width() <= 0 || w->height() <= 0)
            return false;
    }
    return true;
}

bool FocusChainWalker::isControl(QWidget *widget)
{
    if (!isShowing(widget) || !widget->isEnabled())
        return false;
    if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget))
        return false;
    QWidget *parent = widget->parentWidget();
    if (parent
        && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
            || qobject_cast<QTabBar *>(parent) || qobject_cast<QLineEdit *>(parent)
            || qobject_cast<QAbstractItemView *>(parent->parentWidget())))
        return false; // inner parts (a line edit's clear button too), and editors open in a view
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractSlider *>(widget)
        || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
        || qobject_cast<QTabBar *>(widget);
}

QWidget *FocusChainWalker::focusTarget(QWidget *widget)
{
    while (widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

FocusChainWalker::Walk FocusChainWalker::walk(QWidget *start, bool forward)
{
    Walk walk;
    QWidget *previous = start;
    int repeats = 0;
    for (int step = 0; step < MaxSteps; ++step) {
        QWidget *current = QApplication::focusWidget();
        if (!current) {
            addProblem(u"focus was lost after %1"_s.arg(describe(previous)));
            return walk;
        }
        if (forward)
            QTest::keyClick(current, Qt::Key_Tab);
        else
            QTest::keyClick(current, Qt::Key_Backtab, Qt::ShiftModifier);
        QWidget *next = QApplication::focusWidget();
        if (!next) {
            addProblem(u"focus was lost after %1"_s.arg(describe(current)));
            return walk;
        }
        if (next == start) {
            walk.cameBack = true;
            return walk;
        }
        if (next == current) {
            // Only text with links may keep Tab for a while (it moves through its links).
            const bool hasLinks = qobject_cast<QTextBrowser *>(next) || qobject_cast<QLabel *>(next);
            const int allowed = hasLinks ? MaxStepsInsideLinks : 0;
            if (++repeats > allowed) {
                addProblem(u"%1 keeps the focus (%2 does not leave it)"_s.arg(
                    describe(next), forward ? u"Tab"_s : u"Shift+Tab"_s));
                return walk;
            }
            continue;
        }
        repeats = 0;
        if (!isShowing(next) || !next->isEnabled())
            addProblem(u"focus landed on the %1 %2"_s.arg(
                next->isEnabled() ? u"invisible"_s : u"disabled"_s, describe(next)));
        walk.stops.append(next);
        previous = next;
    }
    addProblem(u"%1 did not come back to %2 within %3 steps (last: %4)"_s.arg(
        forward ? u"Tab"_s : u"Shift+Tab"_s, describe(start), QString::number(MaxSteps), describe(previous)));
    return walk;
}

FocusChainWalker::Walk FocusChainWalker::checkCycle(QWidget *start, QWidget *scope)
{
    // (1) Around the chain and back, only on visible and enabled widgets.
    const Walk forward = walk(start, true);
    qInfo().noquote() << m_context << "Tab order:" << describe(forward.stops).join(u"\n    "_s);

    // (2) Every stop has a name a screen reader can say.
    QSet<QWidget *> reported;
    for (QWidget *stop : forward.stops) {
        if (!reported.contains(stop) && accessibleName(stop).isEmpty()) {
            addProblem(u"%1 has no accessible name"_s.arg(describe(stop)));
            reported.insert(stop);
        }
    }
    if (!forward.cameBack)
        return forward;

    // (3) Every control that shows is reached.
    QSet<QWidget *> reached(forward.stops.cbegin(), forward.stops.cend());
    reached.insert(start);
    const QList<QWidget *> widgets = scope->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget == start || focusTarget(widget) == start || !isControl(widget))
            continue;
        if (!reached.contains(focusTarget(widget)) && !groupReached(widget, reached))
            addProblem(u"%1 cannot be reached with Tab"_s.arg(describe(widget)));
    }

    // (4) Shift+Tab walks the same chain backwards.
    if (QApplication::focusWidget() != start) {
        addProblem(u"Tab came back, but focus is on %1"_s.arg(describe(QApplication::focusWidget())));
        return forward;
    }
    const Walk backward = walk(start, false);
    if (backward.cameBack) {
        const QList<QWidget *> expected(forward.stops.crbegin(), forward.stops.crend());
        if (backward.stops != expected)
            addProblem(u"Shift+Tab does not walk the Tab chain backwards:\n    expected %1\n    got      %2"_s.arg(
                describe(expected).join(u" | "_s), describe(backward.stops).join(u" | "_s)));
    }
    return forward;
}

void FocusChainWalker::checkLabelsFit(QWidget *scope)
{
    const QList<QLabel *> labels = scope->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!isShowing(label) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const bool cutWide = !label->wordWrap() && label->width() < label->minimumSizeHint().width();
        const bool cutHigh = label->wordWrap() && label->height() < label->heightForWidth(label->width());
        if (cutWide || cutHigh)
            addProblem(u"with a 20 pt font the label %1 (\"%2\") is cut: %3x%4, needs %5"_s.arg(
                describe(label), label->text().left(40), QString::number(label->width()),
                QString::number(label->height()),
                cutWide ? u"width %1"_s.arg(label->minimumSizeHint().width())
                        : u"height %1"_s.arg(label->heightForWidth(label->width()))));
    }
}

void FocusChainWalker::checkScreenOrder(const Walk &forward, QWidget *group)
{
    const QRect area = screenRect(group);
    int first = -1;
    int last = -1;
    QList<QWidget *> inGroup;
    for (int i = 0; i < forward.stops.size(); ++i) {
        QWidget *stop = forward.stops.at(i);
        if (group->isAncestorOf(stop)) {
            if (first < 0)
                first = i;
            last = i;
            inGroup << stop;
        }
    }
    if (inGroup.isEmpty()) {
        addProblem(u"Tab reaches nothing in %1"_s.arg(describe(group)));
        return;
    }
    if (last - first + 1 != inGroup.size())
        addProblem(u"the stops in %1 are not one after the other: %2"_s.arg(
            describe(group), describe(forward.stops.mid(first, last - first + 1)).join(u" | "_s)));
    for (int i = 0; i < forward.stops.size(); ++i) {
        QWidget *stop = forward.stops.at(i);
        if (group->isAncestorOf(stop))
            continue;
        const QRect rect = screenRect(stop);
        if (rect.bottom() < area.top() && i > first)
            addProblem(u"%1, above %2, comes after it"_s.arg(describe(stop), describe(group)));
        if (rect.top() > area.bottom() && i < last)
            addProblem(u"%1, below %2, comes before it"_s.arg(describe(stop), describe(group)));
    }
    // Inside: top to bottom, and left to right on a line.
    for (int i = 0; i + 1 < inGroup.size(); ++i) {
        const QRect here = screenRect(inGroup.at(i));
        const QRect next = screenRect(inGroup.at(i + 1));
        const bool nextIsAbove = next.bottom() < here.top();
        const bool sameLine = next.top() <= here.bottom() && here.top() <= next.bottom();
        if (nextIsAbove || (sameLine && next.left() < here.left()))
            addProblem(u"in %1, Tab goes from %2 back to %3 (%4)"_s.arg(describe(group),
                describe(inGroup.at(i)), describe(inGroup.at(i + 1)),
                nextIsAbove ? u"above it"_s : u"left of it"_s));
    }
}

} // namespace Wharf::Test
