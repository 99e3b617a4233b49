#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark of the window: time from start to the first painted rows with a warm cache, and
# resident memory once every engine has been listed, with BENCH_ROWS rows in all (default
# 10,000: BENCH_PODMAN_ROWS (default 1,000) in Podman, the rest in Docker; Podman tags about
# one image a second through its API, Docker hundreds). Runs the real `wharf` under Xvfb against a private
# Docker daemon and Podman service (tests/support/services.sh). Not part of `dev.sh test`.
#
#   sudo bash tests/bench/bench_gui.sh
#
# Targets (issue "Foundation"): first rows within 200 ms of start from the cache, even while
# Podman takes seconds to answer; under 70 MB resident with 10,000 images listed.
#
# Environment: WHARF_BINARY, BENCH_ROWS, BENCH_PODMAN_ROWS, BENCH_RUNS (default 5), BENCH_DIR (default
# /tmp/wharf-bench; services already running there, e.g. left by bench_images.sh with
# BENCH_KEEP=1, are reused and their images counted), BENCH_KEEP=1 to leave them running.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly SOURCE_DIR
readonly SERVICES=$SOURCE_DIR/tests/support/services.sh
readonly ROWS=${BENCH_ROWS:-10000}
readonly PODMAN_ROWS=${BENCH_PODMAN_ROWS:-1000}
readonly RUNS=${BENCH_RUNS:-5}
readonly DIR=${BENCH_DIR:-/tmp/wharf-bench}
readonly KEEP=${BENCH_KEEP:-0}

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

WHARF=${WHARF_BINARY:-}
for candidate in "$SOURCE_DIR/build/release/app/wharf" "$SOURCE_DIR/build/dev/app/wharf"; do
    [[ -n $WHARF ]] && break
    [[ -x $candidate ]] && WHARF=$candidate
done
[[ -x $WHARF ]] || die "no wharf binary: build it (cmake --preset release && cmake --build --preset release)"
for tool in curl jq xvfb-run dbus-run-session; do
    command -v "$tool" >/dev/null || die "$tool not found (packaging/dev.sh deps installs everything)"
done

WORK=$(mktemp -d /tmp/wharf-bench-gui.XXXXXX)
readonly WORK
cleanup() {
    local rc=$?
    [[ $KEEP == 1 ]] || bash "$SERVICES" stop "$DIR" >/dev/null 2>&1 || true
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT

bash "$SERVICES" start "$DIR" >/dev/null

# Rows an engine lists: one per tag, one per untagged image.
rows_of() {
    curl -s --unix-socket "$1" http://engine/v1.41/images/json |
        jq '[.[] | ((.RepoTags // []) | map(select(. != "<none>:<none>")) | length) as $n | if $n == 0 then 1 else $n end] | add // 0'
}

# Tops an engine up to `want` rows with tags of the seeded busybox image, 8 at a time.
top_up() {
    local socket=$1 want=$2 have
    have=$(rows_of "$socket")
    if (( have >= want )); then
        log "$(basename "$socket"): $have rows already"
        return
    fi
    log "$(basename "$socket"): tagging $((want - have)) more (has $have)"
    seq "$have" "$((want - 1))" | xargs -P 8 -I{} curl -s -o /dev/null --unix-socket "$socket" -X POST \
        "http://engine/v1.41/images/localhost%2Ftest%2Fbusybox:1/tag?repo=localhost%2Fbench%2Fgui&tag=t{}"
}
top_up "$DIR/docker.sock" $((ROWS - PODMAN_ROWS))
top_up "$DIR/podman.sock" "$PODMAN_ROWS"
total=$(( $(rows_of "$DIR/docker.sock") + $(rows_of "$DIR/podman.sock") ))
log "rows in all: $total"

run_window() {
    # One start of the window in a fresh X server with a D-Bus session bus, as on a desktop
    # (without one, Qt's first D-Bus call autolaunches a bus, which costs 3 s here); prints the
    # probe's lines with the start time.
    HOME=$WORK/home XDG_RUNTIME_DIR=$WORK/run XDG_CACHE_HOME=$WORK/cache XDG_CONFIG_HOME=$WORK/config \
    DOCKER_HOST=unix://$DIR/docker.sock CONTAINER_HOST=unix://$DIR/podman.sock \
    WHARF_BENCH=1 WHARF_BENCH_QUIT=1 QT_LOGGING_RULES='wharf.*=false' \
        xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
            start=$(date +%s%3N)
            timeout 120 "$0" 2>/dev/null | sed "s/^/start-epoch-ms=$start /"' "$WHARF" 2>/dev/null # (dbus-daemon complains about fd limits)
}
mkdir -p "$WORK/run" && chmod 700 "$WORK/run"

log "warming the cache (first start lists every engine)"
run_window >/dev/null

printf '\n%-8s %-22s %-12s %-14s %-14s\n' run first-paint-ms rows rss-MB peak-rss-MB
paints=()
for i in $(seq 1 "$RUNS"); do
    out=$(run_window)
    start=$(grep -o 'start-epoch-ms=[0-9]*' <<<"$out" | head -1 | cut -d= -f2)
    paint=$(grep -o 'first-paint-epoch-ms=[0-9]*' <<<"$out" | head -1 | cut -d= -f2)
    listed=$(grep 'listed rows=' <<<"$out" | head -1)
    rows=$(grep -o 'rows=[0-9]*' <<<"$listed" | cut -d= -f2)
    rss=$(grep -o ' rss-kb=[0-9]*' <<<"$listed" | cut -d= -f2)
    peak=$(grep -o 'peak-rss-kb=[0-9]*' <<<"$listed" | cut -d= -f2)
    [[ -n $paint && -n $start ]] || die "run $i: no first-paint line; output: $out"
    paints+=($((paint - start)))
    printf '%-8s %-22s %-12s %-14s %-14s\n' "$i" "$((paint - start))" "${rows:-?}" \
        "$(awk -v k="${rss:-0}" 'BEGIN{printf "%.1f", k/1024}')" "$(awk -v k="${peak:-0}" 'BEGIN{printf "%.1f", k/1024}')"
done
median=$(printf '%s\n' "${paints[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
printf '\nfirst painted rows, median of %d: %d ms (target 200 ms: ratio %.2f)\n' "$RUNS" "$median" \
    "$(awk -v m="$median" 'BEGIN{print m/200}')"
printf 'resident memory with %d rows: see rss-MB above (target 70 MB)\n' "$total"
