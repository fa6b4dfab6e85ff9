#!/usr/bin/env bash
# Runs every test, fast tier first so a plain mistake fails in minutes: the build, the host's unit
# tests, the extension's unit tests, the lint (clang-format and ESLint), and the corpus checks.
# Then the rest: the host tests that drive real processes (the IO test against the binary, SIGKILL
# durability, two-process concurrency, hostile input, network isolation), the real-browser tests
# in Chromium and Firefox, the Debian package (built, installed, reached by Chromium through its
# system manifest, purged), the demo, the whole host suite again under AddressSanitizer + UBSan,
# and each fuzzer for FUZZ_SECONDS (default 60). Stops at the first failure; each step prints the
# seconds since the start.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

jobs=$(nproc)
step() { printf '\n=== %s (at %d s)\n' "$*" "$SECONDS"; }
# The host tests that start processes and take most of the suite's time.
process_tests='^(IoTest|DurabilityTest|ConcurrencyTest|HostileInputTest|NetworkIsolationTest)\.'

# ---- Fast tier
step "build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"

step "host unit tests (ctest), with the knowledge base lint and the corpus floor"
ctest --test-dir build --output-on-failure -j"$jobs" -E "$process_tests"

step "extension unit tests"
node --test tests/extension/

step "extension lint (web-ext, the Firefox package's rules)"
node scripts/build-extension.mjs --lint-only

step "lint (clang-format layout, ESLint)"
./scripts/lint.sh

step "labelled corpus is well-formed"
python3 tests/corpus/build_corpus.py --check
python3 tests/corpus/build_corpus_test.py

step "knowledge base is what its sources give (host/data/imported)"
npm run --silent build:kb -- --check
node --test tests/scripts/

# ---- The rest
step "host process tests (IO, durability, concurrency, hostile input, network isolation)"
ctest --test-dir build --output-on-failure -j"$jobs" -R "$process_tests"

step "real-browser tests (Chromium, Firefox)"
npm run --silent test:e2e

step "Debian package: build, contents, lintian, install, Chromium through the system manifest, purge"
./scripts/test-package.sh

step "demo (main job) runs"
node scripts/demo.mjs >/dev/null

if [ -x scripts/sanitize.sh ]; then
  step "host tests under AddressSanitizer + UBSan"
  ./scripts/sanitize.sh
fi
if [ -x scripts/fuzz.sh ]; then
  step "fuzzers, ${FUZZ_SECONDS:-60} s each"
  ./scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
fi
step "all tests passed"
