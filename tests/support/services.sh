#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Starts and stops the real services the integration tests use, on private paths under DIR:
#   - a Docker daemon (dockerd from Debian's docker.io)        DIR/docker.sock
#   - a Podman Docker-compatible API service                    DIR/podman.sock
#   - OCI distribution registries (Debian's docker-registry 2.8), all on 127.0.0.1:
#       registry         plain HTTP, no auth                    DIR/registry.address
#       registry-basic   plain HTTP, Basic auth (htpasswd)      DIR/registry-basic.address
#       registry-token   plain HTTP, Bearer token auth          DIR/registry-token.address
#       token-server     its token endpoint (token-server.py)   DIR/token-server.address
#       registry-tls     HTTPS (test CA DIR/registry-tls/ca.pem, SAN IP:127.0.0.1 and
#                        DNS:localhost), no auth                DIR/registry-tls.address
#     One test user for Basic and token auth: DIR/registry-user, DIR/registry-password (0600,
#     random per DIR). The token server signs RS256 JWTs (x5c header) for the service
#     "wharf-test-registry", issuer "wharf-test-token-server"; it grants anonymous pull on
#     public/*, and the test user pull,push on everything plus registry:catalog:*; its
#     /stats counts the tokens it issued (see token-server.py). Registry storage is a tmpfs
#     at DIR/storage when it can be mounted (much faster to seed), else plain disk.
# Both engines are seeded with images imported from a busybox-static root filesystem
# (DIR/seeded-images lists them), and localhost/test/busybox:1 is pushed to the registry as
# 127.0.0.1:PORT/test/busybox:1 and :2. seed-registry.py then pushes through the registry API
# (names and digests in DIR/registry-seed.json):
#   registry:        many/repo-0000 .. many/repo-1199 (tag 1; 1,200 repositories: catalog
#                    pages, which 2.8 serves 100 at a time by default, n at most 1000),
#                    tags/many:t-000 .. t-399 (400 tags; 2.8 ignores n/last on tags/list and
#                    returns them all, unsorted), multi/arch:1 (OCI index: linux/amd64,
#                    linux/arm64/v8, and an attestation manifest for unknown/unknown) and
#                    multi/arch:list (Docker manifest list: linux/amd64, linux/arm64/v8)
#   registry-basic:  private/busybox:1
#   registry-token:  public/busybox:1, private/busybox:1
#   registry-tls:    test/busybox:1
# The busybox images are Docker schema 2 and runnable (the busybox-static layer).
#
#   services.sh start DIR    idempotent: whatever already answers is left alone (and seeding
#                            is skipped when a registry already holds its content)
#   services.sh stop DIR     stops everything started under DIR, unmounts, removes DIR
#   services.sh status DIR
#
# DIR must be short (a unix socket path must fit in 108 bytes): /tmp/wharf-test-<hash>.
# Never touches /var/run/docker.sock, /var/lib/docker, /var/lib/containers or any system
# service: every daemon gets private sockets, storage, configuration and lock files.
# Needs root (dockerd does). The flags are the ones the project's test-environment reference
# (shared/reference/test-environment.md) found to work on the CI machine.
# WHARF_TOKEN_EXPIRES_IN sets the token lifetime in seconds (default 60; tests can also change
# it at run time through the token server's POST /settings).
#
# Files in DIR that tests and benchmarks read:
#   docker.sock podman.sock registry.address seeded-images
#   registry-basic.address registry-token.address token-server.address registry-tls.address
#   registry-user registry-password registry-tls/ca.pem registry-seed.json
#   podman.env   sh-sourceable: CONTAINERS_CONF, CONTAINERS_REGISTRIES_CONF,
#                CONTAINERS_STORAGE_CONF, REGISTRY_AUTH_FILE and PODMAN_ARGS (the --root/--runroot flags), e.g.
#                  set -a; . DIR/podman.env; set +a; podman $PODMAN_ARGS images
#   docker.env   sh-sourceable: DOCKER_HOST, DOCKER_CONFIG (a private CLI config)
#   *.log        each daemon's output (seed-registry.log: the seeding and its timing)
set -euo pipefail

readonly DOCKER_CLI=/usr/bin/docker        # Debian's docker.io CLI: pinned, always there with dockerd
# Debian's python: the token server imports python3-jwt and python3-cryptography, which a
# python3 earlier on PATH may not see.
readonly PYTHON=/usr/bin/python3
SUPPORT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SUPPORT_DIR
readonly TEST_USER=wharf-tester
readonly TOKEN_SERVICE=wharf-test-registry
readonly TOKEN_ISSUER=wharf-test-token-server
readonly TOKEN_EXPIRES_IN=${WHARF_TOKEN_EXPIRES_IN:-60}
readonly WAIT_SECONDS=${WHARF_SERVICES_WAIT:-60}
readonly STOP_SECONDS=15
readonly APPLETS="sh ash ls cat echo sleep id env true false pwd mkdir rm mv cp ln touch chmod
    grep sed head tail wc ps kill mount umount stat df du uname hostname whoami printf test
    expr find xargs tr cut sort uniq date basename dirname readlink realpath which vi"

