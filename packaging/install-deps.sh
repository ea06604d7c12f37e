#!/usr/bin/env bash
# Installs the Debian 12 packages DeskBridge needs to build, test, run and package, and only those
# that are missing; then the browser tests' npm packages (tests/e2e) when they are missing or
# their lock file changed. Idempotent: a second run installs nothing and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libqt6svg6 qt6-image-formats-plugins
  libqt6sql6-sqlite libqt6sql6-psql libqt6network6
  libgl-dev libvulkan-dev libxkbcommon-dev
  libssl-dev sqlite3 libsqlite3-dev
  breeze-icon-theme fonts-dejavu-core
  xvfb xauth
  desktop-file-utils appstream dpkg-dev file
  chromium
)
# The browser tests run Node.js; a Node.js installed otherwise (e.g. a newer one with its own npm)
# is used as it is: Debian's npm would replace it.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages are installed."
else
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  echo "install-deps: done."
fi

# tests/e2e: playwright-core from the lock file (it drives Debian's /usr/bin/chromium; it never
# downloads a browser). npm writes node_modules/.package-lock.json on every install.
e2e=tests/e2e
if [[ ! -f $e2e/node_modules/.package-lock.json || $e2e/package-lock.json -nt $e2e/node_modules/.package-lock.json ]]; then
  echo "install-deps: npm ci in $e2e"
  (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "install-deps: $e2e/node_modules is up to date."
fi
