// SPDX-License-Identifier: Apache-2.0
// The known-error catalogue: the built-in data, every message of
// shared/reference/error-catalogue.md, variants of them, unrelated text, hostile catalogues
// and hostile input.
#include "base/ShellQuote.h"
#include "diagnostics/ErrorCatalogue.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

struct Example
{
    const char *name;
    QString text;
    QString id;
};

// The message column of shared/reference/error-catalogue.md, row by row, verbatim (only the
// Markdown marks ** and ` removed), with the entry each must find first.
QList<Example> referenceExamples()
{
    return {
        {"row 1", u"/bin/sh: error while loading shared libraries: libtinfo.so.5: failed to map segment from shared object: Permission denied"_s, u"selinux-fuse-map-segment"_s},
        {"row 2", u"Error response from daemon: Mounts denied: The path /cvmfs is not shared from the host and is not known to Docker. You can configure shared paths from Docker -> Preferences... -> Resources -> File Sharing."_s, u"docker-desktop-mounts-denied"_s},
        {"row 3", u"linux mounts: path /cvmfs is mounted on /cvmfs but it is not a shared mount"_s, u"mount-not-shared"_s},
        {"row 4", u"(no error) /cvmfs is empty inside the container on Docker Desktop for Mac"_s, u"cvmfs-empty-docker-desktop-mac"_s},
        {"row 5", u"Too many levels of symbolic links on /cvmfs/REPO"_s, u"cvmfs-too-many-symlinks"_s},
        {"row 6", u"Transport endpoint is not connected"_s, u"cvmfs-transport-endpoint"_s},
        {"row 7", u"fuse: device not found, try 'modprobe fuse' first"_s, u"fuse-device-not-found"_s},
        {"row 8", u"error gathering device information while adding custom device \"/dev/fuse\": no such file or directory"_s, u"host-dev-fuse-missing"_s},
        {"row 9", u"Failed to initialize root file catalog (16 - file catalog failure)"_s, u"cvmfs-root-catalog"_s},
        {"row 10", u"::: Mounting CVMFS... [FAILED] / Did you run the docker container in privileged mode?"_s, u"cvmfs-in-container-mount-failed"_s},
        {"row 11", u"unable to retrieve auth token: invalid username/password (Singularity pulling docker://)"_s, u"singularity-invalid-credentials"_s},
        {"row 12", u"build: failed to make environment dirs: mkdir .../.singularity.d: permission denied"_s, u"singularity-environment-dirs"_s},
        {"row 13", u"Warning in <TStorageFactoryFile::Write>: file X.root not opened in write mode"_s, u"container-filesystem-read-only"_s},
        {"row 14", u"container creation failed: mount /X->/Y error: while mounting /X: mount source /X doesn't exist (and the warning skipping mount of X: no such file or directory)"_s, u"bind-source-missing"_s},
        {"row 15", u"mount hook function failure: mount A->B error: ... not a directory"_s, u"bind-not-a-directory"_s},
        {"row 16", u"Error: CVMFS mount not found / Unable to find unpacked image 'cmssw/el8' under ..."_s, u"cmssw-env-no-image"_s},
        {"row 17", u"Failed to create mount namespace: mount namespace requires privileges / Failed to create user namespace"_s, u"apptainer-namespace-failed"_s},
        {"row 18", u"Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock"_s, u"engine-socket-permission-denied"_s},
        {"row 19", u"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"_s, u"engine-not-running"_s},
        {"row 20", u"cannot clone: Operation not permitted ... cannot re-exec process (rootless podman)"_s, u"rootless-cannot-clone"_s},
        {"row 21", u"user namespaces are not enabled in /proc/sys/user/max_user_namespaces"_s, u"user-namespaces-disabled"_s},
        {"row 22", u"newuidmap: write to uid_map failed: Operation not permitted / cannot set up namespace using \"/usr/bin/newuidmap\""_s, u"newuidmap-failed"_s},
        {"row 23", u"toomanyrequests: You have reached your pull rate limit."_s, u"dockerhub-rate-limit"_s},
        {"row 24", u"x509: certificate signed by unknown authority"_s, u"x509-unknown-authority"_s},
        {"row 25", u"unauthorized: HTTP Basic: Access denied (GitLab, incl. gitlab-registry.cern.ch)"_s, u"gitlab-http-basic-denied"_s},
        {"row 26", u"manifest for IMAGE:TAG not found: manifest unknown"_s, u"manifest-unknown"_s},
        {"row 27", u"no matching manifest for linux/arm64/v8 in the manifest list entries"_s, u"no-matching-platform"_s},
        {"row 28", u"systemd not running on this host, cannot use systemd cgroups manager"_s, u"nested-apptainer-systemd-cgroups"_s},
        {"row 29", u"CVMFS_RELOAD_SOCKETS required"_s, u"cvmfs-reload-sockets"_s},
        {"row 30", u"unable to apply caps: operation not permitted (runc, on --privileged)"_s, u"privileged-not-permitted"_s},
    };
}

