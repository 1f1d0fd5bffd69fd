#!/usr/bin/env bash
# Builds Baton and opens the agent's desktop on the embedded demo site with live traffic:
# callers of a Chinese bank's service center (resources/demo/) arrive with their IVR path and
# what they told the bot, simulated colleagues take calls too, and you are signed in as the
# site's first agent, ready. Extra arguments go to `baton` (try --help): --lang zh_CN|zh_TW|en,
# --demo-rate N (callers per minute), --user AGENT.
# Without a display (no $DISPLAY or $WAYLAND_DISPLAY) it prints the routing core's text demo instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake --preset dev >/dev/null
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "demo: no display, so here is the text demo of the routing core (run under a desktop for the window)" >&2
  cmake --build --preset dev -j "$(nproc)" --target baton-sim >/dev/null
  exec build/bin/baton-sim demo --scenario resources/demo/traffic.json --contacts 40 --speed 20
fi
cmake --build --preset dev -j "$(nproc)" --target baton >/dev/null
exec build/bin/baton --demo "$@"
