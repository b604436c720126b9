#!/usr/bin/env bash
# A longer fuzz run: every libFuzzer target of tests/fuzz for MINUTES minutes
# (default 10), as many at once as there are cores, with AddressSanitizer and
# UBSan (the `fuzz` preset, build dir build-fuzz). Inputs that reach new code
# are kept in build-fuzz/tests/fuzz/corpus/TARGET for the next run; a crash
# fails its target and is written to build-fuzz/tests/fuzz/artifacts; every
# log is in build-fuzz/tests/fuzz/logs. Prints each target's figures.
#   scripts/fuzz.sh [MINUTES] [TARGET-REGEX]     e.g. scripts/fuzz.sh 2 mutation
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
minutes=${1:-10}
pattern=${2:-.}

export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-$(command -v ccache || true)}
cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target aanwezig-fuzzers --parallel "$(nproc)"
cd build-fuzz
AANWEZIG_FUZZ_SECONDS=$((minutes * 60)) ctest -L fuzz -R "$pattern" -j "$(nproc)" \
    --timeout $((minutes * 60 + 300)) --output-on-failure -V |
    grep -E '^[0-9]+: (#[0-9]+|stat::)|Test +#|tests passed|FAILED|Failed'
