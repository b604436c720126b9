#!/usr/bin/env bash
# Builds Aanwezig and runs every test (unit, QML, server, PostgreSQL and nginx
# integration), then every libFuzzer target of tests/fuzz for 6 s with
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

bash scripts/install-deps.sh build
phase "build packages installed"
cmake --preset default >/dev/null

# What only the tests need (PostgreSQL, nginx, Xvfb, AT-SPI, clang for the
# fuzz targets, node and the npm packages) installs while the build runs.
# npm's registry out of reach fails only the tests that need its modules
# (their CTest fixture npm_packages tries again).
(
    bash scripts/install-deps.sh test
    bash scripts/install-npm-packages.sh build || echo "npm packages not installed: the tests' fixture tries again"
) >build/test-packages.log 2>&1 &
test_packages=$!

fuzz_build=""
if [ $# -eq 0 ]; then
    # The fuzz targets build at the lowest priority beside the normal build
    # and tests, once clang is installed: they take only the CPU the others
    # leave (nice 19 against 0 gets about 1/70 of a contended core), e.g.
    # while a build step waits for the one before it, or a test waits on
    # sockets and timers. In this session, not one of its own: Linux's
    # autogroups share the CPU between sessions equally, whatever their nice.
    mkdir -p build-fuzz
    (
        tail --pid="$test_packages" -f /dev/null # the packages' job is no child of this one
        cmake --preset fuzz >/dev/null
        exec nice -n 19 cmake --build build-fuzz --target aanwezig-fuzzers --parallel "$(nproc)"
    ) >build-fuzz/build.log 2>&1 &
    fuzz_build=$!
    trap 'pkill -P "$fuzz_build" 2>/dev/null; kill "$fuzz_build" 2>/dev/null || true' EXIT
fi

cmake --build build --parallel "$(nproc)"
phase "built"
if ! wait "$test_packages"; then
    cat build/test-packages.log
    echo "The packages the tests need did not install (log: build/test-packages.log)"
    exit 1
fi
phase "test packages installed"

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
(cd build-fuzz && AANWEZIG_FUZZ_SECONDS=${AANWEZIG_FUZZ_SECONDS:-6} \
    ctest -L fuzz --output-on-failure --timeout 300 -j "$(nproc)") || status=$?
exit "$status"
