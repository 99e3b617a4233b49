// SPDX-License-Identifier: Apache-2.0
#include "AutomounterSettings.h"

#include "engine/ContainerSummary.h"
#include "registry/ImageReference.h"

namespace Wharf {

namespace {

QString repositoryOf(const QString &image)
{
    const Result<ImageReference> reference = ImageReference::parse(image);
    return reference ? reference->repository() : QString();
}

} // namespace

bool AutomounterSettings::isAutomounter(const ContainerSummary &container) const
{
    if (!containerName.isEmpty() && container.names.contains(containerName))
        return true;
    const QString wanted = repositoryOf(image);
    return !wanted.isEmpty() && repositoryOf(container.image) == wanted;
}

} // namespace Wharf
