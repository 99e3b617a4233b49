#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark: listing 1,000 images per engine. `wharf images --json` against the docker CLI
# (`docker images`) and against curl on the same socket (the raw Engine API), on a private
# Docker daemon and a private Podman service started with tests/support/services.sh.
# Wall time (median of N runs; hyperfine when installed) and peak RSS (/usr/bin/time -f %M),
# measured in one run so the ratios are comparable. Not part of `dev.sh test`.
#
#   sudo bash tests/bench/bench_images.sh
#
# Environment:
#   WHARF_BINARY        the wharf to measure (default build/release/app/wharf, then build/dev/app/wharf)
#   BENCH_IMAGES        images per engine (default 1000)
#   BENCH_MODE          distinct (default): every image has its own layer and ID, as in real
#                       life; loads in a few minutes. tags: BENCH_IMAGES tags of one image, in
#                       seconds, but engines then list one entry, so the engines' own per-image
#                       work (Podman's sizes) is not measured.
#   BENCH_RUNS          timed runs per command on Docker (default 10)
#   BENCH_PODMAN_RUNS   timed runs per command on Podman, which takes seconds per listing (default 5)
#   BENCH_DIR           where the services live (default /tmp/wharf-bench)
#   BENCH_KEEP=1        leave the services and their images in BENCH_DIR for the next run, which
#                       then skips the loading (stop them with services.sh stop BENCH_DIR)
#   DOCKER_CLI          the docker CLI to compare with (default /usr/bin/docker, Debian's docker.io)
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly SOURCE_DIR
readonly SERVICES=$SOURCE_DIR/tests/support/services.sh
readonly IMAGES=${BENCH_IMAGES:-1000}
readonly MODE=${BENCH_MODE:-distinct}
readonly RUNS=${BENCH_RUNS:-10}
readonly PODMAN_RUNS=${BENCH_PODMAN_RUNS:-5}
readonly DIR=${BENCH_DIR:-/tmp/wharf-bench}
readonly KEEP=${BENCH_KEEP:-0}
readonly DOCKER_CLI=${DOCKER_CLI:-/usr/bin/docker}
readonly TIME_BIN=/usr/bin/time

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

for tool in curl jq tar sha256sum "$DOCKER_CLI" podman; do
    command -v "$tool" >/dev/null || die "$tool not found (packaging/dev.sh deps installs everything)"
done
[[ -x $TIME_BIN ]] || log "note: $TIME_BIN not found (Debian package 'time'): no peak memory figures"
HAVE_HYPERFINE=0
command -v hyperfine >/dev/null && HAVE_HYPERFINE=1
(( HAVE_HYPERFINE )) || log "note: hyperfine not found (Debian package 'hyperfine'): timing with a plain loop"

