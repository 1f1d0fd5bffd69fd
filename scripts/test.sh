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
(cd build && ctest --output-on-failure -j "$(nproc)" "$@")

# The protocol codec under libFuzzer (ASan+UBSan), when clang is installed and the whole suite
# ran: a bounded run from the seed corpus; any crash fails the script.
if [[ $# -eq 0 ]] && command -v clang++ >/dev/null; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz --target baton-fuzz-codec -j "$(nproc)"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp fuzz/corpus/codec/* "$work"/
  build-fuzz/bin/baton-fuzz-codec -runs=300000 -max_len=4096 "$work" 2>&1 | tail -n 3
fi
