#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# packaging.rpm: build the .rpm from this build tree with CPack (rpmbuild: Debian's package
# rpm, Fedora's rpm-build) and check its header and files: name, version, the SVG plugin and
# the libraries it requires, the desktop file, metainfo and icon, and that it owns no
# directory of the system. Installing it needs an RPM-based system; `rpm -qp` reads it anywhere.
#   check-rpm.sh BUILD_DIR WHARF_BINARY   (environment: WHARF_APP_ID, WHARF_VERSION)
set -euo pipefail

build_dir=$1
binary=$2
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skip() {
    [[ ${CI:-} == true ]] && fail "$* (CI=true: a missing tool fails the run)"
    printf 'SKIP: %s\n' "$*" >&2
    exit 77
}

for tool in cpack rpmbuild rpm; do
    command -v "$tool" >/dev/null || skip "$tool not found (Debian: package rpm; Fedora: rpm-build)"
done
[[ -f $build_dir/CPackConfig.cmake ]] || fail "no CPackConfig.cmake in $build_dir"
[[ -x $binary ]] || fail "$binary was not built: build the wharf target first"

work=$(mktemp -d "${TMPDIR:-/tmp}/wharf-rpm-XXXXXX")
# CPack's install step writes install_manifest.txt into the build tree: put back what was there.
manifest=$build_dir/install_manifest.txt
[[ -e $manifest ]] && cp -p "$manifest" "$work/install_manifest.saved"
cleanup() {
    if [[ -e $work/install_manifest.saved ]]; then
        cp -p "$work/install_manifest.saved" "$manifest"
    else
        rm -f "$manifest"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if ! cpack --config "$build_dir/CPackConfig.cmake" -G RPM -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G RPM failed"
fi
shopt -s nullglob
rpms=("$work"/out/*.rpm)
(( ${#rpms[@]} == 1 )) || { cat "$work/cpack.log" >&2; fail "expected one .rpm, found ${#rpms[@]}"; }
package=${rpms[0]}
printf 'built %s (%s bytes)\n' "$(basename "$package")" "$(stat -c %s "$package")"

query() { rpm -qp --nosignature "$@" "$package" 2>/dev/null; }
[[ $(query --qf '%{NAME}') == wharf ]] || fail "Name is '$(query --qf '%{NAME}')', expected wharf"
[[ $(query --qf '%{VERSION}-%{RELEASE}') == "$WHARF_VERSION-1" ]] ||
    fail "Version is '$(query --qf '%{VERSION}-%{RELEASE}')', expected $WHARF_VERSION-1"
[[ $(query --qf '%{LICENSE}') == Apache-2.0 ]] || fail "License is '$(query --qf '%{LICENSE}')'"

requires=$(query -R)
printf 'Requires:\n%s\n' "$requires"
# The SVG plugin, which no linker dependency reveals, and the libraries rpmbuild found.
for wanted in qt6-qtsvg 'libQt6Widgets.so.6()' 'libQt6Network.so.6()' 'libqt6keychain.so' 'libarchive.so' 'libhttp_parser.so'; do
    grep -qF "$wanted" <<<"$requires" || fail "Requires lacks $wanted"
done

files=$(query -l)
for wanted in /usr/bin/wharf "/usr/share/applications/$WHARF_APP_ID.desktop" \
    "/usr/share/metainfo/$WHARF_APP_ID.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$WHARF_APP_ID.svg"; do
    grep -qxF "$wanted" <<<"$files" || fail "the package lacks $wanted"
done
# Directories of the system belong to the filesystem package: owning them conflicts with it.
for owned in /usr /usr/bin /usr/share /usr/share/applications /usr/share/icons /usr/share/metainfo; do
    if grep -qxF "$owned" <<<"$files"; then
        fail "the package owns the system directory $owned"
    fi
done
echo "PASS: $(basename "$package")"
