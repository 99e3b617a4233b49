#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Benchmark of the unpacked.cern.ch browser: 50,000 tags across 5,000 images in a generated
# tree that follows the real layout. Time to first rows, time to scan it all (as a ratio
# against `find ROOT -maxdepth N -printf '%p %l %T@\n'` on the same tree in the same run),
# the saved scan at the next start, and filter time per keystroke. Targets: first rows within
# 100 ms, the full scan within 1.5x of find, a keystroke within 16 ms. Not part of
# `dev.sh test`. Figures from an unoptimised (Debug) build are marked as such.
#
#   bash tests/bench/bench_unpacked.sh [BUILD_DIR]
#
# BUILD_DIR defaults to build/release, then build/dev. Environment: BENCH_IMAGES (5000),
# BENCH_TAGS (10), BENCH_RUNS (5), BENCH_DIR (a temporary directory), BENCH_THREADS.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${1:-}
if [[ -z $BUILD_DIR ]]; then
    for candidate in "$SOURCE_DIR/build/release" "$SOURCE_DIR/build/dev"; do
        if [[ -f $candidate/CMakeCache.txt ]]; then BUILD_DIR=$candidate; break; fi
    done
fi
[[ -n $BUILD_DIR && -f $BUILD_DIR/CMakeCache.txt ]] ||
    { echo "bench: error: no configured build directory (cmake --preset release)" >&2; exit 1; }
command -v find >/dev/null || { echo "bench: error: find not found" >&2; exit 1; }
nice -n 10 cmake --build "$BUILD_DIR" --target bench_unpacked >&2
exec "$BUILD_DIR/tests/bench/bench_unpacked"
