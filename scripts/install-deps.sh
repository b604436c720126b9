#!/usr/bin/env bash
# Installs the Debian 12 packages Aanwezig needs to build, run and test:
# `install-deps.sh build` what the build needs, `install-deps.sh test` what
# only tests and the demo need, no argument both.
# Safe to run twice: apt-get only installs what is missing.
set -euo pipefail

# What the build needs (compilers, libraries, Qt's tools and the QML modules
# qmlcachegen compiles against).
build_packages=(
  build-essential cmake ninja-build pkg-config python3
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-shapes
  qml6-module-qtqml-workerscript qml6-module-qtqml qml6-module-qttest
  qml6-module-qtquick-dialogs qml6-module-qtcore qml6-module-qtqml-models
  qtkeychain-qt6-dev libssl-dev libboost1.81-dev zlib1g-dev
  libzxing-dev qt6-multimedia-dev qml6-module-qtmultimedia
  libsqlite3-dev libsimdjson-dev
)
# What only the tests, the fuzz targets and the demo need: the test command
# installs these while the build runs (scripts/test.sh).
test_packages=(
  clang-format
  postgresql postgresql-client nginx-light wrk
  fonts-dejavu-core
  xvfb xauth libgl1-mesa-dri
  at-spi2-core python3-pyatspi dbus
  libfaketime
  clang-14 libfuzzer-14-dev libclang-rt-14-dev
  dunst
)
# Notifications: node runs the npm package web-push-testing in the
# tests (scripts/install-npm-packages.sh). Debian's npm only when no npm
# came with the installed nodejs (e.g. NodeSource's).
test_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || test_packages+=(npm)

case "${1:-all}" in
  build) packages=("${build_packages[@]}") ;;
  test) packages=("${test_packages[@]}") ;;
  all) packages=("${build_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: install-deps.sh [build|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
