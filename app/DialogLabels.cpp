// SPDX-License-Identifier: Apache-2.0
#include "DialogLabels.h"

#include <QLabel>
#include <QLayout>
#include <QStyle>

namespace Wharf {

QLabel *DialogLabels::selectable(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // engine text is never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Take the whole width of the field column, so a wrapped line breaks late; keeps the
    // height-for-width flag that word wrap set.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
    return label;
}

void DialogLabels::setErrorTone(QLabel *label, bool isError)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (isError) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(255, 130, 120) : QColor(176, 0, 32));
    }
    label->setPalette(palette);
}

QLabel *DialogLabels::formLabel(const QString &text, QWidget *buddy, QWidget *parent, Qt::Alignment vertical)
{
    auto *label = new QLabel(text, parent);
    if (buddy)
        label->setBuddy(buddy);
    const auto horizontal = Qt::Alignment(parent->style()->styleHint(QStyle::SH_FormLayoutLabelAlignment))
        & Qt::AlignHorizontal_Mask;
    label->setAlignment(horizontal | vertical);
    return label;
}

int DialogLabels::contentHeight(QWidget *window)
{
    QLayout *layout = window->layout();
    layout->activate();
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                       : layout->totalSizeHint().height();
}

void DialogLabels::growToFit(QWidget *window)
{
    if (!window->isVisible())
        return;
    const int needed = contentHeight(window);
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace Wharf
