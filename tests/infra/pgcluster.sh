#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests.
#
#   pgcluster.sh start STATE_DIR   creates and starts a cluster in a new temporary
#                                  directory, listening only on 127.0.0.1 on a free
#                                  port (its unix socket inside that directory), and
#                                  writes STATE_DIR/url (postgresql://postgres@127.0.0.1:PORT/postgres)
#                                  and STATE_DIR/datadir; prints the URL.
#   pgcluster.sh stop STATE_DIR    stops that cluster and removes everything.
#
# PostgreSQL comes from scripts/install-deps.sh. As root the
# server runs as the `postgres` system user (initdb refuses root); as anyone
# else, as that user. Authentication is `trust`, for loopback only: a test
# cluster that lives as long as one test run.
set -euo pipefail

readonly pg_bin=/usr/lib/postgresql/15/bin

die() {
  echo "pgcluster: $*" >&2
  exit 1
}

# Runs a PostgreSQL server program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ensure_installed() {
  [ -x "$pg_bin/initdb" ] || die "PostgreSQL 15 is missing ($pg_bin/initdb): run scripts/install-deps.sh"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user"
  fi
}

stop_cluster() {
  local state=$1 datadir
  [ -f "$state/datadir" ] || return 0
  datadir=$(cat "$state/datadir")
  if [ -f "$datadir/data/postmaster.pid" ]; then
    as_owner "$pg_bin/pg_ctl" stop -D "$datadir/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  case "$datadir" in
    */aanwezig-pg.*) rm -rf "$datadir" ;;
  esac
  rm -f "$state/datadir" "$state/url"
}

# A port nobody listens on now; postgres still may lose a race for it, so the
# caller retries with another one.
pick_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  done
  echo "$port"
}

start_cluster() {
  local state=$1 datadir port attempt
  ensure_installed
  mkdir -p "$state"
  stop_cluster "$state" # a cluster left behind by a run that was killed

  # As root under /tmp: the postgres user must reach it.
  datadir=$(mktemp -d "$([ "$(id -u)" -eq 0 ] && echo /tmp || echo "${TMPDIR:-/tmp}")/aanwezig-pg.XXXXXXXX")
  echo "$datadir" >"$state/datadir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$datadir"

  as_owner "$pg_bin/initdb" -D "$datadir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$datadir/initdb.log" 2>&1 ||
    { cat "$datadir/initdb.log" >&2; die "initdb failed"; }

  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(pick_port)
    if as_owner "$pg_bin/pg_ctl" start -D "$datadir/data" -l "$datadir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $datadir -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null 2>&1; then
      echo "postgresql://postgres@127.0.0.1:$port/postgres" | tee "$state/url"
      return 0
    fi
  done
  cat "$datadir/server.log" >&2 || true
  stop_cluster "$state"
  die "the cluster did not start (tried 10 ports)"
}

[ $# -eq 2 ] || die "usage: pgcluster.sh start|stop STATE_DIR"
case "$1" in
  start) start_cluster "$2" ;;
  stop) stop_cluster "$2" ;;
  *) die "usage: pgcluster.sh start|stop STATE_DIR" ;;
esac
