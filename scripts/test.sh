#!/usr/bin/env bash
# Builds Aanwezig and runs every test (unit, QML, server, PostgreSQL and nginx
# integration). Installs what it needs on Debian 12 first. Safe to run twice.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build build --parallel "$(nproc)"
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
