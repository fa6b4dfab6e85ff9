#!/usr/bin/env bash
# The classifier's figures on real sites' cookies (tests/realsites/dev.jsonl), as README.md's
# "How well it classifies" quotes them: the signals layer's calibration cross-validated over 5
# folds grouped by site, necessary_at_risk also adjudicated by the Open Cookie Database (npm
# @slashgear/gdpr-cookie-scanner, installed by scripts/setup.sh). Extra arguments are passed on
# (e.g. --errors, --fit-calibration).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target consentry-evaluate >/dev/null
exec build/tests/evaluate/consentry-evaluate tests/realsites/dev.jsonl --now 1795435200 --folds 5 \
  --ocd node_modules/@slashgear/gdpr-cookie-scanner/src/data/open-cookie-database.json "$@"
