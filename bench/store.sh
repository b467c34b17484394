#!/usr/bin/env bash
# The shared store's bench (bench_store.cpp) on MAB and a generated 10k-post portfolio.
# Usage: bench/store.sh [BUILD_DIR] [RUNS]   (BUILD_DIR configured with -DRISKBOARD_BUILD_BENCH=ON)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
runs="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -x "$build/bench_store" ] || { echo "missing $build/bench_store: build it first (cmake --build $build --target bench_store)" >&2; exit 1; }
python3 "$here/../scripts/generate-portfolio.py" 10000 -o "$work/posts10k.json"
chmod 755 "$work"   # the server may run as the postgres user; it does not read these files, the bench does
"$build/bench_store" "$runs" "$here/../assets/portfolios/mab-plateau4.json" "$work/posts10k.json"
