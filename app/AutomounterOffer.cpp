// SPDX-License-Identifier: Apache-2.0
#include "AutomounterOffer.h"

#include "ConfirmationDialog.h"
#include "MessageBannerArea.h"
#include "PreconditionBanner.h"
#include "launch/AutomounterStarter.h"
#include "launch/LaunchPlanner.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace Wharf {

AutomounterOffer::AutomounterOffer(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

bool AutomounterOffer::applies(const LaunchRequest &request, const QList<PreconditionResult> &results)
{
    if (request.strategy != LaunchStrategy::Automounter)
        return false;
    bool automounterMissing = false;
    for (const PreconditionResult &result : results) {
        if (result.ok())
            continue;
        // Only when nothing else is wrong: starting the automounter would not fix a missing
        // engine CLI or a mount root that is not shared (its own start checks those and says so).
        if (result.precondition.kind != LaunchPrecondition::Kind::ContainerRunning
            || result.status != PreconditionResult::Status::Failed)
            return false;
        automounterMissing = result.precondition.subject == request.automounter.containerName;
    }
    return automounterMissing;
}

bool AutomounterOffer::isStarting() const
{
    return m_starter && m_starter->isRunning();
}

void AutomounterOffer::offer(MessageBanner *banner, const LaunchRequest &request, const HostFacts &facts,
                             MessageBannerArea *banners, std::function<void()> retry)
{
    const QPointer<MessageBannerArea> target(banners);
    banner->addAction(tr("Start the cvmfs-automounter…"), [this, request, facts, target, retry] {
        if (target)
            confirmAndStart(request, facts, target, retry);
    });
}

void AutomounterOffer::confirmAndStart(const LaunchRequest &request, const HostFacts &facts,
                                       MessageBannerArea *banners, std::function<void()> retry)
{
    if (isStarting())
        return;
    const Result<LaunchPlan> plan
        = LaunchPlanner::automounterStartPlan(request.engine, request.automounter, facts, request.engineHost);
    if (!plan) {
        banners->showError(tr("The cvmfs-automounter cannot start here"), plan.error());
        return;
    }
    const QPointer<MessageBannerArea> target(banners);
    const LaunchPlan startPlan = *plan;
    // The privileges are the point of the question: the text says them, the details show the
    // exact command that will run.
    ConfirmationDialog::ask(m_window, tr("Start the cvmfs-automounter"),
                            tr("Start the cvmfs-automounter container \"%1\" from %2?")
                                    .arg(request.automounter.containerName, request.automounter.image)
                                + u"\n\n"_s + startPlan.warnings.join(u"\n\n"_s),
                            startPlan.commandLine(), tr("Start"), [this, startPlan, target, retry](bool confirmed) {
                                if (confirmed && target)
                                    start(startPlan, target, retry);
                            });
}

void AutomounterOffer::start(const LaunchPlan &plan, MessageBannerArea *banners, std::function<void()> retry)
{
    const QPointer<MessageBannerArea> target(banners);
    auto *starter = new AutomounterStarter(HostEnvironment::fromSystem(), this);
    m_starter = starter;
    MessageBanner *progress
        = banners->show(MessageBanner::Kind::Information, tr("Starting the cvmfs-automounter"),
                        tr("Running %1. The first start downloads the image, which can take a minute.")
                            .arg(plan.program + u" run -d"_s));
    const QPointer<MessageBanner> progressBanner(progress);
    progress->addAction(tr("Cancel"), [starter] { starter->cancel(); starter->deleteLater(); });
    auto closeProgress = [target, progressBanner] {
        if (target && progressBanner)
            target->remove(progressBanner);
    };
    connect(starter, &AutomounterStarter::preconditionsFailed, this,
            [starter, target, closeProgress](const QList<PreconditionResult> &results) {
                starter->deleteLater();
                closeProgress();
                if (target)
                    PreconditionBanner::show(target, tr("The cvmfs-automounter was not started"), results);
            });
    connect(starter, &AutomounterStarter::failed, this,
            [starter, target, closeProgress](const Error &error, const QList<CatalogueMatch> &) {
                starter->deleteLater();
                closeProgress();
                if (target)
                    target->showError(tr("The cvmfs-automounter could not start"), error);
            });
    connect(starter, &AutomounterStarter::started, this,
            [this, starter, target, closeProgress, retry](const QString &containerId) {
                starter->deleteLater();
                closeProgress();
                if (target) {
                    target->show(MessageBanner::Kind::Information, tr("The cvmfs-automounter is running"),
                                 tr("It mounts each repository when a container first opens it. Launching again."));
                }
                Q_EMIT automounterStarted(containerId);
                if (retry)
                    retry();
            });
    starter->startPlan(plan);
}

} // namespace Wharf
