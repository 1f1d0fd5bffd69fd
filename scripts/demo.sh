#!/usr/bin/env bash
# Builds Baton and starts it with demo traffic.
# Until the desktop exists this runs the text demo of the routing core: contacts from the
# demo site (resources/demo/site.json) are routed on a virtual clock and every decision is
# printed with its trace. Extra arguments go to `baton-sim demo` (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake --preset dev >/dev/null
fi
cmake --build --preset dev -j "$(nproc)" --target baton-sim >/dev/null

exec build/bin/baton-sim demo --config resources/demo/site.json "$@"
