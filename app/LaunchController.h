// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/HostFacts.h"
#include "launch/LaunchRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QSettings;
class QWidget;

namespace Wharf {

class AutomounterOffer;
class EngineManager;
class LaunchDialog;
class LaunchRunner;
class MessageBannerArea;
class RecentLaunches;
class RegistryServices;

// The window's side of a launch (issue 5): opens the Launch dialog from a page, pulls a
// registry image the engine does not have yet (with the user's login and progress), runs the
// request with LaunchRunner, and says in the page's banner area what went wrong when a
// precondition fails or the container stops at once. This computer's facts are probed once,
// in the background, at start; dialogs opened before that get them when they come.
// Recent launches are remembered and can be repeated in one click from a menu. A launch that
// stopped because no cvmfs-automounter runs offers to start it; a FUSE launch reports whether
// the image could mount CVMFS. CVMFS root, automounter and terminal come from WharfSettings.
class LaunchController : public QObject
{
    Q_OBJECT

public:
    // `engines` and `registries` are not owned; `window` parents the dialogs. `settings`: not
    // owned (tests); null: the application's settings.
    LaunchController(EngineManager *engines, RegistryServices *registries, QWidget *window,
                     QSettings *settings = nullptr, QObject *parent = nullptr);
    ~LaunchController() override;

    RecentLaunches *recentLaunches() const { return m_recent; }
    const HostFacts &hostFacts() const { return m_facts; }
    // The `wharf` binary the terminal wraps the command with (default: this program).
    void setWharfBinary(const QString &path) { m_wharfBinary = path; }

    // The Launch dialog for an image of an engine (Images page) or a registry reference
    // (Registries page: engineId empty, the image is pulled first when needed). Problems are
    // shown in `banners`.
    LaunchDialog *openDialog(const QString &engineId, const QString &image, MessageBannerArea *banners);
    // The Launch dialog for a directory under unpacked.cern.ch, with Apptainer chosen.
    LaunchDialog *openUnpackedDialog(const QString &unpackedPath, MessageBannerArea *banners);
    // "Start the cvmfs-automounter" from an error's remedies: on the default engine, with the
    // settings' automounter, after the same confirmation as from a stopped launch.
    void startAutomounter(MessageBannerArea *banners);
    // Runs a request: the dialog's, or a recent one again.
    void launch(const LaunchRequest &request, MessageBannerArea *banners);
    // Fills `menu` with the recent launches (click: launch again), "Clear".
    void fillRecentMenu(QMenu *menu, MessageBannerArea *banners);

Q_SIGNALS:
    // For the status bar: "Opened a terminal: …".
    void statusMessage(const QString &text);
    // The launch reached the terminal (after pulling and checking).
    void launched(const Wharf::LaunchRequest &request);

private:
    void run(const LaunchRequest &request, MessageBannerArea *banners);
    void pullThenRun(const LaunchRequest &request, MessageBannerArea *banners);
    // FUSE strategy: follows the container's output and says whether the image mounted CVMFS.
    void followFuseReadiness(LaunchRunner *runner, MessageBannerArea *banners);
    void withSecrets(const LaunchRequest &request,
                     std::function<void(QList<QPair<QString, QString>> secrets)> next);

    EngineManager *m_engines;
    RegistryServices *m_registries;
    QPointer<QWidget> m_window;
    QSettings *m_settings;
    RecentLaunches *m_recent;
    HostFacts m_facts;
    bool m_factsProbed = false;
    QString m_wharfBinary;
    QList<QPointer<LaunchDialog>> m_dialogs;
    AutomounterOffer *m_automounterOffer;
};

} // namespace Wharf
