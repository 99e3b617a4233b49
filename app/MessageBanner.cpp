// SPDX-License-Identifier: Apache-2.0
#include "MessageBanner.h"

#include "ErrorExplanationView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

MessageBanner::MessageBanner(Kind kind, const QString &title, const QString &body, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_text(new QVBoxLayout)
    , m_actions(new QHBoxLayout)
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Tint from the palette, so dark themes and high contrast stay readable.
    QPalette pal = palette();
    QColor tint;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Information:
        tint = QColor(0x3d, 0x8b, 0xd9);
        break;
    case Kind::Warning:
        tint = QColor(0xe0, 0xa0, 0x20);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        tint = QColor(0xd9, 0x44, 0x3d);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const QColor base = pal.color(QPalette::Window);
    const QColor mixed = QColor::fromRgbF(base.redF() * 0.85f + tint.redF() * 0.15f,
                                          base.greenF() * 0.85f + tint.greenF() * 0.15f,
                                          base.blueF() * 0.85f + tint.blueF() * 0.15f);
    pal.setColor(QPalette::Window, mixed);
    setPalette(pal);

    auto *iconLabel = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
    iconLabel->setAlignment(Qt::AlignTop);

    m_title->setText(title);
    m_title->setObjectName(u"bannerTitleLabel"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setText(body);
    m_body->setObjectName(u"bannerBodyLabel"_s);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setVisible(!body.isEmpty());

    auto *close = new QToolButton(this);
    m_dismissButton = close;
    close->setObjectName(u"dismissButton"_s);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    connect(close, &QToolButton::clicked, this, [this] {
        Q_EMIT dismissed();
        deleteLater();
    });

    m_text->addWidget(m_title);
    m_text->addWidget(m_body);
    m_actions->addStretch();
    m_text->addLayout(m_actions);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addLayout(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);

    setAccessibleName(title);
    setAccessibleDescription(body);
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::body() const
{
    return m_body->text();
}

void MessageBanner::addAction(const QString &text, std::function<void()> action, bool keepOpen)
{
    auto *button = new QPushButton(text, this);
    m_actions->insertWidget(m_actions->count() - 1, button);
    connect(button, &QPushButton::clicked, this, [this, action = std::move(action), keepOpen] {
        action();
        if (!keepOpen) {
            Q_EMIT dismissed();
            deleteLater();
        }
    });
    Q_EMIT tabStopsChanged();
}

void MessageBanner::setDetails(const QString &details)
{
    if (details.isEmpty())
        return;
    if (!m_details) {
        m_details = new QLabel(this);
        m_details->setObjectName(u"bannerDetailsLabel"_s);
        m_details->setWordWrap(true);
        m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->setVisible(false);
        m_text->insertWidget(2, m_details);
        addAction(tr("Details"), [this] { m_details->setVisible(!m_details->isVisible()); }, true);
    }
    m_details->setText(details);
}

void MessageBanner::explain(const Error &error, const QString &context)
{
    if (!m_explanation) {
        m_explanation = new ErrorExplanationView(this);
        m_explanation->setShowsUnknownText(false); // the body and the details already say it
        m_text->insertWidget(2, m_explanation);
    }
    m_explanation->explain(error, context);
    Q_EMIT tabStopsChanged();
}

QList<QWidget *> MessageBanner::tabStops() const
{
    QList<QWidget *> stops{m_dismissButton};
    // The explanation makes its widgets top to bottom; the old ones of a rebuild may linger
    // until deleted, hidden, which Tab skips.
    if (m_explanation) {
        const QList<QWidget *> children = m_explanation->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if ((child->focusPolicy() & Qt::TabFocus) && !child->focusProxy())
                stops.append(child);
        }
    }
    for (int i = 0; i < m_actions->count(); ++i) {
        if (QWidget *button = m_actions->itemAt(i)->widget())
            stops.append(button);
    }
    return stops;
}

} // namespace Wharf