# shellcheck source-path=SCRIPTDIR source=service-common.sh
source "$SUPPORT_DIR/service-common.sh"
setup_service services.sh "the real services are required" \
    "Start them by hand with: sudo bash tests/support/services.sh start" /tmp/wharf-test-NAME "$@"

DOCKER_SOCK=$DIR/docker.sock
PODMAN_SOCK=$DIR/podman.sock
STORAGE=$DIR/storage
PODMAN_ARGS=(--root "$DIR/podman/storage" --runroot "$DIR/podman/run")

# ---------------------------------------------------------------------------------------------
# helpers

ping_socket() {
    [[ -S $1 ]] && [[ $(curl -s --max-time 3 --unix-socket "$1" http://d/_ping 2>/dev/null) == OK ]]
}

registry_up() {
    local addr
    [[ -s $DIR/registry.address ]] || return 1
    addr=$(<"$DIR/registry.address")
    curl -s -o /dev/null --max-time 3 -w '%{http_code}' "http://$addr/v2/" 2>/dev/null | grep -qx 200
}

# http_status URL [CURL-ARGS...]: the status code, 000 when nothing answered.
http_status() {
    local url=$1
    shift
    curl -s -o /dev/null --max-time 3 -w '%{http_code}' "$@" "$url" 2>/dev/null || true
}

address_of() { [[ -s $DIR/$1.address ]] && cat "$DIR/$1.address"; }

# The auth registries answer /v2/ with 401 and their challenge.
registry_basic_up() {
    local addr
    addr=$(address_of registry-basic) || return 1
    curl -s -o /dev/null -D - --max-time 3 "http://$addr/v2/" 2>/dev/null | grep -qi '^www-authenticate: *basic'
}
registry_token_up() {
    local addr
    addr=$(address_of registry-token) || return 1
    curl -s -o /dev/null -D - --max-time 3 "http://$addr/v2/" 2>/dev/null | grep -qi '^www-authenticate: *bearer'
}
registry_tls_up() {
    local addr
    addr=$(address_of registry-tls) || return 1
    [[ $(http_status "https://$addr/v2/" --cacert "$DIR/registry-tls/ca.pem") == 200 ]]
}
token_server_up() {
    local addr
    addr=$(address_of token-server) || return 1
    [[ $(http_status "http://$addr/healthz") == 200 ]]
}

# our_processes [PROGRAM...]: every process whose command line names DIR and whose program is
# one of ours (daemons and their helpers: containerd, shims, conmon), or one of PROGRAM.
# Never matched by name alone.
PYTHON_EXE=$(basename "$(readlink -f "$PYTHON" 2>/dev/null || echo python3)")
readonly PYTHON_EXE
readonly ALL_OURS="dockerd containerd containerd-shim containerd-shim-runc-v2 docker-proxy runc conmon podman docker-registry registry catatonit $PYTHON_EXE"
our_processes() {
    local p exe cmdline programs=" ${*:-$ALL_OURS} "
    for p in /proc/[0-9]*; do
        p=${p#/proc/}
        [[ $p == "$$" || $p == "$BASHPID" ]] && continue
        cmdline=$({ tr '\0' ' ' <"/proc/$p/cmdline"; } 2>/dev/null) || continue
        [[ $cmdline == *"$DIR/"* ]] || continue
        exe=$(basename "$(readlink "/proc/$p/exe" 2>/dev/null || echo unknown)")
        [[ $programs == *" $exe "* ]] && echo "$p"
    done
    return 0
}

# Processes of containers our engines created (IDs from their storage), found by the container
# ID in their cgroup. They do not name DIR, and outlive an engine that was killed.
# container_processes docker|podman|all
container_processes() {
    local ids=() dirs=() d p
    [[ $1 == docker || $1 == all ]] && dirs+=("$DIR/data/containers")
    [[ $1 == podman || $1 == all ]] && dirs+=("$DIR/podman/storage/overlay-containers")
    for d in "${dirs[@]}"; do
        [[ -d $d ]] || continue
        for p in "$d"/*; do
            p=${p##*/}
            [[ $p =~ ^[0-9a-f]{64}$ ]] && ids+=("$p")
        done
    done
    (( ${#ids[@]} )) || return 0
    for p in /proc/[0-9]*; do
        { grep -qF "$(printf '%s\n' "${ids[@]}")" "$p/cgroup"; } 2>/dev/null && echo "${p#/proc/}"
    done
    return 0
}

kill_container_processes() {
    local pids=()
    mapfile -t pids < <(container_processes "$1")
    if (( ${#pids[@]} )); then
        log "killing ${#pids[@]} leftover container process(es) of $1"
        kill -KILL "${pids[@]}" 2>/dev/null || true
    fi
}

# Lazily unmount everything mounted at or below $1, deepest first.
unmount_below() {
    local root=$1 target
    command -v findmnt >/dev/null || return 0
    findmnt -rn -o TARGET | awk -v r="$root" '$0 == r || index($0, r "/") == 1' | sort -r |
        while read -r target; do
            umount -l "$(printf '%b' "$target")" 2>/dev/null || true
        done
}

mounts_below() {
    findmnt -rn -o TARGET | awk -v r="$1" '$0 == r || index($0, r "/") == 1'
}

# A TCP port on 127.0.0.1 that nothing listens on (connect refused), preferring $1, and that
# this run has not handed out yet (daemons started together bind later).
PORTS_TAKEN=" "
free_port() {
    local port=${1:-}
    for _ in $(seq 1 50); do
        if [[ -z $port ]]; then port=$((20000 + RANDOM % 40000)); fi
        if [[ $PORTS_TAKEN != *" $port "* ]] && ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
        port=
    done
    return 1
}

# take_port NAME [PREVIOUS]: sets PORT to a free port (PREVIOUS when free) and remembers it.
take_port() {
    PORT=$(free_port "${2:-}") || die "no free TCP port on 127.0.0.1 for $1"
    PORTS_TAKEN+="$PORT "
}

# ---------------------------------------------------------------------------------------------
# start

check_prerequisites() {
    local missing=() cmd
    if (( EUID != 0 )); then
        die "must run as root: dockerd needs it (from a user with sudo: sudo -E ctest ..., or sudo bash $0 start $DIR)"
    fi
    for cmd in dockerd "$DOCKER_CLI" podman runc curl tar findmnt flock setsid; do
        command -v "$cmd" >/dev/null || missing+=("$cmd")
    done
    # Debian calls the distribution registry docker-registry, Fedora calls it registry.
    REGISTRY_BIN=$(command -v docker-registry || command -v registry || true)
    [[ -n $REGISTRY_BIN ]] || missing+=(docker-registry)
    BUSYBOX=$(command -v busybox || true)
    [[ -n $BUSYBOX ]] || missing+=(busybox)
    if (( ${#missing[@]} )); then
        die "missing programs: ${missing[*]} (Debian packages: docker.io podman runc docker-registry curl tar util-linux busybox-static; packaging/dev.sh deps installs them)"
    fi
    # The image runs busybox inside an empty root: it must not need a dynamic loader.
    local ldd_out
    ldd_out=$(LC_ALL=C ldd "$BUSYBOX" 2>&1 || true)
    if [[ $ldd_out != *'not a dynamic executable'* && $ldd_out != *'statically linked'* ]]; then
        die "$BUSYBOX is dynamically linked: install busybox-static (Debian) so images can run it"
    fi
    # The auth and TLS registries and the seeding: required in CI, skipped with a warning
    # elsewhere (the tests that need them then say what is missing).
    missing=()
    command -v htpasswd >/dev/null || missing+=("htpasswd (apache2-utils)")
    command -v openssl >/dev/null || missing+=("openssl (openssl)")
    if [[ ! -x $PYTHON ]]; then
        missing+=("$PYTHON (python3)")
    elif ! "$PYTHON" -c 'import jwt, cryptography' 2>/dev/null; then
        missing+=("the python modules jwt and cryptography for $PYTHON (python3-jwt python3-cryptography)")
    fi
    AUTH_REGISTRIES=1
    if (( ${#missing[@]} )); then
        local what
        what=$(printf '%s, ' "${missing[@]}")
        if [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
            die "missing for the auth and TLS registries: ${what%, }"
        fi
        log "WARNING: not starting the auth and TLS registries, missing: ${what%, }"
        AUTH_REGISTRIES=0
    fi
}

write_configs() {
    mkdir -p "$DIR/podman/storage" "$DIR/podman/run" "$DIR/podman/tmp" "$DIR/podman/networks" \
        "$DIR/docker-cli"
    # Private, so the system's /etc/docker/daemon.json cannot clash with our flags.
    [[ -f $DIR/daemon.json ]] || echo '{}' >"$DIR/daemon.json"
    # Private client credentials: never the user's ~/.docker/config.json or auth.json.
    [[ -f $DIR/docker-cli/config.json ]] || echo '{"auths": {}}' >"$DIR/docker-cli/config.json"
    [[ -f $DIR/podman/auth.json ]] || echo '{"auths": {}}' >"$DIR/podman/auth.json"
    # runc and the ulimits: crun and the default ulimits fail on the CI machine (see the
    # reference). File locks under tmp_dir instead of the machine-wide /dev/shm/libpod_lock,
    # which a second podman would otherwise share (and reset) with the system's podman.
    cat >"$DIR/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]

[network]
network_config_dir = "$DIR/podman/networks"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$DIR/podman/events.log"
tmp_dir = "$DIR/podman/tmp"
lock_type = "file"
volume_path = "$DIR/podman/storage/volumes"
static_dir = "$DIR/podman/storage/libpod"
EOF
    cat >"$DIR/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$DIR/podman/storage"
runroot = "$DIR/podman/run"
EOF
    {
        echo "CONTAINERS_CONF=$DIR/containers.conf"
        echo "CONTAINERS_REGISTRIES_CONF=$DIR/registries.conf"
        echo "CONTAINERS_STORAGE_CONF=$DIR/storage.conf"
        echo "REGISTRY_AUTH_FILE=$DIR/podman/auth.json"
        echo "PODMAN_ARGS=\"${PODMAN_ARGS[*]}\""
    } >"$DIR/podman.env"
    {
        echo "DOCKER_HOST=unix://$DOCKER_SOCK"
        echo "DOCKER_CONFIG=$DIR/docker-cli"
    } >"$DIR/docker.env"
    export CONTAINERS_CONF=$DIR/containers.conf
    export CONTAINERS_REGISTRIES_CONF=$DIR/registries.conf
    export CONTAINERS_STORAGE_CONF=$DIR/storage.conf
    export REGISTRY_AUTH_FILE=$DIR/podman/auth.json
}

start_docker() {
    local pid
    if pid=$(pid_of docker) && ping_socket "$DOCKER_SOCK"; then
        log "dockerd already running (pid $pid)"
        return 0
    fi
    # Crashed or half-started earlier: end what is left of it (containerd included), clean up.
    stop_docker_processes
    unmount_below "$DIR/exec"
    rm -f "$DIR/docker.pid" "$DOCKER_SOCK"
    mkdir -p "$DIR/data" "$DIR/exec"
    log "starting dockerd on $DOCKER_SOCK"
    # setsid: out of the caller's session, so the test driver's signals and pipes are not ours.
    setsid dockerd --host "unix://$DOCKER_SOCK" --data-root "$DIR/data" --exec-root "$DIR/exec" \
        --pidfile "$DIR/docker.pid" --iptables=false --ip6tables=false --bridge=none \
        --config-file "$DIR/daemon.json" --shutdown-timeout 3 \
        </dev/null >>"$DIR/dockerd.log" 2>&1 9>&- &
    DOCKER_PID=$!
}

# Registries.conf names the registries' ports: written once they are known, before podman
# starts. A running podman service keeps the registries.conf it read: when the content
# changes (a port moved), it is restarted.
update_registries_conf() {
    local addr name new pid
    new='# Private to the Wharf test services: no search registries (no network), our registries are http.
unqualified-search-registries = []
short-name-mode = "permissive"
'
    for name in registry registry-basic registry-token; do
        addr=$(address_of "$name") || continue
        new+="
[[registry]]
location = \"$addr\"
insecure = true
"
    done
    if [[ -f $DIR/registries.conf && $(<"$DIR/registries.conf") == "${new%$'\n'}" ]]; then
        return 0
    fi
    local existed=0
    [[ -f $DIR/registries.conf ]] && existed=1
    printf '%s' "$new" >"$DIR/registries.conf"
    if (( existed )) && pid=$(pid_of podman); then
        log "registry addresses changed: restarting the podman service"
        terminate "$pid"
    fi
}

# launch NAME LOG PROGRAM ARGS...: start a daemon out of our session (the test driver's signals
# and pipes are not its), record its pid in DIR/NAME.pid and in LAUNCHED[NAME].
# REGISTRY_* variables override a registry's configuration (REGISTRY_AUTH_FILE, set for podman
# users, would become auth.file): no daemon gets them.
declare -A LAUNCHED=()
launch() {
    local name=$1 logfile=$2 pid
    shift 2
    local unset_registry_vars=() var
    for var in $(compgen -e); do
        [[ $var == REGISTRY_* ]] && unset_registry_vars+=(-u "$var")
    done
    setsid env "${unset_registry_vars[@]}" "$@" </dev/null >>"$logfile" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$DIR/$name.pid"
    LAUNCHED[$name]=$pid
}

# Registry storage on a tmpfs: the filesystem driver syncs every file it writes, and seeding
# writes some 30,000 small files (7 s instead of 17 s here). Plain disk when it cannot mount.
prepare_storage() {
    mkdir -p "$STORAGE"
    if ! findmnt -rn "$STORAGE" >/dev/null && [[ -z $(ls -A "$STORAGE") ]]; then
        mount -t tmpfs -o size=8g,mode=0700 wharf-test-registries "$STORAGE" 2>/dev/null ||
            log "could not mount a tmpfs on $STORAGE: registry storage stays on disk (slower seeding)"
    fi
}

registry_config() { # PORT STORAGE-NAME [EXTRA-YAML]
    cat <<EOF
version: 0.1
log:
  level: info
  formatter: text
storage:
  filesystem:
    rootdirectory: $STORAGE/$2
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$1
  secret: wharf-test-$1
${3:-}
EOF
}

start_registry() {
    local pid previous=
    if pid=$(pid_of registry) && registry_up; then
        log "registry already running (pid $pid) on $(<"$DIR/registry.address")"
        PORTS_TAKEN+="$(cut -d: -f2 <"$DIR/registry.address") "
        return 0
    fi
    if pid=$(pid_of registry); then terminate "$pid"; fi
    rm -f "$DIR/registry.pid"
    # Keep the old port when we can: podman's registries.conf names it.
    [[ -s $DIR/registry.address ]] && previous=$(cut -d: -f2 <"$DIR/registry.address")
    take_port registry "$previous"
    mkdir -p "$STORAGE/registry"
    registry_config "$PORT" registry >"$DIR/registry.yml"
    log "starting docker-registry on 127.0.0.1:$PORT"
    launch registry "$DIR/registry.log" "$REGISTRY_BIN" serve "$DIR/registry.yml"
    REGISTRY_PID=${LAUNCHED[registry]}
    echo "127.0.0.1:$PORT" >"$DIR/registry.address"
}

# start_extra_registry NAME UP-CHECK CONFIG-EXTRA: a registry configured by DIR/NAME/config.yml.
# Left alone when it answers and its configuration is what we would write now (the token
# registry names the token server's address, which may have moved).
start_extra_registry() {
    local name=$1 up=$2 extra=$3 pid previous=
    [[ -s $DIR/$name.address ]] && previous=$(cut -d: -f2 <"$DIR/$name.address")
    if pid=$(pid_of "$name") && [[ -n $previous && -f $DIR/$name/config.yml ]] && "$up" &&
        [[ $(<"$DIR/$name/config.yml") == "$(registry_config "$previous" "$name" "$extra")" ]]; then
        log "$name already running (pid $pid) on 127.0.0.1:$previous"
        PORTS_TAKEN+="$previous "
        return 0
    fi
    if pid=$(pid_of "$name"); then terminate "$pid"; fi
    rm -f "$DIR/$name.pid"
    take_port "$name" "$previous"
    mkdir -p "$STORAGE/$name"
    registry_config "$PORT" "$name" "$extra" >"$DIR/$name/config.yml"
    log "starting docker-registry $name on 127.0.0.1:$PORT"
    launch "$name" "$DIR/$name.log" "$REGISTRY_BIN" serve "$DIR/$name/config.yml"
    echo "127.0.0.1:$PORT" >"$DIR/$name.address"
}

# The test user, shared by the Basic and token registries: a random password per DIR, readable
# by root only.
make_credentials() {
    if [[ ! -s $DIR/registry-password ]]; then
        (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$DIR/registry-password.new")
        mv "$DIR/registry-password.new" "$DIR/registry-password"
    fi
    chmod 0600 "$DIR/registry-password"
    echo "$TEST_USER" >"$DIR/registry-user"
    mkdir -p "$DIR/registry-basic"
    if [[ ! -s $DIR/registry-basic/htpasswd || $DIR/registry-password -nt $DIR/registry-basic/htpasswd ]]; then
        # -i: the password on stdin, never on a command line.
        (umask 077 && htpasswd -niB "$TEST_USER" <"$DIR/registry-password" >"$DIR/registry-basic/htpasswd.new") ||
            die "htpasswd could not hash the test password"
        mv "$DIR/registry-basic/htpasswd.new" "$DIR/registry-basic/htpasswd"
    fi
}

# Certificates, made once per DIR with openssl and a private configuration (not the system's
# openssl.cnf). The TLS registry's certificate is signed by a test CA; the token signing
# certificate is self-signed and is the token registry's rootcertbundle.
make_certificates() {
    local tls=$DIR/registry-tls token=$DIR/registry-token
    mkdir -p "$tls" "$token"
    if [[ ! -s $tls/ca.pem || ! -s $tls/server.pem || ! -s $tls/server.key ]]; then
        cat >"$tls/openssl.cnf" <<'EOF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF
        (
            umask 077
            set -e
            openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 -config "$tls/openssl.cnf" \
                -extensions ca -subj "/O=Wharf tests/CN=Wharf test CA" -keyout "$tls/ca.key" -out "$tls/ca.pem"
            openssl req -new -newkey rsa:2048 -nodes -sha256 -config "$tls/openssl.cnf" \
                -subj "/O=Wharf tests/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr"
            openssl x509 -req -sha256 -days 825 -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" \
                -set_serial "0x$(openssl rand -hex 12)" -extfile "$tls/openssl.cnf" -extensions server \
                -out "$tls/server.pem"
        ) >>"$DIR/openssl.log" 2>&1 || { log_tail "$DIR/openssl.log"; die "openssl could not make the TLS test certificates"; }
        chmod 0644 "$tls/ca.pem" "$tls/server.pem"
        rm -f "$tls/server.csr"
    fi
    if [[ ! -s $token/signing.pem || ! -s $token/signing.key ]]; then
        (
            umask 077
            openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 -config "$tls/openssl.cnf" \
                -extensions ca -subj "/O=Wharf tests/CN=Wharf test token signer" \
                -keyout "$token/signing.key" -out "$token/signing.pem"
        ) >>"$DIR/openssl.log" 2>&1 || { log_tail "$DIR/openssl.log"; die "openssl could not make the token signing key"; }
        chmod 0644 "$token/signing.pem"
    fi
}

start_token_server() {
    local pid previous=
    [[ -s $DIR/token-server.address ]] && previous=$(cut -d: -f2 <"$DIR/token-server.address")
    if pid=$(pid_of token-server) && token_server_up; then
        log "token server already running (pid $pid) on 127.0.0.1:$previous"
        PORTS_TAKEN+="$previous "
        return 0
    fi
    if pid=$(pid_of token-server); then terminate "$pid"; fi
    rm -f "$DIR/token-server.pid"
    take_port token-server "$previous"
    log "starting the token server on 127.0.0.1:$PORT"
    launch token-server "$DIR/token-server.log" "$PYTHON" "$SUPPORT_DIR/token-server.py" \
        --listen "127.0.0.1:$PORT" --key "$DIR/registry-token/signing.key" \
        --cert "$DIR/registry-token/signing.pem" --issuer "$TOKEN_ISSUER" --service "$TOKEN_SERVICE" \
        --user-file "$DIR/registry-user" --password-file "$DIR/registry-password" \
        --expires-in "$TOKEN_EXPIRES_IN"
    echo "127.0.0.1:$PORT" >"$DIR/token-server.address"
}

start_auth_registries() {
    make_credentials
    make_certificates
    start_token_server
    local realm
    realm="http://$(<"$DIR/token-server.address")/token"
    start_extra_registry registry-basic registry_basic_up "auth:
  htpasswd:
    realm: wharf-test-basic
    path: $DIR/registry-basic/htpasswd"
    start_extra_registry registry-token registry_token_up "auth:
  token:
    realm: $realm
    service: $TOKEN_SERVICE
    issuer: $TOKEN_ISSUER
    rootcertbundle: $DIR/registry-token/signing.pem"
    start_extra_registry registry-tls registry_tls_up "  tls:
    certificate: $DIR/registry-tls/server.pem
    key: $DIR/registry-tls/server.key"
}

start_podman() {
    local pid
    if pid=$(pid_of podman) && ping_socket "$PODMAN_SOCK"; then
        log "podman service already running (pid $pid)"
        return 0
    fi
    if pid=$(pid_of podman); then terminate "$pid"; fi
    rm -f "$DIR/podman.pid" "$PODMAN_SOCK"
    log "starting podman system service on $PODMAN_SOCK"
    setsid podman "${PODMAN_ARGS[@]}" system service --time=0 "unix://$PODMAN_SOCK" \
        </dev/null >>"$DIR/podman.log" 2>&1 9>&- &
    PODMAN_PID=$!
    echo "$PODMAN_PID" >"$DIR/podman.pid"
}

make_rootfs_tars() {
    local work=$DIR/images a
    [[ -f $work/busybox.tar && -f $work/other.tar && -f $work/dangling.tar ]] && return 0
    rm -rf "$work"
    mkdir -p "$work/root/bin" "$work/root/etc" "$work/root/tmp" "$work/root/proc" \
        "$work/root/sys" "$work/root/dev"
    cp "$BUSYBOX" "$work/root/bin/busybox"
    for a in $APPLETS; do ln -s busybox "$work/root/bin/$a"; done
    echo 'root:x:0:0:root:/:/bin/sh' >"$work/root/etc/passwd"
    echo 'root:x:0:' >"$work/root/etc/group"
    tar -C "$work/root" -cf "$work/busybox.tar" .
    # A different file, so a different layer and a different image ID.
    echo 'wharf test image: other' >"$work/root/etc/wharf-image"
    tar -C "$work/root" -cf "$work/other.tar" .
    echo 'wharf test image: dangling' >"$work/root/etc/wharf-image"
    tar -C "$work/root" -cf "$work/dangling.tar" .
    rm -rf "$work/root"
}

readonly SEEDED=(localhost/test/busybox:1 localhost/test/busybox:2 localhost/test/other:latest)
readonly IMPORT_CHANGE='CMD ["/bin/sh"]'

# has_image SOCKET REF: the engine knows REF (through its API, the same for both engines).
has_image() {
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 --unix-socket "$1" \
        "http://d/v1.41/images/$2/json" 2>/dev/null) || true
    [[ $code == 200 ]]
}

has_dangling() {
    local body
    body=$(curl -s --max-time 10 --unix-socket "$1" -G \
        --data-urlencode 'filters={"dangling":["true"]}' "http://d/v1.41/images/json") || return 1
    [[ $body == *'"Id"'* ]]
}

docker_cli() { DOCKER_CONFIG=$DIR/docker-cli "$DOCKER_CLI" -H "unix://$DOCKER_SOCK" "$@"; }
podman_cli() { podman "${PODMAN_ARGS[@]}" "$@"; }

# seed_engine NAME SOCKET CLI-FUNCTION [IMPORT-FLAG...]
seed_engine() {
    local name=$1 sock=$2 cli=$3 work=$DIR/images
    local quiet=("${@:4}")
    if ! has_image "$sock" localhost/test/busybox:1; then
        "$cli" import "${quiet[@]}" --change "$IMPORT_CHANGE" "$work/busybox.tar" localhost/test/busybox:1 >/dev/null ||
            die "could not import localhost/test/busybox:1 into $name"
    fi
    if ! has_image "$sock" localhost/test/busybox:2; then
        "$cli" tag localhost/test/busybox:1 localhost/test/busybox:2 ||
            die "could not tag localhost/test/busybox:2 in $name"
    fi
    if ! has_image "$sock" localhost/test/other:latest; then
        "$cli" import "${quiet[@]}" --change "$IMPORT_CHANGE" "$work/other.tar" localhost/test/other:latest >/dev/null ||
            die "could not import localhost/test/other:latest into $name"
    fi
    if ! has_dangling "$sock"; then
        "$cli" import "${quiet[@]}" --change "$IMPORT_CHANGE" "$work/dangling.tar" >/dev/null ||
            die "could not import the dangling image into $name"
    fi
}

push_to_registry() {
    local addr tag
    addr=$(<"$DIR/registry.address")
    for tag in 1 2; do
        if curl -s -o /dev/null -w '%{http_code}' --max-time 5 \
            -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
            "http://$addr/v2/test/busybox/manifests/$tag" | grep -qx 200; then
            continue
        fi
        # Docker schema 2 manifests: every engine and client version reads them.
        podman_cli push --quiet --tls-verify=false --format v2s2 localhost/test/busybox:1 \
            "docker://$addr/test/busybox:$tag" >>"$DIR/podman-push.log" 2>&1 || {
            log_tail "$DIR/podman-push.log"
            die "could not push localhost/test/busybox:1 to $addr/test/busybox:$tag"
        }
    done
}

do_start() {
    local t0=$SECONDS
    check_prerequisites
    if [[ -L $DIR ]] || { [[ -e $DIR ]] && [[ ! -O $DIR || ! -d $DIR ]]; }; then
        die "$DIR exists but is not a directory owned by $(id -un) (a symlink or someone else's): remove it or choose another DIR"
    fi
    mkdir -p "$DIR"
    chmod 0711 "$DIR"
    write_configs
    DOCKER_PID='' REGISTRY_PID='' PODMAN_PID=''
    # Daemons start in parallel; we wait for each below. The registries first: podman's
    # registries.conf names their ports.
    start_docker
    prepare_storage
    start_registry
    if (( AUTH_REGISTRIES )); then start_auth_registries; fi
    update_registries_conf
    start_podman
    make_rootfs_tars
    if [[ -n $REGISTRY_PID ]]; then
        wait_until "docker-registry" "$REGISTRY_PID" "$DIR/registry.log" registry_up
    fi
    local name
    for name in token-server registry-basic registry-token registry-tls; do
        [[ -n ${LAUNCHED[$name]:-} ]] || continue
        wait_until "$name" "${LAUNCHED[$name]}" "$DIR/$name.log" "${name//-/_}_up"
    done
    # Seeding the registries takes longest: it runs while the engines start and are seeded.
    local seed_args=(--dir "$DIR" --plain "$(<"$DIR/registry.address")")
    if (( AUTH_REGISTRIES )); then
        seed_args+=(--basic "$(<"$DIR/registry-basic.address")" --token "$(<"$DIR/registry-token.address")"
            --tls "$(<"$DIR/registry-tls.address")")
    fi
    timeout 200 "$PYTHON" "$SUPPORT_DIR/seed-registry.py" "${seed_args[@]}" </dev/null >>"$DIR/seed-registry.log" 2>&1 9>&- &
    SEED_PID=$!
    # Not left behind when start-up fails below (timeout passes the signal on to it).
    trap 'if [[ -n ${SEED_PID:-} ]]; then kill "$SEED_PID" 2>/dev/null || true; fi' EXIT
    if [[ -n $DOCKER_PID ]]; then
        wait_until "dockerd" "$DOCKER_PID" "$DIR/dockerd.log" ping_socket "$DOCKER_SOCK"
    fi
    if [[ -n $PODMAN_PID ]]; then
        wait_until "podman system service" "$PODMAN_PID" "$DIR/podman.log" ping_socket "$PODMAN_SOCK"
    fi
    if [[ -n $DOCKER_PID && $(<"$DIR/docker.pid") != "$DOCKER_PID" ]]; then
        die "dockerd pid file $DIR/docker.pid does not name the dockerd we started ($DOCKER_PID)"
    fi

    seed_engine dockerd "$DOCKER_SOCK" docker_cli
    seed_engine podman "$PODMAN_SOCK" podman_cli --quiet
    printf '%s\n' "${SEEDED[@]}" >"$DIR/seeded-images"
    push_to_registry
    local seed_status=0
    wait "$SEED_PID" || seed_status=$?
    SEED_PID=''
    if (( seed_status )); then
        log_tail "$DIR/seed-registry.log"
        die "seeding the registries failed (see $DIR/seed-registry.log)"
    fi
    log "ready in $((SECONDS - t0))s: docker unix://$DOCKER_SOCK, podman unix://$PODMAN_SOCK, registry $(<"$DIR/registry.address")"
    if (( AUTH_REGISTRIES )); then
        log "registries: basic $(<"$DIR/registry-basic.address"), token $(<"$DIR/registry-token.address") (token server $(<"$DIR/token-server.address")), tls $(<"$DIR/registry-tls.address")"
    fi
}

# ---------------------------------------------------------------------------------------------
# stop

stop_docker_processes() {
    local pid pids=()
    if pid=$(pid_of docker); then pids+=("$pid"); fi
    terminate "${pids[@]}"
    # containerd and shims outlive a dockerd that was killed.
    mapfile -t pids < <(our_processes dockerd containerd containerd-shim containerd-shim-runc-v2 docker-proxy)
    terminate "${pids[@]}"
    kill_container_processes docker
}

do_stop() {
    local pid pids=() left
    if [[ ! -d $DIR ]]; then
        log "nothing to stop: $DIR does not exist"
        return 0
    fi
    local have_podman_config=0
    if [[ -f $DIR/containers.conf && -f $DIR/storage.conf ]]; then
        have_podman_config=1
        export CONTAINERS_CONF=$DIR/containers.conf CONTAINERS_STORAGE_CONF=$DIR/storage.conf
        [[ -f $DIR/registries.conf ]] && export CONTAINERS_REGISTRIES_CONF=$DIR/registries.conf
    fi
    # Containers first: their processes do not name DIR, and they hold mounts.
    if ping_socket "$DOCKER_SOCK"; then
        mapfile -t pids < <(DOCKER_CONFIG=$DIR/docker-cli timeout 20 "$DOCKER_CLI" -H "unix://$DOCKER_SOCK" ps -aq 2>/dev/null || true)
        if (( ${#pids[@]} )); then
            DOCKER_CONFIG=$DIR/docker-cli timeout 30 "$DOCKER_CLI" -H "unix://$DOCKER_SOCK" rm -f "${pids[@]}" >/dev/null 2>&1 || true
        fi
    fi
    # Only with our own containers.conf: without it podman would use the system's lock and
    # runtime directories, and could reset the system podman's state.
    if (( have_podman_config )) && command -v podman >/dev/null && [[ -d $DIR/podman/storage ]]; then
        timeout 30 podman "${PODMAN_ARGS[@]}" rm -a -f -t 0 >/dev/null 2>&1 || true
        timeout 30 podman "${PODMAN_ARGS[@]}" pod rm -a -f -t 0 >/dev/null 2>&1 || true
    fi
    pids=()
    for name in podman registry registry-basic registry-token registry-tls token-server docker; do
        if pid=$(pid_of "$name"); then pids+=("$pid"); fi
    done
    terminate "${pids[@]}"
    mapfile -t pids < <(our_processes)
    terminate "${pids[@]}"
    kill_container_processes all
    sleep 0.2

    unmount_below "$DIR"
    left=$(mounts_below "$DIR")
    if [[ -n $left ]]; then
        # rm -rf through a bind mount could delete files outside DIR: leave it, say why.
        log "still mounted under $DIR, not removing it:"
        printf '    %s\n' "$left" >&2
        exit 1
    fi
    rm -rf --one-file-system "$DIR"
    log "stopped and removed $DIR"
}

do_status() {
    local pid name
    for name in docker podman registry registry-basic registry-token registry-tls token-server; do
        if pid=$(pid_of "$name"); then echo "$name: running (pid $pid)"; else echo "$name: not running"; fi
    done
    ping_socket "$DOCKER_SOCK" && echo "docker.sock: answers" || echo "docker.sock: no answer"
    ping_socket "$PODMAN_SOCK" && echo "podman.sock: answers" || echo "podman.sock: no answer"
    registry_up && echo "registry: answers on $(<"$DIR/registry.address")" || echo "registry: no answer"
    for name in registry-basic registry-token registry-tls token-server; do
        if "${name//-/_}_up"; then echo "$name: answers on $(address_of "$name")"; else echo "$name: no answer"; fi
    done
}

# One start or stop at a time per DIR (the lock file lives next to DIR, not in it: stop
# removes DIR).
mkdir -p "$(dirname "$DIR")"
exec 9>>"$DIR.lock"
flock -w 120 9 || { log "another services.sh holds $DIR.lock"; exit 1; }

case $ACTION in
    start) do_start ;;
    stop) do_stop; rm -f "$DIR.lock" ;;
    status) do_status ;;
    *) usage ;;
esac
