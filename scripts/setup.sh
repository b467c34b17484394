#!/usr/bin/env bash
# Installs every Debian (bookworm) package Riskboard needs to build, run, test, fuzz and benchmark.
# Idempotent: when everything is present it only checks with dpkg and returns within a second.
# Usage: scripts/setup.sh            (as root, or with sudo available)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4: core, widgets (QApplication for QtCharts), Quick/QML, Charts, SVG, translations, tests
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qml6-module-qtquick qml6-module-qtqml qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
  qml6-module-qtqml-workerscript qml6-module-qtquick-shapes qml6-module-qtcharts
  qml6-module-qttest qml6-module-qt-labs-settings qml6-module-qt-labs-platform qml6-module-qtqml-models
  # Qt Quick's own FileDialog (used wherever no platform dialog exists) lists folders with this module;
  # without it File ▸ Open crashed (tests/gui/tst_gui_dialogs.cpp)
  qml6-module-qt-labs-folderlistmodel
  # Qt's own Dutch (dialog buttons such as Close/Cancel, the file dialog's labels): qt_nl.qm
  qt6-translations-l10n
  qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
  # the shared portfolio store (store/, docs/team.md): Qt SQL's PostgreSQL driver, and the server the
  # store tests start for themselves (tests/store/pgserver.h; Qt SQL itself is in qt6-base-dev)
  libqt6sql6-psql postgresql
  # graph analysis and the document format
  libboost-graph-dev rapidjson-dev
  # the Excel workbook (export-xlsx), and its tests: unzip reads it back, LibreOffice opens it headless
  libxlsxwriter-dev unzip libreoffice-calc-nogui
  # rendering offscreen / under a virtual display, fonts for readable charts, PDF inspection
  fonts-dejavu-core xvfb xauth poppler-utils
  # driving the real window under Xvfb as a user would (docs/ui.md: clicks, keys, screenshots)
  xdotool x11-utils imagemagick
  # fuzzing and sanitizers (libFuzzer ships with clang's runtime)
  clang libclang-rt-14-dev
  # one C++ style (.clang-format; scripts/format.sh, CTest `format`)
  clang-format
  # benchmark baselines (bench/)
  python3 python3-networkx python3-numpy
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${#missing[@]} package(s): ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done" >&2
