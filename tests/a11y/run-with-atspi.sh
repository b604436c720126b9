#!/usr/bin/env bash
# Runs a command (an accessibility test) on its own X display (Xvfb, on a
# display number it picks itself, so tests can run side by side) with its own
# D-Bus session bus, on which the AT-SPI bus (at-spi2-core) starts when asked:
# nothing of the machine's desktop or screen reader is touched.
set -euo pipefail
scratch=$(mktemp -d /tmp/aanwezig-a11y-run.XXXXXX)
Xvfb -displayfd 5 -screen 0 1024x768x24 -nolisten tcp 5>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do
  [ -s "$scratch/display" ] && break
  kill -0 "$xvfb" 2>/dev/null || { cat "$scratch/xvfb.log" >&2; exit 1; }
  sleep 0.1
done
export DISPLAY=":$(head -n1 "$scratch/display")"
export XDG_RUNTIME_DIR="$scratch"
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS XAUTHORITY
export PYTHONDONTWRITEBYTECODE=1 # nothing written next to the sources
dbus-run-session -- "$@" || { status=$?; cat "$scratch/xvfb.log" >&2; exit "$status"; }
