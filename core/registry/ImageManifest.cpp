// SPDX-License-Identifier: Apache-2.0
#include "ImageManifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr double MaxSafeInteger = 9007199254740992.0; // 2^53: beyond it a JSON number loses digits
constexpr qsizetype MaxMediaTypeLength = 255;         // RFC 6838: 127 for type and for subtype
constexpr qsizetype MaxPlatformFieldLength = 128;
constexpr qsizetype MaxDigestLength = 1024;

const QString OciIndex = u"application/vnd.oci.image.index.v1+json"_s;
const QString DockerList = u"application/vnd.docker.distribution.manifest.list.v2+json"_s;
const QString OciManifest = u"application/vnd.oci.image.manifest.v1+json"_s;
const QString DockerManifest = u"application/vnd.docker.distribution.manifest.v2+json"_s;
const QString DockerSchema1 = u"application/vnd.docker.distribution.manifest.v1+json"_s;
const QString DockerSchema1Signed = u"application/vnd.docker.distribution.manifest.v1+prettyjws"_s;

// Text from the registry for an error's details: bounded, nothing unprintable.
QString quoted(const QString &text)
{
    QString shown = text.left(80);
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'\uFFFD';
    }
    if (text.size() > 80)
        shown += u"…"_s;
    return u'"' + shown + u'"';
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// "application/json; charset=utf-8" -> "application/json".
QString essence(const QString &mediaType)
{
    return mediaType.section(u';', 0, 0).trimmed().toLower();
}

bool isSchema1(const QString &mediaType)
{
    return mediaType == DockerSchema1 || mediaType == DockerSchema1Signed;
}

Error malformed(const QString &details)
{
    return Error(ErrorCode::ParseError,
                 QCoreApplication::translate("Wharf::ImageManifest",
                                             "The registry sent an image manifest that Wharf cannot read: "
                                             "it does not have the structure of an image or an image "
                                             "index. The tool that pushed the image may have written a "
                                             "broken manifest; try pushing the image again."),
                 details);
}

Error schema1Error(const QString &details)
{
    return Error(ErrorCode::ParseError,
                 QCoreApplication::translate("Wharf::ImageManifest",
                                             "This image uses the old, deprecated Docker image format "
                                             "(manifest schema 1), which Wharf does not read and current "
                                             "engines no longer pull. Ask the image's maintainer to push "
                                             "it again with a current Docker, Podman or Buildah."),
                 details);
}

// A size: a whole JSON number in [0, 2^53].
std::optional<qint64> sizeValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= MaxSafeInteger)) // also false for NaN
        return std::nullopt;
    // toInteger keeps integers the parser read exactly (2^53 + 1 would round to 2^53 as a double).
    const qint64 integer = value.toInteger(-1);
    if (integer < 0 || integer > (qint64(1) << 53) || static_cast<double>(integer) != d)
        return std::nullopt;
    return integer;
}

// An optional string member: absent or null gives empty; another type is a problem.
std::optional<QString> optionalString(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

// The string members of an annotations object; other values are skipped (descriptive data,
// nothing relies on it). Not an object at all is a problem.
std::optional<QMap<QString, QString>> annotationsOf(const QJsonObject &object)
{
    const QJsonValue value = object.value("annotations"_L1);
    QMap<QString, QString> annotations;
    if (value.isUndefined() || value.isNull())
        return annotations;
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject map = value.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it.value().isString())
            annotations.insert(it.key(), it.value().toString());
    }
    return annotations;
}

// The fields of a descriptor every kind needs: mediaType, digest, size. Returns what is
// wrong, or an empty string.
QString readDescriptor(const QJsonValue &value, const QString &where, QString *mediaType, QString *digest,
                       qint64 *size)
{
    if (!value.isObject())
        return where + u" is not an object"_s;
    const QJsonObject object = value.toObject();

    const std::optional<QString> type = optionalString(object, "mediaType"_L1);
    if (!type)
        return where + u".mediaType is not a string"_s;
    if (type->size() > MaxMediaTypeLength || hasControlCharacter(*type))
        return where + u".mediaType is not a media type: "_s + quoted(*type);
    *mediaType = *type;

    const QJsonValue digestValue = object.value("digest"_L1);
    if (!digestValue.isString())
        return where + u".digest is missing or not a string"_s;
    if (!ImageManifest::isValidDigest(digestValue.toString()))
        return where + u".digest is not a digest: "_s + quoted(digestValue.toString());
    *digest = digestValue.toString();

    const std::optional<qint64> bytes = sizeValue(object.value("size"_L1));
    if (!bytes)
        return where + u".size is missing or not a whole number from 0 to 2^53"_s;
    *size = *bytes;
    return {};
}

