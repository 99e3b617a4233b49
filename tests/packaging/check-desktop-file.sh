#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# packaging.desktop-file: the desktop entry passes desktop-file-validate (hints allowed, errors
# and warnings not), and names Wharf's icon and command.
#   check-desktop-file.sh FILE     (environment: WHARF_APP_ID, WHARF_SOURCE_DIR)
set -euo pipefail

file=$1
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skip() {
    [[ ${CI:-} == true ]] && fail "$* (CI=true: a missing tool fails the run)"
    printf 'SKIP: %s\n' "$*" >&2
    exit 77
}

command -v desktop-file-validate >/dev/null ||
    skip "desktop-file-validate not found (package desktop-file-utils)"
[[ -f $file ]] || fail "no desktop file at $file"
[[ $(basename "$file") == "$WHARF_APP_ID.desktop" ]] ||
    fail "the desktop file must be named after the application id: $WHARF_APP_ID.desktop"

# desktop-file-validate exits 0 with hints only; print what it says either way.
output=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate: $output"
[[ -z $output ]] || printf '%s\n' "$output"
if grep -qE ': (error|warning): ' <<<"$output"; then
    fail "desktop-file-validate reported errors or warnings"
fi

value() { sed -n "s/^$1=//p" "$file" | head -n 1; }
[[ $(value Type) == Application ]] || fail "Type is not Application"
[[ $(value Icon) == "$WHARF_APP_ID" ]] ||
    fail "Icon=$(value Icon), expected $WHARF_APP_ID (the installed hicolor icon's name)"
[[ -f $WHARF_SOURCE_DIR/resources/icons/$WHARF_APP_ID.svg ]] ||
    fail "no icon resources/icons/$WHARF_APP_ID.svg for Icon=$WHARF_APP_ID"
# Software centres' tools (appstreamcli compose, via GdkPixbuf) recognise an SVG by "<svg" in
# its first 256 bytes: a long comment before it leaves the app without an icon there.
head -c 256 "$WHARF_SOURCE_DIR/resources/icons/$WHARF_APP_ID.svg" | grep -q '<svg' ||
    fail "resources/icons/$WHARF_APP_ID.svg: the <svg> element does not start within the first 256 bytes"
[[ $(value Exec) =~ ^wharf($|\ ) ]] || fail "Exec=$(value Exec) does not start the wharf binary"
[[ $(value TryExec) == wharf ]] || fail "TryExec=$(value TryExec), expected wharf"
[[ $(value Terminal) == false ]] || fail "Terminal is not false"
echo "PASS: $file"
