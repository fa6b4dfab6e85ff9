#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/CMakeLists.txt) in build-asan (scripts/build-asan.sh: clang,
# ASan+UBSan, the build scripts/sanitize.sh runs the suite in) and runs each for SECONDS (default
# 60), starting from its committed seeds in fuzz/corpus/<target>/, as many at once as there are
# cores (JOBS).
# Fails on any crash, leak, hang (-timeout), memory blow-up (-rss_limit_mb) or sanitizer report;
# the input that caused it is kept in build-asan/findings/<target>/ and its log is printed.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CONSENTRY_ASAN_BUILD:-$root/build-asan}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frame_reader dispatch classify_line settings import_settings)

CONSENTRY_ASAN_BUILD="$build" "$root/scripts/build-asan.sh" --target fuzzers

export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# One fuzzer per core at a time: each still gets its SECONDS of a whole core.
fuzz() {
  local target="$1"
  local corpus="$build/corpus/$target"  # grows here; the committed seeds stay as they are
  mkdir -p "$corpus" "$build/findings/$target"
  "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
    -dict="$root/fuzz/json.dict" -artifact_prefix="$build/findings/$target/" -print_final_stats=1 \
    "$corpus" "$root/fuzz/corpus/$target" >"$build/fuzz-$target.log" 2>&1
}
declare -A pids
for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= ${JOBS:-$(nproc)})); do wait -n || true; done
  echo "fuzz_$target: ${seconds} s"
  fuzz "$target" &
  pids[$target]=$!
done

failed=()
for target in "${targets[@]}"; do
  log="$build/fuzz-$target.log"
  if wait "${pids[$target]}"; then
    echo "fuzz_$target:"
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | sed 's/^/  /'
  else
    failed+=("$target")
    tail -n 60 "$log"
    echo "fuzz_$target FAILED (log: $log, input: $build/findings/$target/)"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}"
  exit 1
fi
echo "fuzzing: no crash, leak, hang or sanitizer report in ${targets[*]}"
