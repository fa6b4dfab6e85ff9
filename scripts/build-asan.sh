#!/usr/bin/env bash
# Configures and builds build-asan, the one sanitized build that scripts/sanitize.sh (the whole
# ctest suite) and scripts/fuzz.sh (the libFuzzer targets) share, so the host's code is compiled
# once for both: clang, AddressSanitizer + UBSan (CONSENTRY_SANITIZE) and the library instrumented
# for libFuzzer's coverage (CONSENTRY_FUZZ). -O1 with line tables only, as OSS-Fuzz builds: quick
# to compile and run, and every report still names file and line. No benchmarks.
# Usage: scripts/build-asan.sh [cmake --build arguments, e.g. --target fuzzers]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CONSENTRY_ASAN_BUILD:-$root/build-asan}"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"

cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
  -DCONSENTRY_SANITIZE=ON -DCONSENTRY_FUZZ=ON -DCONSENTRY_BENCH=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-$(nproc)}" "$@"
