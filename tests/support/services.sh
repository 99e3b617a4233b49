#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Starts and stops the real services the integration tests use, on private paths under DIR:
#   - a Docker daemon (dockerd from Debian's docker.io)        DIR/docker.sock
#   - a Podman Docker-compatible API service                    DIR/podman.sock
#   - a plain-HTTP OCI distribution registry                    DIR/registry.address
# Both engines are seeded with images imported from a busybox-static root filesystem
# (DIR/seeded-images lists them), and localhost/test/busybox:1 is pushed to the registry as
# 127.0.0.1:PORT/test/busybox:1 and :2.
#
#   services.sh start DIR    idempotent: whatever already answers is left alone
#   services.sh stop DIR     stops everything started under DIR, unmounts, removes DIR
#
# DIR must be short (a unix socket path must fit in 108 bytes): /tmp/wharf-test-<hash>.
# Never touches /var/run/docker.sock, /var/lib/docker, /var/lib/containers or any system
# service: every daemon gets private sockets, storage, configuration and lock files.
# Needs root (dockerd does). The flags are the ones the project's test-environment reference
# (shared/reference/test-environment.md) found to work on the CI machine.
#
# Files in DIR that tests and benchmarks read:
#   docker.sock podman.sock registry.address seeded-images
#   podman.env   sh-sourceable: CONTAINERS_CONF, CONTAINERS_REGISTRIES_CONF,
#                CONTAINERS_STORAGE_CONF, REGISTRY_AUTH_FILE and PODMAN_ARGS (the --root/--runroot flags), e.g.
#                  set -a; . DIR/podman.env; set +a; podman $PODMAN_ARGS images
#   docker.env   sh-sourceable: DOCKER_HOST, DOCKER_CONFIG (a private CLI config)
#   *.log        each daemon's output
set -euo pipefail

readonly DOCKER_CLI=/usr/bin/docker        # Debian's docker.io CLI: pinned, always there with dockerd
readonly WAIT_SECONDS=${WHARF_SERVICES_WAIT:-60}
readonly STOP_SECONDS=15
readonly APPLETS="sh ash ls cat echo sleep id env true false pwd mkdir rm mv cp ln touch chmod
    grep sed head tail wc ps kill mount umount stat df du uname hostname whoami printf test
    expr find xargs tr cut sort uniq date basename dirname readlink realpath which vi"