WORK=$(mktemp -d /tmp/wharf-bench-work.XXXXXX)
readonly WORK
cleanup() {
    local rc=$?
    if [[ $KEEP == 1 ]]; then
        log "services left running in $DIR (BENCH_KEEP=1); stop them with: bash $SERVICES stop $DIR"
    else
        bash "$SERVICES" stop "$DIR" >/dev/null 2>&1 || log "warning: could not stop the services in $DIR"
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# (a) services

log "starting private services in $DIR"
bash "$SERVICES" start "$DIR" >"$WORK/services.log" 2>&1 || {
    cat "$WORK/services.log" >&2
    die "services.sh start failed"
}

# ---------------------------------------------------------------------------------------------
# (b) 1,000 distinct images per engine, in one docker-archive loaded through each engine's API.
# Every image has the shared busybox layer plus a small layer of its own, so each is a distinct
# image with its own ID (as in real life), not 1,000 tags of one image, which engines list as
# one entry.

make_archive() {
    local count=$1 out=$2 root=$WORK/archive i n layer diff cfg config_hash first=1
    rm -rf "$root"
    mkdir -p "$root/base" "$root/own"
    cp "$DIR/images/busybox.tar" "$root/base/layer.tar"
    local base_diff
    base_diff=$(sha256sum "$root/base/layer.tar" | cut -d' ' -f1)
    {
        printf '['
        for ((i = 1; i <= count; i++)); do
            n=$(printf '%04d' "$i")
            layer=$root/own/$n
            mkdir -p "$layer/content/etc"
            echo "wharf bench image $n" >"$layer/content/etc/wharf-bench"
            tar -C "$layer/content" -cf "$layer/layer.tar" etc
            rm -rf "$layer/content"
            diff=$(sha256sum "$layer/layer.tar" | cut -d' ' -f1)
            cfg="{\"architecture\":\"amd64\",\"os\":\"linux\",\"created\":\"2024-01-01T00:00:00Z\",\"config\":{\"Cmd\":[\"/bin/sh\"],\"Labels\":{\"wharf.bench\":\"$n\"}},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:$base_diff\",\"sha256:$diff\"]},\"history\":[{\"created\":\"2024-01-01T00:00:00Z\",\"created_by\":\"busybox\"},{\"created\":\"2024-01-01T00:00:00Z\",\"created_by\":\"wharf bench $n\"}]}"
            config_hash=$(printf '%s' "$cfg" | sha256sum | cut -d' ' -f1)
            printf '%s' "$cfg" >"$root/$config_hash.json"
            (( first )) || printf ','
            first=0
            printf '{"Config":"%s.json","RepoTags":["localhost/bench/img%s:latest"],"Layers":["base/layer.tar","own/%s/layer.tar"]}' \
                "$config_hash" "$n" "$n"
        done
        printf ']'
    } >"$root/manifest.json"
    tar -C "$root" -cf "$out" .
    rm -rf "$root"
}

# Image names (tags) an engine lists.
count_tags() {
    curl -s --max-time 600 --unix-socket "$1" http://d/v1.41/images/json | jq '[.[].RepoTags // [] | .[]] | length'
}

bench_tags() {
    curl -s --max-time 600 --unix-socket "$1" http://d/v1.41/images/json |
        jq '[.[].RepoTags // [] | .[] | select(startswith("localhost/bench/"))] | length'
}

populate() {
    local name=$1 socket=$DIR/$1.sock t0=$SECONDS before after i
    if (( $(bench_tags "$socket") >= IMAGES )); then
        log "$name: the $IMAGES bench images are already there (BENCH_KEEP)"
        return 0
    fi
    before=$(count_tags "$socket")
    if [[ $MODE == tags ]]; then
        for ((i = 1; i <= IMAGES; i++)); do
            curl -sf -o /dev/null --max-time 60 --unix-socket "$socket" -X POST \
                "http://d/v1.41/images/localhost/test/busybox:1/tag?repo=localhost/bench/img$(printf '%04d' "$i")&tag=latest" ||
                die "tagging image $i in $name failed"
        done
    else
        curl -sf --max-time 3600 --unix-socket "$socket" -X POST -H 'Content-Type: application/x-tar' \
            --data-binary "@$WORK/images.tar" "http://d/v1.41/images/load?quiet=1" >"$WORK/load-$name.log" ||
            die "loading the images into $name failed (see $WORK/load-$name.log)"
    fi
    after=$(count_tags "$socket")
    log "$name: $before -> $after image names ($((SECONDS - t0))s)"
    (( after - before >= IMAGES )) || die "$name lists $after image names after loading, expected at least $((before + IMAGES))"
}

case $MODE in
    distinct)
        if (( $(bench_tags "$DIR/docker.sock") < IMAGES || $(bench_tags "$DIR/podman.sock") < IMAGES )); then
            log "building an archive of $IMAGES distinct images (loading takes minutes: Podman stores them one by one)"
            make_archive "$IMAGES" "$WORK/images.tar"
        fi
        ;;
    tags) log "tagging one image $IMAGES times in each engine" ;;
    *) die "BENCH_MODE must be distinct or tags, not '$MODE'" ;;
esac
# Both engines at once: they are separate daemons.
populate docker &
docker_loader=$!
populate podman &
podman_loader=$!
wait "$docker_loader" || die "could not load the images into Docker"
wait "$podman_loader" || die "could not load the images into Podman"

# ---------------------------------------------------------------------------------------------
# (c) measurements

WHARF=${WHARF_BINARY:-}
if [[ -z $WHARF ]]; then
    for candidate in "$SOURCE_DIR/build/release/app/wharf" "$SOURCE_DIR/build/dev/app/wharf"; do
        if [[ -x $candidate ]]; then WHARF=$candidate; break; fi
    done
