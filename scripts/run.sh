#!/usr/bin/env bash
# Sets everything up, builds, and starts Riskboard on the shipped MAB plateau-4 portfolio
# (or on the files given as arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec build/riskboard "$@"
