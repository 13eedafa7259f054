#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest.
# Idempotent; safe to run again. CI runs exactly this (through .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
echo "== build (gcc, warnings are errors)"
cmake -S . -B build -G Ninja -DCLAIMSMITH_WERROR=ON >/dev/null
cmake --build build -j "$jobs"

echo "== npm packages for the interoperability tests (into build/npm)"
npm install --prefix build/npm --no-audit --no-fund --loglevel=error jose@6.2.17 >/dev/null
# The newest WorkOS Node SDK that runs on Node 20 (9.x and later need Node 22.11).
npm install --prefix build/npm --no-audit --no-fund --loglevel=error @workos-inc/node@8.13.0 >/dev/null

echo "== tests"
rm -rf build/test-logs # the secrets check reads only this run's logs
ctest --test-dir build --output-on-failure -j "$jobs" --timeout 900

echo "== no secret in any log of the test run"
python3 scripts/check-secrets.py --self-test
python3 scripts/check-secrets.py build

echo "== fuzzing (clang, libFuzzer + ASan/UBSan, bounded time)"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCLAIMSMITH_FUZZ=ON \
    -DCLAIMSMITH_BUILD_GUI=OFF -DCLAIMSMITH_BUILD_TESTS=OFF -DCLAIMSMITH_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMSMITH_WERROR=ON >/dev/null
cmake --build build-fuzz -j "$jobs" --target fuzzers
ctest --test-dir build-fuzz --output-on-failure --timeout 900 -j "$jobs"

echo "== all tests passed ($root)"
