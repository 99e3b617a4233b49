#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Retakes the README screenshots: the real `wharf` under Xvfb, against a private Docker daemon
# and Podman service (tests/support/services.sh) holding the test image under a few typical
# analysis-image names. Needs root (the engines), like the test suite.
#
#   sudo bash packaging/take-screenshots.sh [build/dev/app/wharf]
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly SOURCE_DIR
readonly WHARF=${1:-$SOURCE_DIR/build/dev/app/wharf}
readonly OUT=$SOURCE_DIR/packaging/screenshots
readonly DIR=/tmp/wharf-shots-$$
WORK=$(mktemp -d)
readonly WORK

[[ -x $WHARF ]] || { echo "no wharf at $WHARF: run packaging/dev.sh build first" >&2; exit 1; }
cleanup() {
    bash "$SOURCE_DIR/tests/support/services.sh" stop "$DIR" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
bash "$SOURCE_DIR/tests/support/services.sh" start "$DIR" >/dev/null

names=(
    gitlab-registry.cern.ch/cms-cloud/cmssw-docker/cc7-cms:latest
    gitlab-registry.cern.ch/cms-cloud/cmssw-docker/el9-cms:2024-05
    registry.cern.ch/cmsweb/analysis-base:v1.9
    registry.cern.ch/cmsweb/analysis-base:v1.10
    docker.io/library/almalinux:9
)
for engine in docker podman; do
    for name in "${names[@]}"; do
        repo=$(jq -rn --arg v "${name%:*}" '$v|@uri')
        curl -s -o /dev/null --unix-socket "$DIR/$engine.sock" -X POST \
            "http://engine/v1.41/images/localhost%2Ftest%2Fbusybox:1/tag?repo=$repo&tag=${name##*:}"
    done
done

mkdir -p "$WORK/run" && chmod 700 "$WORK/run"
cat >"$WORK/shoot.sh" <<SHOOT
"$WHARF" >/dev/null 2>&1 &
sleep 4
xdotool mousemove 400 180 click 1
sleep 1.5
import -window root "$OUT/images-page.png"
# The Troubleshooting page (last in the sidebar): its checks run when it is first shown.
xdotool mousemove 80 44 click 1
xdotool key End
sleep 6
xdotool mousemove 300 181 click 1
sleep 1
import -window root "$OUT/troubleshooting-page.png"
kill %1
SHOOT
HOME=$WORK/home XDG_RUNTIME_DIR=$WORK/run XDG_CACHE_HOME=$WORK/cache XDG_CONFIG_HOME=$WORK/config \
DOCKER_HOST=unix://$DIR/docker.sock CONTAINER_HOST=unix://$DIR/podman.sock \
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$WORK/shoot.sh"
# The window is 1260x760 at the top-left of the screen: keep just the window.
for page in images-page troubleshooting-page; do
    convert "$OUT/$page.png" -crop 1260x760+0+0 +repage "$OUT/$page.png"
    echo "wrote $OUT/$page.png"
done

# The pages and dialogs the GUI tests build on fixtures (unpacked.cern.ch cannot be mounted
# here): their own screenshot switches, under Xvfb.
TESTS=$(dirname "$WHARF")/../tests/gui
SHOTS=$WORK/shots
mkdir -p "$SHOTS"
WHARF_UNPACKED_SCREENSHOTS=$SHOTS xvfb-run -a -s "-screen 0 1400x900x24" "$TESTS/tst_unpackedpage" screenshots >/dev/null
# Tall enough for the CVMFS page without scrolling.
WHARF_SCREENSHOT_DIR=$SHOTS xvfb-run -a -s "-screen 0 1400x1300x24" "$TESTS/tst_settingsdialog" >/dev/null
cp "$SHOTS/unpacked-page.png" "$OUT/unpacked-page.png"
cp "$SHOTS/settings-page-2.png" "$OUT/settings-dialog.png"
echo "wrote $OUT/unpacked-page.png $OUT/settings-dialog.png"
