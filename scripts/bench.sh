#!/usr/bin/env bash
# The one benchmark command (results in BENCHMARKS.md): builds the host and the
# benchmarks in Release-with-debug-info in build-bench/, then runs the microbenchmarks
# (consentry_bench), the end-to-end benchmark against the real host (consentry_host_bench) and the
# removal rate in real headless Chromium (bench/browser/removal_rate.mjs).
# Usage: scripts/bench.sh [--quick]   (--quick: end-to-end sweeps up to 100k, shorter micro runs)
# Quote figures from a quiet machine: the load average is printed with each table.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CONSENTRY_BENCH_BUILD_DIR:-$root/build-bench}"
quick=""
min_time=0.5
if [[ "${1:-}" == "--quick" ]]; then
  quick="--quick"
  min_time=0.1
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONSENTRY_TESTS=OFF \
  -DCONSENTRY_BENCH=ON > /dev/null
cmake --build "$build" -j2 --target consentry-host consentry_bench consentry_host_bench

echo
echo "== Microbenchmarks (Google Benchmark; Time is wall clock, CPU is this thread's) =="
"$build/bench/consentry_bench" --benchmark_min_time="$min_time"

echo
echo "== End to end: the real consentry-host over pipes =="
"$build/bench/consentry_host_bench" $quick

echo
echo "== In the browser: cookies.remove against Consentry's burst and sweep (headless Chromium) =="
CONSENTRY_HOST="$build/host/consentry-host" node "$root/bench/browser/removal_rate.mjs"
