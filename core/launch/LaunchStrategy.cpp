// SPDX-License-Identifier: Apache-2.0
#include "LaunchStrategy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

QString launchStrategyName(LaunchStrategy strategy)
{
    switch (strategy) {
    case LaunchStrategy::HostMount: return u"host"_s;
    case LaunchStrategy::Automounter: return u"automounter"_s;
    case LaunchStrategy::Fuse: return u"fuse"_s;
    case LaunchStrategy::Apptainer: return u"apptainer"_s;
    case LaunchStrategy::Cmssw: return u"cmssw"_s;
    }
    return {};
}

std::optional<LaunchStrategy> launchStrategyFromName(QStringView name)
{
    const QList<LaunchStrategy> strategies = allLaunchStrategies();
    for (const LaunchStrategy strategy : strategies) {
        if (name == launchStrategyName(strategy))
            return strategy;
    }
    return std::nullopt;
}

QString launchStrategyDisplayName(LaunchStrategy strategy)
{
    switch (strategy) {
    case LaunchStrategy::HostMount:
        return QCoreApplication::translate("Wharf::LaunchStrategy", "CVMFS from this computer");
    case LaunchStrategy::Automounter:
        return QCoreApplication::translate("Wharf::LaunchStrategy", "CVMFS from the cvmfs-automounter container");
    case LaunchStrategy::Fuse:
        return QCoreApplication::translate("Wharf::LaunchStrategy", "CVMFS mounted inside the container (FUSE)");
    case LaunchStrategy::Apptainer:
        return QCoreApplication::translate("Wharf::LaunchStrategy", "Apptainer / Singularity");
    case LaunchStrategy::Cmssw:
        return QCoreApplication::translate("Wharf::LaunchStrategy", "CMS wrapper (cmssw-elN)");
    }
    return {};
}

QList<LaunchStrategy> allLaunchStrategies()
{
    return {LaunchStrategy::HostMount, LaunchStrategy::Automounter, LaunchStrategy::Fuse,
            LaunchStrategy::Apptainer, LaunchStrategy::Cmssw};
}

bool launchStrategyUsesEngine(LaunchStrategy strategy)
{
    switch (strategy) {
    case LaunchStrategy::HostMount:
    case LaunchStrategy::Automounter:
    case LaunchStrategy::Fuse: return true;
    case LaunchStrategy::Apptainer:
    case LaunchStrategy::Cmssw: return false;
    }
    return false;
}

} // namespace Wharf
