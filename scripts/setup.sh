#!/usr/bin/env bash
# Installs everything Consentry needs on Debian 12: the C++ toolchain and libraries, the two
# browsers for the real-browser tests, the npm packages that drive them (no browser download) and
# the open cookie databases the knowledge base is imported from (npm run build:kb).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ccache pkg-config clang libclang-rt-14-dev
  nlohmann-json3-dev libboost-filesystem-dev libpsl-dev publicsuffix libcli11-dev libspdlog-dev
  libre2-dev libsimdjson-dev libgtest-dev libgmock-dev libbenchmark-dev
  chromium firefox-esr strace util-linux python3
)
# Keep a Node.js that is already there (it may come with its own npm); else take Debian's.
command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# playwright-core and puppeteer-core only drive the browsers installed above.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
