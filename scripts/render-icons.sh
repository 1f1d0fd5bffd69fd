#!/usr/bin/env bash
# Renders the application icon into the freedesktop hicolor theme layout under
# resources/icons/hicolor/, named after the application id cc.baton.Baton:
#
#   scalable/apps/cc.baton.Baton.svg          a copy of resources/icons/baton.svg
#   <N>x<N>/apps/cc.baton.Baton.png           N = 16 22 24 32 (from baton-small.svg: fewer
#                                             details, heavier strokes) and 48 64 128 256 512
#                                             (from baton.svg)
#
# Needs rsvg-convert (Debian: librsvg2-bin). Uses optipng (Debian: optipng), when installed, to
# shrink the PNGs losslessly. Run it after changing either SVG, and commit the results.
# Usage: scripts/render-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render-icons: rsvg-convert is missing; install it with: apt-get install librsvg2-bin" >&2
    exit 1
fi

src=resources/icons/baton.svg
small=resources/icons/baton-small.svg
out=resources/icons/hicolor
id=cc.baton.Baton

install -D -m 0644 "$src" "$out/scalable/apps/$id.svg"
for n in 16 22 24 32 48 64 128 256 512; do
    from=$src
    [ "$n" -le 32 ] && from=$small
    mkdir -p "$out/${n}x${n}/apps"
    rsvg-convert --width "$n" --height "$n" --format png --output "$out/${n}x${n}/apps/$id.png" "$from"
    echo "$out/${n}x${n}/apps/$id.png  (from $from)"
done

if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o5 -strip all "$out"/*/apps/"$id".png
else
    echo "render-icons: optipng not found, PNGs left unoptimised (apt-get install optipng to shrink them)"
fi
