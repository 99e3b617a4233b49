# SPDX-License-Identifier: Apache-2.0
# Sourced by check-deb.sh and check-rpm.sh: the helpers they share, and one package built
# from a build tree with the project's own CPack configuration.
#   cpack_package BUILD_DIR WHARF_BINARY GENERATOR EXTENSION
# sets $work (a temporary directory, removed at exit) and $package (the one file built).

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skip() {
    [[ ${CI:-} == true ]] && fail "$* (CI=true: a missing tool fails the run)"
    printf 'SKIP: %s\n' "$*" >&2
    exit 77
}

cpack_package() {
    local build_dir=$1 binary=$2 generator=$3 extension=$4
    [[ -f $build_dir/CPackConfig.cmake ]] || fail "no CPackConfig.cmake in $build_dir"
    [[ -x $binary ]] || fail "$binary was not built: build the wharf target first"
    work=$(mktemp -d "${TMPDIR:-/tmp}/wharf-$extension-XXXXXX")
    # CPack's install step writes install_manifest.txt into the build tree. Put back what was
    # there, so that a run under sudo leaves no root-owned file for a later `cmake --install`.
    _cpack_manifest=$build_dir/install_manifest.txt
    [[ -e $_cpack_manifest ]] && cp -p "$_cpack_manifest" "$work/install_manifest.saved"
    trap _cpack_cleanup EXIT
    # -B keeps CPack's staging tree out of the build tree.
    if ! cpack --config "$build_dir/CPackConfig.cmake" -G "$generator" -B "$work/out" >"$work/cpack.log" 2>&1; then
        cat "$work/cpack.log" >&2
        fail "cpack -G $generator failed"
    fi
    shopt -s nullglob
    local built=("$work"/out/*."$extension")
    (( ${#built[@]} == 1 )) || { cat "$work/cpack.log" >&2; fail "expected one .$extension, found ${#built[@]}"; }
    package=${built[0]}
    printf 'built %s (%s bytes)\n' "$(basename "$package")" "$(stat -c %s "$package")"
}

_cpack_cleanup() {
    if [[ -e $work/install_manifest.saved ]]; then
        cp -p "$work/install_manifest.saved" "$_cpack_manifest"
    else
        rm -f "$_cpack_manifest"
    fi
    rm -rf "$work"
}
