#!/usr/bin/env bash
# Builds what a user installs: dist/consentry_VERSION_ARCH.deb (CPack, from a build without tests
# or benchmarks, with Debian's hardening flags) and the store packages of the extension
# (scripts/build-extension.mjs: dist/consentry-VERSION.xpi and dist/consentry-VERSION-chrome.zip).
# `--deb` builds the Debian package only.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
cmake -S . -B build-deb -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DCONSENTRY_TESTS=OFF -DCONSENTRY_BENCH=OFF -DCONSENTRY_SYSTEM_INSTALL=ON \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
cmake --build build-deb -j"$(nproc)"
mkdir -p dist
(cd build-deb && cpack -G DEB -B "$PWD/../dist" >/dev/null)
rm -rf dist/_CPack_Packages
ls dist/consentry_*.deb
[ "${1:-}" = "--deb" ] || node scripts/build-extension.mjs
