#!/usr/bin/env bash
# Installs the npm packages the tests use, pinned, into a folder of the build
# dir (never globally): scripts/install-npm-packages.sh BUILD_DIR puts them in
# BUILD_DIR/npm/node_modules. Debian's nodejs and npm come from install-deps.sh.
# The CTest fixture npm_packages (tests/CMakeLists.txt) runs it before the
# tests that need node. Safe to run twice: npm only fetches what is missing.
set -euo pipefail
build_dir=${1:?usage: install-npm-packages.sh BUILD_DIR}

npm_packages=(
  web-push@3.6.7          # an independent RFC 8291 implementation (tests/phonenotify)
  web-push-testing@1.0.0  # a local Web Push service that checks VAPID (tests/notify)
)

mkdir -p "$build_dir/npm"
npm install --prefix "$build_dir/npm" --no-audit --no-fund --silent "${npm_packages[@]}"
