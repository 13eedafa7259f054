#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo store and opens the
# desktop application on it. Idempotent; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -G Ninja -DCLAIMSMITH_WERROR=ON >/dev/null
cmake --build build -j "$jobs" --target claimsmith

# The demo store, made once (gitignored). It is written under another name
# and renamed when complete, so an interrupted run never leaves a half-made
# store that later runs would open.
if [ ! -e demo.claimsmith ]; then
    rm -f demo.claimsmith.part demo.claimsmith.part-wal demo.claimsmith.part-shm
    build/bin/claimsmith demo --store demo.claimsmith.part
    mv demo.claimsmith.part demo.claimsmith
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run.sh: built build/bin/claimsmith, but there is no display to open it on." >&2
    echo "run.sh: run this from a desktop session, or under Xvfb: xvfb-run -a scripts/run.sh" >&2
    exit 1
fi
exec build/bin/claimsmith --store demo.claimsmith
