// SPDX-License-Identifier: Apache-2.0
#pragma once

// Registry documents shaped like the real ones, for the parser tests. They live in a header,
// and the tests write their small JSON rows as ordinary string literals, because moc (6.4)
// lexes a raw string literal as an ordinary one: an odd number of quotes or a \" inside one
// makes it lose the namespace or skip the test class. For the same reason the quotes inside
// JSON strings below are written \u0022 where a registry writes \".

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace Wharf::Test::RegistryFixtures {

using namespace Qt::StringLiterals;

inline QByteArray hex(int seed)
{
    return QCryptographicHash::hash(QByteArray::number(seed), QCryptographicHash::Sha256).toHex();
}

inline QByteArray digestBytes(int seed)
{
    return "sha256:" + hex(seed);
}

inline QString digest(int seed)
{
    return QString::fromLatin1(digestBytes(seed));
}

// Replaces @1@, @2@, ... by digest(1), digest(2), ...
inline QByteArray withDigests(QByteArray text)
{
    for (int i = 1; i <= 20; ++i)
        text.replace(QByteArray("@" + QByteArray::number(i) + "@"), digestBytes(i));
    return text;
}

// Docker Hub's library images today: an OCI index with one build attestation per image.
inline const QByteArray DockerHubIndex = withDigests(R"({
  "manifests": [
    {
      "annotations": {
        "com.docker.official-images.bashbrew.arch": "amd64",
        "org.opencontainers.image.base.name": "scratch",
        "org.opencontainers.image.created": "2024-01-18T20:10:21Z",
        "org.opencontainers.image.revision": "2b2ff4d1d6d9f5b2b2d1e7fa8b7d5e3c3f3a1e2d",
        "org.opencontainers.image.source": "https://github.com/docker-library/busybox.git",
        "org.opencontainers.image.url": "https://hub.docker.com/_/busybox",
        "org.opencontainers.image.version": "1.36.1-glibc"
      },
      "digest": "@1@",
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "platform": { "architecture": "amd64", "os": "linux" },
      "size": 610
    },
    {
      "annotations": {
        "com.docker.official-images.bashbrew.arch": "amd64",
        "vnd.docker.reference.digest": "@1@",
        "vnd.docker.reference.type": "attestation-manifest"
      },
      "digest": "@2@",
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "platform": { "architecture": "unknown", "os": "unknown" },
      "size": 839
    },
    {
      "annotations": { "com.docker.official-images.bashbrew.arch": "arm32v7" },
      "digest": "@3@",
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "platform": { "architecture": "arm", "os": "linux", "variant": "v7" },
      "size": 610
    },
    {
      "annotations": {
        "vnd.docker.reference.digest": "@3@",
        "vnd.docker.reference.type": "attestation-manifest"
      },
      "digest": "@4@",
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "platform": { "architecture": "unknown", "os": "unknown" },
      "size": 566
    },
    {
      "annotations": { "com.docker.official-images.bashbrew.arch": "arm64v8" },
      "digest": "@5@",
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "platform": { "architecture": "arm64", "os": "linux", "variant": "v8" },
      "size": 610
    },
    {
      "annotations": {
        "vnd.docker.reference.digest": "@5@",
        "vnd.docker.reference.type": "attestation-manifest"
      },
      "digest": "@6@",
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "platform": { "architecture": "unknown", "os": "unknown" },
      "size": 566
    },
    {
      "digest": "@7@",
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "platform": { "architecture": "s390x", "os": "linux" },
      "size": 610
    }
  ],
  "mediaType": "application/vnd.oci.image.index.v1+json",
  "schemaVersion": 2
}
)"_ba);

inline const QByteArray DockerManifestList = withDigests(R"({
   "schemaVersion": 2,
   "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json",
   "manifests": [
      {
         "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
         "size": 528,
         "digest": "@1@",
         "platform": { "architecture": "amd64", "os": "linux" }
      },
      {
         "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
         "size": 528,
         "digest": "@2@",
         "platform": { "architecture": "arm", "os": "linux", "variant": "v5" }
      },
      {
         "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
         "size": 527,
         "digest": "@3@",
         "platform": { "architecture": "arm64", "os": "linux", "variant": "v8" }
      },
      {
         "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
         "size": 1125,
         "digest": "@4@",
         "platform": {
            "architecture": "amd64",
            "os": "windows",
            "os.version": "10.0.17763.5329",
            "os.features": [ "win32k" ]
         }
      }
   ]
}
)"_ba);