QString readPlatform(const QJsonValue &value, const QString &where, PlatformManifest *entry)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return where + u".platform is not an object"_s;
    const QJsonObject platform = value.toObject();
    const struct
    {
        QLatin1StringView key;
        QString *target;
        bool slashAllowed;
    } fields[] = {
        {"os"_L1, &entry->os, false},
        {"architecture"_L1, &entry->architecture, false},
        {"variant"_L1, &entry->variant, false},
        {"os.version"_L1, &entry->osVersion, true},
    };
    for (const auto &field : fields) {
        const std::optional<QString> text = optionalString(platform, field.key);
        const QString name = where + u".platform."_s + field.key;
        if (!text)
            return name + u" is not a string"_s;
        // platformString() joins these with '/': a '/' inside one would make it ambiguous.
        if (text->size() > MaxPlatformFieldLength || hasControlCharacter(*text)
            || (!field.slashAllowed && text->contains(u'/')))
            return name + u" is not a platform name: "_s + quoted(*text);
        *field.target = *text;
    }
    return {};
}

} // namespace

QString ImageManifest::ociIndexType()
{
    return OciIndex;
}

QString ImageManifest::dockerManifestListType()
{
    return DockerList;
}

QString ImageManifest::ociManifestType()
{
    return OciManifest;
}

QString ImageManifest::dockerManifestType()
{
    return DockerManifest;
}

QByteArray ImageManifest::acceptHeader()
{
    // Not schema 1: asked for it, some registries convert newer manifests down to it.
    return (OciIndex + u", "_s + DockerList + u", "_s + OciManifest + u", "_s + DockerManifest).toLatin1();
}

QString ImageManifest::computeDigest(const QByteArray &body)
{
    return u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

bool ImageManifest::isValidDigest(const QString &text)
{
    if (text.size() > MaxDigestLength)
        return false;
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || colon == text.size() - 1)
        return false;

    // algorithm-component ([a-z0-9]+) joined by single separators [+._-].
    bool expectComponent = true;
    for (qsizetype i = 0; i < colon; ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            expectComponent = false;
        } else if ((c == u'+' || c == u'.' || c == u'_' || c == u'-') && !expectComponent) {
            expectComponent = true;
        } else {
            return false;
        }
    }
    if (expectComponent)
        return false;

    const QStringView algorithm = QStringView(text).left(colon);
    const QStringView encoded = QStringView(text).mid(colon + 1);
    qsizetype hexLength = 0;
    if (algorithm == u"sha256")
        hexLength = 64;
    else if (algorithm == u"sha384")
        hexLength = 96;
    else if (algorithm == u"sha512")
        hexLength = 128;
    if (hexLength > 0 && encoded.size() != hexLength)
        return false;
    for (const QChar ch : encoded) {
        const char16_t c = ch.unicode();
        const bool lowerHex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        if (hexLength > 0) {
            if (!lowerHex)
                return false;
        } else if (!(lowerHex || (c >= u'g' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'='
                     || c == u'_' || c == u'-')) {
            return false;
        }
    }
    return true;
}

bool ImageManifest::hasImageConfig() const
{
    const QString type = m_configMediaType.toLower();
    return type == u"application/vnd.oci.image.config.v1+json"_s
        || type == u"application/vnd.docker.container.image.v1+json"_s;
}

