#!/usr/bin/env bash
# The Debian package end to end, as CI runs it (as root, or with sudo): builds it, checks its
# contents and manifests, lints it, installs it with apt-get, has Chromium reach the packaged host
# through the system manifest only (tests/package/system_install.test.mjs), purges it and checks
# that nothing it added is left.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

./scripts/package.sh --deb >/dev/null
deb=$(ls dist/consentry_*.deb)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
CONSENTRY_DEB="$deb" node --test tests/package/deb_contents.test.mjs

# Errors and warnings fail; each remaining info is explained in packaging/lintian-overrides or
# README.md. --allow-root: CI runs as root.
lintian --allow-root --fail-on error,warning "$deb"

if dpkg-query -W -f='${Status}' consentry 2>/dev/null | grep -q "install ok installed"; then
  echo "consentry is already installed: purge it first (apt-get purge consentry)" >&2
  exit 1
fi
# What the package may leave behind after purge: folders that existed before it came.
mapfile -t entries < <(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | grep -v '^$')
preexisting=()
for entry in "${entries[@]}"; do
  if [ -e "$entry" ] || [ -L "$entry" ]; then preexisting+=("$entry"); fi
done

purge() { $sudo apt-get purge -y -qq consentry >/dev/null; }
trap purge EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null
CONSENTRY_EXTENSION_DIR=/usr/share/chromium/extensions/consentry node --test tests/package/system_install.test.mjs
purge
trap - EXIT

left=()
for entry in "${entries[@]}"; do
  [ -e "$entry" ] || [ -L "$entry" ] || continue
  printf '%s\n' "${preexisting[@]}" | grep -qxF "$entry" || left+=("$entry")
done
if ((${#left[@]})); then
  printf 'left after purge: %s\n' "${left[@]}" >&2
  exit 1
fi
echo "purged: nothing of the package is left"