inline const QByteArray OciManifest = withDigests(R"({
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.manifest.v1+json",
  "config": {
    "mediaType": "application/vnd.oci.image.config.v1+json",
    "digest": "@10@",
    "size": 7023
  },
  "layers": [
    { "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "@11@", "size": 32654 },
    { "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "@12@", "size": 16724 },
    { "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "@13@", "size": 73109 }
  ],
  "annotations": {
    "org.opencontainers.image.created": "2024-01-31T12:00:00Z",
    "com.example.number": 5
  }
}
)"_ba);

inline const QByteArray DockerManifest = withDigests(R"({
   "schemaVersion": 2,
   "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
   "config": {
      "mediaType": "application/vnd.docker.container.image.v1+json",
      "size": 1472,
      "digest": "@10@"
   },
   "layers": [
      {
         "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
         "size": 2220094,
         "digest": "@11@"
      }
   ]
}
)"_ba);

inline const QByteArray Schema1 = R"({
   "schemaVersion": 1,
   "name": "library/hello-world",
   "tag": "latest",
   "architecture": "amd64",
   "fsLayers": [
      { "blobSum": "sha256:a3ed95caeb02ffe68cdd9fd84406680ae93d633cb16422d00e8a7c22955b46d4" }
   ],
   "history": [ { "v1Compatibility": "{\u0022id\u0022:\u00225c8f\u0022,\u0022created\u0022:\u00222016-06-01T21:20:35Z\u0022}" } ],
   "signatures": [
      {
         "header": { "jwk": { "crv": "P-256", "kid": "ABCD:EFGH", "kty": "EC", "x": "abc", "y": "def" }, "alg": "ES256" },
         "signature": "XREm0L8WNn27Ga_iE_vRnTxVMhhYY0Zst_FfkKopg6gWSoTOZTuW4rK0fg_IqnKkEKlbD83tD46LKEGi5aIVFg",
         "protected": "eyJmb3JtYXRMZW5ndGgiOjY2MjgsImZvcm1hdFRhaWwiOiJDbjAiLCJ0aW1lIjoiMjAxNS0wNC0wOFQxODo1Mjo1OVoifQ"
      }
   ]
}
)"_ba;

// What `docker buildx` pushes for an OCI image (shortened).
inline const QByteArray OciConfig = R"({
  "architecture": "arm64",
  "variant": "v8",
  "os": "linux",
  "author": "CMS Offline and Computing <cms-offline@cern.ch>",
  "created": "2024-01-31T12:34:56.123456789Z",
  "config": {
    "User": "cmsusr",
    "Env": [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "CMSSW_VERSION=CMSSW_13_3_0"
    ],
    "Entrypoint": ["/bin/bash", "-l", "-c"],
    "Cmd": ["cmsRun"],
    "WorkingDir": "/home/cmsusr",
    "Labels": {
      "org.opencontainers.image.source": "https://gitlab.cern.ch/cms-cloud/cmssw-docker",
      "org.opencontainers.image.version": "13.3.0",
      "build_number": 17,
      "nested": {"a": "b"},
      "empty": ""
    },
    "ArgsEscaped": true
  },
  "rootfs": {
    "type": "layers",
    "diff_ids": ["sha256:0000000000000000000000000000000000000000000000000000000000000000"]
  },
  "history": [
    {"created": "2024-01-31T12:30:00Z", "created_by": "/bin/sh -c #(nop) ADD file:abc in / "},
    {"created": "2024-01-31T12:30:01Z", "created_by": "/bin/sh -c #(nop)  CMD [\u0022bash\u0022]", "empty_layer": true},
    {"created": "2024-01-31T12:34:56Z", "created_by": "RUN /bin/sh -c yum install -y ... # buildkit"}
  ]
})"_ba;

// What the Docker 20.10 daemon pushes (application/vnd.docker.container.image.v1+json).
inline const QByteArray DockerConfig = R"({"architecture":"amd64","config":{"Hostname":"","Domainname":"","User":"",
"AttachStdin":false,"Tty":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
"Cmd":["sh"],"Image":"sha256:abc","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,
"Labels":null},"container":"4f0c","container_config":{"Cmd":["/bin/sh","-c","#(nop) ","CMD [\u0022sh\u0022]"],
"Labels":{"from":"container_config"}},"created":"2023-07-18T23:19:33.655005962+02:00","docker_version":"20.10.23",
"history":[{"created":"2023-07-18T23:19:33.538571854Z","created_by":"/bin/sh -c #(nop) ADD file:7e9002edaafd4e4579b65c8f0aaabde1aeb7fd3f8d95579f7fd3443cef785fd1 in / "}],
"os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:3d24ee258efc3bfe4066a1a9fb83febf6dc0b1548dfe896161533668281c9f4f"]}})"_ba;

} // namespace Wharf::Test::RegistryFixtures