Result<ImageManifest> ImageManifest::parse(const QByteArray &body, const QString &contentType)
{
    const QString headerType = essence(contentType);
    if (body.size() > MaxBodyBytes) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageManifest",
                                                 "The registry sent a manifest larger than 4 MiB, far "
                                                 "more than any image needs. Wharf did not read it."),
                     u"%1 bytes"_s.arg(body.size()));
    }
    if (body.trimmed().isEmpty())
        return malformed(u"empty body"_s);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (isSchema1(headerType))
            return schema1Error(u"Content-Type: "_s + headerType);
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageManifest",
                                                 "The registry sent a manifest that is not valid JSON. "
                                                 "The reply may have been cut off, or the server may not "
                                                 "be a registry; try again."),
                     parseError.errorString() + u" at offset "_s + QString::number(parseError.offset));
    }
    if (!document.isObject())
        return malformed(u"the manifest is not a JSON object"_s);
    const QJsonObject root = document.object();

    const std::optional<QString> declaredType = optionalString(root, "mediaType"_L1);
    if (!declaredType)
        return malformed(u"mediaType is not a string"_s);
    const QString bodyType = essence(*declaredType);

    const QJsonValue schemaVersion = root.value("schemaVersion"_L1);
    if (!schemaVersion.isUndefined()) {
        const std::optional<qint64> version = sizeValue(schemaVersion);
        if (!version)
            return malformed(u"schemaVersion is not a whole number"_s);
        if (*version == 1)
            return schema1Error(u"schemaVersion 1"_s);
        if (*version != 2)
            return malformed(u"unsupported schemaVersion %1"_s.arg(*version));
    }
    if (isSchema1(bodyType))
        return schema1Error(u"mediaType "_s + bodyType);
    if (bodyType.isEmpty() && isSchema1(headerType))
        return schema1Error(u"Content-Type: "_s + headerType);

    ImageManifest manifest;
    const QString type = bodyType.isEmpty() ? headerType : bodyType;
    if (type == OciIndex || type == DockerList) {
        manifest.m_kind = Kind::Index;
        manifest.m_mediaType = type;
    } else if (type == OciManifest || type == DockerManifest) {
        manifest.m_kind = Kind::Image;
        manifest.m_mediaType = type;
    } else if (!bodyType.isEmpty()) {
        //: %1 is a media type such as "application/vnd.oci.artifact.manifest.v1+json".
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageManifest",
                                                 "The manifest has the media type %1: it is neither an "
                                                 "image nor an image index (it may be a signature, an "
                                                 "SBOM or another artifact), so Wharf cannot show it as "
                                                 "an image.")
                         .arg(quoted(*declaredType)),
                     u"mediaType "_s + quoted(*declaredType));
    } else if (root.contains("manifests"_L1)) {
        // Neither the body nor the Content-Type says: the shape decides.
        manifest.m_kind = Kind::Index;
        manifest.m_mediaType = OciIndex;
    } else if (root.contains("config"_L1) && root.contains("layers"_L1)) {
        manifest.m_kind = Kind::Image;
        manifest.m_mediaType = OciManifest;
    } else if (root.contains("fsLayers"_L1)) {
        return schema1Error(u"fsLayers without a media type"_s);
    } else {
        return malformed(u"no mediaType, and neither \"manifests\" nor \"config\" and \"layers\""_s);
    }

    const std::optional<QMap<QString, QString>> annotations = annotationsOf(root);
    if (!annotations)
        return malformed(u"annotations is not an object"_s);
    manifest.m_annotations = *annotations;

    if (manifest.m_kind == Kind::Index) {
        const QJsonValue entries = root.value("manifests"_L1);
        if (!entries.isArray())
            return malformed(u"manifests is missing or not an array"_s);
        const QJsonArray array = entries.toArray();
        if (array.size() > MaxEntries)
            return malformed(u"%1 manifests, more than %2"_s.arg(array.size()).arg(MaxEntries));
        manifest.m_platforms.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = u"manifests[%1]"_s.arg(i);
            PlatformManifest entry;
            QString problem = readDescriptor(array.at(i), where, &entry.mediaType, &entry.digest, &entry.size);
            if (problem.isEmpty())
                problem = readPlatform(array.at(i).toObject().value("platform"_L1), where, &entry);
            if (!problem.isEmpty())
                return malformed(problem);
            const std::optional<QMap<QString, QString>> entryAnnotations = annotationsOf(array.at(i).toObject());
            if (!entryAnnotations)
                return malformed(where + u".annotations is not an object"_s);
            entry.annotations = *entryAnnotations;
            manifest.m_platforms.append(entry);
        }
        return manifest;
    }

    QString problem = readDescriptor(root.value("config"_L1), u"config"_s, &manifest.m_configMediaType,
                                     &manifest.m_configDigest, &manifest.m_configSize);
    if (!problem.isEmpty())
        return malformed(problem);
    const QJsonValue layers = root.value("layers"_L1);
    if (!layers.isArray())
        return malformed(u"layers is missing or not an array"_s);
    const QJsonArray array = layers.toArray();
    if (array.size() > MaxEntries)
        return malformed(u"%1 layers, more than %2"_s.arg(array.size()).arg(MaxEntries));
    manifest.m_layerDigests.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString mediaType;
        QString digest;
        qint64 size = 0;
        problem = readDescriptor(array.at(i), u"layers[%1]"_s.arg(i), &mediaType, &digest, &size);
        if (!problem.isEmpty())
            return malformed(problem);
        manifest.m_layerDigests.append(digest);
        // No overflow: at most 1001 sizes of at most 2^53 each.
        manifest.m_layersSize += size;
    }
    return manifest;
}

} // namespace Wharf
