#!/usr/bin/env bash
# Builds Aanwezig and runs every test (unit, QML, server, PostgreSQL and nginx
# integration), then every libFuzzer target of tests/fuzz for 12 s with
# AddressSanitizer and UBSan (the `fuzz` preset, build dir build-fuzz).
# Installs what it needs on Debian 12 first. Safe to run twice.
# Arguments go to the first ctest (e.g. -R store); the fuzz part is then skipped.
# Each phase prints the time since the start (CI's budget is 30 minutes on 2
# cores); CTest's summary stays the last thing printed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

started=$SECONDS
phase() { echo "== $1: $((SECONDS - started)) s since the start"; }

bash scripts/install-deps.sh
phase "packages installed"

fuzz_build=""
if [ $# -eq 0 ]; then
    # The fuzz targets build at the lowest priority beside the normal build
    # and tests: it takes only the CPU they leave (nice 19 against 0 gets
    # about 1/70 of a contended core), e.g. while a build step waits for the
    # one before it, or a test waits on sockets and timers.
    cmake --preset fuzz >/dev/null
    # In this session, not one of its own: Linux's autogroups share the CPU
    # between sessions equally, whatever their nice.
    nice -n 19 cmake --build build-fuzz --target aanwezig-fuzzers --parallel "$(nproc)" \
        >build-fuzz/build.log 2>&1 &
    fuzz_build=$!
    trap 'pkill -P "$fuzz_build" 2>/dev/null; kill "$fuzz_build" 2>/dev/null || true' EXIT
fi

cmake --preset default >/dev/null
cmake --build build --parallel "$(nproc)"
phase "built"

status=0
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@") ||
    status=$?
phase "tests run"
[ -z "$fuzz_build" ] && exit "$status"

if ! wait "$fuzz_build"; then
    tail -n 60 build-fuzz/build.log
    echo "The fuzz targets did not build (whole log: build-fuzz/build.log)"
    exit 1
fi
trap - EXIT
phase "fuzz targets built"
(cd build-fuzz && AANWEZIG_FUZZ_SECONDS=${AANWEZIG_FUZZ_SECONDS:-12} \
    ctest -L fuzz --output-on-failure --timeout 300 -j "$(nproc)") || status=$?
exit "$status"
