// SPDX-License-Identifier: Apache-2.0
#include "CommandEngines.h"

#include "WharfSettings.h"

#include "engine/DiscoveryEnvironment.h"
#include "engine/EmbeddedPodmanService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QString configuredHost()
{
    QSettings settings;
    return WharfSettings(&settings).engineHost(); // as the window uses
}

} // namespace

CommandEngines::CommandEngines()
    : m_manager(DiscoveryEnvironment::fromSystem(configuredHost()))
{
}

void CommandEngines::discover()
{
    // The command's own (and only) event loop: this is a command-line program, not the GUI.
    QEventLoop loop;
    QObject::connect(&m_manager, &EngineManager::finished, &loop, &QEventLoop::quit);
    m_manager.start();
    if (!m_manager.isFinished())
        loop.exec();
}

bool CommandEngines::matches(const Engine &engine, const QString &name)
{
    return engine.displayName().compare(name, Qt::CaseInsensitive) == 0
        || engineKindName(engine.kind()).compare(name, Qt::CaseInsensitive) == 0 || engine.id() == name
        || engine.candidate().endpoint.toUrl() == name;
}

QString CommandEngines::noEngineAdvice() const
{
    if (EmbeddedPodmanService::isAvailable())
        return QCoreApplication::translate("Wharf::CommandEngines",
                                           "No container engine answers. Podman is installed: start its service with "
                                           "\"systemctl --user start podman.socket\", or open Wharf's window, which "
                                           "starts one for the session.");
    return QCoreApplication::translate("Wharf::CommandEngines",
                                       "No container engine answers. Install and start Docker or Podman "
                                       "(Debian/Ubuntu: \"sudo apt install podman\").");
}

} // namespace Wharf