// Other wordings of the same failures (other versions, engines, paths, plurals), and the
// failures Wharf itself produces or meets on its other pages.
QList<Example> variantExamples()
{
    return {
        // registries and credentials (issue 3): Wharf's own wording
        {"registry 404, Wharf", u"registry.cern.ch has nothing there: Wharf could not list the tags of cms/nope. Check the name; a private repository is only visible after you log in."_s, u"registry-repository-not-found"_s},
        {"registry wrong password, Wharf", u"127.0.0.1:5000 did not accept your login when Wharf tried to check your login. Check the user name, and the password or token (it may have expired); log in again."_s, u"registry-wrong-password"_s},
        {"registry access denied, Wharf", u"gitlab-registry.cern.ch does not allow your account to list its repositories."_s, u"registry-access-denied"_s},
        {"registry 503, Wharf", u"registry.cern.ch had a problem of its own (HTTP 503) when Wharf tried to list the tags of cms/x. Try again later."_s, u"registry-server-error"_s},
        {"registry TLS, Wharf", u"Wharf does not trust the TLS certificate of registry.example.org, so it could not list its repositories: The issuer certificate of a locally looked up certificate could not be found."_s, u"registry-tls-untrusted"_s},
        {"keychain missing, Wharf", u"No keychain is available: no Secret Service answers on the session bus. Wharf can keep the password for this session only."_s, u"keychain-unavailable"_s},
        {"keychain, QtKeychain autolaunch", u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s, u"keychain-unavailable"_s},
        {"login file unreadable, Wharf", u"Wharf could not read the Docker login file /home/u/.docker/config.json, so it does not overwrite it."_s, u"credential-store-failed"_s},
        {"registry timeout, Wharf", u"registry.cern.ch stopped answering for 30 s while Wharf tried to list its repositories. The registry or the network is slow or down; try again later."_s, u"network-timeout"_s},
        {"rate limit, Wharf", u"docker.io refuses more requests for now (rate limit), so Wharf could not read the manifest of library/x:1. 0 of 100 requests left per 6 h."_s, u"dockerhub-rate-limit"_s},
        // SELinux and the FUSE container
        {"map segment, other library", u"bash: error while loading shared libraries: libc.so.6: failed to map segment from shared object: Permission denied"_s, u"selinux-fuse-map-segment"_s},
        {"map segment, no reason", u"/usr/bin/cvmfs2: error while loading shared libraries: libfuse.so.2: failed to map segment from shared object"_s, u"selinux-fuse-map-segment"_s},
        // Docker Desktop file sharing
        {"mounts denied, OS X wording", u"docker: Error response from daemon: Mounts denied: \nThe path /cvmfs/cms.cern.ch\nis not shared from OS X and is not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> File Sharing."_s, u"docker-desktop-mounts-denied"_s},
        {"mounts denied, plural", u"Mounts denied: The paths /cvmfs and /Users/me/work are not shared from the host and are not known to Docker."_s, u"docker-desktop-mounts-denied"_s},
        {"mounts denied, compose", u"ERROR: for web  Cannot start service web: Mounts denied: The path /cvmfs/atlas.cern.ch is not shared from the host and is not known to Docker."_s, u"docker-desktop-mounts-denied"_s},
        // propagation
        {"not shared or slave", u"docker: Error response from daemon: linux mounts: path /cvmfs/atlas.cern.ch is mounted on /cvmfs/atlas.cern.ch but it is not a shared or slave mount."_s, u"mount-not-shared"_s},
        {"not shared, shared-mounts", u"Error response from daemon: path /shared-mounts is mounted on / but it is not a shared mount."_s, u"mount-not-shared"_s},
        {"cvmfs appears empty", u"Warning: /cvmfs appears to be empty in the container"_s, u"cvmfs-empty-docker-desktop-mac"_s},
        {"repository is empty", u"/cvmfs/cms.cern.ch is empty"_s, u"cvmfs-empty-docker-desktop-mac"_s},
        // autofs and dead mounts
        {"symlinks, atlas", u"ls: cannot access '/cvmfs/atlas.cern.ch': Too many levels of symbolic links"_s, u"cvmfs-too-many-symlinks"_s},
        {"symlinks, source", u"bash: /cvmfs/cms.cern.ch/cmsset_default.sh: Too many levels of symbolic links"_s, u"cvmfs-too-many-symlinks"_s},
        {"transport endpoint, ls", u"ls: cannot access '/cvmfs/cms.cern.ch': Transport endpoint is not connected"_s, u"cvmfs-transport-endpoint"_s},
        {"transport endpoint, open dir", u"ls: cannot open directory /cvmfs/sft.cern.ch: Transport endpoint is not connected"_s, u"cvmfs-transport-endpoint"_s},
        // FUSE
        {"fuse open not permitted", u"fuse: failed to open /dev/fuse: Operation not permitted"_s, u"fuse-device-not-found"_s},
        {"custom device, docker prefix", u"docker: Error response from daemon: error gathering device information while adding custom device \"/dev/fuse\": no such file or directory."_s, u"host-dev-fuse-missing"_s},
        {"podman stat dev fuse", u"Error: stat /dev/fuse: no such file or directory"_s, u"host-dev-fuse-missing"_s},
        {"root catalog, repository", u"CernVM-FS: loading Fuse module... Failed to initialize root file catalog (16 - file catalog failure)\nmount: /cvmfs/atlas.cern.ch: failed"_s, u"cvmfs-root-catalog"_s},
        {"root catalog, lower case", u"(cms.cern.ch) failed to initialize root file catalog"_s, u"cvmfs-root-catalog"_s},
        {"mounting failed alone", u"::: Mounting CVMFS... [FAILED]"_s, u"cvmfs-in-container-mount-failed"_s},
        {"privileged mode question", u"Did you run the docker container in privileged mode?"_s, u"cvmfs-in-container-mount-failed"_s},
        // Apptainer / Singularity
        {"auth token, apptainer", u"FATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://cmssw/el8:x86_64: unable to retrieve auth token: invalid username/password: unauthorized: incorrect username or password"_s, u"singularity-invalid-credentials"_s},
        {"auth token, authentication required", u"FATAL: unable to retrieve auth token: invalid username/password: unauthorized: authentication required"_s, u"singularity-invalid-credentials"_s},
        {"environment dirs, full path", u"FATAL:   While performing build: packer failed to pack: error unpacking rootfs: failed to make environment dirs: mkdir /tmp/rootfs-123/.singularity.d: permission denied"_s, u"singularity-environment-dirs"_s},
        {"read-only, touch", u"touch: cannot touch 'output.root': Read-only file system"_s, u"container-filesystem-read-only"_s},
        {"read-only, ROOT", u"Error in <TFile::TFile>: file /srv/histos.root can not be opened for writing: Read-only file system"_s, u"container-filesystem-read-only"_s},
        {"mount source, eos", u"FATAL:   container creation failed: mount /eos->/eos error: while mounting /eos: mount source /eos doesn't exist"_s, u"bind-source-missing"_s},
        {"skipping mount, afs", u"WARNING: skipping mount of /afs: stat /afs: no such file or directory"_s, u"bind-source-missing"_s},
        {"bind source, docker", u"docker: Error response from daemon: invalid mount config for type \"bind\": bind source path does not exist: /data/analysis."_s, u"bind-source-missing"_s},
        {"mount hook, file", u"FATAL:   container creation failed: mount hook function failure: mount /home/me/file->/etc/hosts error: while mounting /home/me/file: destination /etc/hosts is not a directory"_s, u"bind-not-a-directory"_s},
        {"directory onto file, docker", u"docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting \"/home/me/x\" to rootfs at \"/etc/hosts\": mount /home/me/x:/etc/hosts (via /proc/self/fd/6), flags: 0x5000: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type."_s, u"bind-not-a-directory"_s},
        {"cmssw-env mount", u"Error: CVMFS mount not found (/cvmfs/unpacked.cern.ch)"_s, u"cmssw-env-no-image"_s},
        {"cmssw-env image", u"Unable to find unpacked image 'cmssw/el9:x86_64' under /cvmfs/unpacked.cern.ch/registry.hub.docker.com"_s, u"cmssw-env-no-image"_s},
        {"user namespace, fatal", u"FATAL:   Failed to create user namespace: user namespace disabled"_s, u"apptainer-namespace-failed"_s},
        {"mount namespace, old", u"ERROR  : Failed to create mount namespace: mount namespace requires privileges, check Singularity installation"_s, u"apptainer-namespace-failed"_s},
        {"nested cgroups, warning", u"WARNING: systemd not running on this host, cannot use systemd cgroups manager"_s, u"nested-apptainer-systemd-cgroups"_s},
        {"reload sockets, prefix", u"Error: CVMFS_RELOAD_SOCKETS required\n"_s, u"cvmfs-reload-sockets"_s},
        {"apptainer not installed", u"bash: apptainer: command not found"_s, u"apptainer-not-installed"_s},
        {"singularity not installed", u"-bash: singularity: command not found"_s, u"apptainer-not-installed"_s},
        {"apptainer zsh", u"zsh: command not found: apptainer"_s, u"apptainer-not-installed"_s},
        {"apptainer exec", u"exec: \"apptainer\": executable file not found in $PATH"_s, u"apptainer-not-installed"_s},
        {"quota, apptainer cache", u"FATAL: While making image from oci registry: error fetching image to cache: write /afs/cern.ch/user/a/alice/.apptainer/cache/blob/sha256: disk quota exceeded"_s, u"disk-quota-exceeded"_s},
        // engine sockets
        {"socket permission, full docker", u"permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/images/json\": dial unix /var/run/docker.sock: connect: permission denied"_s, u"engine-socket-permission-denied"_s},
        {"socket permission, rootless path", u"Got permission denied while trying to connect to the Docker daemon socket at unix:///run/user/1000/docker.sock: Get \"http://%2Frun%2Fuser%2F1000%2Fdocker.sock/v1.41/info\": dial unix /run/user/1000/docker.sock: connect: permission denied"_s, u"engine-socket-permission-denied"_s},
        {"socket permission, podman", u"Error: unable to connect to Podman socket: Get \"http://d/v4.3.1/libpod/_ping\": dial unix /run/podman/podman.sock: connect: permission denied"_s, u"engine-socket-permission-denied"_s},
        {"socket permission, Wharf", u"Permission denied on the engine socket /var/run/docker.sock. The socket grants access to the members of the group \"docker\"; membership in that group is equivalent to root access on this machine."_s, u"engine-socket-permission-denied"_s},
        {"daemon, rootless path", u"Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?"_s, u"engine-not-running"_s},
        {"daemon, podman machine", u"Cannot connect to Podman. Please verify your connection to the Linux system using `podman system connection list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM\nError: unable to connect to Podman socket: failed to connect: dial tcp 127.0.0.1:53712: connect: connection refused"_s, u"engine-not-running"_s},
        {"daemon, dial unix refused", u"dial unix /run/user/1000/podman/podman.sock: connect: connection refused"_s, u"engine-not-running"_s},
        {"daemon, Wharf", u"The engine is not running: nothing listens on /var/run/docker.sock (the socket file is left over)."_s, u"engine-not-running"_s},
        {"daemon, Wharf tcp", u"Nothing listens on tcp://build:2375: the engine is not running there, or a firewall refuses the connection."_s, u"engine-not-running"_s},
        {"socket missing, Wharf", u"No engine socket at /run/user/1000/podman/podman.sock. Start the engine."_s, u"engine-socket-missing"_s},
        {"socket missing, dial unix", u"Error: unable to connect to Podman socket: dial unix /run/user/1000/podman/podman.sock: connect: no such file or directory"_s, u"engine-socket-missing"_s},
        {"not a socket, Wharf", u"/var/run/docker.sock is a directory, not an engine socket, so no engine can be listening there."_s, u"engine-not-a-socket"_s},
        {"not a socket, dial", u"dial unix /tmp/engine.sock: connect: socket operation on non-socket"_s, u"engine-not-a-socket"_s},
        {"api too new", u"Error response from daemon: client version 1.41 is too new. Maximum supported API version is 1.40"_s, u"engine-api-too-old"_s},
        {"api too old", u"Error response from daemon: client version 1.24 is too old. Minimum supported API version is 1.40, please upgrade your client to a newer version"_s, u"engine-api-too-old"_s},
        {"api, Wharf", u"Docker at unix:///var/run/docker.sock speaks Engine API 1.38; Wharf needs 1.40 or newer. Update the engine."_s, u"engine-api-too-old"_s},
        {"connection closed, Wharf", u"The engine closed the connection before its reply was complete. It may have stopped or restarted; try again."_s, u"engine-connection-closed"_s},
        {"connection closed, docker EOF", u"error during connect: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.41/info\": EOF"_s, u"engine-connection-closed"_s},
        {"engine timeout, Wharf", u"The engine at unix:///var/run/docker.sock did not answer within 5 seconds. It may be overloaded or hung: try again, or restart it."_s, u"engine-timeout"_s},
        {"engine TLS, Wharf", u"The secure (TLS) connection to the engine at tcp://build:2376 failed. Set DOCKER_CERT_PATH to the directory with ca.pem, cert.pem and key.pem."_s, u"engine-tls-failed"_s},
        {"engine TLS, bad certificate", u"error during connect: Get \"https://build:2376/v1.41/info\": remote error: tls: bad certificate"_s, u"engine-tls-failed"_s},
        {"engine TLS, plain port", u"Get \"https://build:2375/v1.41/info\": tls: first record does not look like a TLS handshake"_s, u"engine-tls-failed"_s},
        {"docker not installed", u"bash: docker: command not found"_s, u"engine-not-installed"_s},
        {"podman not installed, zsh", u"zsh: command not found: podman"_s, u"engine-not-installed"_s},
        {"podman not installed, Wharf", u"Podman is not installed, so Wharf cannot start it."_s, u"engine-not-installed"_s},
        // rootless Podman
        {"clone, two lines", u"Error: cannot clone: Operation not permitted\nError: cannot re-exec process"_s, u"rootless-cannot-clone"_s},
        {"clone, caused by sysctl", u"cannot clone: Invalid argument\nuser namespaces are not enabled in /proc/sys/user/max_user_namespaces\nError: cannot re-exec process"_s, u"user-namespaces-disabled"_s},
        {"userns, short", u"ERROR: user namespaces are not enabled on this host"_s, u"user-namespaces-disabled"_s},
        {"newuidmap exit status", u"Error: cannot set up namespace using \"/usr/bin/newuidmap\": exit status 1"_s, u"newuidmap-failed"_s},
        {"no subuid ranges", u"ERRO[0000] cannot find UID/GID for user alice: no subuid ranges found for user \"alice\" in /etc/subuid - check rootless mode in man pages."_s, u"newuidmap-failed"_s},
        {"insufficient uids", u"Error: writing blob: adding layer with blob \"sha256:0123\": processing tar file(potentially insufficient UIDs or GIDs available in user namespace (requested 0:42 for /etc/shadow): Check /etc/subuid and /etc/subgid if configured locally and run \"podman system migrate\": lchown /etc/shadow: invalid argument): exit status 1"_s, u"newuidmap-failed"_s},
        {"crun hybrid", u"Error: OCI runtime error: crun: cgroups in hybrid mode not supported, drop all controllers from cgroupv2"_s, u"crun-cgroups-hybrid"_s},
        {"setrlimit", u"Error: OCI runtime error: crun: setrlimit `RLIMIT_NOFILE`: Operation not permitted"_s, u"rlimit-not-permitted"_s},
        {"rlimit type", u"runc create failed: unable to start container process: error during container init: error setting rlimits for ready process: error setting rlimit type 7: operation not permitted"_s, u"rlimit-not-permitted"_s},
        {"privileged caps, docker", u"docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: unable to apply caps: operation not permitted: unknown."_s, u"privileged-not-permitted"_s},
        // registries
        {"rate limit, docker", u"Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"_s, u"dockerhub-rate-limit"_s},
        {"rate limit, podman", u"Error: initializing source docker://cmssw/cc7:latest: reading manifest latest in docker.io/cmssw/cc7: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit"_s, u"dockerhub-rate-limit"_s},
        {"unknown authority, docker", u"Error response from daemon: Get \"https://gitlab-registry.cern.ch/v2/\": x509: certificate signed by unknown authority"_s, u"x509-unknown-authority"_s},
        {"unknown authority, go 1.20", u"tls: failed to verify certificate: x509: certificate signed by unknown authority"_s, u"x509-unknown-authority"_s},
        {"unknown authority, podman", u"Error: initializing source docker://registry.example.org/a:b: pinging container registry registry.example.org: Get \"https://registry.example.org/v2/\": x509: certificate signed by unknown authority"_s, u"x509-unknown-authority"_s},
        {"expired certificate", u"x509: certificate has expired or is not yet valid: current time 2026-01-01T00:00:00Z is after 2025-12-31T23:59:59Z"_s, u"tls-certificate-invalid"_s},
        {"certificate for other host", u"x509: certificate is valid for registry.example.org, not registry.cern.ch"_s, u"tls-certificate-invalid"_s},
        {"gitlab basic, long", u"Error response from daemon: Get \"https://gitlab-registry.cern.ch/v2/\": unauthorized: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password."_s, u"gitlab-http-basic-denied"_s},
        {"manifest unknown, docker", u"Error response from daemon: manifest for cmssw/cc7:latest not found: manifest unknown: manifest unknown"_s, u"manifest-unknown"_s},
        {"manifest unknown, podman", u"Error: initializing source docker://cmssw/el9:nope: reading manifest nope in docker.io/cmssw/el9: manifest unknown"_s, u"manifest-unknown"_s},
        {"no matching manifest, docker", u"docker: no matching manifest for linux/arm64/v8 in the manifest list entries."_s, u"no-matching-platform"_s},
        {"no image for architecture, podman", u"Error: choosing an image from manifest list docker://cmssw/cc7:latest: no image found in manifest list for architecture arm64, variant \"v8\", OS linux"_s, u"no-matching-platform"_s},
        {"invalid reference, lowercase", u"docker: invalid reference format: repository name must be lowercase."_s, u"invalid-reference"_s},
        {"invalid reference, podman", u"Error: parsing reference \"cmssw/cc7::latest\": invalid reference format"_s, u"invalid-reference"_s},
        {"invalid reference, Wharf", u"“CMSSW/cc7” is not a valid image reference: the repository name must be lowercase (“C” at position 1)."_s, u"invalid-reference"_s},
        {"pull access denied", u"Error response from daemon: pull access denied for cmssw/nonexistent, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"_s, u"pull-access-denied"_s},
        {"access denied, podman", u"Error: initializing source docker://cmssw/private:latest: reading manifest latest in docker.io/cmssw/private: requested access to the resource is denied"_s, u"pull-access-denied"_s},
        {"authentication required, docker", u"Error response from daemon: Head \"https://ghcr.io/v2/owner/image/manifests/latest\": unauthorized: authentication required"_s, u"registry-authentication-required"_s},
        {"authentication required, podman", u"Error: initializing source docker://registry.cern.ch/private/image:1: reading manifest 1 in registry.cern.ch/private/image: unauthorized: authentication required"_s, u"registry-authentication-required"_s},
        {"no basic auth credentials", u"Error response from daemon: Get https://registry.example.org/v2/private/manifests/1: no basic auth credentials"_s, u"registry-no-basic-auth"_s},
        {"incorrect password, hub", u"Error response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or password"_s, u"registry-wrong-password"_s},
        {"invalid password, podman login", u"Error: logging into \"gitlab-registry.cern.ch\": invalid username/password"_s, u"registry-wrong-password"_s},
        {"login attempt 401", u"Error: Login attempt to https://index.docker.io/v1/ failed with status: 401 Unauthorized"_s, u"registry-wrong-password"_s},
        {"credential helper, storing", u"Error saving credentials: error storing credentials - err: exec: \"docker-credential-desktop\": executable file not found in $PATH, out: ``"_s, u"credential-helper-missing"_s},
        {"credential helper, getting", u"error getting credentials - err: exec: \"docker-credential-osxkeychain\": executable file not found in $PATH, out: ``"_s, u"credential-helper-missing"_s},
        {"dns, no such host", u"Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host"_s, u"registry-dns-failure"_s},
        {"dns, temporary failure", u"dial tcp: lookup gitlab-registry.cern.ch: Temporary failure in name resolution"_s, u"registry-dns-failure"_s},
        {"dns, server misbehaving", u"Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.5:53: server misbehaving"_s, u"registry-dns-failure"_s},
        {"dns, Wharf engine host", u"The host \"build\" of the engine address tcp://build:2376 cannot be found. Check the name in DOCKER_HOST or in Wharf's settings."_s, u"registry-dns-failure"_s},
        {"connection refused, registry", u"Error response from daemon: Get \"https://127.0.0.1:5000/v2/\": dial tcp 127.0.0.1:5000: connect: connection refused"_s, u"registry-connection-refused"_s},
        {"connection refused, curl", u"curl: (7) Failed to connect to registry.example.org port 443: Connection refused"_s, u"registry-connection-refused"_s},
        {"timeout, awaiting headers", u"Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"_s, u"network-timeout"_s},
        {"timeout, deadline", u"Error response from daemon: Get \"https://registry-1.docker.io/v2/\": context deadline exceeded"_s, u"network-timeout"_s},
        {"timeout, i/o", u"dial tcp 10.0.0.1:443: i/o timeout"_s, u"network-timeout"_s},
        {"timeout, TLS handshake", u"Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: TLS handshake timeout"_s, u"network-timeout"_s},
        {"http to https, docker", u"Error response from daemon: Get \"https://192.168.1.10:5000/v2/\": http: server gave HTTP response to HTTPS client"_s, u"insecure-registry-http"_s},
        {"http to https, podman", u"Error: initializing source docker://192.168.1.10:5000/a:b: pinging container registry 192.168.1.10:5000: Get \"https://192.168.1.10:5000/v2/\": http: server gave HTTP response to HTTPS client"_s, u"insecure-registry-http"_s},
        {"short name", u"Error: short-name \"cmssw/cc7\" did not resolve to an alias and no unqualified-search registries are defined in \"/etc/containers/registries.conf\""_s, u"podman-short-name"_s},
        {"short name, no TTY", u"Error: short-name resolution enforced but cannot prompt without a TTY"_s, u"podman-short-name"_s},
        // images in the engine
        {"disk full, docker", u"write /var/lib/docker/tmp/GetImageBlob123: no space left on device"_s, u"no-space-left"_s},
        {"disk full, podman", u"Error: writing blob: storing blob to file \"/var/tmp/storage123/1\": write /var/tmp/storage123/1: no space left on device"_s, u"no-space-left"_s},
        {"in use, repository reference", u"Error response from daemon: conflict: unable to remove repository reference \"busybox:1\" (must force) - container 1a2b3c4d5e6f is using its referenced image 0123456789ab"_s, u"image-in-use"_s},
        {"in use, running container", u"Error response from daemon: conflict: unable to delete 0123456789ab (cannot be forced) - image is being used by running container 1a2b3c4d5e6f"_s, u"image-in-use"_s},
        {"in use, podman", u"Error: image used by 1a2b3c4d5e6f7a8b: image is in use by a container: consider listing external containers and force-removing image"_s, u"image-in-use"_s},
        {"no such image, docker", u"Error response from daemon: No such image: cmssw/cc7:latest"_s, u"no-such-image"_s},
        {"no such image, podman", u"Error: cmssw/cc7:latest: image not known"_s, u"no-such-image"_s},
        // containers
        {"exec format, standard_init", u"standard_init_linux.go:228: exec user process caused: exec format error"_s, u"exec-format-error"_s},
        {"exec format, bash", u"exec /bin/bash: exec format error"_s, u"exec-format-error"_s},
        {"exec format, podman json", u"{\"msg\":\"exec container process `/bin/sh`: Exec format error\",\"level\":\"error\"}"_s, u"exec-format-error"_s},
        {"not in PATH, docker", u"docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"bash\": executable file not found in $PATH: unknown."_s, u"command-not-found-in-image"_s},
        {"not in PATH, crun", u"Error: crun: executable file `bash` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found"_s, u"command-not-found-in-image"_s},
        {"not in PATH, exec", u"OCI runtime exec failed: exec failed: container_linux.go:380: starting container process caused: exec: \"bash\": executable file not found in $PATH: unknown"_s, u"command-not-found-in-image"_s},
        {"SELinux, ls", u"ls: cannot open directory '.': Permission denied"_s, u"selinux-bind-mount-denied"_s},
        {"SELinux, AVC", u"type=AVC msg=audit(1700000000.123:456): avc:  denied  { read } for  pid=1234 comm=\"ls\" name=\"analysis\" scontext=system_u:system_r:container_t:s0:c1,c2 tcontext=unconfined_u:object_r:user_home_t:s0 tclass=dir permissive=0"_s, u"selinux-bind-mount-denied"_s},
        {"cvmfs_config missing, sudo", u"sudo: cvmfs_config: command not found"_s, u"cvmfs-client-missing"_s},
        {"cvmfs_config missing, bash", u"bash: cvmfs_config: command not found"_s, u"cvmfs-client-missing"_s},
        {"cvmfs path, cms", u"ls: cannot access '/cvmfs/cms.cern.ch': No such file or directory"_s, u"cvmfs-path-missing"_s},
        {"cvmfs path, atlas", u"ls: cannot access '/cvmfs/atlas.cern.ch': No such file or directory"_s, u"cvmfs-path-missing"_s},
        {"cvmfs path, source", u"bash: /cvmfs/cms.cern.ch/cmsset_default.sh: No such file or directory"_s, u"cvmfs-path-missing"_s},
        {"cvmfs path, zsh", u"source: no such file or directory: /cvmfs/cms.cern.ch/cmsset_default.sh"_s, u"cvmfs-path-missing"_s},
        {"stale handle, cvmfs", u"ls: cannot access '/cvmfs/cms.cern.ch/slc7_amd64_gcc700': Stale file handle"_s, u"stale-file-handle"_s},
        {"stale handle, eos", u"bash: cd: /eos/user/a/alice: Stale file handle"_s, u"stale-file-handle"_s},
        {"exit 137, compose", u"analysis-1 exited with code 137"_s, u"container-oom-killed"_s},
        {"exit 137, docker ps", u"1a2b3c4d5e6f   cmssw/cc7   \"/bin/bash\"   Exited (137) 5 seconds ago"_s, u"container-oom-killed"_s},
        {"OOMKilled", u"        \"OOMKilled\": true,"_s, u"container-oom-killed"_s},
        {"exit status 137", u"Killed\nError: exit status 137"_s, u"container-oom-killed"_s},
    };
}

