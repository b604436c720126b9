#!/usr/bin/env bash
# Builds Aanwezig, starts the backend with a demo school and opens three app
# windows (parent, mentor, student), each with its own local profile and
# paired with the demo school, so the whole loop can be tried: the parent
# reports sick, the mentor sees it and sends "Ik mis je!", the student and the
# parent read it. Installs what it needs on Debian 12 first. Safe to run twice.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build build --parallel "$(nproc)" --target aanwezig aanwezig-server

demo=$(mktemp -d /tmp/aanwezig-demo.XXXXXX)
port=$((20000 + RANDOM % 20000))
server="http://127.0.0.1:$port"
build/server/aanwezig-server demo --db "sqlite:$demo/server.db" | tee "$demo/codes.txt"
build/server/aanwezig-server serve --db "sqlite:$demo/server.db" --listen "127.0.0.1:$port" \
  >"$demo/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT

# Wait (at most 10 s) until the server accepts connections.
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

code_for() { awk -v role="$1" '$1 == role { print $NF }' "$demo/codes.txt"; }
apps=()
for role in parent mentor student; do
  build/app/aanwezig --profile "$demo/$role" --server "$server" --code "$(code_for "$role")" &
  apps+=($!)
done
echo "Demo school at $server; local profiles and server log in $demo"
wait "${apps[@]}"
