// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/ImageSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Wharf {

// One engine's last-known image list, as ImageListCache stored it.
struct CachedEngineImages
{
    QString engineId;
    QString engineName;
    QString endpointUrl; // without any password
    QDateTime takenAt; // UTC; when the engine last answered with this list
    QList<ImageSummary> images;
};

} // namespace Wharf
