#!/usr/bin/env bash
# Builds Aanwezig and runs every test (unit, QML, server, PostgreSQL and nginx
# integration), then every libFuzzer target of tests/fuzz for 12 s with
# AddressSanitizer and UBSan (the `fuzz` preset, build dir build-fuzz).
# Installs what it needs on Debian 12 first. Safe to run twice.
# Arguments go to the first ctest (e.g. -R store); the fuzz run is then skipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build build --parallel "$(nproc)"
status=0
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@") ||
    status=$?
[ $# -gt 0 ] && exit "$status"

cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target aanwezig-fuzzers --parallel "$(nproc)"
(cd build-fuzz && AANWEZIG_FUZZ_SECONDS=${AANWEZIG_FUZZ_SECONDS:-12} \
    ctest -L fuzz --output-on-failure --timeout 300 -j "$(nproc)") || status=$?
exit "$status"
