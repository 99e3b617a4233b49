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
# shellcheck source=cpack-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/cpack-package.sh"

for tool in cpack rpmbuild rpm; do
    command -v "$tool" >/dev/null || skip "$tool not found (Debian: package rpm; Fedora: rpm-build)"
done
cpack_package "$build_dir" "$binary" RPM rpm

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
