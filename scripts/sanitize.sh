#!/usr/bin/env bash
# Runs the whole ctest suite in build-asan (scripts/build-asan.sh: clang, AddressSanitizer +
# UndefinedBehaviorSanitizer, -O1; the build the fuzzers share). Every report, also from a
# consentry-host child a test starts, goes to a file under build-asan/sanitizer-reports/; the
# script fails if any test fails or any report was written.
# Usage: scripts/sanitize.sh [extra ctest arguments, e.g. -R Hostile]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CONSENTRY_ASAN_BUILD:-$root/build-asan}"
reports="$build/sanitizer-reports"

CONSENTRY_ASAN_BUILD="$build" "$root/scripts/build-asan.sh"

rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
status=0
ctest --test-dir "$build" --output-on-failure -j"${JOBS:-2}" "$@" || status=1

if compgen -G "$reports/*" >/dev/null; then
  for report in "$reports"/*; do
    echo "== $report"
    head -n 60 "$report"
  done
  echo "sanitizers reported problems (above)"
  status=1
fi
[ $status -eq 0 ] && echo "sanitize: the whole suite passed under ASan+UBSan with no report"
exit $status
