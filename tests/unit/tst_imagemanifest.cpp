// SPDX-License-Identifier: Apache-2.0
#include "RegistryFixtures.h"
#include "registry/ImageManifest.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

using namespace RegistryFixtures;

namespace {

const QString OciIndexType = u"application/vnd.oci.image.index.v1+json"_s;
const QString DockerListType = u"application/vnd.docker.distribution.manifest.list.v2+json"_s;
const QString OciManifestType = u"application/vnd.oci.image.manifest.v1+json"_s;
const QString DockerManifestType = u"application/vnd.docker.distribution.manifest.v2+json"_s;
const QString Schema1SignedType = u"application/vnd.docker.distribution.manifest.v1+prettyjws"_s;

// An image manifest with one layer whose descriptor is `layer` (raw JSON).
QByteArray imageWithLayer(const QByteArray &layer)
{
    return "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
           "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\""
        + digestBytes(10) + "\",\"size\":10},\"layers\":[" + layer + "]}";
}

// An index with one entry (raw JSON).
QByteArray indexWithEntry(const QByteArray &entry)
{
    return "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[" + entry
        + "]}";
}

QByteArray entry(const QByteArray &digestJson, const QByteArray &sizeJson, const QByteArray &extra = {})
{
    return "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":" + digestJson + ",\"size\":"
        + sizeJson + extra + "}";
}

QByteArray quotedDigest(int seed)
{
    return '"' + digestBytes(seed) + '"';
}

QByteArray repeatedLayers(int count)
{
    QByteArray layers;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            layers += ',';
        layers += entry(quotedDigest(i), "1000");
    }
    return layers;
}

QByteArray repeatedEntries(int count)
{
    QByteArray entries;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            entries += ',';
        entries += entry(quotedDigest(i), "500", ",\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}");
    }
    return entries;
}

} // namespace

class TestImageManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<bool>("isIndex");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QStringList>("platforms");    // index: platformString() of each entry
        QTest::addColumn<int>("attestations");         // index: how many isAttestation()
        QTest::addColumn<QString>("configDigest");     // image
        QTest::addColumn<int>("layerCount");           // image
        QTest::addColumn<qint64>("layersSize");        // image
        QTest::addColumn<qint64>("compressedSize");    // image

        const QStringList hubPlatforms{u"linux/amd64"_s,    u"unknown/unknown"_s, u"linux/arm/v7"_s,
                                       u"unknown/unknown"_s, u"linux/arm64/v8"_s,  u"unknown/unknown"_s,
                                       u"linux/s390x"_s};
        const QStringList listPlatforms{u"linux/amd64"_s, u"linux/arm/v5"_s, u"linux/arm64/v8"_s,
                                        u"windows/amd64"_s};
        const auto index = [](const char *name, const QByteArray &body, const QString &contentType,
                              const QString &mediaType, const QStringList &platforms, int attestations) {
            QTest::newRow(name) << body << contentType << true << mediaType << platforms << attestations << QString()
                                << 0 << qint64(0) << qint64(0);
        };
        const auto image = [](const char *name, const QByteArray &body, const QString &contentType,
                              const QString &mediaType, const QString &config, int layers, qint64 layersSize,
                              qint64 compressed) {
            QTest::newRow(name) << body << contentType << false << mediaType << QStringList() << 0 << config << layers
                                << layersSize << compressed;
        };

        index("Docker Hub OCI index", DockerHubIndex, OciIndexType, OciIndexType, hubPlatforms, 3);
        index("Docker manifest list", DockerManifestList, DockerListType, DockerListType, listPlatforms, 0);
        image("OCI manifest", OciManifest, OciManifestType, OciManifestType, digest(10), 3, 122487, 129510);
        image("Docker manifest v2", DockerManifest, DockerManifestType, DockerManifestType, digest(10), 1, 2220094,
              2221566);

        // Content-Type and body.
        index("Content-Type with parameters", DockerHubIndex, OciIndexType + u"; charset=utf-8"_s, OciIndexType,
              hubPlatforms, 3);
        index("the body's mediaType wins over the Content-Type", DockerManifestList, OciManifestType, DockerListType,
              listPlatforms, 0);
        index("no Content-Type", DockerHubIndex, QString(), OciIndexType, hubPlatforms, 3);
        image("application/json", DockerManifest, u"application/json"_s, DockerManifestType, digest(10), 1, 2220094,
              2221566);
        {
            QByteArray noType = OciManifest;
            noType.replace("\"mediaType\": \"application/vnd.oci.image.manifest.v1+json\",", "");
            QVERIFY(!noType.contains(OciManifestType.toLatin1()));
            image("no mediaType: the Content-Type decides", noType, DockerManifestType, DockerManifestType,
                  digest(10), 3, 122487, 129510);
            image("no mediaType, Content-Type in upper case", noType, u"Application/VND.OCI.Image.Manifest.v1+JSON"_s,
                  OciManifestType, digest(10), 3, 122487, 129510);
            image("neither: config and layers make an image", noType, QString(), OciManifestType, digest(10), 3,
                  122487, 129510);
            image("neither, octet-stream", noType, u"application/octet-stream"_s, OciManifestType, digest(10), 3,
                  122487, 129510);
            QByteArray noTypeIndex = DockerHubIndex;
            noTypeIndex.replace("\"mediaType\": \"application/vnd.oci.image.index.v1+json\",", "");
            index("neither: manifests make an index", noTypeIndex, u"text/plain"_s, OciIndexType, hubPlatforms, 3);
        }
        {
            QByteArray noVersion = DockerManifest;
            noVersion.replace("\"schemaVersion\": 2,", "");
            image("no schemaVersion", noVersion, DockerManifestType, DockerManifestType, digest(10), 1, 2220094,
                  2221566);
        }

        // Edges of what is allowed.
        index("empty index", "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[]}"_ba,
              QString(), OciIndexType, {}, 0);
        index("entry without platform", indexWithEntry(entry(quotedDigest(1), "1")), QString(), OciIndexType,
              {u"unknown/unknown"_s}, 1);
        index("null platform and annotations",
              indexWithEntry(entry(quotedDigest(1), "1", ",\"platform\":null,\"annotations\":null")), QString(),
              OciIndexType, {u"unknown/unknown"_s}, 1);
        index("Windows os.version with slashes is fine",
              indexWithEntry(entry(quotedDigest(1), "1", ",\"platform\":{\"os\":\"windows\",\"architecture\":\"amd64\",\"os.version\":\"a/b\"}")),
              QString(), OciIndexType, {u"windows/amd64"_s}, 0);
        index("1000 manifests", indexWithEntry(repeatedEntries(1000)), QString(), OciIndexType,
              QStringList(1000, u"linux/amd64"_s), 0);
        image("no layers", imageWithLayer({}), QString(), OciManifestType, digest(10), 0, 0, 10);
        image("1000 layers", imageWithLayer(repeatedLayers(1000)), QString(), OciManifestType, digest(10), 1000,
              1000000, 1000010);
        image("size 0", imageWithLayer(entry(quotedDigest(1), "0")), QString(), OciManifestType, digest(10), 1, 0, 10);
        image("size 2^53", imageWithLayer(entry(quotedDigest(1), "9007199254740992")), QString(), OciManifestType,
              digest(10), 1, 9007199254740992LL, 9007199254741002LL);
        image("size in exponent notation", imageWithLayer(entry(quotedDigest(1), "1.5e3")), QString(), OciManifestType,
              digest(10), 1, 1500, 1510);
        image("sha512 digest", imageWithLayer(entry("\"sha512:" + QByteArray(128, 'a') + '"', "1")), QString(),
              OciManifestType, digest(10), 1, 1, 11);
        image("other algorithm", imageWithLayer(entry("\"multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8\"", "1")),
              QString(), OciManifestType, digest(10), 1, 1, 11);
        image("layer without mediaType", imageWithLayer("{\"digest\":\"" + digestBytes(1) + "\",\"size\":5}"), QString(),
              OciManifestType, digest(10), 1, 5, 15);
        image("unknown members are ignored",
              imageWithLayer(entry(quotedDigest(1), "1", ",\"urls\":[\"https://x\"],\"data\":\"AAAA\",\"x\":{\"y\":[1,2]}")),
              QString(), OciManifestType, digest(10), 1, 1, 11);
    }

    void valid()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(bool, isIndex);
        QFETCH(QString, mediaType);
        QFETCH(QStringList, platforms);
        QFETCH(int, attestations);
        QFETCH(QString, configDigest);
        QFETCH(int, layerCount);
        QFETCH(qint64, layersSize);
        QFETCH(qint64, compressedSize);

        const Result<ImageManifest> manifest = ImageManifest::parse(body, contentType);
        QVERIFY2(manifest.ok(), qPrintable(manifest.ok() ? QString() : manifest.error().toString()));
        QVERIFY(!manifest->isNull());
        QCOMPARE(manifest->kind(), isIndex ? ImageManifest::Kind::Index : ImageManifest::Kind::Image);
        QCOMPARE(manifest->isIndex(), isIndex);
        QCOMPARE(manifest->mediaType(), mediaType);
        QStringList platformStrings;
        int attestationCount = 0;
        for (const PlatformManifest &platform : manifest->platforms()) {
            platformStrings.append(platform.platformString());
            attestationCount += platform.isAttestation() ? 1 : 0;
            QVERIFY(ImageManifest::isValidDigest(platform.digest));
        }
        QCOMPARE(platformStrings, platforms);
        QCOMPARE(attestationCount, attestations);
        QCOMPARE(manifest->configDigest(), configDigest);
        QCOMPARE(manifest->layerCount(), layerCount);
        QCOMPARE(manifest->layerDigests().size(), layerCount);
        QCOMPARE(manifest->layersSize(), layersSize);
        QCOMPARE(manifest->compressedSize(), compressedSize);
    }

    void dockerHubIndexDetails()
    {
        const Result<ImageManifest> manifest = ImageManifest::parse(DockerHubIndex, OciIndexType);
        QVERIFY(manifest.ok());
        const QList<PlatformManifest> platforms = manifest->platforms();
        QCOMPARE(platforms.size(), 7);
        const PlatformManifest &amd64 = platforms.at(0);
        QCOMPARE(amd64.os, u"linux"_s);
        QCOMPARE(amd64.architecture, u"amd64"_s);
        QCOMPARE(amd64.variant, QString());
        QCOMPARE(amd64.digest, digest(1));
        QCOMPARE(amd64.mediaType, OciManifestType);
        QCOMPARE(amd64.size, qint64(610));
        QCOMPARE(amd64.annotations.value(u"org.opencontainers.image.version"_s), u"1.36.1-glibc"_s);
        QVERIFY(!amd64.isAttestation());

        const PlatformManifest &attestation = platforms.at(1);
        QVERIFY(attestation.isAttestation());
        QCOMPARE(attestation.annotations.value(u"vnd.docker.reference.digest"_s), digest(1));
        QCOMPARE(attestation.size, qint64(839));
        QCOMPARE(platforms.at(4).variant, u"v8"_s);

        QVERIFY(manifest->annotations().isEmpty());
        QCOMPARE(manifest->configDigest(), QString());
        QCOMPARE(manifest->layerCount(), 0);
    }

    void dockerListWindows()
    {
        const Result<ImageManifest> manifest = ImageManifest::parse(DockerManifestList, DockerListType);
        QVERIFY(manifest.ok());
        const PlatformManifest windows = manifest->platforms().at(3);
        QCOMPARE(windows.os, u"windows"_s);
        QCOMPARE(windows.osVersion, u"10.0.17763.5329"_s);
        QCOMPARE(windows.size, qint64(1125));
        QCOMPARE(windows.mediaType, DockerManifestType);
    }

    void imageDetails()
    {
        const Result<ImageManifest> oci = ImageManifest::parse(OciManifest, OciManifestType);
        QVERIFY(oci.ok());
        QCOMPARE(oci->configMediaType(), u"application/vnd.oci.image.config.v1+json"_s);
        QCOMPARE(oci->configSize(), qint64(7023));
        QVERIFY(oci->hasImageConfig());
        QCOMPARE(oci->layerDigests(), (QStringList{digest(11), digest(12), digest(13)}));
        // Non-string annotation values are skipped.
        QCOMPARE(oci->annotations(),
                 (QMap<QString, QString>{{u"org.opencontainers.image.created"_s, u"2024-01-31T12:00:00Z"_s}}));
        QVERIFY(oci->platforms().isEmpty());

        const Result<ImageManifest> docker = ImageManifest::parse(DockerManifest, DockerManifestType);
        QVERIFY(docker.ok());
        QCOMPARE(docker->configMediaType(), u"application/vnd.docker.container.image.v1+json"_s);
        QVERIFY(docker->hasImageConfig());

        QByteArray helm = OciManifest;
        helm.replace("application/vnd.oci.image.config.v1+json", "application/vnd.cncf.helm.config.v1+json");
        const Result<ImageManifest> chart = ImageManifest::parse(helm, OciManifestType);
        QVERIFY(chart.ok());
        QVERIFY(!chart->hasImageConfig());

        const ImageManifest empty;
        QVERIFY(empty.isNull());
        QCOMPARE(empty.layerCount(), 0);
        QCOMPARE(empty.compressedSize(), qint64(0));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("expected"); // "schema 1", or a part of the error's details

        const QString schema1 = u"schema 1"_s;
        auto row = [](const char *name, const QByteArray &body, const QString &contentType, const QString &expected) {
            QTest::newRow(name) << body << contentType << expected;
        };

        // Schema 1, however it shows.
        row("schema 1, signed", Schema1, Schema1SignedType, schema1);
        row("schema 1 without Content-Type", Schema1, QString(), schema1);
        row("schema 1 with a schema 2 Content-Type", Schema1, DockerManifestType, schema1);
        row("schema 1 Content-Type, no version in the body", "{\"fsLayers\":[],\"history\":[]}"_ba,
            u"application/vnd.docker.distribution.manifest.v1+json"_s, schema1);
        row("schema 1 shape alone", "{\"name\":\"x\",\"fsLayers\":[{\"blobSum\":\"sha256:00\"}]}"_ba, QString(), schema1);
        row("schema 1 mediaType in the body",
            "{\"mediaType\":\"application/vnd.docker.distribution.manifest.v1+prettyjws\"}"_ba, OciManifestType, schema1);
        row("schema 1 Content-Type, body not JSON", "not json"_ba, Schema1SignedType + u"; charset=utf-8"_s, schema1);

        // Not a manifest at all.
        row("empty", QByteArray(), OciManifestType, u"empty body"_s);
        row("blank", " \r\n\t"_ba, OciManifestType, u"empty body"_s);
        row("HTML", "<html><body>502 Bad Gateway</body></html>"_ba, OciManifestType, u"offset"_s);
        row("truncated", DockerHubIndex.left(DockerHubIndex.size() / 2), OciIndexType, u"offset"_s);
        row("truncated by one byte", DockerManifest.trimmed().chopped(1), DockerManifestType, u"offset"_s);
        row("array", "[]"_ba, OciManifestType, u"not a JSON object"_s);
        row("null", "null"_ba, OciManifestType, QString());
        row("string", "\"manifest\""_ba, OciManifestType, QString());
        row("number", "2"_ba, OciManifestType, QString());
        {
            static const char raw[] = "{\"schemaVersion\":2,\0\"x\":1}";
            row("raw NUL", QByteArray(raw, sizeof(raw) - 1), OciManifestType, u"offset"_s);
        }
        row("deep nesting", QByteArray(100000, '[') + QByteArray(100000, ']'), OciManifestType, u"offset"_s);
        {
            QByteArray huge = DockerManifest;
            huge.append(QByteArray(ImageManifest::MaxBodyBytes, ' '));
            row("over 4 MiB", huge, DockerManifestType, u"bytes"_s);
        }
        row("no type, no shape", "{\"schemaVersion\":2}"_ba, QString(), u"neither"_s);
        row("no type, no shape, JSON Content-Type", "{\"config\":{}}"_ba, u"application/json"_s, u"neither"_s);

        // Types and versions.
        row("artifact media type", "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.artifact.manifest.v1+json\"}"_ba,
            QString(), u"application/vnd.oci.artifact.manifest.v1+json"_s);
        row("mediaType is a number", "{\"mediaType\":2,\"manifests\":[]}"_ba, OciIndexType, u"mediaType is not a string"_s);
        row("mediaType is an object", "{\"mediaType\":{},\"manifests\":[]}"_ba, OciIndexType,
            u"mediaType is not a string"_s);
        row("schemaVersion 3", "{\"schemaVersion\":3,\"manifests\":[]}"_ba, OciIndexType, u"schemaVersion 3"_s);
        row("schemaVersion as a string", "{\"schemaVersion\":\"2\",\"manifests\":[]}"_ba, OciIndexType,
            u"schemaVersion"_s);
        row("schemaVersion negative", "{\"schemaVersion\":-2,\"manifests\":[]}"_ba, OciIndexType, u"schemaVersion"_s);
        row("index type, image shape", QByteArray(OciManifest).replace(OciManifestType.toLatin1(), OciIndexType.toLatin1()),
            QString(), u"manifests is missing"_s);
        row("image type, index shape", "{\"schemaVersion\":2,\"manifests\":[]}"_ba, OciManifestType, u"config"_s);

        // Index entries.
        row("manifests is an object", "{\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":{}}"_ba,
            QString(), u"manifests is missing or not an array"_s);
        row("manifests is null", "{\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":null}"_ba,
            QString(), u"manifests is missing or not an array"_s);
        row("entry is a string", indexWithEntry("\"x\""), QString(), u"manifests[0] is not an object"_s);
        row("entry without digest", indexWithEntry("{\"size\":1}"), QString(), u"manifests[0].digest"_s);
        row("digest is a number", indexWithEntry(entry("5", "1")), QString(), u"manifests[0].digest"_s);
        row("digest without algorithm", indexWithEntry(entry('"' + hex(1) + '"', "1")), QString(),
            u"manifests[0].digest"_s);
        row("sha256 too short", indexWithEntry(entry("\"sha256:" + hex(1).left(63) + '"', "1")), QString(),
            u"manifests[0].digest"_s);
        row("sha256 in upper case", indexWithEntry(entry("\"sha256:" + hex(1).toUpper() + '"', "1")), QString(),
            u"manifests[0].digest"_s);
        row("digest with NUL", indexWithEntry(entry("\"sha256:" + hex(1).left(63) + "\\u0000\"", "1")), QString(),
            u"manifests[0].digest"_s);
        row("overlong digest", indexWithEntry(entry("\"x:" + QByteArray(5000, 'a') + '"', "1")), QString(),
            u"manifests[0].digest"_s);
        row("size missing", indexWithEntry("{\"digest\":\"" + digestBytes(1) + "\"}"), QString(), u"manifests[0].size"_s);
        row("size as a string", indexWithEntry(entry(quotedDigest(1), "\"610\"")), QString(), u"manifests[0].size"_s);
        row("size negative", indexWithEntry(entry(quotedDigest(1), "-1")), QString(), u"manifests[0].size"_s);
        row("size fraction", indexWithEntry(entry(quotedDigest(1), "1.5")), QString(), u"manifests[0].size"_s);
        row("size beyond 2^53", indexWithEntry(entry(quotedDigest(1), "9007199254740994")), QString(),
            u"manifests[0].size"_s);
        row("size beyond 2^53 by one", indexWithEntry(entry(quotedDigest(1), "9007199254740993")), QString(),
            u"manifests[0].size"_s);
        row("size 1e300", indexWithEntry(entry(quotedDigest(1), "1e300")), QString(), u"manifests[0].size"_s);
        row("size null", indexWithEntry(entry(quotedDigest(1), "null")), QString(), u"manifests[0].size"_s);
        row("size true", indexWithEntry(entry(quotedDigest(1), "true")), QString(), u"manifests[0].size"_s);
        row("entry mediaType is a number",
            indexWithEntry("{\"mediaType\":1,\"digest\":\"" + digestBytes(1) + "\",\"size\":1}"), QString(),
            u"manifests[0].mediaType"_s);
        row("overlong entry mediaType",
            indexWithEntry("{\"mediaType\":\"" + QByteArray(300, 'a') + "\",\"digest\":\"" + digestBytes(1)
                           + "\",\"size\":1}"),
            QString(), u"manifests[0].mediaType"_s);
        row("platform is a string", indexWithEntry(entry(quotedDigest(1), "1", ",\"platform\":\"linux/amd64\"")),
            QString(), u"manifests[0].platform is not an object"_s);
        row("os is a number", indexWithEntry(entry(quotedDigest(1), "1", ",\"platform\":{\"os\":1}")), QString(),
            u"manifests[0].platform.os"_s);
        row("architecture with a slash",
            indexWithEntry(entry(quotedDigest(1), "1", ",\"platform\":{\"os\":\"linux\",\"architecture\":\"arm/v7\"}")),
            QString(), u"manifests[0].platform.architecture"_s);
        row("variant with NUL",
            indexWithEntry(entry(quotedDigest(1), "1", ",\"platform\":{\"os\":\"linux\",\"variant\":\"v\\u00008\"}")), QString(),
            u"manifests[0].platform.variant"_s);
        row("overlong os",
            indexWithEntry(entry(quotedDigest(1), "1", ",\"platform\":{\"os\":\"" + QByteArray(1000, 'x') + "\"}")),
            QString(), u"manifests[0].platform.os"_s);
        row("entry annotations is a string", indexWithEntry(entry(quotedDigest(1), "1", ",\"annotations\":\"x\"")),
            QString(), u"manifests[0].annotations"_s);
        row("annotations is an array",
            "{\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[],\"annotations\":[]}"_ba, QString(),
            u"annotations is not an object"_s);
        row("second entry broken", indexWithEntry(entry(quotedDigest(1), "1") + ',' + entry(quotedDigest(2), "-5")),
            QString(), u"manifests[1].size"_s);
        row("1001 manifests", indexWithEntry(repeatedEntries(1001)), QString(), u"1001 manifests"_s);

        // Image manifests.
        row("config missing", "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"layers\":[]}"_ba,
            QString(), u"config is not an object"_s);
        row("config is an array", "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":[],\"layers\":[]}"_ba,
            QString(), u"config is not an object"_s);
        row("config digest broken",
            "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{\"digest\":\"sha256:xyz\",\"size\":1},\"layers\":[]}"_ba,
            QString(), u"config.digest"_s);
        row("layers missing",
            "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":" + entry(quotedDigest(1), "1") + "}",
            QString(), u"layers is missing"_s);
        row("layers is an object",
            "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":" + entry(quotedDigest(1), "1")
                + ",\"layers\":{}}",
            QString(), u"layers is missing"_s);
        row("layer size negative", imageWithLayer(entry(quotedDigest(1), "-1")), QString(), u"layers[0].size"_s);
        row("layer is null", imageWithLayer("null"), QString(), u"layers[0] is not an object"_s);
        row("1001 layers", imageWithLayer(repeatedLayers(1001)), QString(), u"1001 layers"_s);
    }

    void invalid()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(QString, expected);

        const Result<ImageManifest> manifest = ImageManifest::parse(body, contentType);
        QVERIFY(!manifest.ok());
        QCOMPARE(manifest.error().code(), ErrorCode::ParseError);
        QVERIFY(!manifest.error().message().isEmpty());
        QVERIFY(manifest.error().details().size() < 500); // bounded, whatever the body
        if (expected == u"schema 1"_s) {
            QVERIFY2(manifest.error().message().contains(u"schema 1"_s), qPrintable(manifest.error().message()));
            QVERIFY2(manifest.error().message().contains(u"deprecated"_s), qPrintable(manifest.error().message()));
        } else {
            QVERIFY2(manifest.error().details().contains(expected) || manifest.error().message().contains(expected),
                     qPrintable(manifest.error().toString()));
        }
    }

    // Every prefix of each real document either parses (only the whole) or fails cleanly,
    // and so does random damage.
    void truncatedAndDamaged()
    {
        for (const QByteArray &document : {DockerHubIndex, DockerManifestList, OciManifest, DockerManifest, Schema1}) {
            const QByteArray whole = document.trimmed();
            for (qsizetype length = 0; length < whole.size(); ++length) {
                const Result<ImageManifest> manifest = ImageManifest::parse(whole.left(length), QString());
                QVERIFY(!manifest.ok());
                QCOMPARE(manifest.error().code(), ErrorCode::ParseError);
            }
            QRandomGenerator random(quint32(document.size()));
            for (int round = 0; round < 2000; ++round) {
                QByteArray damaged = whole;
                for (int n = 0; n < 3; ++n)
                    damaged[random.bounded(static_cast<int>(damaged.size()))] = static_cast<char>(random.bounded(256));
                const Result<ImageManifest> manifest = ImageManifest::parse(damaged, QString());
                if (manifest.ok()) {
                    for (const PlatformManifest &platform : manifest->platforms())
                        QVERIFY(ImageManifest::isValidDigest(platform.digest));
                    QVERIFY(manifest->compressedSize() >= 0);
                }
            }
        }
    }

    void acceptHeader()
    {
        const QByteArray accept = ImageManifest::acceptHeader();
        const QList<QByteArray> types = accept.split(',');
        QCOMPARE(types.size(), 4);
        for (const QString &type : {OciIndexType, DockerListType, OciManifestType, DockerManifestType})
            QVERIFY2(accept.contains(type.toLatin1()), qPrintable(type));
        QVERIFY(!accept.contains("distribution.manifest.v1"));
        QCOMPARE(ImageManifest::ociIndexType(), OciIndexType);
        QCOMPARE(ImageManifest::dockerManifestListType(), DockerListType);
        QCOMPARE(ImageManifest::ociManifestType(), OciManifestType);
        QCOMPARE(ImageManifest::dockerManifestType(), DockerManifestType);
    }

    void computeDigest()
    {
        QCOMPARE(ImageManifest::computeDigest(QByteArray()),
                 u"sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        QCOMPARE(ImageManifest::computeDigest("abc"_ba),
                 u"sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QVERIFY(ImageManifest::isValidDigest(ImageManifest::computeDigest(DockerHubIndex)));
    }

    void isValidDigest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString h = QString::fromLatin1(hex(1));
        QTest::newRow("sha256") << u"sha256:"_s + h << true;
        QTest::newRow("sha512") << u"sha512:"_s + h + h << true;
        QTest::newRow("sha384") << u"sha384:"_s + h + h.left(32) << true;
        QTest::newRow("other algorithm, base64url") << u"multihash+base58:QmRZxt2b1F-_=="_s << true;
        QTest::newRow("separators in algorithm") << u"a.b_c-d+e:x"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no colon") << h << false;
        QTest::newRow("empty algorithm") << u":"_s + h << false;
        QTest::newRow("empty encoded") << u"sha256:"_s << false;
        QTest::newRow("upper-case algorithm") << u"SHA256:"_s + h << false;
        QTest::newRow("algorithm ends with separator") << u"sha256+:"_s + h << false;
        QTest::newRow("double separator") << u"a..b:x"_s << false;
        QTest::newRow("leading separator") << u"-a:x"_s << false;
        QTest::newRow("sha256 63 digits") << u"sha256:"_s + h.left(63) << false;
        QTest::newRow("sha256 65 digits") << u"sha256:"_s + h + u'0' << false;
        QTest::newRow("sha256 upper case") << u"sha256:"_s + h.toUpper() << false;
        QTest::newRow("sha256 not hex") << u"sha256:"_s + QString(64, u'g') << false;
        QTest::newRow("sha512 short") << u"sha512:"_s + h << false;
        QTest::newRow("two colons") << u"a:b:c"_s << false;
        QTest::newRow("space") << u"a: b"_s << false;
        QTest::newRow("NUL") << u"sha256:"_s + h.left(63) + QChar(u'\0') << false;
        QTest::newRow("non-ASCII") << u"a:ä"_s << false;
        QTest::newRow("overlong") << u"a:"_s + QString(2000, u'b') << false;
    }

    void isValidDigest()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(ImageManifest::isValidDigest(text), valid);
    }

    void platformString_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("referenceType");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<bool>("attestation");
        QTest::newRow("amd64") << u"linux"_s << u"amd64"_s << QString() << QString() << u"linux/amd64"_s << false;
        QTest::newRow("arm64 v8") << u"linux"_s << u"arm64"_s << u"v8"_s << QString() << u"linux/arm64/v8"_s << false;
        QTest::newRow("attestation") << u"unknown"_s << u"unknown"_s << QString() << u"attestation-manifest"_s
                                     << u"unknown/unknown"_s << true;
        QTest::newRow("unknown without annotation") << u"unknown"_s << u"unknown"_s << QString() << QString()
                                                    << u"unknown/unknown"_s << true;
        QTest::newRow("annotated, with a platform") << u"linux"_s << u"amd64"_s << QString() << u"attestation-manifest"_s
                                                    << u"linux/amd64"_s << true;
        QTest::newRow("other reference type") << u"linux"_s << u"amd64"_s << QString() << u"signature"_s
                                              << u"linux/amd64"_s << false;
        QTest::newRow("no platform") << QString() << QString() << QString() << QString() << u"unknown/unknown"_s << true;
        QTest::newRow("os only") << u"linux"_s << QString() << QString() << QString() << u"linux/unknown"_s << false;
        QTest::newRow("architecture only") << QString() << u"amd64"_s << QString() << QString() << u"unknown/amd64"_s
                                           << false;
    }

    void platformString()
    {
        QFETCH(QString, os);
        QFETCH(QString, architecture);
        QFETCH(QString, variant);
        QFETCH(QString, referenceType);
        QFETCH(QString, platform);
        QFETCH(bool, attestation);
        PlatformManifest entry;
        entry.os = os;
        entry.architecture = architecture;
        entry.variant = variant;
        if (!referenceType.isEmpty())
            entry.annotations.insert(u"vnd.docker.reference.type"_s, referenceType);
        QCOMPARE(entry.platformString(), platform);
        QCOMPARE(entry.isAttestation(), attestation);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestImageManifest)
#include "tst_imagemanifest.moc"
