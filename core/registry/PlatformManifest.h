// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QString>

namespace Wharf {

// One entry of an image index (OCI) or manifest list (Docker): the manifest of one
// platform's image, or (Docker buildx) an attestation manifest with platform unknown/unknown.
// Values as the index gives them, checked by ImageManifest::parse.
class PlatformManifest
{
public:
    QString os;           // "linux", "windows"; "unknown" for attestations
    QString architecture; // "amd64", "arm64"
    QString variant;      // "v8", "v7"; often empty
    QString osVersion;    // "os.version": "10.0.17763.5576" for Windows images
    QString digest;       // "sha256:..."
    QString mediaType;
    qint64 size = 0;      // bytes of that manifest
    QMap<QString, QString> annotations;

    // "linux/arm64/v8", "linux/amd64", "unknown/unknown" (attestations); an empty part is
    // "unknown".
    QString platformString() const;
    // A build attestation (SBOM, provenance), not an image to run: the annotation
    // "vnd.docker.reference.type" is "attestation-manifest", or the platform is unknown/unknown
    // (os and architecture "unknown" or absent).
    bool isAttestation() const;

    bool operator==(const PlatformManifest &) const = default;
};

} // namespace Wharf
