#!/usr/bin/env bash
# Builds the Debian packages into dist/: baton (the desktop) and baton-router (the server,
# with baton-admin and the systemd unit). A release build in build-release/, then CPack.
# Usage: scripts/package.sh            (packaging/README.md says what the packages hold)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

mkdir -p dist
rm -f dist/baton_*.deb dist/baton-router_*.deb
# dpkg-shlibdeps computes each package's library dependencies from its binaries.
(cd build-release && cpack -G DEB -B "$PWD/../dist" >/dev/null)
rm -rf dist/_CPack_Packages

for deb in dist/*.deb; do
  echo "$deb"
  dpkg-deb --field "$deb" Package Version Architecture Depends | sed 's/^/  /'
done
# Debian's own checks: an error or a warning fails the build (the packages carry their overrides).
if command -v lintian >/dev/null; then
  lintian --fail-on error,warning dist/baton_*.deb dist/baton-router_*.deb
  echo "lintian: no errors or warnings"
fi
