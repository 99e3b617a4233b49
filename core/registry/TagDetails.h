// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ImageConfigSummary.h"
#include "PlatformManifest.h"

#include <QList>
#include <QString>

namespace Wharf {

// What the Registries page shows for one tag: the manifest the tag points at (an image, or
// an index of per-platform images) and, for one platform (this machine's when offered),
// the image's compressed size and its config (created time, labels).
struct TagDetails
{
    QString repository;              // "cms/analysis" (path on the registry)
    QString tag;
    QString digest;                  // of what the tag points at (the index when there is one)
    QString mediaType;
    bool isIndex = false;
    QList<PlatformManifest> platforms; // index only, attestations included (PlatformManifest says)
    QString platform;                // the platform described below: "linux/amd64"
    QString platformDigest;          // that platform's image manifest digest
    qint64 compressedSize = -1;      // config + layers of that platform's image
    int layerCount = 0;
    ImageConfigSummary config;
};

} // namespace Wharf
