#!/bin/bash
# Installs the npm package web-push-testing (a local Web Push service that
# checks VAPID and decrypts aes128gcm) into DIR for the notification tests,
# pinned, never globally. Needs node and npm (scripts/install-deps.sh).
set -euo pipefail
dir=${1:?usage: install-web-push-testing.sh DIR}
version=1.0.0
if [ -f "$dir/node_modules/web-push-testing/package.json" ] &&
   grep -q "\"version\": \"$version\"" "$dir/node_modules/web-push-testing/package.json"; then
    exit 0
fi
mkdir -p "$dir"
npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "web-push-testing@$version"
