#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# One entry point for developers and CI:
#   packaging/dev.sh deps              install every missing package (build + tests)
#   packaging/dev.sh build             deps, then configure (preset `dev`) and build
#   packaging/dev.sh run [ARGS...]     build, then start build/dev/app/wharf ARGS...
#   packaging/dev.sh test [CTEST...]   build, then run the whole suite with ctest
#
# Supported: Debian 12 / Ubuntu 24.04 and derivatives (apt), Fedora (dnf, best effort).
# Idempotent: a second run installs nothing, reconfigures nothing and rebuilds only what changed.
# The tests start their own private Docker daemon, Podman service and registry
# (tests/support/services.sh), which needs root: as a user with sudo, ctest runs through sudo.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly SOURCE_DIR
readonly BUILD_DIR=$SOURCE_DIR/build/dev

# Debian / Ubuntu package names. Build first, then what the test suite runs for real.
readonly DEBIAN_PACKAGES=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libarchive-dev libhttp-parser-dev libgl-dev libvulkan-dev
    libqt6svg6 qt6-qpa-plugins
    # real engines and registry for the integration tests (tests/support/services.sh)
    docker.io podman runc conmon containernetworking-plugins uidmap
    busybox-static docker-registry apache2-utils skopeo
    curl ca-certificates tar util-linux openssl
    # keychain tests: a headless Secret Service
    gnome-keyring dbus-daemon dbus-x11 libsecret-tools golang-docker-credential-helpers
    # token-auth registry and the hanging-filesystem tests (run with /usr/bin/python3)
    python3 python3-jwt python3-cryptography python3-fusepy fuse3
    # GLib's own command-line parser, which Tilix uses (tst_terminalemulator)
    python3-gi
    # screens: GUI tests under a real X server, screenshots, terminal emulators
    xvfb xauth imagemagick fonts-dejavu-core xterm xdotool
    # benchmarks (tests/bench)
    hyperfine time jq
    # packaging checks (tests/packaging): desktop file, AppStream, the .deb and .rpm, the Flatpak manifest
    desktop-file-utils appstream dpkg-dev rpm python3-yaml
)

# Fedora names (best effort: not tried on a Fedora machine).
readonly FEDORA_PACKAGES=(
    cmake ninja-build gcc-c++ pkgconf-pkg-config
    qt6-qtbase-devel qt6-qtbase-gui qt6-qttools-devel qt6-linguist qt6-qtsvg
    qtkeychain-qt6-devel libarchive-devel http-parser-devel mesa-libGL-devel vulkan-headers
    moby-engine podman runc conmon containernetworking-plugins shadow-utils
    busybox docker-distribution httpd-tools skopeo
    curl ca-certificates tar util-linux openssl
    gnome-keyring dbus-x11 libsecret docker-credential-helpers
    python3 python3-pyjwt python3-cryptography python3-fusepy fuse3 python3-gobject
    xorg-x11-server-Xvfb xorg-x11-xauth ImageMagick dejavu-sans-fonts xterm xdotool
    hyperfine time jq
    desktop-file-utils appstream rpm-build python3-pyyaml
)

log() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { printf 'dev.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
    cat >&2 <<EOF
usage: packaging/dev.sh COMMAND [ARGS...]
  deps             install every missing package needed to build and test Wharf
  build            install, configure (CMake preset "dev", $BUILD_DIR) and build
  run [ARGS...]    build, then run build/dev/app/wharf with ARGS
  test [ARGS...]   build, then run the whole test suite (ctest --preset dev; ARGS go to ctest)
EOF
    exit 2
}

# Root runs commands as they are; a user goes through sudo.
as_root() {
    if (( EUID == 0 )); then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "installing packages needs root: run as root, or install sudo and give this user sudo rights"
    fi
}

