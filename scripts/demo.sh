#!/usr/bin/env bash
# The main job, end to end: installs what is needed (Debian + npm packages), builds consentry-host,
# classifies a sample cookie jar with the CLI, then runs headless Chromium with the extension on a
# local demo site and prints what was kept and deleted, and why.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target consentry-host

data_dir=$(mktemp -d)
trap 'rm -rf "$data_dir"' EXIT
printf '\n=== consentry-host inspect: a sample cookie jar, default preferences\n'
./build/host/consentry-host --data-dir "$data_dir" inspect tests/samples/cookie-jar.jsonl

printf '\n=== the extension and the host in headless Chromium\n'
node scripts/demo.mjs
