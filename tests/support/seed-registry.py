#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Seeds the test registries through the registry HTTP API (services.sh runs it).

Plain registry (no auth), for pagination and platform tests:
  many/repo-0000 .. many/repo-1199   1,200 repositories, tag "1" each (Docker schema 2)
  tags/many:t-000 .. t-399           400 tags, each its own OCI manifest and config
                                     (created one day apart from 2023-01-01, newest t-399)
  multi/arch:1                       OCI image index: linux/amd64, linux/arm64/v8 and an
                                     attestation manifest (unknown/unknown) for the amd64 one
  multi/arch:list                    Docker manifest list: linux/amd64, linux/arm64/v8
Basic-auth registry:  private/busybox:1
Token-auth registry:  public/busybox:1, private/busybox:1
TLS registry:         test/busybox:1
The busybox images (and the host platform's entry of multi/arch) carry the busybox rootfs
layer from DIR/images/busybox.tar, so an engine can pull and run them. DIR/registry-seed.json
records the names and digests. Blobs are uploaded once per registry and mounted into the other
repositories (POST ...?mount=&from=); a marker file per registry skips seeding next time.

Standard library only, so any python3 runs it.
"""

import argparse
import base64
import concurrent.futures
import datetime
import gzip
import hashlib
import http.client
import io
import json
import os
import platform
import re
import ssl
import sys
import tarfile
import threading
import time
import urllib.parse

SEED_VERSION = "wharf-seed-1"
MANY_REPOSITORIES = 1200
MANY_TAGS = 400
WORKERS = int(os.environ.get("WHARF_SEED_WORKERS", "8"))

DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json"
DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"
IN_TOTO = "application/vnd.in-toto+json"


class SeedError(Exception):
    pass


def log(message):
    sys.stderr.write("seed-registry: %s\n" % message)
    sys.stderr.flush()


def digest_of(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def canonical(obj):
    return json.dumps(obj, indent=3, sort_keys=False).encode()


def gzip_bytes(data):
    return gzip.compress(data, compresslevel=6, mtime=0)


def tar_with(files):
    """A small deterministic tar: {path: text}."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(path)
            info.size = len(data)
            info.mtime = 1672531200
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


class Blob:
    def __init__(self, data, media_type):
        self.data = data
        self.media_type = media_type
        self.digest = digest_of(data)

    def descriptor(self, media_type=None, **extra):
        d = {"mediaType": media_type or self.media_type, "size": len(self.data), "digest": self.digest}
        d.update(extra)
        return d


class Layer(Blob):
    def __init__(self, tar_bytes, media_type=DOCKER_LAYER):
        super().__init__(gzip_bytes(tar_bytes), media_type)
        self.diff_id = digest_of(tar_bytes)


def image_config(arch, created, labels, diff_ids, variant=None, cmd=("/bin/sh",), comment=None):
    config = {
        "architecture": arch,
        "os": "linux",
        "created": created,
        "author": "Wharf test services",
        "config": {
            "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
            "Cmd": list(cmd),
            "WorkingDir": "/",
            "Labels": labels,
        },
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": [{"created": created, "created_by": comment or "seed-registry.py (Wharf tests)"}],
    }
    if variant:
        config["variant"] = variant
    return config


def manifest(config, config_type, layers, layer_type, media_type, annotations=None):
    m = {
        "schemaVersion": 2,
        "mediaType": media_type,
        "config": config.descriptor(config_type),
        "layers": [layer.descriptor(layer_type) for layer in layers],
    }
    if annotations:
        m["annotations"] = annotations
    return m


class Registry:
    """A tiny registry client: keep-alive connection per thread, Basic or Bearer auth."""

    def __init__(self, name, address, scheme="http", cafile=None, user=None, password=None):
        self.name = name
        self.address = address
        self.scheme = scheme
        self.context = ssl.create_default_context(cafile=cafile) if scheme == "https" else None
        self.user = user
        self.password = password
        self.local = threading.local()
        self.authorization = None
        self.requests = 0
        self.lock = threading.Lock()

    def connection(self, fresh=False):
        conn = getattr(self.local, "conn", None)
        if conn is None or fresh:
            if conn is not None:
                conn.close()
            host, port = self.address.rsplit(":", 1)
            if self.scheme == "https":
                conn = http.client.HTTPSConnection(host, int(port), timeout=30, context=self.context)
            else:
                conn = http.client.HTTPConnection(host, int(port), timeout=30)
            self.local.conn = conn
        return conn

    def raw(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.authorization:
            headers["Authorization"] = self.authorization
        if body is not None:
            headers["Content-Length"] = str(len(body))
        elif method in ("POST", "PUT"):
            headers["Content-Length"] = "0"
        for attempt in range(3):
            conn = self.connection(fresh=attempt > 0)
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                with self.lock:
                    self.requests += 1
                return response.status, response, data
            except (http.client.HTTPException, ConnectionError, TimeoutError, OSError) as error:
                if attempt == 2:
                    raise SeedError("%s %s on %s: %s" % (method, path, self.name, error))
                time.sleep(0.2)
        raise SeedError("unreachable")

    def request(self, method, path, body=None, headers=None, expect=(200, 201, 202)):
        status, response, data = self.raw(method, path, body, headers)
        if status not in expect:
            raise SeedError("%s %s on %s answered %d: %s" % (
                method, path, self.name, status, data[:300].decode("utf-8", "replace")))
        return status, response, data

    def login(self, scopes):
        """Follows the /v2/ challenge once: Basic, or a Bearer token for all `scopes`."""
        status, response, data = self.raw("GET", "/v2/")
        if status == 200:
            return
        if status != 401:
            raise SeedError("GET /v2/ on %s answered %d" % (self.name, status))
        challenge = response.getheader("WWW-Authenticate") or ""
        scheme, _, params = challenge.partition(" ")
        basic = "Basic " + base64.b64encode(("%s:%s" % (self.user, self.password)).encode()).decode()
        if scheme.lower() == "basic":
            self.authorization = basic
        elif scheme.lower() == "bearer":
            fields = dict(re.findall(r'(\w+)="([^"]*)"', params))
            query = [("service", fields.get("service", ""))] + [("scope", s) for s in scopes]
            realm = urllib.parse.urlsplit(fields["realm"])
            conn = http.client.HTTPConnection(realm.hostname, realm.port or 80, timeout=30)
            conn.request("GET", realm.path + "?" + urllib.parse.urlencode(query),
                         headers={"Authorization": basic})
            reply = conn.getresponse()
            body = reply.read()
            conn.close()
            if reply.status != 200:
                raise SeedError("token server answered %d: %s" % (reply.status, body[:300]))
            self.authorization = "Bearer " + json.loads(body)["token"]
        else:
            raise SeedError("unexpected challenge from %s: %s" % (self.name, challenge))
        status, _, _ = self.raw("GET", "/v2/")
        if status != 200:
            raise SeedError("%s still answers %d after logging in" % (self.name, status))

    @staticmethod
    def location_path(response):
        location = response.getheader("Location")
        if not location:
            raise SeedError("upload answered without a Location")
        parts = urllib.parse.urlsplit(location)
        return parts.path + ("?" + parts.query if parts.query else "")

    def upload(self, repository, blob):
        _, response, _ = self.request("POST", "/v2/%s/blobs/uploads/" % repository, expect=(202,))
        path = self.location_path(response)
        path += ("&" if "?" in path else "?") + urllib.parse.urlencode({"digest": blob.digest})
        self.request("PUT", path, blob.data, {"Content-Type": "application/octet-stream"},
                     expect=(201,))

    def mount(self, repository, blob, source):
        query = urllib.parse.urlencode({"mount": blob.digest, "from": source})
        status, response, _ = self.request("POST", "/v2/%s/blobs/uploads/?%s" % (repository, query),
                                           expect=(201, 202))
        if status == 202:
            # The registry did not mount (it may not find the source): finish as an upload.
            path = self.location_path(response)
            path += ("&" if "?" in path else "?") + urllib.parse.urlencode({"digest": blob.digest})
            self.request("PUT", path, blob.data, {"Content-Type": "application/octet-stream"},
                         expect=(201,))

    def put_manifest(self, repository, reference, body, media_type):
        _, response, _ = self.request("PUT", "/v2/%s/manifests/%s" % (repository, reference), body,
                                      {"Content-Type": media_type}, expect=(201,))
        return response.getheader("Docker-Content-Digest") or digest_of(body)

    def has_manifest(self, repository, reference, media_types):
        status, _, _ = self.raw("HEAD", "/v2/%s/manifests/%s" % (repository, reference),
                                headers={"Accept": ", ".join(media_types)})
        return status == 200


# ---------------------------------------------------------------------------------------------
# content

class Content:
    def __init__(self, busybox_tar):
        machine = platform.machine().lower()
        self.host_arch = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64",
                          "arm64": "arm64"}.get(machine, "amd64")
        with open(busybox_tar, "rb") as f:
            self.busybox = Layer(f.read())
        # The busybox image the auth and TLS registries serve (Docker schema 2, runnable here).
        self.busybox_config = Blob(canonical(image_config(
            self.host_arch, "2024-03-01T12:00:00Z",
            {"org.opencontainers.image.title": "busybox", "org.opencontainers.image.vendor": "Wharf tests"},
            [self.busybox.diff_id])), DOCKER_CONFIG)
        self.busybox_manifest = canonical(manifest(self.busybox_config, DOCKER_CONFIG, [self.busybox],
                                                   DOCKER_LAYER, DOCKER_MANIFEST))

        # many/*: one small image shared by all 1,200 repositories.
        self.many_layer = Layer(tar_with({"etc/wharf-image": "many\n"}))
        self.many_config = Blob(canonical(image_config(
            "amd64", "2024-01-15T08:30:00Z",
            {"org.opencontainers.image.title": "many", "org.opencontainers.image.vendor": "Wharf tests"},
            [self.many_layer.diff_id])), DOCKER_CONFIG)
        self.many_manifest = canonical(manifest(self.many_config, DOCKER_CONFIG, [self.many_layer],
                                                DOCKER_LAYER, DOCKER_MANIFEST))

        # tags/many: one config per tag, created one day apart.
        self.tags = []
        start = datetime.datetime(2023, 1, 1, 10, 0, 0)
        for i in range(MANY_TAGS):
            tag = "t-%03d" % i
            created = (start + datetime.timedelta(days=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            config = Blob(canonical(image_config(
                "amd64", created,
                {"org.opencontainers.image.title": "tags/many",
                 "org.opencontainers.image.version": tag,
                 "org.opencontainers.image.vendor": "Wharf tests"},
                [self.many_layer.diff_id])), OCI_CONFIG)
            body = canonical(manifest(config, OCI_CONFIG, [self.many_layer], OCI_LAYER, OCI_MANIFEST))
            self.tags.append((tag, config, body))

        # multi/arch: amd64 and arm64/v8 (the host's platform gets the runnable busybox layer),
        # plus a BuildKit-style attestation manifest for the amd64 image.
        self.platforms = []
        for arch, variant in (("amd64", None), ("arm64", "v8")):
            name = arch + ("/" + variant if variant else "")
            if arch == self.host_arch:
                layer = self.busybox
            else:
                layer = Layer(tar_with({"etc/wharf-platform": "linux/%s\n" % name}))
            config_data = image_config(
                arch, "2024-02-01T09:00:00Z",
                {"org.opencontainers.image.title": "multi/arch",
                 "org.opencontainers.image.description": "linux/" + name,
                 "org.opencontainers.image.vendor": "Wharf tests"},
                [layer.diff_id], variant=variant)
            config = Blob(canonical(config_data), OCI_CONFIG)
            oci = canonical(manifest(config, OCI_CONFIG, [layer], OCI_LAYER, OCI_MANIFEST))
            docker = canonical(manifest(config, DOCKER_CONFIG, [layer], DOCKER_LAYER, DOCKER_MANIFEST))
            plat = {"architecture": arch, "os": "linux"}
            if variant:
                plat["variant"] = variant
            self.platforms.append({"name": name, "platform": plat, "layer": layer, "config": config,
                                   "oci": oci, "docker": docker})
        amd64_oci = self.platforms[0]["oci"]
        statement = json.dumps({"_type": "https://in-toto.io/Statement/v0.1",
                                "predicateType": "https://spdx.dev/Document",
                                "subject": [{"name": "multi/arch",
                                             "digest": {"sha256": digest_of(amd64_oci)[7:]}}],
                                "predicate": {"spdxVersion": "SPDX-2.3", "name": "wharf-test"}}).encode()
        self.attestation_layer = Blob(statement, IN_TOTO)
        self.attestation_config = Blob(canonical({
            "architecture": "unknown", "os": "unknown", "config": {},
            "rootfs": {"type": "layers", "diff_ids": [digest_of(statement)]}}), OCI_CONFIG)
        self.attestation = canonical({
            "schemaVersion": 2, "mediaType": OCI_MANIFEST,
            "config": self.attestation_config.descriptor(),
            "layers": [self.attestation_layer.descriptor(
                annotations={"in-toto.io/predicate-type": "https://spdx.dev/Document"})]})
        self.index = canonical({
            "schemaVersion": 2, "mediaType": OCI_INDEX,
            "manifests": [
                {"mediaType": OCI_MANIFEST, "size": len(p["oci"]), "digest": digest_of(p["oci"]),
                 "platform": p["platform"]} for p in self.platforms] + [
                {"mediaType": OCI_MANIFEST, "size": len(self.attestation),
                 "digest": digest_of(self.attestation),
                 "platform": {"architecture": "unknown", "os": "unknown"},
                 "annotations": {"vnd.docker.reference.digest": digest_of(amd64_oci),
                                 "vnd.docker.reference.type": "attestation-manifest"}}],
            "annotations": {"org.opencontainers.image.created": "2024-02-01T09:00:00Z"}})
        self.manifest_list = canonical({
            "schemaVersion": 2, "mediaType": DOCKER_LIST,
            "manifests": [{"mediaType": DOCKER_MANIFEST, "size": len(p["docker"]),
                           "digest": digest_of(p["docker"]), "platform": p["platform"]}
                          for p in self.platforms]})


# ---------------------------------------------------------------------------------------------
# seeding

def parallel(function, items, workers=WORKERS):
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(function, item) for item in items]
        for future in concurrent.futures.as_completed(futures):
            error = future.exception()
            if error:
                for other in futures:
                    other.cancel()
                raise error


def push_busybox(registry, content, repository, tag="1"):
    registry.upload(repository, content.busybox)
    registry.upload(repository, content.busybox_config)
    return registry.put_manifest(repository, tag, content.busybox_manifest, DOCKER_MANIFEST)


def seed_plain(registry, content):
    summary = {}
    first = "many/repo-0000"
    registry.upload(first, content.many_layer)
    registry.upload(first, content.many_config)
    registry.put_manifest(first, "1", content.many_manifest, DOCKER_MANIFEST)

    def many(i):
        repository = "many/repo-%04d" % i
        registry.mount(repository, content.many_layer, first)
        registry.mount(repository, content.many_config, first)
        registry.put_manifest(repository, "1", content.many_manifest, DOCKER_MANIFEST)

    def one_tag(item):
        tag, config, body = item
        registry.upload("tags/many", config)
        registry.put_manifest("tags/many", tag, body, OCI_MANIFEST)

    def multi():
        repository = "multi/arch"
        blobs = {}
        for p in content.platforms:
            blobs[p["layer"].digest] = p["layer"]
            blobs[p["config"].digest] = p["config"]
        blobs[content.attestation_layer.digest] = content.attestation_layer
        blobs[content.attestation_config.digest] = content.attestation_config
        for blob in blobs.values():
            registry.upload(repository, blob)
        entries = {}
        for p in content.platforms:
            entries[p["name"]] = {
                "oci": registry.put_manifest(repository, digest_of(p["oci"]), p["oci"], OCI_MANIFEST),
                "docker": registry.put_manifest(repository, digest_of(p["docker"]), p["docker"],
                                                DOCKER_MANIFEST)}
        attestation = registry.put_manifest(repository, digest_of(content.attestation),
                                            content.attestation, OCI_MANIFEST)
        summary["multi/arch:1"] = {
            "mediaType": OCI_INDEX,
            "digest": registry.put_manifest(repository, "1", content.index, OCI_INDEX),
            "platforms": {name: e["oci"] for name, e in entries.items()},
            "attestation": attestation}
        summary["multi/arch:list"] = {
            "mediaType": DOCKER_LIST,
            "digest": registry.put_manifest(repository, "list", content.manifest_list, DOCKER_LIST),
            "platforms": {name: e["docker"] for name, e in entries.items()}}

    registry.mount("tags/many", content.many_layer, first)
    jobs = [("multi", None)] + [("tag", t) for t in content.tags] + \
        [("many", i) for i in range(1, MANY_REPOSITORIES)]
    parallel(lambda job: multi() if job[0] == "multi" else
             one_tag(job[1]) if job[0] == "tag" else many(job[1]), jobs)
    summary["many"] = {"prefix": "many/repo-", "count": MANY_REPOSITORIES, "tag": "1",
                       "digest": digest_of(content.many_manifest)}
    summary["tags/many"] = {"count": MANY_TAGS, "first": content.tags[0][0],
                            "last": content.tags[-1][0]}
    return summary


def marker_ok(path, registry, probe, media_types):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read().strip() != SEED_VERSION:
                return False
    except OSError:
        return False
    repository, reference = probe
    return registry.has_manifest(repository, reference, media_types)


def seed_target(target, content, results):
    registry, marker, probe, media_types, scopes, job = target
    registry.login(scopes)
    if marker_ok(marker, registry, probe, media_types):
        log("%s already seeded (%s)" % (registry.name, marker))
        return
    t0 = time.monotonic()
    if os.path.exists(marker):
        os.unlink(marker)
    results[registry.name] = job(registry, content)
    with open(marker, "w", encoding="utf-8") as f:
        f.write(SEED_VERSION + "\n")
    log("seeded %s (%s) with %d requests in %.1fs" % (
        registry.name, registry.address, registry.requests, time.monotonic() - t0))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True, help="the services directory (DIR)")
    parser.add_argument("--plain", help="address of the plain registry")
    parser.add_argument("--basic", help="address of the Basic-auth registry")
    parser.add_argument("--token", help="address of the token-auth registry")
    parser.add_argument("--tls", help="address of the TLS registry")
    args = parser.parse_args()
    d = args.dir

    def read(name):
        with open(os.path.join(d, name), encoding="utf-8") as f:
            return f.read().strip()

    t0 = time.monotonic()
    content = Content(os.path.join(d, "images", "busybox.tar"))
    user = password = None
    if args.basic or args.token:
        user, password = read("registry-user"), read("registry-password")
    docker = [DOCKER_MANIFEST]
    targets = []
    if args.plain:
        targets.append((Registry("registry", args.plain), os.path.join(d, "storage", "registry.seeded"),
                        ("multi/arch", "list"), [DOCKER_LIST], [], seed_plain))
    if args.basic:
        targets.append((Registry("registry-basic", args.basic, user=user, password=password),
                        os.path.join(d, "storage", "registry-basic.seeded"), ("private/busybox", "1"),
                        docker, [], lambda r, c: {"private/busybox:1": push_busybox(r, c, "private/busybox")}))
    if args.token:
        targets.append((Registry("registry-token", args.token, user=user, password=password),
                        os.path.join(d, "storage", "registry-token.seeded"), ("private/busybox", "1"),
                        docker, ["repository:public/busybox:pull,push", "repository:private/busybox:pull,push"],
                        lambda r, c: {"public/busybox:1": push_busybox(r, c, "public/busybox"),
                                      "private/busybox:1": push_busybox(r, c, "private/busybox")}))
    if args.tls:
        targets.append((Registry("registry-tls", args.tls, scheme="https",
                                 cafile=os.path.join(d, "registry-tls", "ca.pem")),
                        os.path.join(d, "storage", "registry-tls.seeded"), ("test/busybox", "1"),
                        docker, [], lambda r, c: {"test/busybox:1": push_busybox(r, c, "test/busybox")}))
    results = {}
    try:
        parallel(lambda target: seed_target(target, content, results), targets, workers=len(targets) or 1)
    except SeedError as error:
        log("ERROR: %s" % error)
        return 1
    if "registry" in results:
        with open(os.path.join(d, "registry-seed.json"), "w", encoding="utf-8") as f:
            json.dump({"version": SEED_VERSION, "registry": results["registry"]}, f, indent=2)
            f.write("\n")
    log("done in %.1fs" % (time.monotonic() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
