#!/usr/bin/env bash
# Builds Baton and starts it with demo traffic.
# Until the desktop exists this runs the text demo of the routing core: callers from the demo
# bank's traffic (resources/demo/traffic.json, corpus.json, site.json) arrive with their IVR
# path and what they told the bot, and every routing decision is printed with its trace, at 20×
# real time. Extra arguments go to `baton-sim demo` (try --help; --speed 0 prints at once).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake --preset dev >/dev/null
fi
cmake --build --preset dev -j "$(nproc)" --target baton-sim >/dev/null

exec build/bin/baton-sim demo --scenario resources/demo/traffic.json --contacts 40 --speed 20 "$@"
