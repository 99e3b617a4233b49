// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticSuite.h"

#include "AppArmorCheck.h"
#include "AutomounterContainerCheck.h"
#include "ApptainerCheck.h"
#include "CvmfsClientCheck.h"
#include "CvmfsMountCheck.h"
#include "DockerDesktopFileSharingCheck.h"
#include "EngineDiskSpaceCheck.h"
#include "PrivilegedContainersCheck.h"
#include "EnginesCheck.h"
#include "FuseDeviceCheck.h"
#include "HostArchitectureCheck.h"
#include "MountPropagationCheck.h"
#include "RegistryAccessCheck.h"
#include "registry/RegistryConnections.h"
#include "RootlessPodmanCheck.h"
#include "SelinuxCheck.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

using Factory = std::function<DiagnosticCheck *(const DiagnosticSuite::Options &, QObject *)>;

struct Entry
{
    QString id;
    Factory create;
    QList<Symptom> symptoms; // Other is implied for every check
};

template<typename Check> Factory plain()
{
    return [](const DiagnosticSuite::Options &, QObject *parent) -> DiagnosticCheck * {
        return new Check(parent);
    };
}

// Display order: grouped as CheckGroup orders the sections, then as listed here.
const QList<Entry> &table()
{
    using S = Symptom;
    static const QList<Entry> entries {
        // Engines
        { u"engines"_s,
            [](const DiagnosticSuite::Options &options, QObject *parent) -> DiagnosticCheck * {
                return new EnginesCheck(options.engineHost, parent);
            },
            { S::PermissionDenied, S::PullFails, S::ContainerExits, S::LoginFails } },
        { u"disk-space"_s,
            [](const DiagnosticSuite::Options &options, QObject *parent) -> DiagnosticCheck * {
                return new EngineDiskSpaceCheck(options.engineHost, parent);
            },
            { S::PullFails, S::ContainerExits } },
        { u"privileged-containers"_s,
            [](const DiagnosticSuite::Options &options, QObject *parent) -> DiagnosticCheck * {
                return new PrivilegedContainersCheck(options.engineHost, parent);
            },
            { S::ContainerExits } },
        { u"podman-rootless"_s, plain<RootlessPodmanCheck>(),
            { S::PermissionDenied, S::ContainerExits } },
        // CVMFS
        { u"cvmfs-repositories"_s,
            [](const DiagnosticSuite::Options &options, QObject *parent) -> DiagnosticCheck * {
                auto *check = new CvmfsMountCheck(parent);
                if (!options.cvmfsRepositories.isEmpty())
                    check->setRepositories(options.cvmfsRepositories);
                check->setRepositoryTimeout(options.repositoryTimeout);
                return check;
            },
            { S::CvmfsMissing, S::ContainerExits } },
        { u"cvmfs-client"_s, plain<CvmfsClientCheck>(), { S::CvmfsMissing } },
        { u"automounter-container"_s,
            [](const DiagnosticSuite::Options &options, QObject *parent) -> DiagnosticCheck * {
                return new AutomounterContainerCheck(options.engineHost, options.automounter, parent);
            },
            { S::CvmfsMissing, S::ContainerExits } },
        { u"dev-fuse"_s, plain<FuseDeviceCheck>(),
            { S::CvmfsMissing, S::PermissionDenied, S::ContainerExits } },
        { u"mount-propagation"_s, plain<MountPropagationCheck>(),
            { S::CvmfsMissing, S::ContainerExits } },
        // Host security
        { u"selinux"_s, plain<SelinuxCheck>(),
            { S::CvmfsMissing, S::PermissionDenied, S::ContainerExits } },
        { u"apparmor"_s, plain<AppArmorCheck>(), { S::CvmfsMissing, S::ContainerExits } },
        // Docker Desktop
        { u"docker-desktop-file-sharing"_s, plain<DockerDesktopFileSharingCheck>(),
            { S::CvmfsMissing, S::PermissionDenied, S::ContainerExits } },
        // Registries
        { u"registries"_s,
            [](const DiagnosticSuite::Options &options, QObject *parent) -> DiagnosticCheck * {
                return new RegistryAccessCheck(options.registries, options.registryConnections, parent);
            },
            { S::PullFails, S::LoginFails } },
        // Apptainer
        { u"apptainer"_s, plain<ApptainerCheck>(),
            { S::PermissionDenied, S::PullFails, S::LoginFails } },
        // This computer
        { u"architecture"_s, plain<HostArchitectureCheck>(), { S::PullFails, S::ContainerExits } },
    };
    return entries;
}

const Entry *find(const QString &id)
{
    const QString canonical = DiagnosticSuite::canonicalCheckId(id);
    for (const Entry &entry : table()) {
        if (entry.id == canonical)
            return &entry;
    }
    return nullptr;
}

} // namespace

QStringList DiagnosticSuite::allCheckIds()
{
    QStringList ids;
    for (const Entry &entry : table())
        ids.append(entry.id);
    return ids;
}

QStringList DiagnosticSuite::checkIdsFor(std::optional<Symptom> symptom)
{
    QStringList ids;
    for (const Entry &entry : table()) {
        if (!symptom || *symptom == Symptom::Other || entry.symptoms.contains(*symptom))
            ids.append(entry.id);
    }
    return ids;
}

QString DiagnosticSuite::canonicalCheckId(const QString &id)
{
    if (id == u"cvmfs-present"_s)
        return u"cvmfs-repositories"_s;
    if (id == u"user-namespaces"_s)
        return u"podman-rootless"_s;
    return id;
}

DiagnosticCheck *DiagnosticSuite::create(const QString &id, const Options &options, QObject *parent)
{
    const Entry *entry = find(id);
    return entry ? entry->create(options, parent) : nullptr;
}

QList<DiagnosticCheck *> DiagnosticSuite::createFor(
    std::optional<Symptom> symptom, const Options &options, QObject *parent)
{
    QList<DiagnosticCheck *> checks;
    for (const QString &id : checkIdsFor(symptom))
        checks.append(create(id, options, parent));
    return checks;
}

} // namespace Wharf
