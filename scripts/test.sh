#!/usr/bin/env bash
# Runs every test: the host's GoogleTest suite under CTest (units, the IO test against the real
# binary, durability and concurrency, the classifier's evaluation floor), the extension's unit
# tests, the real-browser tests in Chromium and Firefox, then the whole suite again under
# AddressSanitizer + UBSan, and each fuzzer for FUZZ_SECONDS (default 60). Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

jobs=$(nproc)
step() { printf '\n=== %s\n' "$*"; }

step "build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"

step "host tests (ctest)"
ctest --test-dir build --output-on-failure -j"$jobs"

step "labelled corpus is well-formed"
python3 tests/corpus/build_corpus.py --check
python3 tests/corpus/build_corpus_test.py

step "knowledge base is what its sources give (host/data/imported)"
npm run --silent build:kb -- --check
node --test tests/scripts/

step "extension unit tests"
node --test tests/extension/

step "real-browser tests (Chromium, Firefox)"
npm run --silent test:e2e

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
