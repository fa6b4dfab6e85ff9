#!/usr/bin/env bash
# Runs the end-to-end tests in real headless Chromium and Firefox ESR, installing what is missing
# first: Debian's browsers (never a browser a tool downloads), the pinned npm packages, and the
# built host. Usage: scripts/test-e2e.sh [node --test arguments, e.g. a test file]
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/firefox-esr ]]; then
  apt-get update -qq && apt-get install -y -qq chromium firefox-esr
fi
if [[ ! -d node_modules/playwright-core || ! -d node_modules/puppeteer-core ]]; then
  npm ci --no-audit --no-fund
fi
if [[ -z "${CONSENTRY_HOST:-}" ]]; then
  [[ -f build/CMakeCache.txt ]] || cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build build -j2 --target consentry-host
fi

if (( $# )); then
  exec node --test --test-concurrency=1 "$@"
fi
exec node --test --test-concurrency=1 tests/e2e/
