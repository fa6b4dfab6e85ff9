#!/usr/bin/env bash
# Screenshots of every extension page, light and dark, from real headless Chromium with the real
# host, into docs/screenshots/ (the README shows them). Builds the host first.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target consentry-host
node scripts/screenshots.mjs "$@"
