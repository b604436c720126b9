#!/usr/bin/env bash
# The load benchmark of aanwezig-server (README, "Benchmarks"): prints
# figures, asserts nothing.
#
#   tests/bench/loadbench.sh [sqlite|postgres|nginx|nginx-postgres|idle10k|live10k|live-nginx|all]
#                            [loadbench or livebench options]
#
#   sqlite, postgres   one server on that database; 200 paired phones pull at
#                      their latest cursor over 64 connections, with 0 % and
#                      10 % pushes (wrk, loadbench.lua)
#   nginx[-postgres]   the same through nginx in front of two instances
#   idle10k            10,000 idle keep-alive connections held open at once:
#                      server RSS growth, GET /v1/health latency meanwhile
#   live10k            10,000 idle live sockets (GET /v1/live) on one server
#                      (SQLite) and 20 pushes: server RSS growth, push reply ->
#                      poke at the last socket that should get it (livebench)
#   live-nginx         the same with 1,000 sockets through nginx in front of
#                      two instances on PostgreSQL
#   firstsync          a team member's first pull of 100,000 absence reports
#                      (and the roster) from the real server on SQLite and on
#                      PostgreSQL by the real SyncEngine, then the PouchDB peer
#                      (npm modules installed under the build directory;
#                      skipped with a message when npm cannot install them)
#   firstsync-million  the same with 1,000,000 reports, without the peer
#   all                every one of them but the firstsync ones (the default)
#
# Builds nothing: run `cmake --build build --target loadbench livebench firstsyncbench` first
# (BUILD_DIR names another build directory). PostgreSQL runs in a throwaway cluster
# (tests/infra/pgcluster.sh); wrk, nginx and PostgreSQL come from
# scripts/install-deps.sh. Options after the mode go to the loadbench program
# (e.g. --duration 30 --connections 128; `loadbench --help`), to livebench in
# the live modes (e.g. --pushes 50; `livebench --help`).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build}
bench=$build/tests/bench/loadbench
livebench=$build/tests/bench/livebench
firstsyncbench=$build/tests/bench/firstsyncbench
mode=${1:-all}
shift || true

case "$mode" in
  firstsync*) [ -x "$firstsyncbench" ] || { echo "loadbench: build it first: cmake --build $build --target firstsyncbench" >&2; exit 1; } ;;
  live* | all) [ -x "$livebench" ] || { echo "loadbench: build it first: cmake --build $build --target livebench" >&2; exit 1; } ;;
  *)
    [ -x "$bench" ] || { echo "loadbench: build it first: cmake --build $build --target loadbench" >&2; exit 1; }
    command -v wrk >/dev/null || { echo "loadbench: wrk is missing: scripts/install-deps.sh" >&2; exit 1; }
    ;;
esac
if [ "$mode" = all ]; then
  [ -x "$bench" ] || { echo "loadbench: build it first: cmake --build $build --target loadbench" >&2; exit 1; }
  command -v wrk >/dev/null || { echo "loadbench: wrk is missing: scripts/install-deps.sh" >&2; exit 1; }
fi

# Room for 10,000 connections on both ends (the server inherits it).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

pg_state=""
cleanup() {
  if [ -n "$pg_state" ]; then
    bash "$root/tests/infra/pgcluster.sh" stop "$pg_state" >/dev/null || true
    rm -rf "$pg_state"
  fi
}
trap cleanup EXIT

# Starts the throwaway PostgreSQL cluster once; loadbench makes its database in it.
with_postgres() {
  if [ -z "$pg_state" ]; then
    pg_state=$(mktemp -d)
    bash "$root/tests/infra/pgcluster.sh" start "$pg_state" >/dev/null
  fi
  AANWEZIG_TEST_PG_URL_FILE=$pg_state/url "$@"
}

# The PouchDB peer's npm modules, pinned, under the build directory: prints
# the firstsyncbench options that run it, or nothing (and why) when npm
# cannot install them.
npm_dir=$build/npm
pouch_peer() {
  if ! command -v npm >/dev/null ||
    ! npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error --fetch-timeout=20000 --fetch-retries=1 \
      pouchdb@9.0.0 pouchdb-adapter-memory@9.0.0 express-pouchdb@4.2.0 express@4.21.2 >&2; then
    echo "loadbench: the PouchDB peer is skipped: npm could not install its modules" >&2
    return
  fi
  echo "--peer-script=$here/pouchpeer.js"
}

run() {
  echo "=== $1"
  case "$1" in
    sqlite) "$bench" load "${@:2}" ;;
    postgres) with_postgres "$bench" load "${@:2}" ;;
    nginx) "$bench" load --instances 2 "${@:2}" ;;
    nginx-postgres) with_postgres "$bench" load --instances 2 "${@:2}" ;;
    # The server's cap on connections per address must let them in.
    idle10k) "$bench" idle --idle-connections 10000 \
      --server-arg=--max-connections-per-address --server-arg=20000 "${@:2}" ;;
    # livebench starts its servers with --max-connections-per-address 20000.
    live10k) "$livebench" --sockets 10000 "${@:2}" ;;
    live-nginx) with_postgres "$livebench" --instances 2 --sockets 1000 "${@:2}" ;;
    firstsync)
      peer=$(pouch_peer)
      NODE_PATH=$npm_dir/node_modules with_postgres "$firstsyncbench" $peer "${@:2}" ;;
    firstsync-million) with_postgres "$firstsyncbench" --changes 1000000 "${@:2}" ;;
    *) echo "loadbench: unknown mode '$1'" >&2; exit 2 ;;
  esac
}

if [ "$mode" = all ]; then
  for m in sqlite postgres nginx nginx-postgres idle10k live10k live-nginx; do
    run "$m" "$@"
  done
else
  run "$mode" "$@"
fi
