// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MessageBanner.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace Wharf {

class Error;

// The place at the top of a page where its banners stack. A banner with the title of one
// already shown replaces it (the same problem again is one banner, with the latest text);
// a removed banner leaves at once, so what banners() lists is what the user sees.
class MessageBannerArea : public QWidget
{
    Q_OBJECT

public:
    explicit MessageBannerArea(QWidget *parent = nullptr);

    MessageBanner *show(MessageBanner::Kind kind, const QString &title, const QString &body,
        const QString &details = {});
    // An error banner with what went wrong and how to fix it, from the known-error catalogue.
    MessageBanner *showError(const QString &title, const Error &error);
    // A banner made elsewhere; the area takes it.
    void add(MessageBanner *banner);
    void remove(MessageBanner *banner);

    QList<MessageBanner *> banners() const;

private:
    // Puts the banners' buttons in the Tab order where the area shows: after the controls
    // above it in the page's layout, before those below. Made after the page's controls,
    // they would otherwise come last, after everything the banner is about.
    void updateTabOrder();
    // The focus stop the first banner's stops follow (null: none found).
    QWidget *tabOrderAnchor() const;

    QVBoxLayout *m_layout;
};

} // namespace Wharf
