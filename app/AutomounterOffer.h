// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/AutomounterSettings.h"
#include "launch/HostFacts.h"
#include "launch/LaunchPlan.h"
#include "launch/LaunchRequest.h"
#include "launch/PreconditionResult.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Wharf {

class AutomounterStarter;
class MessageBanner;
class MessageBannerArea;

// "Start the cvmfs-automounter…" where a launch with the automounter strategy stopped because
// no automounter runs (issue 5, strategy 2). The documented `run -d` is shown with what its
// privileges mean and runs only once the user confirmed; progress, failure (explained through
// the catalogue) and success are told in the page's banners, and on success the launch that
// was stopped goes again (`retry`).
class AutomounterOffer : public QObject
{
    Q_OBJECT

public:
    // `window` parents the confirmation; not owned.
    explicit AutomounterOffer(QWidget *window, QObject *parent = nullptr);

    // Whether the launch stopped only because the automounter container is not running.
    static bool applies(const LaunchRequest &request, const QList<PreconditionResult> &results);

    // Adds the "Start the cvmfs-automounter…" action to `banner`.
    void offer(MessageBanner *banner, const LaunchRequest &request, const HostFacts &facts,
               MessageBannerArea *banners, std::function<void()> retry);
    // Asks, then starts (what the action does).
    void confirmAndStart(const LaunchRequest &request, const HostFacts &facts, MessageBannerArea *banners,
                         std::function<void()> retry);

    bool isStarting() const;

Q_SIGNALS:
    void automounterStarted(const QString &containerId);

private:
    void start(const LaunchPlan &plan, MessageBannerArea *banners, std::function<void()> retry);

    QPointer<QWidget> m_window;
    QPointer<AutomounterStarter> m_starter;
};

} // namespace Wharf
