// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PlatformManifest.h"
#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Wharf {

// A manifest as a registry serves it: an image index (OCI) or manifest list (Docker) that
// points to one manifest per platform, or the manifest of one image (its config blob and
// layers, OCI or Docker image manifest v2 schema 2).
class ImageManifest
{
public:
    enum class Kind { Index, Image };

    static constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;
    static constexpr int MaxEntries = 1000; // manifests of an index, layers of an image

    ImageManifest() = default;

    // Parses an OCI image index, a Docker manifest list, an OCI image manifest or a Docker
    // image manifest v2 schema 2. contentType is the reply's Content-Type (parameters
    // allowed); the body's own mediaType wins when present; when neither names a known type,
    // the body decides ("manifests" -> index, "config" and "layers" -> image). Schema 1
    // manifests are an error that says the image uses the old, deprecated format; so are
    // other media types (artifacts, signatures), bodies over 4 MiB, more than 1000 manifests
    // or layers, and descriptors whose digest is not algorithm:encoded or whose size is not a
    // whole number in [0, 2^53]. Errors are ParseError; the details name the broken field.
    static Result<ImageManifest> parse(const QByteArray &body, const QString &contentType);

    // The Accept header value that asks for any of the four formats (not schema 1).
    static QByteArray acceptHeader();
    // "sha256:" + lower-case hex of the body: what Docker-Content-Digest must say.
    static QString computeDigest(const QByteArray &body);
    // Whether text is a digest: algorithm ([a-z0-9]+ joined by + . _ -), ':', encoded
    // ([A-Za-z0-9=_-]+); sha256, sha384 and sha512 need exactly 64, 96 and 128 lower-case hex
    // digits. At most 1024 characters.
    static bool isValidDigest(const QString &text);

    // The media types, for callers that compare.
    static QString ociIndexType();
    static QString dockerManifestListType();
    static QString ociManifestType();
    static QString dockerManifestType();

    bool isNull() const { return m_mediaType.isEmpty(); }
    Kind kind() const { return m_kind; }
    bool isIndex() const { return m_kind == Kind::Index; }
    // The body's mediaType, or the Content-Type's, or the OCI type the body's shape implies.
    QString mediaType() const { return m_mediaType; }
    QMap<QString, QString> annotations() const { return m_annotations; }

    // Index only: the entries, in the index's order, attestations included.
    QList<PlatformManifest> platforms() const { return m_platforms; }

    // Image only.
    QString configDigest() const { return m_configDigest; }
    QString configMediaType() const { return m_configMediaType; }
    qint64 configSize() const { return m_configSize; }
    // Whether the config is an image config (OCI or Docker), as opposed to an artifact's
    // (a Helm chart, a signature): only then does ImageConfigSummary apply.
    bool hasImageConfig() const;
    QStringList layerDigests() const { return m_layerDigests; }
    int layerCount() const { return static_cast<int>(m_layerDigests.size()); }
    // Sum of the layer sizes (compressed, as pushed).
    qint64 layersSize() const { return m_layersSize; }
    // Config and layers: what a pull downloads for this image.
    qint64 compressedSize() const { return m_configSize + m_layersSize; }

    bool operator==(const ImageManifest &) const = default;

private:
    Kind m_kind = Kind::Image;
    QString m_mediaType;
    QMap<QString, QString> m_annotations;
    QList<PlatformManifest> m_platforms;
    QString m_configDigest;
    QString m_configMediaType;
    qint64 m_configSize = 0;
    QStringList m_layerDigests;
    qint64 m_layersSize = 0;
};

} // namespace Wharf
