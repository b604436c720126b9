#!/usr/bin/env bash
# How CTest runs one fuzz target: run-fuzzer.sh NAME FUZZER SEEDS OUT
# Fuzzes for $AANWEZIG_FUZZ_SECONDS (default 20) from the seed corpus SEEDS
# (tests/fuzz/corpus/NAME, read only) and the inputs of earlier runs in
# OUT/corpus/NAME, where new inputs go. The whole log is OUT/logs/NAME.log;
# a crash is written to OUT/artifacts/NAME-crash-* and fails the test.
set -uo pipefail
name=$1 fuzzer=$2 seeds=$3 out=$4
seconds=${AANWEZIG_FUZZ_SECONDS:-20}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out/corpus/$name" "$out/artifacts" "$out/logs"
log="$out/logs/$name.log"
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="$here/aanwezig.dict" -artifact_prefix="$out/artifacts/$name-" \
    "$out/corpus/$name" "$seeds" >"$log" 2>&1
status=$?
if [ "$status" -ne 0 ]; then
    tail -n 80 "$log"
else
    # The last status line (runs, coverage, corpus, exec/s) and the final figures.
    grep -E '^#[0-9]+' "$log" | tail -n 1
    grep -E 'stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log"
fi
exit "$status"