log() { printf 'services.sh: %s\n' "$*" >&2; }
die() {
    log "ERROR: $*"
    if [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
        log "CI=${CI}: the real services are required, failing the run."
    else
        log "Start them by hand with: sudo bash tests/support/services.sh start ${DIR:-DIR}"
    fi
    exit 1
}

usage() {
    echo "usage: $0 start|stop|status DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
readonly ACTION=$1
DIR=$2
[[ $DIR == /* ]] || DIR="$PWD/$DIR"
# Normalise without resolving symlinks (start refuses a symlinked DIR): no /../ tricks.
DIR=$(realpath -ms -- "$DIR")
readonly DIR
# Refuse anything that could be a system directory: stop does `rm -rf DIR`.
case $DIR in
    /tmp/?*|/var/tmp/?*|/run/user/*/?*|/dev/shm/?*) ;;
    *) log "refusing DIR '$DIR': use a directory under /tmp (e.g. /tmp/wharf-test-NAME)"; exit 2 ;;
esac
# Longest socket path we create must fit in sun_path (108 bytes including the NUL).
if (( ${#DIR} > 90 )); then
    log "DIR '$DIR' is too long for unix socket paths (max ~90 characters)"; exit 2
fi

DOCKER_SOCK=$DIR/docker.sock
PODMAN_SOCK=$DIR/podman.sock
PODMAN_ARGS=(--root "$DIR/podman/storage" --runroot "$DIR/podman/run")

# ---------------------------------------------------------------------------------------------
# helpers

# pid_of NAME: the pid in DIR/NAME.pid if that process is alive and is ours (its command line
# names DIR: a stale pid file may point at a recycled pid of something unrelated).
pid_of() {
    local file=$DIR/$1.pid pid
    [[ -s $file ]] || return 1
    pid=$(<"$file")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    is_ours "$pid"
    echo "$pid"
}

is_ours() {
    local cmdline
    cmdline=$({ tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null) || return 1
    [[ $cmdline == *"$DIR/"* ]]
}

alive() { kill -0 "$1" 2>/dev/null; }

ping_socket() {
    [[ -S $1 ]] && [[ $(curl -s --max-time 3 --unix-socket "$1" http://d/_ping 2>/dev/null) == OK ]]
}

registry_up() {
    local addr
    [[ -s $DIR/registry.address ]] || return 1
    addr=$(<"$DIR/registry.address")
    curl -s -o /dev/null --max-time 3 -w '%{http_code}' "http://$addr/v2/" 2>/dev/null | grep -qx 200
}

log_tail() {
    if [[ -f $1 ]]; then
        log "last lines of $1:"
        tail -n 25 "$1" | sed 's/^/    /' >&2
    fi
}

# wait_until DESCRIPTION PID LOG COMMAND...: poll COMMAND until it succeeds; fail with the log
# tail if the daemon dies or WAIT_SECONDS pass.
wait_until() {
    local what=$1 pid=$2 logfile=$3
    shift 3
    local deadline=$((SECONDS + WAIT_SECONDS))
    until "$@"; do
        if ! alive "$pid"; then
            log_tail "$logfile"
            die "$what exited during start-up (see $logfile)"
        fi
        if (( SECONDS >= deadline )); then
            log_tail "$logfile"
            die "$what did not answer within ${WAIT_SECONDS}s (see $logfile)"
        fi
        sleep 0.2
    done
}

# our_processes [PROGRAM...]: every process whose command line names DIR and whose program is
# one of ours (daemons and their helpers: containerd, shims, conmon), or one of PROGRAM.
# Never matched by name alone.
readonly ALL_OURS="dockerd containerd containerd-shim containerd-shim-runc-v2 docker-proxy runc conmon podman docker-registry registry catatonit"
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

# terminate PIDS...: TERM, wait up to STOP_SECONDS, then KILL what is left.
terminate() {
    local pids=("$@") p left deadline=$((SECONDS + STOP_SECONDS))
    (( ${#pids[@]} )) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    while :; do
        left=()
        for p in "${pids[@]}"; do alive "$p" && left+=("$p"); done
        (( ${#left[@]} )) || return 0
        if (( SECONDS >= deadline )); then
            log "killing ${left[*]} (did not exit within ${STOP_SECONDS}s of SIGTERM)"
            kill -KILL "${left[@]}" 2>/dev/null || true
            sleep 0.5
            return 0
        fi
        sleep 0.2
    done
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

# A TCP port on 127.0.0.1 that nothing listens on (connect refused), preferring $1.
free_port() {
    local port=${1:-}
    for _ in $(seq 1 50); do
        if [[ -z $port ]]; then port=$((20000 + RANDOM % 40000)); fi
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
        port=
    done
    return 1
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
}

write_configs() {
    mkdir -p "$DIR/podman/storage" "$DIR/podman/run" "$DIR/podman/tmp" "$DIR/podman/networks" \
        "$DIR/registry" "$DIR/docker-cli"
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

# Registries.conf depends on the registry port: written once the port is known.
write_registries_conf() {
    local addr=$1
    cat >"$DIR/registries.conf" <<EOF
# Private to the Wharf test services: no search registries (no network), our registry is http.
unqualified-search-registries = []
short-name-mode = "permissive"

[[registry]]
location = "$addr"
insecure = true
EOF
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

start_registry() {
    local pid port previous=
    if pid=$(pid_of registry) && registry_up; then
        log "registry already running (pid $pid) on $(<"$DIR/registry.address")"
        write_registries_conf "$(<"$DIR/registry.address")"
        return 0
    fi
    if pid=$(pid_of registry); then terminate "$pid"; fi
    rm -f "$DIR/registry.pid"
    # Keep the old port when we can: podman's registries.conf names it.
    [[ -s $DIR/registry.address ]] && previous=$(cut -d: -f2 <"$DIR/registry.address")
    port=$(free_port "$previous") || die "no free TCP port on 127.0.0.1 for the registry"
    cat >"$DIR/registry.yml" <<EOF
version: 0.1
log:
  level: info
  formatter: text
storage:
  filesystem:
    rootdirectory: $DIR/registry
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: wharf-test-$port
EOF
    log "starting docker-registry on 127.0.0.1:$port"
    # REGISTRY_* variables override its configuration (REGISTRY_AUTH_FILE, set for podman
    # users, would become auth.file): the registry gets none of them.
    local unset_registry_vars=() var
    for var in $(compgen -e); do
        [[ $var == REGISTRY_* ]] && unset_registry_vars+=(-u "$var")
    done
    setsid env "${unset_registry_vars[@]}" "$REGISTRY_BIN" serve "$DIR/registry.yml" </dev/null >>"$DIR/registry.log" 2>&1 9>&- &
    REGISTRY_PID=$!
    echo "$REGISTRY_PID" >"$DIR/registry.pid"
    echo "127.0.0.1:$port" >"$DIR/registry.address"
    write_registries_conf "127.0.0.1:$port"
    # A running podman service keeps the registries.conf it read: restart it for a new port.
    if [[ -n $previous && $previous != "$port" ]] && pid=$(pid_of podman); then
        log "registry port changed ($previous -> $port): restarting the podman service"
        terminate "$pid"
    fi
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
    # Daemons start in parallel; we wait for each below.
    start_docker
    start_registry
    start_podman
    make_rootfs_tars
    if [[ -n $REGISTRY_PID ]]; then
        wait_until "docker-registry" "$REGISTRY_PID" "$DIR/registry.log" registry_up
    fi
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
    log "ready in $((SECONDS - t0))s: docker unix://$DOCKER_SOCK, podman unix://$PODMAN_SOCK, registry $(<"$DIR/registry.address")"
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
    for name in podman registry docker; do
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
    local pid
    for name in docker podman registry; do
        if pid=$(pid_of "$name"); then echo "$name: running (pid $pid)"; else echo "$name: not running"; fi
    done
    ping_socket "$DOCKER_SOCK" && echo "docker.sock: answers" || echo "docker.sock: no answer"
    ping_socket "$PODMAN_SOCK" && echo "podman.sock: answers" || echo "podman.sock: no answer"
    registry_up && echo "registry: answers on $(<"$DIR/registry.address")" || echo "registry: no answer"
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
