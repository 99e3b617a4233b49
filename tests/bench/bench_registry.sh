#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark (issue 3): tags and details of 200 repositories on one registry. `wharf registry
# tags` (all repositories in one invocation) and `wharf registry inspect` against `skopeo
# list-tags` / `skopeo inspect` run one after another, and against curl with 8 requests in
# parallel (xargs -P8, the practical limit), on the plain-HTTP registry of
# tests/support/services.sh (many/repo-0000 .. many/repo-1199, tag "1"). One run each, wall
# time, ratios against the curl figure. Target: wharf's tags within 1.5x of parallel curl.
# Not part of `dev.sh test`.
#
#   sudo bash tests/bench/bench_registry.sh [WHARF_BINARY]
#
# Environment:
#   WHARF_BINARY   the wharf to measure (or the first argument; default build/release/app/wharf)
#   BENCH_REPOS    repositories (default 200, at most 1200)
#   BENCH_DIR      where the services live (default /tmp/wharf-bench-reg)
#   BENCH_KEEP=1   leave the services running for the next run (skips the start and seeding);
#                  stop them with: services.sh stop BENCH_DIR
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly SOURCE_DIR
readonly SERVICES=$SOURCE_DIR/tests/support/services.sh
readonly REPOS=${BENCH_REPOS:-200}
readonly DIR=${BENCH_DIR:-/tmp/wharf-bench-reg}
readonly KEEP=${BENCH_KEEP:-0}
readonly PARALLEL=8

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

for tool in curl skopeo xargs; do
    command -v "$tool" >/dev/null || die "$tool not found (Debian packages: curl skopeo findutils)"
done
(( REPOS >= 1 && REPOS <= 1200 )) || die "BENCH_REPOS must be between 1 and 1200"

WHARF=${1:-${WHARF_BINARY:-}}
if [[ -z $WHARF ]]; then
    for candidate in "$SOURCE_DIR/build/release/app/wharf" "$SOURCE_DIR/build/dev/app/wharf"; do
        if [[ -x $candidate ]]; then WHARF=$candidate; break; fi
    done
fi
[[ -n $WHARF && -x $WHARF ]] || log "no wharf binary (give it as the argument): measuring skopeo and curl only"

WORK=$(mktemp -d /tmp/wharf-bench-reg-work.XXXXXX)
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

log "starting private services in $DIR (the first start seeds the registry: minutes)"
bash "$SERVICES" start "$DIR" >"$WORK/services.log" 2>&1 || {
    tail -n 40 "$WORK/services.log" >&2
    die "services.sh start failed"
}
REGISTRY=$(cat "$DIR/registry.address")
readonly REGISTRY
for ((i = 0; i < REPOS; i++)); do printf 'many/repo-%04d\n' "$i"; done >"$WORK/repos"
last=$(tail -n 1 "$WORK/repos")
curl -sf -o /dev/null "http://$REGISTRY/v2/$last/tags/list" || die "$REGISTRY has no $last: seeding incomplete?"

# A private HOME: wharf's settings hold no login for this registry, so it never asks a keychain.
WHARF_HOME=$WORK/home
mkdir -p "$WHARF_HOME/.config" "$WHARF_HOME/.cache"
wharf_run() {
    env -u DBUS_SESSION_BUS_ADDRESS "HOME=$WHARF_HOME" "XDG_CONFIG_HOME=$WHARF_HOME/.config" \
        "XDG_CACHE_HOME=$WHARF_HOME/.cache" "$WHARF" registry "$@"
}

readonly ACCEPT='application/vnd.oci.image.index.v1+json,application/vnd.oci.image.manifest.v1+json,application/vnd.docker.distribution.manifest.list.v2+json,application/vnd.docker.distribution.manifest.v2+json'

# What each contender does for one repository, as a script for xargs.
cat >"$WORK/curl-details.sh" <<EOF
#!/bin/sh
# The manifest of tag 1, then its config blob (what skopeo inspect and wharf inspect read).
set -e
manifest=\$(curl -sf -H 'Accept: $ACCEPT' "http://$REGISTRY/v2/\$1/manifests/1")
digest=\$(printf '%s' "\$manifest" | tr -d ' \\n\\t' | grep -o '"config":{[^}]*}' | grep -o 'sha256:[0-9a-f]*')
curl -sf -o /dev/null "http://$REGISTRY/v2/\$1/blobs/\$digest"
EOF
chmod +x "$WORK/curl-details.sh"

