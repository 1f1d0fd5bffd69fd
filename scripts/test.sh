#!/usr/bin/env bash
# Builds Baton with the `dev` preset into build/ and runs every test headless.
# Usage: scripts/test.sh [ctest arguments…]   e.g. scripts/test.sh -L core
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON

if [[ ! -f build/CMakeCache.txt ]]; then
  cmake --preset dev -DBATON_WERROR="$werror"
else
  cmake -S . -B build -DBATON_WERROR="$werror" >/dev/null
fi
cmake --build --preset dev -j "$(nproc)"

export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure -j "$(nproc)" "$@"
