#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan; fuzz/CMakeLists.txt) in build-fuzz and runs
# each for SECONDS (default 60), starting from its committed seeds in fuzz/corpus/<target>/.
# Fails on any crash, leak, hang (-timeout), memory blow-up (-rss_limit_mb) or sanitizer report;
# the input that caused it is kept in build-fuzz/findings/<target>/ and its log is printed.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CONSENTRY_FUZZ_BUILD:-$root/build-fuzz}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frame_reader dispatch classify_line settings import_settings)
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCONSENTRY_FUZZ=ON -DCONSENTRY_SANITIZE=ON -DCONSENTRY_TESTS=OFF -DCONSENTRY_BENCH=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target fuzzers

export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"  # grows here; the committed seeds stay as they are
  findings="$build/findings/$target"
  log="$build/fuzz-$target.log"
  mkdir -p "$corpus" "$findings"
  echo "fuzz_$target: ${seconds} s"
  if "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
      -dict="$root/fuzz/json.dict" -artifact_prefix="$findings/" -print_final_stats=1 \
      "$corpus" "$root/fuzz/corpus/$target" >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | sed 's/^/  /'
  else
    failed+=("$target")
    tail -n 60 "$log"
    echo "fuzz_$target FAILED (log: $log, input: $findings/)"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}"
  exit 1
fi
echo "fuzzing: no crash, leak, hang or sanitizer report in ${targets[*]}"
