#!/usr/bin/env bash
# Remakes the user guide's screenshots (docs/images/) from the real
# application on a demo store, under a virtual X server.
set -euo pipefail
cd "$(dirname "$0")/.."
store=build/screenshots/demo.claimsmith
mkdir -p build/screenshots docs/images
if [ ! -f "$store" ]; then
    build/bin/claimsmith demo --store "$store" --users 5000 --orgs 50 >/dev/null
fi
# A settings file of its own: window sizes and splitters as a new user sees them.
export XDG_CONFIG_HOME="$PWD/build/screenshots/config"
rm -rf "$XDG_CONFIG_HOME"
xvfb-run -a -s "-screen 0 1400x900x24" \
    build/bin/claimsmith --store "$store" --screenshots docs/images "$@"
