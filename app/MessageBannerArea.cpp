// SPDX-License-Identifier: Apache-2.0
#include "MessageBannerArea.h"

#include "base/Error.h"

#include <QHash>
#include <QVBoxLayout>

#include <limits>

namespace Wharf {

namespace {

bool isTabStop(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

// The tab stops of a layout item: its widget and the widget's children, or the items of its
// layout, in layout order.
void collectTabStops(QLayoutItem *item, QList<QWidget *> &stops)
{
    if (QWidget *widget = item->widget()) {
        if (isTabStop(widget))
            stops.append(widget);
        const QList<QWidget *> children = widget->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if (isTabStop(child))
                stops.append(child);
        }
    } else if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            collectTabStops(layout->itemAt(i), stops);
    }
}

// Whether the layout item holds `widget`, directly or in a nested layout.
bool layoutContains(QLayoutItem *item, const QWidget *widget)
{
    if (item->widget() == widget)
        return true;
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (layoutContains(layout->itemAt(i), widget))
                return true;
        }
    }
    return false;
}

} // namespace

MessageBannerArea::MessageBannerArea(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

MessageBanner *MessageBannerArea::show(
    MessageBanner::Kind kind, const QString &title, const QString &body, const QString &details)
{
    auto *banner = new MessageBanner(kind, title, body, this);
    banner->setDetails(details);
    add(banner);
    return banner;
}

MessageBanner *MessageBannerArea::showError(const QString &title, const Error &error)
{
    MessageBanner *banner = show(MessageBanner::Kind::Error, title, error.message(), error.details());
    banner->explain(error, title);
    return banner;
}

void MessageBannerArea::add(MessageBanner *banner)
{
    for (MessageBanner *existing : banners()) {
        if (existing->title() == banner->title())
            remove(existing);
    }
    banner->setParent(this);
    m_layout->addWidget(banner);
    connect(banner, &MessageBanner::dismissed, this, [this, banner] {
        m_layout->removeWidget(banner); // it deletes itself
        banner->hide();
    });
    connect(banner, &MessageBanner::tabStopsChanged, this, &MessageBannerArea::updateTabOrder);
    banner->show();
    updateTabOrder();
}

void MessageBannerArea::updateTabOrder()
{
    QWidget *previous = tabOrderAnchor();
    if (!previous)
        return;
    for (MessageBanner *banner : banners()) {
        const QList<QWidget *> stops = banner->tabStops();
        for (QWidget *stop : stops) {
            setTabOrder(previous, stop);
            previous = stop;
        }
    }
}

QWidget *MessageBannerArea::tabOrderAnchor() const
{
    // Where each widget of the window is in its focus chain.
    QHash<const QWidget *, int> position;
    QWidget *top = window();
    int index = 0;
    for (QWidget *widget = top->nextInFocusChain(); widget && widget != top; widget = widget->nextInFocusChain())
        position.insert(widget, ++index);
    const auto outside = [this](const QWidget *widget) { return widget != this && !isAncestorOf(widget); };

    // The page's layout: the stops of the items above the area and of those below it.
    QLayout *layout = parentWidget() ? parentWidget()->layout() : nullptr;
    int areaItem = -1;
    for (int i = 0; layout && i < layout->count(); ++i) {
        if (layoutContains(layout->itemAt(i), this)) {
            areaItem = i;
            break;
        }
    }
    if (areaItem >= 0) {
        QList<QWidget *> above;
        QList<QWidget *> below;
        for (int i = 0; i < layout->count(); ++i) {
            if (i != areaItem)
                collectTabStops(layout->itemAt(i), i < areaItem ? above : below);
        }
        // After the last of the controls above it in the chain...
        QWidget *anchor = nullptr;
        int last = 0;
        for (QWidget *stop : std::as_const(above)) {
            if (outside(stop) && position.value(stop) > last) {
                last = position.value(stop);
                anchor = stop;
            }
        }
        if (anchor)
            return anchor;
        // ... or, with nothing above, right before the first of those below.
        QWidget *firstBelow = nullptr;
        int first = std::numeric_limits<int>::max();
        for (QWidget *stop : std::as_const(below)) {
            if (outside(stop) && position.contains(stop) && position.value(stop) < first) {
                first = position.value(stop);
                firstBelow = stop;
            }
        }
        if (firstBelow) {
            for (QWidget *widget = firstBelow->previousInFocusChain(); widget && widget != firstBelow;
                 widget = widget->previousInFocusChain()) {
                if (outside(widget) && isTabStop(widget))
                    return widget;
            }
        }
    }
    // Not in a layout (yet): where the area itself is in the chain.
    for (QWidget *widget = previousInFocusChain(); widget && widget != this; widget = widget->previousInFocusChain()) {
        if (outside(widget) && isTabStop(widget))
            return widget;
    }
    return nullptr;
}

void MessageBannerArea::remove(MessageBanner *banner)
{
    if (!banner || m_layout->indexOf(banner) < 0)
        return;
    m_layout->removeWidget(banner);
    banner->hide();
    banner->deleteLater();
}

QList<MessageBanner *> MessageBannerArea::banners() const
{
    QList<MessageBanner *> found;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (auto *banner = qobject_cast<MessageBanner *>(m_layout->itemAt(i)->widget()))
            found.append(banner);
    }
    return found;
}

} // namespace Wharf
