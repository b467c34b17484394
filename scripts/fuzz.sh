#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang; ASan + UBSan) into build-fuzz and runs each one for a short
# time (default 60 s; docs/robustness.md). Seeds: tests/data (valid and invalid documents, fuzz seeds,
# regressions) and the shipped portfolio, plus whatever earlier runs collected in build-fuzz/corpus.
# Exits non-zero when a target crashes, leaks, hangs, runs out of memory or breaks one of its properties;
# the input is then in build-fuzz/artifacts/ — fix the bug and keep the input in tests/data/regressions/.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
seconds=${1:-60}
jobs=$(nproc 2>/dev/null || echo 2)
CC=clang CXX=clang++ cmake -S fuzz -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$jobs"

export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
mkdir -p build-fuzz/artifacts
status=0
# run NAME SEED_DIR... : the first directory (build-fuzz/corpus/NAME) receives what the run discovers.
run() {
  local name=$1; shift
  mkdir -p "build-fuzz/corpus/$name"
  echo "fuzz: fuzz_$name for ${seconds}s" >&2
  if ! "build-fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/artifacts/$name-" "${extra[@]}" "build-fuzz/corpus/$name" "$@" \
        >"build-fuzz/fuzz_$name.log" 2>&1; then
    echo "fuzz: fuzz_$name FAILED; the end of build-fuzz/fuzz_$name.log:" >&2
    tail -n 40 "build-fuzz/fuzz_$name.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^Done" "build-fuzz/fuzz_$name.log" >&2 || true
  fi
}
seed_portfolio=build-fuzz/seed-portfolio
mkdir -p "$seed_portfolio"
cp assets/portfolios/*.json "$seed_portfolio"/ 2>/dev/null || true
extra=(-dict=fuzz/document.dict)
run document tests/data/valid tests/data/invalid tests/data/fuzz-seeds/document tests/data/regressions "$seed_portfolio"
extra=(-max_len=16384)
run csv tests/data/fuzz-seeds/csv
extra=(-max_len=65536 -dict=fuzz/mspdi.dict)
run mspdi tests/data/fuzz-seeds/mspdi
exit $status