// Ways a message reaches the user: prefixes of the tools, log lines around it, colours,
// Windows line ends, shouting.
QList<std::pair<const char *, std::function<QString(const QString &)>>> decorations()
{
    return {
        {"as is", [](const QString &t) -> QString { return t; }},
        {"Error: prefix", [](const QString &t) -> QString { return u"Error: "_s + t; }},
        {"daemon prefix", [](const QString &t) -> QString { return u"docker: Error response from daemon: "_s + t; }},
        {"podman source prefix",
         [](const QString &t) -> QString {
             return u"Error: initializing source docker://gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:latest: "_s + t;
         }},
        {"log lines",
         [](const QString &t) -> QString {
             return u"2026-01-12T10:31:05Z INFO starting analysis\n"_s + t + u"\n2026-01-12T10:31:06Z INFO leaving with status 1\n"_s;
         }},
        {"ANSI around", [](const QString &t) -> QString { return u"\x1b[1;31m"_s + t + u"\x1b[0m"_s; }},
        {"ANSI inside",
         [](const QString &t) -> QString {
             QString s = t;
             s.insert(s.size() / 2, u"\x1b[0m\x1b[33m"_s);
             s.insert(s.size() / 3, u"\x1b]8;;https://example.org\x07"_s);
             return s;
         }},
        {"CRLF", [](const QString &t) -> QString { return u"first line\r\n"_s + QString(t).replace(u'\n', u"\r\n"_s) + u"\r\nlast line\r\n"_s; }},
        {"upper case", [](const QString &t) -> QString { return t.toUpper(); }},
    };
}