package_manager() {
    local id='' like=''
    if [[ -r /etc/os-release ]]; then
        # shellcheck disable=SC1091
        id=$(. /etc/os-release && echo "${ID:-}")
        # shellcheck disable=SC1091
        like=$(. /etc/os-release && echo "${ID_LIKE:-}")
    fi
    case " $id $like " in
        *" debian "*|*" ubuntu "*) echo apt ;;
        *" fedora "*) echo dnf ;;
        *)
            die "unsupported distribution '${id:-unknown}'. dev.sh supports Debian 12 and Ubuntu 24.04 (apt) and Fedora (dnf). Elsewhere install the equivalents of: ${DEBIAN_PACKAGES[*]}; then run: cmake --preset dev && cmake --build --preset dev && ctest --preset dev"
            ;;
    esac
}

missing_apt() {
    local installed
    # One dpkg-query for all: the ones it reports as installed ("ii") are not missing.
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${DEBIAN_PACKAGES[@]}" 2>/dev/null |
        awk '$2 == "ii" { print $1 }' || true)
    local p
    for p in "${DEBIAN_PACKAGES[@]}"; do
        grep -qxF "$p" <<<"$installed" || echo "$p"
    done
}

missing_dnf() {
    local p
    for p in "${FEDORA_PACKAGES[@]}"; do
        rpm -q --quiet "$p" 2>/dev/null || rpm -q --quiet --whatprovides "$p" 2>/dev/null || echo "$p"
    done
}

install_deps() {
    local manager missing=()
    manager=$(package_manager)
    case $manager in
        apt)
            command -v dpkg-query >/dev/null || die "dpkg-query not found on an apt system"
            mapfile -t missing < <(missing_apt)
            (( ${#missing[@]} )) || return 0
            log "installing ${#missing[@]} missing package(s): ${missing[*]}"
            as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
            as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 "${missing[@]}"
            ;;
        dnf)
            command -v rpm >/dev/null || die "rpm not found on a dnf system"
            mapfile -t missing < <(missing_dnf)
            (( ${#missing[@]} )) || return 0
            log "installing ${#missing[@]} missing package(s): ${missing[*]}"
            as_root dnf install -y "${missing[@]}"
            ;;
    esac
}

build() {
    install_deps
    cd "$SOURCE_DIR"
    # Configure once; afterwards the build re-runs CMake by itself when a CMakeLists changes.
    if [[ ! -f $BUILD_DIR/build.ninja ]]; then
        cmake --preset dev
    fi
    cmake --build --preset dev
}

run() {
    build
    local binary=$BUILD_DIR/app/wharf
    [[ -x $binary ]] || die "$binary was not built"
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
        if (( $# == 0 )); then
            die "no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open. Run it under a virtual X server: xvfb-run -a packaging/dev.sh run"
        fi
        log "note: no display (DISPLAY and WAYLAND_DISPLAY are unset); commands that open a window need xvfb-run -a"
    fi
    exec "$binary" "$@"
}

run_tests() {
    build
    cd "$SOURCE_DIR"
    local ctest_bin
    ctest_bin=$(command -v ctest) || die "ctest not found"
    local args=(--preset dev --output-on-failure -j2 "$@")
    if (( EUID == 0 )); then
        exec "$ctest_bin" "${args[@]}"
    fi
    # The test services (a Docker daemon above all) need root. ctest runs as root through sudo
    # with this environment; the files it writes in the build tree are given back afterwards.
    command -v sudo >/dev/null ||
        die "the integration tests start a private Docker daemon, which needs root: run as root, or install sudo"
    if ! sudo -n true 2>/dev/null && [[ ! -t 0 ]]; then
        die "the test services (a private Docker daemon) need root, and sudo wants a password but there is no terminal to ask on: run as root, or: sudo -E bash packaging/dev.sh test"
    fi
    log "the test services need root: running ctest through sudo -E"
    local rc=0
    sudo -E "$ctest_bin" "${args[@]}" || rc=$?
    sudo chown -R "$(id -u):$(id -g)" "$BUILD_DIR/Testing" 2>/dev/null || true
    exit "$rc"
}

(( $# >= 1 )) || usage
command=$1
shift
case $command in
    deps) install_deps ;;
    build) build ;;
    run) run "$@" ;;
    test) run_tests "$@" ;;
    -h|--help|help) usage ;;
    *) log "unknown command '$command'"; usage ;;
esac
