#!/usr/bin/env bash
# Installs every Debian 12 package Baton needs to build, test and run headless.
# Idempotent: only missing packages are installed; quiet unless something fails.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Debian packages (scripts/package.sh) and their checks (tests/e2e/tst_package)
  dpkg-dev fakeroot lintian desktop-file-utils appstream help2man
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-websockets-dev
  qt6-charts-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev libqt6opengl6-dev qtkeychain-qt6-dev
  # libraries
  libspdlog-dev libfmt-dev libicu-dev libsqlite3-dev libbenchmark-dev libboost-dev libphonenumber-dev libsodium-dev
  # headless GUI tests and screenshots
  xvfb xauth imagemagick fonts-noto-cjk libqt6svg6 dbus-daemon
  # PostgreSQL: the server for the store tests' second run and for scripts/pg-cluster.sh
  postgresql-15
  # TLS test certificates; the example IVR integration (scripts/ivr-example.py)
  openssl python3 python3-websockets
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-deps: missing packages (${missing[*]}) and not root; run as root or install sudo." >&2
    exit 1
  fi
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! "${sudo_cmd[@]}" apt-get update -qq >"$log" 2>&1 \
   || ! "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  echo "install-deps: apt-get failed (see above)." >&2
  exit 1
fi
rm -f "$log"