QStringList ids(const QList<CatalogueMatch> &matches)
{
    QStringList result;
    for (const CatalogueMatch &match : matches)
        result.append(match.entry.id());
    return result;
}

QJsonObject validEntry(const QString &id = u"test-entry"_s)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"title"_s, u"Title"_s},
        {u"cause"_s, u"Cause"_s},
        {u"fix"_s, QJsonArray{u"Step"_s}},
        {u"patterns"_s, QJsonArray{u"needle"_s}},
    };
}

QByteArray catalogueJson(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"entries"_s, entries}}).toJson(QJsonDocument::Compact);
}

QByteArray withEntry(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject entry = validEntry();
    change(entry);
    return catalogueJson(QJsonArray{entry});
}

QString repeatedTo(const QString &piece, qsizetype size)
{
    return piece.repeated(size / piece.size() + 1);
}

} // namespace

class TestErrorCatalogue : public QObject
{
    Q_OBJECT

private:
    static void checkFirst(const QString &text, const QString &expectedId)
    {
        const QList<CatalogueMatch> matches = ErrorCatalogue::builtIn().match(text);
        const QString found = ids(matches).join(u", "_s);
        QVERIFY2(!matches.isEmpty(), qPrintable(u"nothing matches: "_s + text.left(300)));
        QVERIFY2(matches.first().entry.id() == expectedId,
                 qPrintable(u"expected %1 first, got [%2] for: %3"_s.arg(expectedId, found, text.left(300))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ErrorCatalogue::builtIn().isEmpty(), "the built-in catalogue did not load (see the log)");
    }

    // (a) the data shipped with Wharf
    void builtInIsComplete()
    {
        const ErrorCatalogue &catalogue = ErrorCatalogue::builtIn();
        QVERIFY2(catalogue.entries().size() >= 40, qPrintable(QString::number(catalogue.entries().size())));
        QSet<QString> seen;
        const QSet<QString> settingsPages{u"engines"_s, u"registries"_s, u"cvmfs"_s};
        static const QRegularExpression kebab(u"^[a-z0-9]+(?:-[a-z0-9]+)*$"_s);
        for (const KnownError &entry : catalogue.entries()) {
            const QByteArray name = entry.id().toUtf8();
            QVERIFY2(!seen.contains(entry.id()), name.constData());
            seen.insert(entry.id());
            QVERIFY2(kebab.match(entry.id()).hasMatch(), name.constData());
            QVERIFY2(!entry.title().trimmed().isEmpty() && !entry.cause().trimmed().isEmpty(), name.constData());
            QVERIFY2(!entry.fixSteps().isEmpty(), name.constData());
            QVERIFY2(!entry.patterns().isEmpty() || !entry.errorCodes().isEmpty(), name.constData());
            QVERIFY2(entry.symptom().has_value(), name.constData());
            for (const QRegularExpression &pattern : entry.patterns()) {
                QVERIFY2(pattern.isValid(), name.constData());
                QVERIFY(pattern.patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption));
                // Bounded work: a repeated class other than whitespace has an upper bound
                // ({0,300}), or a text of many prefixes makes the search quadratic.
                static const QRegularExpression unbounded(uR"((?:\]|\\[SWDwdN]|(?<!\\)\.)[*+])"_s);
                QVERIFY2(!unbounded.match(pattern.pattern()).hasMatch(),
                         qPrintable(entry.id() + u": unbounded repetition in "_s + pattern.pattern()));
            }
            QCOMPARE(catalogue.entry(entry.id()), &entry);
            for (const KnownErrorLink &link : entry.links()) {
                QVERIFY2(link.url.startsWith(u"https://"_s), name.constData());
                QVERIFY2(!link.title.isEmpty(), name.constData());
            }
            for (const KnownErrorAction &action : entry.actions()) {
                QVERIFY2(!action.label().trimmed().isEmpty(), name.constData());
                switch (action.kind()) {
                case KnownErrorAction::Kind::CopyCommand: {
                    QVERIFY2(!action.command().isEmpty(), name.constData());
                    QVERIFY2(!action.command().first().contains(u' '), name.constData());
                    for (const QString &argument : action.command()) {
                        // Argument vectors, not shell strings smuggled into one element.
                        for (const QString &shellism : {u"|"_s, u";"_s, u"&&"_s, u"`"_s, u"$("_s, u"\n"_s, u"$USER"_s})
                            QVERIFY2(!argument.contains(shellism), qPrintable(entry.id() + u": "_s + argument));
                    }
                    if (action.command().contains(KnownErrorAction::userPlaceholder())) {
                        QVERIFY2(entry.fixSteps().join(u' ').contains(KnownErrorAction::userPlaceholder()),
                                 qPrintable(entry.id() + u" uses <user> but its fix text does not explain it"_s));
                        QVERIFY(!action.commandFor(u"alice"_s).contains(KnownErrorAction::userPlaceholder()));
                        QVERIFY(action.commandFor(u"alice"_s).contains(u"alice"_s));
                    }
                    QVERIFY(!ShellQuote::join(action.command()).isEmpty());
                    break;
                }
                case KnownErrorAction::Kind::OpenSettings:
                    QVERIFY2(settingsPages.contains(action.page()), qPrintable(entry.id() + u": "_s + action.page()));
                    break;
                case KnownErrorAction::Kind::StartAutomounter: break;
                case KnownErrorAction::Kind::RerunCheck:
                    QVERIFY2(kebab.match(action.check()).hasMatch(), name.constData());
                    break;
                }
                // The JSON form reads back as the same action.
                const Result<KnownErrorAction> again = KnownErrorAction::fromJson(action.toJson());
                QVERIFY(again.ok());
                QVERIFY(*again == action);
            }
        }
        QVERIFY(catalogue.entry(u"no-such-entry") == nullptr);
    }