declare -A WALL_MS STATUS
# measure KEY COMMAND...: one run, wall time in ms, output in WORK/out-KEY.
measure() {
    local key=$1 t0 t1 rc=0
    shift
    t0=$(date +%s%N)
    "$@" >"$WORK/out-$key" 2>"$WORK/err-$key" || rc=$?
    t1=$(date +%s%N)
    WALL_MS[$key]=$(( (t1 - t0) / 1000000 ))
    STATUS[$key]=$rc
    if (( rc != 0 )); then
        log "$key failed (exit $rc): $(head -c 300 "$WORK/err-$key" | tr '\n' ' ')"
    fi
    log "$key: ${WALL_MS[$key]} ms"
}

curl_tags() { xargs -P "$PARALLEL" -I{} curl -sf "http://$REGISTRY/v2/{}/tags/list" <"$WORK/repos"; }
curl_details() { xargs -P "$PARALLEL" -n 1 "$WORK/curl-details.sh" <"$WORK/repos"; }
skopeo_tags() {
    local repo
    while read -r repo; do skopeo list-tags --tls-verify=false "docker://$REGISTRY/$repo" || return 1; done <"$WORK/repos"
}
skopeo_details() {
    local repo
    while read -r repo; do skopeo inspect --tls-verify=false "docker://$REGISTRY/$repo:1" || return 1; done <"$WORK/repos"
}
mapfile -t TAG_ARGS < <(sed "s|^|$REGISTRY/|" "$WORK/repos")
mapfile -t INSPECT_ARGS < <(sed "s|^|$REGISTRY/|; s|\$|:1|" "$WORK/repos")
wharf_tags() { wharf_run tags --json "${TAG_ARGS[@]}"; }
wharf_details() { wharf_run inspect --json "${INSPECT_ARGS[@]}"; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# A warm-up of the registry (its storage in the page cache), not measured.
curl_tags >/dev/null
curl_details >/dev/null

measure tags.curl curl_tags
measure details.curl curl_details
measure tags.skopeo skopeo_tags
measure details.skopeo skopeo_details
if [[ -n $WHARF && -x $WHARF ]]; then
    measure tags.wharf wharf_tags
    measure details.wharf wharf_details
fi

# Answers counted, so a fast failure is not taken for a fast success.
count() {
    case $1 in
        tags.curl) grep -o '"name"' "$WORK/out-$1" | wc -l ;;
        details.curl) echo "${STATUS[$1]}" | awk -v n="$REPOS" '{ print ($1 == 0 ? n : "?") }' ;;
        tags.skopeo) grep -o '"Repository"' "$WORK/out-$1" | wc -l ;;
        details.skopeo) grep -o '"Digest"' "$WORK/out-$1" | wc -l ;;
        tags.wharf) grep -o '"tags"' "$WORK/out-$1" | wc -l ;;
        details.wharf) grep -o '"compressedSize"' "$WORK/out-$1" | wc -l ;;
    esac
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2fx", a / b }'; }
row() {
    local key=$1 label=$2
    [[ -n ${WALL_MS[$key]:-} ]] || return 0
    printf '%-8s %-48s %9s %9s %8s\n' "${key%%.*}" "$label" "${WALL_MS[$key]}" \
        "$(ratio "${WALL_MS[$key]}" "${WALL_MS[${key%%.*}.curl]}")" "$(count "$key")"
}

echo
# shellcheck disable=SC1091
echo "Tags and details of $REPOS repositories on $REGISTRY (distribution, plain HTTP, loopback), $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME")"
echo "load average before measuring: $LOAD_BEFORE; one run each; ratios against curl with $PARALLEL parallel requests"
echo
printf '%-8s %-48s %9s %9s %8s\n' what command "wall ms" "x curl" answers
row tags.curl "curl /tags/list, xargs -P$PARALLEL"
row tags.skopeo "skopeo list-tags, one after another"
row tags.wharf "wharf registry tags (one invocation, 8 at a time)"
row details.curl "curl manifest + config, xargs -P$PARALLEL"
row details.skopeo "skopeo inspect, one after another"
row details.wharf "wharf registry inspect (one invocation)"
echo
if [[ -n ${WALL_MS[tags.wharf]:-} ]]; then
    verdict=$(awk -v a="${WALL_MS[tags.wharf]}" -v b="${WALL_MS[tags.curl]}" 'BEGIN { print (a <= 1.5 * b ? "met" : "NOT met") }')
    echo "target (wharf tags within 1.5x of parallel curl): $verdict ($(ratio "${WALL_MS[tags.wharf]}" "${WALL_MS[tags.curl]}"));" \
        "wharf vs sequential skopeo: $(ratio "${WALL_MS[tags.wharf]}" "${WALL_MS[tags.skopeo]}") (tags)," \
        "$(ratio "${WALL_MS[details.wharf]}" "${WALL_MS[details.skopeo]}") (details)"
fi
echo "issue 3's anchors on this kind of machine: sequential skopeo 3.8 s, parallel curl 0.33 s (tags)"
