// SPDX-License-Identifier: Apache-2.0
#include "MessageBannerArea.h"

#include "base/Error.h"

#include <QVBoxLayout>

namespace Wharf {

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
    banner->show();
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
