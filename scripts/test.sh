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

# One more tree, with clang: the core, the command line and every non-GUI
# test built with AddressSanitizer + UndefinedBehaviorSanitizer (and the
# libFuzzer coverage hooks, which cost little), then all of its tests run:
# the suites, the replays of kept fuzz reproducers, and each fuzz target for
# CLAIMSMITH_FUZZ_SECONDS. Any sanitizer report fails the test it happens in.
echo "== sanitizers and fuzzing (clang, ASan + UBSan + libFuzzer, tests without the GUI)"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCLAIMSMITH_FUZZ=ON \
    -DCLAIMSMITH_BUILD_TESTS=ON -DCLAIMSMITH_BUILD_GUI=OFF -DCLAIMSMITH_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMSMITH_WERROR=ON >/dev/null
cmake --build build-fuzz -j "$jobs"
# The interoperability tests look for the npm packages in their own tree.
ln -sfn ../build/npm build-fuzz/npm
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-fuzz --output-on-failure -j "$jobs" --timeout 900 -LE integration
# The tests that run `claimsmith serve`: OpenSSL's per-thread random
# generators are now and then reported at exit (cmake/lsan-suppressions.txt).
# tst_server_faults times how long the server keeps a stalled client; the
# sanitizers' slowdown changes those times, so it runs in the gcc tree only.
LSAN_OPTIONS=suppressions=$root/cmake/lsan-suppressions.txt \
    ctest --test-dir build-fuzz --output-on-failure -j "$jobs" --timeout 900 -L integration \
    -E '^tst_server_faults$'

echo "== all tests passed ($root)"