fi
WHARF_HOME=$WORK/home
mkdir -p "$WHARF_HOME/.config" "$WHARF_HOME/.cache" "$WORK/runtime"
chmod 0700 "$WORK/runtime"

# wharf sees only the engines we name: a private HOME and runtime directory, no context.
wharf_command() {
    local -a env_args=(env -u DOCKER_HOST -u CONTAINER_HOST -u DOCKER_CONTEXT -u DOCKER_CONFIG
        "HOME=$WHARF_HOME" "XDG_CONFIG_HOME=$WHARF_HOME/.config" "XDG_CACHE_HOME=$WHARF_HOME/.cache"
        "XDG_RUNTIME_DIR=$WORK/runtime" QT_QPA_PLATFORM=offscreen)
    case $1 in
        docker) env_args+=("DOCKER_HOST=unix://$DIR/docker.sock") ;;
        podman) env_args+=("CONTAINER_HOST=unix://$DIR/podman.sock") ;;
        both) env_args+=("DOCKER_HOST=unix://$DIR/docker.sock" "CONTAINER_HOST=unix://$DIR/podman.sock") ;;
    esac
    printf '%s\n' "${env_args[@]}" "$WHARF" images --json
}

WHARF_OK=0
if [[ -z $WHARF ]]; then
    log "no wharf binary (set WHARF_BINARY, or build: packaging/dev.sh build): measuring docker and curl only"
else
    mapfile -t probe < <(wharf_command docker)
    if "${probe[@]}" >"$WORK/wharf-probe.json" 2>"$WORK/wharf-probe.err" &&
        jq -e 'type == "array" or type == "object"' "$WORK/wharf-probe.json" >/dev/null 2>&1; then
        WHARF_OK=1
    else
        log "\`$WHARF images --json\` does not work yet (exit status or output not JSON): measuring docker and curl only."
        log "its error output: $(head -c 400 "$WORK/wharf-probe.err" | tr '\n' ' ')"
    fi
fi

