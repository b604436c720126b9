#!/usr/bin/env bash
# Builds Aanwezig, starts the backend with a demo school and opens the app.
# Installs what it needs on Debian 12 first. Safe to run twice.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build build --parallel "$(nproc)"

exec build/app/aanwezig "$@"
