#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# A stand-in for Flatpak's flatpak-spawn, which cannot run here (it needs the Flatpak session
# helper on D-Bus, outside any sandbox). It accepts what Wharf gives the real one, reads the
# options the way flatpak-spawn does (every leading word that starts with "-", up to the
# program), then runs the program here, which plays the host. Every call is appended to
# $WHARF_FLATPAK_SPAWN_LOG, one argument per line and a line "--end--" after the call.
set -eu
if [ -n "${WHARF_FLATPAK_SPAWN_LOG:-}" ]; then
    for word in "$@"; do printf '%s\n' "$word"; done >> "$WHARF_FLATPAK_SPAWN_LOG"
    printf '%s\n' '--end--' >> "$WHARF_FLATPAK_SPAWN_LOG"
fi
host=no
while [ $# -gt 0 ]; do
    case "$1" in
        --host) host=yes ;;
        --watch-bus) ;;
        --env=*=*)
            assignment=${1#--env=}
            export "${assignment%%=*}=${assignment#*=}" ;;
        --directory=*) cd "${1#--directory=}" ;;
        -*) echo "flatpak-spawn stand-in: option $1 is not one Wharf uses" >&2; exit 1 ;;
        *) break ;;
    esac
    shift
done
if [ "$host" != yes ]; then
    echo "flatpak-spawn stand-in: Wharf must pass --host" >&2
    exit 1
fi
[ $# -gt 0 ] || { echo "flatpak-spawn stand-in: no command" >&2; exit 1; }
exec "$@"