quote() {
    local out='' word
    for word in "$@"; do out+="'${word//\'/\'\\\'\'}' "; done
    printf '%s' "${out% }"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure KEY RUNS COMMAND...: sets WALL_MS[KEY], RSS_KB[KEY], ROWS[KEY].
declare -A WALL_MS RSS_KB
measure() {
    local key=$1 runs=$2
    shift 2
    local i t0 t1 walls=() rss=()
    # Warm-up run, which must succeed.
    if ! "$@" >"$WORK/out-$key" 2>"$WORK/err-$key"; then
        log "$key failed: $(head -c 300 "$WORK/err-$key" | tr '\n' ' ')"
        WALL_MS[$key]=nan
        RSS_KB[$key]=nan
        return 0
    fi
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        if [[ -x $TIME_BIN ]]; then
            "$TIME_BIN" -f %M -o "$WORK/rss-$key" "$@" >/dev/null 2>&1 || true
            rss+=("$(tail -n 1 "$WORK/rss-$key")")
        else
            "$@" >/dev/null 2>&1 || true
        fi
        t1=$(date +%s%N)
        walls+=("$(((t1 - t0) / 1000))")
    done
    WALL_MS[$key]=$(printf '%s\n' "${walls[@]}" | median | awk '{ printf "%.1f", $1 / 1000 }')
    if (( ${#rss[@]} )); then
        RSS_KB[$key]=$(printf '%s\n' "${rss[@]}" | median)
    else
        RSS_KB[$key]=nan
    fi
    if (( HAVE_HYPERFINE )); then
        hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$WORK/hf-$key.json" \
            -- "$(quote "$@")" >/dev/null 2>&1 &&
            WALL_MS[$key]=$(jq -r '.results[0].median * 1000 | . * 10 | round / 10' "$WORK/hf-$key.json")
    fi
    log "$key: ${WALL_MS[$key]} ms, ${RSS_KB[$key]} KiB"
}

rows_json() { jq 'if type == "array" then length else ((.images // .Images // []) | length) end' "$1" 2>/dev/null || echo '?'; }
rows_table() { echo $(($(wc -l <"$1") - 1)); }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v l="${LOAD_BEFORE%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
    log "warning: load average $LOAD_BEFORE on $(nproc) cores: other work is running, the figures will be noisy"
fi
declare -A ROWS
for engine in docker podman; do
    runs=$RUNS
    [[ $engine == podman ]] && runs=$PODMAN_RUNS
    socket=$DIR/$engine.sock
    log "measuring on $engine ($runs runs each)"
    measure "$engine.docker" "$runs" env "DOCKER_CONFIG=$DIR/docker-cli" "$DOCKER_CLI" -H "unix://$socket" images
    ROWS[$engine.docker]=$(rows_table "$WORK/out-$engine.docker")
    measure "$engine.curl" "$runs" curl -s --unix-socket "$socket" http://d/v1.41/images/json
    ROWS[$engine.curl]=$(rows_json "$WORK/out-$engine.curl")
    if [[ $engine == podman ]]; then
        measure podman.podman "$runs" podman --remote --url "unix://$socket" images
        ROWS[podman.podman]=$(rows_table "$WORK/out-podman.podman")
    fi
    if (( WHARF_OK )); then
        mapfile -t cmd < <(wharf_command "$engine")
        measure "$engine.wharf" "$runs" "${cmd[@]}"
        ROWS[$engine.wharf]=$(rows_json "$WORK/out-$engine.wharf")
    fi
done
if (( WHARF_OK )); then
    mapfile -t cmd < <(wharf_command both)
    measure both.wharf "$PODMAN_RUNS" "${cmd[@]}"
    ROWS[both.wharf]=$(rows_json "$WORK/out-both.wharf")
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "nan" || b == "nan" || b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { if (k == "nan" || k == "") print "-"; else printf "%.1f", k / 1024 }'; }

print_row() {
    local key=$1 label=$2 base=$3
    printf '%-8s %-34s %10s %8s %10s %8s %6s\n' "${key%%.*}" "$label" "${WALL_MS[$key]:-"-"}" \
        "$(ratio "${WALL_MS[$key]:-nan}" "${WALL_MS[$base]:-nan}")" "$(mib "${RSS_KB[$key]:-nan}")" \
        "$(ratio "${RSS_KB[$key]:-nan}" "${RSS_KB[$base]:-nan}")" "${ROWS[$key]:-"-"}"
}

echo
# shellcheck disable=SC1091
echo "Listing $IMAGES images ($MODE) per engine on $(uname -n): $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME")"
echo "load average before measuring: $LOAD_BEFORE (figures from a busy machine are not comparable)"
echo "wall: median of $RUNS runs (Docker) / $PODMAN_RUNS runs (Podman)$( ((HAVE_HYPERFINE)) && echo ', hyperfine')"
echo "ratios are against the docker CLI on the same socket; rows = entries listed"
echo
printf '%-8s %-34s %10s %8s %10s %8s %6s\n' engine command "wall ms" "x docker" "peak MiB" "x docker" rows
print_row docker.docker "docker images" docker.docker
print_row docker.curl "curl /images/json (raw API)" docker.docker
(( WHARF_OK )) && print_row docker.wharf "wharf images --json" docker.docker
print_row podman.docker "docker -H podman.sock images" podman.docker
print_row podman.podman "podman --remote images" podman.docker
print_row podman.curl "curl /images/json (raw API)" podman.docker
(( WHARF_OK )) && print_row podman.wharf "wharf images --json" podman.docker
if (( WHARF_OK )); then
    WALL_MS[both.docker]=$(awk -v a="${WALL_MS[docker.docker]}" -v b="${WALL_MS[podman.docker]}" 'BEGIN { if (a == "nan" || b == "nan") print "nan"; else printf "%.1f", a + b }')
    print_row both.wharf "wharf images --json (both engines)" both.docker
    echo "(both engines: against the two docker CLI runs one after the other)"
fi
echo
for engine in docker podman; do
    printf '%s: curl/docker = %s' "$engine" "$(ratio "${WALL_MS[$engine.curl]}" "${WALL_MS[$engine.docker]}")"
    if (( WHARF_OK )); then
        printf ', wharf/docker = %s (memory %s)' "$(ratio "${WALL_MS[$engine.wharf]}" "${WALL_MS[$engine.docker]}")" \
            "$(ratio "${RSS_KB[$engine.wharf]}" "${RSS_KB[$engine.docker]}")"
    else
        printf ', wharf/docker = n/a (wharf images --json not available)'
    fi
    echo
done

echo
echo "GUI (first painted rows, memory with 10,000 rows): tests/bench/bench_gui.sh"
