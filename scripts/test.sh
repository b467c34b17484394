#!/usr/bin/env bash
# Sets everything up, builds, and runs every test (CTest). Exits non-zero when any test fails.
# This is exactly what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DRISKBOARD_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen TZ=Europe/Amsterdam
ctest --test-dir build --output-on-failure -j"$(nproc 2>/dev/null || echo 2)"

# --- Robustness (docs/robustness.md) -------------------------------------------------------------------
# A short fuzz run of every libFuzzer target (clang, build-fuzz/; ~60 s each), then the whole test suite
# again under AddressSanitizer + UndefinedBehaviorSanitizer (gcc, build-asan/).
bash scripts/fuzz.sh 60
bash scripts/sanitize.sh
