#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# packaging.deb: build the .deb from this build tree with CPack, check its control fields and
# files, install it with `dpkg --root` into an empty root and run `wharf --version` from there.
#   check-deb.sh BUILD_DIR WHARF_BINARY   (environment: WHARF_APP_ID, WHARF_VERSION)
#
# The empty root holds no Qt: dpkg installs with --force-depends (the dependencies are checked
# on the control fields instead), and the binary runs against the host's libraries, the ones
# the Depends line names. The package has no maintainer scripts, so dpkg --root has nothing
# to chroot into the empty root for.
set -euo pipefail

build_dir=$1
binary=$2
# shellcheck source=cpack-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/cpack-package.sh"

if ! dpkg-query -W libc6 >/dev/null 2>&1; then
    # Fedora and others: a .deb means nothing there, CI or not (their package is the .rpm).
    printf 'SKIP: not a Debian-based system (dpkg does not manage libc6 here)\n' >&2
    exit 77
fi
for tool in cpack dpkg dpkg-deb readelf ldd; do
    command -v "$tool" >/dev/null || skip "$tool not found"
done
command -v dpkg-shlibdeps >/dev/null ||
    printf 'note: dpkg-shlibdeps not found (package dpkg-dev): Depends is the written-out list\n'

# 1. The package, with the project's own CPack configuration, into a temporary directory.
cpack_package "$build_dir" "$binary" DEB deb
deb=$package

# 2. Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
dpkg-deb -f "$deb"
[[ $(field Package) == wharf ]] || fail "Package is '$(field Package)', expected wharf"
[[ $(field Version) == "$WHARF_VERSION-1" ]] || fail "Version is '$(field Version)', expected $WHARF_VERSION-1"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "Architecture is '$(field Architecture)'"
[[ -n $(field Section) && -n $(field Maintainer) && -n $(field Description) ]] ||
    fail "Section, Maintainer or Description is empty"

depends=$(field Depends)
recommends=$(field Recommends)
suggests=$(field Suggests)
# The names a relationship field mentions, alternatives included, without versions.
names() { tr ',|' '\n' <<<"$1" | sed -E 's/^ +//; s/[ :(].*//' | sed '/^$/d'; }
# has FIELD "a | b": the field lists exactly this group of alternatives.
has() { tr ',' '\n' <<<"$1" | sed -E 's/^ +//; s/ +$//; s/ \([^)]*\)//g' | grep -qxF "$2"; }

has "$recommends" "podman | docker.io" || fail "Recommends '$recommends' lacks 'podman | docker.io'"
has "$suggests" "xterm | x-terminal-emulator" || fail "Suggests '$suggests' lacks 'xterm | x-terminal-emulator'"
names "$depends" | grep -qx libqt6svg6 || fail "Depends lacks libqt6svg6 (the SVG icon plugins)"
# Every library the binary links directly must come from a package that Depends names.
dpkg-deb -x "$deb" "$work/unpacked"
packaged=$work/unpacked/usr/bin/wharf
[[ -x $packaged ]] || fail "the package has no usr/bin/wharf"
mapfile -t needed < <(readelf -d "$packaged" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
(( ${#needed[@]} )) || fail "readelf found no NEEDED entries in usr/bin/wharf"
ldd_out=$(env -u LD_LIBRARY_PATH ldd "$packaged")
for soname in "${needed[@]}"; do
    path=$(awk -v s="$soname" '$1 == s && $2 == "=>" { print $3 }' <<<"$ldd_out")
    [[ -z $path && $soname == ld-linux* ]] && path=$(awk -v s="$soname" 'index($1, s) { print $1 }' <<<"$ldd_out")
    [[ -n $path ]] || fail "$soname is not found on this machine (ldd)"
    owner=''
    for candidate in "$path" "/usr$path" "${path#/usr}"; do
        owner=$(dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1) && [[ -n $owner ]] && break
    done
    [[ -n $owner ]] || fail "no Debian package owns $path ($soname)"
    names "$depends" | grep -qxF "$owner" || fail "$soname comes from $owner, which Depends does not name: $depends"
done
printf 'Depends covers the %d libraries the binary links\n' "${#needed[@]}"

# 3. Files: the binary, the desktop integration under the application id, no build paths.
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for f in ./usr/bin/wharf \
         "./usr/share/applications/$WHARF_APP_ID.desktop" \
         "./usr/share/metainfo/$WHARF_APP_ID.metainfo.xml" \
         "./usr/share/icons/hicolor/scalable/apps/$WHARF_APP_ID.svg" \
         ./usr/share/doc/wharf/copyright; do
    grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
if grep -vE '^\./(usr/((bin|share)(/.*)?)?)?$' <<<"$contents"; then
    fail "the package installs outside /usr/bin and /usr/share (listed above)"
fi
if readelf -d "$packaged" | grep -E 'R(UN)?PATH'; then
    fail "usr/bin/wharf keeps an RPATH/RUNPATH (a build-tree path would leak into the package)"
fi

# 4. Install into an empty root and run it.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
force=depends
(( EUID == 0 )) || force+=,not-root
if ! dpkg --root="$root" --log="$work/dpkg.log" --force-"$force" -i "$deb" >"$work/dpkg.out" 2>&1; then
    cat "$work/dpkg.out" >&2
    fail "dpkg --root -i failed"
fi
status=$(dpkg --root="$root" -s wharf | sed -n 's/^Status: //p')
[[ $status == "install ok installed" ]] || { cat "$work/dpkg.out" >&2; fail "dpkg status is '$status'"; }
version_line=$(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_DATA_HOME="$work/home/.local/share" \
    timeout 30 "$root/usr/bin/wharf" --version) || fail "$root/usr/bin/wharf --version failed"
printf '%s\n' "$version_line"
[[ $version_line == "wharf $WHARF_VERSION "* ]] || fail "wharf --version printed '$version_line'"
for f in "usr/share/applications/$WHARF_APP_ID.desktop" "usr/share/metainfo/$WHARF_APP_ID.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$WHARF_APP_ID.svg"; do
    [[ -s $root/$f ]] || fail "dpkg did not install /$f"
done
# The installed tree as a software centre reads it: metainfo, desktop file and icon together.
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree on the installed root failed"
fi
dpkg --root="$root" --log="$work/dpkg.log" --force-"$force" -r wharf >"$work/dpkg.out" 2>&1 ||
    { cat "$work/dpkg.out" >&2; fail "dpkg --root -r failed"; }
[[ ! -e $root/usr/bin/wharf ]] || fail "dpkg -r left usr/bin/wharf behind"
echo "PASS: $(basename "$deb") installs into an empty root, runs, and removes cleanly"
