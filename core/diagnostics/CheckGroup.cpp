// SPDX-License-Identifier: Apache-2.0
#include "CheckGroup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

QList<CheckGroup> allCheckGroups()
{
    return { CheckGroup::Engines, CheckGroup::Cvmfs, CheckGroup::HostSecurity,
        CheckGroup::DockerDesktop, CheckGroup::Registries, CheckGroup::Apptainer,
        CheckGroup::Host };
}

QString checkGroupName(CheckGroup group)
{
    switch (group) {
    case CheckGroup::Engines: return u"engines"_s;
    case CheckGroup::Cvmfs: return u"cvmfs"_s;
    case CheckGroup::HostSecurity: return u"host-security"_s;
    case CheckGroup::DockerDesktop: return u"docker-desktop"_s;
    case CheckGroup::Registries: return u"registries"_s;
    case CheckGroup::Apptainer: return u"apptainer"_s;
    case CheckGroup::Host: return u"host"_s;
    }
    return u"unknown"_s;
}

QString checkGroupTitle(CheckGroup group)
{
    switch (group) {
    case CheckGroup::Engines: return QCoreApplication::translate("Wharf::CheckGroup", "Engines");
    case CheckGroup::Cvmfs: return QCoreApplication::translate("Wharf::CheckGroup", "CVMFS");
    case CheckGroup::HostSecurity:
        return QCoreApplication::translate("Wharf::CheckGroup", "Host security");
    case CheckGroup::DockerDesktop:
        return QCoreApplication::translate("Wharf::CheckGroup", "Docker Desktop");
    case CheckGroup::Registries:
        return QCoreApplication::translate("Wharf::CheckGroup", "Registries");
    case CheckGroup::Apptainer:
        return QCoreApplication::translate("Wharf::CheckGroup", "Apptainer");
    case CheckGroup::Host: return QCoreApplication::translate("Wharf::CheckGroup", "This computer");
    }
    return {};
}

} // namespace Wharf