    // Every entry is exercised by at least one example of this test.
    void everyEntryHasAnExample()
    {
        QSet<QString> covered;
        for (const Example &example : referenceExamples() + variantExamples())
            covered.insert(example.id);
        for (const KnownError &entry : ErrorCatalogue::builtIn().entries())
            QVERIFY2(covered.contains(entry.id()), qPrintable(entry.id() + u" has no example"_s));
        for (const QString &id : std::as_const(covered))
            QVERIFY2(ErrorCatalogue::builtIn().entry(id), qPrintable(id + u" is not in the catalogue"_s));
    }

    // (b) every message of the reference page finds its entry first
    void referenceMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        const QList<Example> examples = referenceExamples();
        QCOMPARE(examples.size(), 30);
        for (const Example &example : examples)
            QTest::newRow(example.name) << example.text << example.id;
    }

    void referenceMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        checkFirst(text, id);
    }

    // (c) ... also with prefixes, log lines, colours, CRLF
    void decoratedReferenceMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        for (const Example &example : referenceExamples()) {
            for (const auto &[how, decorate] : decorations())
                QTest::addRow("%s, %s", example.name, how) << decorate(example.text) << example.id;
        }
    }

    void decoratedReferenceMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        checkFirst(text, id);
    }

    // (c) other wordings, versions, paths, engines
    void variants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QSet<QByteArray> names;
        for (const Example &example : variantExamples()) {
            QVERIFY2(!names.contains(example.name), example.name);
            names.insert(example.name);
            QTest::newRow(example.name) << example.text << example.id;
        }
    }

    void variants()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        checkFirst(text, id);
    }

    void decoratedVariants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        for (const Example &example : variantExamples()) {
            for (const auto &[how, decorate] : decorations())
                QTest::addRow("%s, %s", example.name, how) << decorate(example.text) << example.id;
        }
    }

    void decoratedVariants()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        checkFirst(text, id);
    }

    // (d) text that is not a failure matches nothing
    void unrelatedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   \n\t\r\n"_s;
        QTest::newRow("casual permission") << u"You don't have permission to edit this page; ask the owner for access."_s;
        QTest::newRow("permission granted") << u"Permission granted. Welcome back!"_s;
        QTest::newRow("pull success") << u"Successfully pulled image docker.io/library/busybox:latest"_s;
        QTest::newRow("downloaded") << u"Status: Downloaded newer image for cmssw/cc7:latest"_s;
        QTest::newRow("mount done") << u"::: Mounting CVMFS... [done]"_s;
        QTest::newRow("harmless chgrp") << u"chgrp: invalid group: 'fuse'"_s;
        QTest::newRow("harmless dbus") << u"Failed to get D-Bus connection: Operation not permitted"_s;
        QTest::newRow("clean exit") << u"The container exited normally with code 0"_s;
        QTest::newRow("events") << u"Processed 137 events in 12 s"_s;
        QTest::newRow("cvmfs listing") << u"$ ls /cvmfs/cms.cern.ch\ncmsset_default.sh  slc7_amd64_gcc700  el9_amd64_gcc12"_s;
        QTest::newRow("docker mention") << u"Docker and Podman both speak the Docker Engine API; the docker group is explained in the manual."_s;
        QTest::newRow("lorem") << u"Lorem ipsum dolor sit amet, consectetur adipiscing elit."_s;
        QTest::newRow("cmsenv") << u"cmsenv\nscram b -j 8\n>> Local Products Rules ..... started\n>> Entering Package Analysis"_s;
        QTest::newRow("only colours") << u"\x1b[1;32mOK\x1b[0m all checks passed"_s;
    }

    void unrelatedText()
    {
        QFETCH(QString, text);
        const QList<CatalogueMatch> matches = ErrorCatalogue::builtIn().match(text);
        QVERIFY2(matches.isEmpty(), qPrintable(ids(matches).join(u", "_s)));
    }

    // Where a match is: the excerpt and its position in the text as given, also after
    // colours and CRLF were removed before it.
    void excerptAndPosition()
    {
        const QString message = u"Transport endpoint is not connected"_s;
        const QString prefix = u"line one\r\n\x1b[1;31mls: \x1b]0;title\u0007cannot access '/cvmfs/cms.cern.ch': "_s;
        const QString text = prefix + message + u"\x1b[0m\r\n"_s;
        const QList<CatalogueMatch> matches = ErrorCatalogue::builtIn().match(text);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().entry.id(), u"cvmfs-transport-endpoint"_s);
        QCOMPARE(matches.first().excerpt, message);
        QCOMPARE(matches.first().position, prefix.size());
        QVERIFY(!matches.first().matchedByErrorCode());
        QCOMPARE(text.mid(matches.first().position, message.size()), message);
    }

    void mostSpecificFirst()
    {
        QJsonObject shortEntry = validEntry(u"short"_s);
        shortEntry.insert(u"patterns"_s, QJsonArray{u"denied"_s});
        QJsonObject longEntry = validEntry(u"long"_s);
        longEntry.insert(u"patterns"_s, QJsonArray{u"access denied"_s});
        QJsonObject tieEntry = validEntry(u"tie"_s);
        tieEntry.insert(u"patterns"_s, QJsonArray{u"DENIED"_s});
        const Result<ErrorCatalogue> catalogue = ErrorCatalogue::fromJson(catalogueJson({shortEntry, longEntry, tieEntry}));
        QVERIFY(catalogue.ok());
        QCOMPARE(ids(catalogue->match(u"Access denied."_s)), (QStringList{u"long"_s, u"short"_s, u"tie"_s}));
        QCOMPARE(ids(catalogue->match(u"denied"_s)), (QStringList{u"short"_s, u"tie"_s}));
        QVERIFY(catalogue->match(u"nothing here"_s).isEmpty());
    }

    void lineEndsAreNormalised()
    {
        QJsonObject entry = validEntry();
        entry.insert(u"patterns"_s, QJsonArray{u"first\\nsecond"_s});
        const Result<ErrorCatalogue> catalogue = ErrorCatalogue::fromJson(catalogueJson({entry}));
        QVERIFY(catalogue.ok());
        QCOMPARE(catalogue->match(u"first\r\nsecond"_s).size(), 1);
        QCOMPARE(catalogue->match(u"first\rsecond"_s).size(), 1);
        QCOMPARE(catalogue->match(u"first\nsecond"_s).size(), 1);
        QCOMPARE(catalogue->match(u"first\x1b[0m\r\n\x1b[1msecond"_s).size(), 1);
    }

    // Only the end of a long text is examined; errors are at the end of a log.
    void onlyTheEndOfHugeTextIsExamined()
    {
        const QString filler = QString(ErrorCatalogue::ExaminedTextLimit + 10, u'x');
        QVERIFY(ErrorCatalogue::builtIn().match(u"Transport endpoint is not connected\n"_s + filler).isEmpty());
        const QString text = filler + u"\nTransport endpoint is not connected"_s;
        const QList<CatalogueMatch> matches = ErrorCatalogue::builtIn().match(text);
        QCOMPARE(ids(matches), QStringList{u"cvmfs-transport-endpoint"_s});
        QCOMPARE(matches.first().position, filler.size() + 1);
    }

    // (e) hostile catalogues are refused with an error that names the problem
    void hostileCatalogue_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("fragments"); // each must appear in the message

        const auto row = [](const char *name, const QByteArray &json, const QStringList &fragments) {
            QTest::newRow(name) << json << fragments;
        };
        row("not JSON", "this is not json"_ba, {u"not valid JSON"_s});
        row("empty", QByteArray(), {u"not valid JSON"_s});
        row("truncated", R"({"entries": [{"id": "a")"_ba, {u"not valid JSON"_s});
        row("embedded NUL", QByteArray("{\"entries\": [\0]}", 16), {u"not valid JSON"_s});
        row("deep nesting", QByteArray(100000, '['), {u"not valid JSON"_s});
        row("array root", "[]"_ba, {u"not a JSON object"_s});
        row("no entries", "{}"_ba, {u"\"entries\""_s});
        row("entries not an array", R"({"entries": {"id": "a"}})"_ba, {u"\"entries\""_s});
        row("unknown version", R"({"version": 2, "entries": []})"_ba, {u"version"_s});
        row("entry not an object", R"({"entries": [42]})"_ba, {u"Entry 1"_s, u"not a JSON object"_s});
        row("missing id", withEntry([](QJsonObject &e) { e.remove(u"id"_s); }), {u"Entry 1"_s, u"\"id\" is missing"_s});
        row("id is a number", withEntry([](QJsonObject &e) { e.insert(u"id"_s, 5); }), {u"\"id\" is not a string"_s});
        row("id not kebab-case", withEntry([](QJsonObject &e) { e.insert(u"id"_s, u"Bad Id"_s); }), {u"kebab-case"_s});
        row("duplicate ids", catalogueJson({validEntry(u"twice"_s), validEntry(u"other"_s), validEntry(u"twice"_s)}),
            {u"Entry 3"_s, u"\"twice\""_s, u"used twice"_s});
        row("second entry bad", catalogueJson({validEntry(u"good"_s), QJsonObject{{u"id"_s, u"bad"_s}}}),
            {u"Entry 2"_s, u"\"bad\""_s, u"\"title\" is missing"_s});
        row("empty title", withEntry([](QJsonObject &e) { e.insert(u"title"_s, u"  "_s); }), {u"test-entry"_s, u"\"title\" is empty"_s});
        row("title is an array", withEntry([](QJsonObject &e) { e.insert(u"title"_s, QJsonArray{u"x"_s}); }), {u"\"title\" is not a string"_s});
        row("missing cause", withEntry([](QJsonObject &e) { e.remove(u"cause"_s); }), {u"\"cause\" is missing"_s});
        row("fix is a string", withEntry([](QJsonObject &e) { e.insert(u"fix"_s, u"do this"_s); }), {u"\"fix\""_s});
        row("fix is empty", withEntry([](QJsonObject &e) { e.insert(u"fix"_s, QJsonArray()); }), {u"\"fix\""_s});
        row("fix step is a number", withEntry([](QJsonObject &e) { e.insert(u"fix"_s, QJsonArray{1}); }), {u"step"_s});
        row("patterns is a string", withEntry([](QJsonObject &e) { e.insert(u"patterns"_s, u"needle"_s); }), {u"\"patterns\" is not an array"_s});
        row("pattern is a number", withEntry([](QJsonObject &e) { e.insert(u"patterns"_s, QJsonArray{5}); }), {u"pattern is not a string"_s});
        row("invalid regex", withEntry([](QJsonObject &e) { e.insert(u"patterns"_s, QJsonArray{u"fine"_s, u"(unclosed"_s}); }),
            {u"Entry 1 (\"test-entry\")"_s, u"(unclosed"_s, u"not a valid regular expression"_s});
        row("empty pattern", withEntry([](QJsonObject &e) { e.insert(u"patterns"_s, QJsonArray{QString()}); }), {u"pattern is empty"_s});
        row("pattern matches empty text", withEntry([](QJsonObject &e) { e.insert(u"patterns"_s, QJsonArray{u"a*"_s}); }), {u"matches empty text"_s});
        row("pattern matches at a boundary", withEntry([](QJsonObject &e) { e.insert(u"patterns"_s, QJsonArray{u"\\b"_s}); }), {u"matches empty text"_s});
        row("no patterns, no codes", withEntry([](QJsonObject &e) { e.insert(u"patterns"_s, QJsonArray()); }), {u"neither a pattern nor an error code"_s});
        row("too many patterns", withEntry([](QJsonObject &e) {
                QJsonArray many;
                for (int i = 0; i < 40; ++i)
                    many.append(u"needle%1"_s.arg(i));
                e.insert(u"patterns"_s, many);
            }), {u"\"patterns\" has more than"_s});
        row("pattern too long", withEntry([](QJsonObject &e) { e.insert(u"patterns"_s, QJsonArray{QString(2000, u'x')}); }), {u"longer than"_s});
        row("unknown error code", withEntry([](QJsonObject &e) { e.insert(u"errorCodes"_s, QJsonArray{u"frobnicated"_s}); }), {u"\"frobnicated\""_s, u"error code"_s});
        row("error code none", withEntry([](QJsonObject &e) { e.insert(u"errorCodes"_s, QJsonArray{u"none"_s}); }), {u"error code"_s});
        row("error codes a string", withEntry([](QJsonObject &e) { e.insert(u"errorCodes"_s, u"permission-denied"_s); }), {u"\"errorCodes\" is not an array"_s});
        row("unknown symptom", withEntry([](QJsonObject &e) { e.insert(u"symptom"_s, u"sad"_s); }), {u"symptom"_s});
        row("link over http", withEntry([](QJsonObject &e) {
                e.insert(u"links"_s, QJsonArray{QJsonObject{{u"title"_s, u"T"_s}, {u"url"_s, u"http://example.org"_s}}});
            }), {u"https"_s});
        row("link javascript", withEntry([](QJsonObject &e) {
                e.insert(u"links"_s, QJsonArray{QJsonObject{{u"title"_s, u"T"_s}, {u"url"_s, u"javascript:alert(1)"_s}}});
            }), {u"https"_s});
        row("link a string", withEntry([](QJsonObject &e) { e.insert(u"links"_s, QJsonArray{u"https://example.org"_s}); }), {u"link"_s});
        const auto action = [](const QJsonObject &a) {
            return withEntry([a](QJsonObject &e) { e.insert(u"actions"_s, QJsonArray{a}); });
        };
        row("action unknown kind", action({{u"kind"_s, u"run-shell"_s}, {u"label"_s, u"L"_s}}), {u"\"run-shell\""_s, u"unknown"_s});
        row("action not an object", withEntry([](QJsonObject &e) { e.insert(u"actions"_s, QJsonArray{u"copy-command"_s}); }), {u"not a JSON object"_s});
        row("action without label", action({{u"kind"_s, u"start-automounter"_s}}), {u"label"_s});
        row("command as a shell string", action({{u"kind"_s, u"copy-command"_s}, {u"label"_s, u"L"_s}, {u"command"_s, u"rm -rf /"_s}}), {u"not an array"_s});
        row("command empty", action({{u"kind"_s, u"copy-command"_s}, {u"label"_s, u"L"_s}, {u"command"_s, QJsonArray()}}), {u"no arguments"_s});
        row("command with a number", action({{u"kind"_s, u"copy-command"_s}, {u"label"_s, u"L"_s}, {u"command"_s, QJsonArray{u"ls"_s, 1}}}), {u"not a string"_s});
        row("command without program", action({{u"kind"_s, u"copy-command"_s}, {u"label"_s, u"L"_s}, {u"command"_s, QJsonArray{u" "_s, u"x"_s}}}), {u"names no program"_s});
        row("settings without page", action({{u"kind"_s, u"open-settings"_s}, {u"label"_s, u"L"_s}}), {u"page"_s});
        row("check without id", action({{u"kind"_s, u"rerun-check"_s}, {u"label"_s, u"L"_s}, {u"check"_s, 7}}), {u"check"_s});
        QByteArray huge = catalogueJson({validEntry()});
        huge.append(QByteArray(ErrorCatalogue::MaximumJsonSize, ' '));
        row("huge", huge, {u"larger than"_s});
    }

    void hostileCatalogue()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, fragments);
        QElapsedTimer timer;
        timer.start();
        const Result<ErrorCatalogue> catalogue = ErrorCatalogue::fromJson(json);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!catalogue.ok());
        QCOMPARE(catalogue.error().code(), ErrorCode::ParseError);
        for (const QString &fragment : std::as_const(fragments))
            QVERIFY2(catalogue.error().message().contains(fragment), qPrintable(catalogue.error().message()));
    }

    void minimalCatalogues()
    {
        const Result<ErrorCatalogue> empty = ErrorCatalogue::fromJson(R"({"entries": []})"_ba);
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
        QVERIFY(empty->match(u"Transport endpoint is not connected"_s).isEmpty());

        // An entry found only by its error code.
        QJsonObject byCode = validEntry(u"by-code"_s);
        byCode.remove(u"patterns"_s);
        byCode.insert(u"errorCodes"_s, QJsonArray{u"timeout"_s});
        const Result<ErrorCatalogue> codes = ErrorCatalogue::fromJson(catalogueJson({byCode}));
        QVERIFY2(codes.ok(), qPrintable(codes.ok() ? QString() : codes.error().message()));
        QCOMPARE(ids(codes->match(Error(ErrorCode::Timeout, u"x"_s))), QStringList{u"by-code"_s});
        QVERIFY(codes->match(u"timeout"_s).isEmpty());
        QCOMPARE(codes->entries().first().errorCodes(), QList<ErrorCode>{ErrorCode::Timeout});
        QVERIFY(!codes->entries().first().symptom().has_value());
    }

    // (f) hostile input finishes quickly and does not crash
    void hostileInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedFirst"); // empty: anything (or nothing) may match

        QByteArray garbage(10 * 1024 * 1024, '\0');
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        QTest::newRow("10 MiB random bytes") << QString::fromUtf8(garbage) << QString();
        QTest::newRow("10 MiB of one letter") << QString(10 * 1024 * 1024, u'a') << QString();
        QTest::newRow("10 MiB of newlines") << QString(10 * 1024 * 1024, u'\n') << QString();
        QTest::newRow("random bytes, then a message")
            << QString::fromUtf8(garbage.left(1024 * 1024)) + u"\nTransport endpoint is not connected\n"_s
            << u"cvmfs-transport-endpoint"_s;
        QByteArray nuls("Too many levels\0of symbolic links\0\0\0", 37);
        nuls.append("\nToo many levels of symbolic links\0");
        QTest::newRow("embedded NULs") << QString::fromUtf8(nuls) << u"cvmfs-too-many-symlinks"_s;
        QTest::newRow("invalid UTF-8")
            << QString::fromUtf8("\xff\xfe\xc0\x80\xed\xa0\x80 x509: certificate signed by \xf0\x28\x8c\x28 unknown authority\n"
                                 "x509: certificate signed by unknown authority \xc3")
            << u"x509-unknown-authority"_s;
        QTest::newRow("lone surrogates") << QString(100000, QChar(0xd800)) << QString();
        // Prefixes of patterns repeated without their end: each lazy, bounded gap in a
        // pattern is tried at every occurrence.
        for (const char *piece : {"mount source ", "skipping mount of ", "dial unix ", "dial tcp ", "linux mounts:",
                                  "short-name ", "error during connect:", "exit with exit code ", "/cvmfs/",
                                  "logging into ", "mount hook function failure", "unable to retrieve auth token:",
                                  "cannot open directory '", "error gathering device information", "mkdir "}) {
            QTest::addRow("repeated \"%s\"", piece) << repeatedTo(QString::fromLatin1(piece), 1024 * 1024) << QString();
        }
        QTest::newRow("repeated prefix, then a message")
            << repeatedTo(u"mount source "_s, 200 * 1024) + u"mount source /eos doesn't exist"_s << u"bind-source-missing"_s;
        QTest::newRow("escape flood") << repeatedTo(u"\x1b["_s, 1024 * 1024) << QString();
        QTest::newRow("OSC flood") << repeatedTo(u"\x1b]"_s, 1024 * 1024) << QString();
        QTest::newRow("unterminated OSC") << u"\x1b]0;"_s + QString(1024 * 1024, u'x') << QString();
        QTest::newRow("CR flood") << QString(1024 * 1024, u'\r') << QString();
        QTest::newRow("one long line of words")
            << repeatedTo(u"permission denied not connected no such file "_s, 1024 * 1024) << QString();
    }

    void hostileInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedFirst);
        QElapsedTimer timer;
        timer.start();
        const QList<CatalogueMatch> matches = ErrorCatalogue::builtIn().match(text);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        if (!expectedFirst.isEmpty()) {
            QVERIFY(!matches.isEmpty());
            QCOMPARE(matches.first().entry.id(), expectedFirst);
        }
        for (const CatalogueMatch &match : matches) {
            QVERIFY(match.position >= 0);
            QVERIFY(match.position < text.size());
            QVERIFY(!match.excerpt.isEmpty());
        }
    }

    // Each pattern against texts made of its own literal pieces, repeated: the inputs that
    // make a backtracking search slow.
    void everyPatternIsFastOnItsOwnPieces()
    {
        static const QRegularExpression literalRun(uR"((?:\\.|[^\\^$.|?*+()\[\]{}])+)"_s);
        qint64 slowest = 0;
        QString slowestPattern;
        for (const KnownError &entry : ErrorCatalogue::builtIn().entries()) {
            for (const QRegularExpression &pattern : entry.patterns()) {
                QStringList pieces;
                QRegularExpressionMatchIterator runs = literalRun.globalMatch(pattern.pattern());
                while (runs.hasNext()) {
                    QString piece = runs.next().captured(0);
                    piece.replace(u"\\s"_s, u" "_s).replace(u"\\S"_s, u"x"_s).replace(u"\\d"_s, u"1"_s);
                    piece.replace(u"\\w"_s, u"a"_s).replace(u"\\n"_s, u"\n"_s).replace(u"\\b"_s, QString());
                    piece.remove(u'\\');
                    if (piece.size() >= 2)
                        pieces.append(piece);
                }
                QVERIFY2(!pieces.isEmpty(), qPrintable(pattern.pattern()));
                const QString longest = *std::max_element(pieces.cbegin(), pieces.cend(),
                    [](const QString &a, const QString &b) { return a.size() < b.size(); });
                for (const QString &piece : {pieces.first(), longest}) {
                    for (const QString &separator : {QString(), u" "_s, u"x"_s, u"/"_s}) {
                        const QString text = repeatedTo(piece + separator, 64 * 1024);
                        QElapsedTimer timer;
                        timer.start();
                        const bool matched = pattern.match(text).hasMatch();
                        Q_UNUSED(matched);
                        if (timer.elapsed() > slowest) {
                            slowest = timer.elapsed();
                            slowestPattern = entry.id() + u": "_s + pattern.pattern();
                        }
                    }
                }
            }
        }
        QVERIFY2(slowest < 250, qPrintable(u"%1 ms for %2"_s.arg(slowest).arg(slowestPattern)));
    }

    // (g) Wharf's own typed errors map by code, whatever the language of the message
    void wharfErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("details");
        QTest::addColumn<QString>("expectedFirst");
        const QString german = u"Eine übersetzte Meldung ohne bekannte Wörter."_s;
        const auto row = [&](const char *name, ErrorCode code, const QString &message, const QString &details,
                             const QString &expected) {
            QTest::newRow(name) << int(code) << message << details << expected;
        };
        row("permission denied", ErrorCode::PermissionDenied, german, u"errno 13"_s, u"engine-socket-permission-denied"_s);
        row("socket missing", ErrorCode::SocketMissing, german, QString(), u"engine-socket-missing"_s);
        row("not a socket", ErrorCode::NotASocket, german, QString(), u"engine-not-a-socket"_s);
        row("daemon not running", ErrorCode::DaemonNotRunning, german, QString(), u"engine-not-running"_s);
        row("API too old", ErrorCode::ApiTooOld, german, QString(), u"engine-api-too-old"_s);
        row("truncated reply", ErrorCode::TruncatedReply, german, QString(), u"engine-connection-closed"_s);
        row("TLS failed", ErrorCode::TlsFailed, german, QString(), u"engine-tls-failed"_s);
        row("timeout", ErrorCode::Timeout, german, QString(), u"engine-timeout"_s);
        row("invalid reference", ErrorCode::InvalidReference, german, QString(), u"invalid-reference"_s);
        row("conflict", ErrorCode::Conflict, german, QString(), u"image-in-use"_s);
        row("engine error, rate limit in details", ErrorCode::EngineError, german,
            u"toomanyrequests: You have reached your pull rate limit."_s, u"dockerhub-rate-limit"_s);
        row("not found, manifest unknown", ErrorCode::NotFound, german,
            u"HTTP 404: {\"message\":\"manifest for x:y not found: manifest unknown\"}"_s, u"manifest-unknown"_s);
        row("http error, English message", ErrorCode::HttpError,
            u"Pull: the engine answered with HTTP status 500: Get \"https://registry-1.docker.io/v2/\": context deadline exceeded"_s,
            QString(), u"network-timeout"_s);
        row("parse error", ErrorCode::ParseError, german, u"garbage"_s, QString());
        row("none", ErrorCode::None, QString(), QString(), QString());
    }

    void wharfErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QString, details);
        QFETCH(QString, expectedFirst);
        const QList<CatalogueMatch> matches
            = ErrorCatalogue::builtIn().match(Error(static_cast<ErrorCode>(code), message, details));
        if (expectedFirst.isEmpty()) {
            QVERIFY2(matches.isEmpty(), qPrintable(ids(matches).join(u", "_s)));
            return;
        }
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().entry.id(), expectedFirst);
    }

    // The code's entry comes first; entries found in the text follow, each once.
    void codeBeforeText()
    {
        const Error error(ErrorCode::PermissionDenied, u"Permission denied on the engine socket /run/docker.sock."_s,
                          u"dial unix /run/docker.sock: connect: no such file or directory"_s);
        const QList<CatalogueMatch> matches = ErrorCatalogue::builtIn().match(error);
        QCOMPARE(ids(matches), (QStringList{u"engine-socket-permission-denied"_s, u"engine-socket-missing"_s}));
        QVERIFY(matches.at(0).matchedByErrorCode());
        QVERIFY(matches.at(0).excerpt.isEmpty());
        QVERIFY(!matches.at(1).matchedByErrorCode());
        QVERIFY(matches.at(1).excerpt.startsWith(u"dial unix"_s));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
