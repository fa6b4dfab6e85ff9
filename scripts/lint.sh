#!/usr/bin/env bash
# The lint and format gates: clang-format (.clang-format) on the C++ of host/, tests/, bench/
# and fuzz/, checked without changing a file, and ESLint (eslint.config.js) on the JavaScript.
# Exits non-zero on the first finding of either; `clang-format -i FILE` and `npx eslint --fix`
# repair most of them.
set -euo pipefail
cd "$(dirname "$0")/.."

clang_format=$(command -v clang-format-14 || command -v clang-format)
git ls-files -z -- 'host/*.cpp' 'host/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' \
    'fuzz/*.cpp' 'fuzz/*.h' |
  xargs -0 "$clang_format" --dry-run -Werror

npm run --silent lint
