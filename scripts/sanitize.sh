#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (gcc) into build-asan and runs the
# whole test suite there (docs/robustness.md). Any memory error, undefined behaviour or leak fails the
# test it happens in. Qt's and the graphics stack's process-lifetime allocations are suppressed by
# scripts/lsan.supp; nothing of Riskboard's own is.
# Usage: scripts/sanitize.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
# -O1, as the sanitizers recommend: a third less compile time than -O3, and readable stack traces.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG" \
  -DRISKBOARD_SANITIZE=ON -DRISKBOARD_BUILD_TESTS=ON -DRISKBOARD_BUILD_BENCH=OFF >/dev/null
# SANITIZE_SCOPE=all (the default, and what CI runs: about 12 minutes on two cores): every target and
# every test. SANITIZE_SCOPE=core, for a quicker local check: only the suites of the engine, the
# document model, the robustness tests and the CSV import, i.e. every path that reads untrusted input.
scope="${SANITIZE_SCOPE:-all}"
core_tests=(tst_analysis_schedulenetwork tst_analysis_cpm tst_analysis_propagation tst_analysis_montecarlo
            tst_analysis_uncertainty tst_analysis_layout tst_analysis_external tst_jsontree tst_documentreader
            tst_documentwriter tst_scheduleadapter tst_postlistmodel tst_schema tst_mabportfolio tst_hostileinput
            tst_largedocument tst_crashsafesave tst_regressions tst_documentdiff tst_csvroundtrip)
if [ "$scope" = core ]; then
  cmake --build build-asan -j"$jobs" --target rb_robustness_helper "${core_tests[@]}"
  regex="^($(IFS='|'; echo "${core_tests[*]}"))\$"
  set -- -R "$regex" "$@"
else
  cmake --build build-asan -j"$jobs"
fi

export QT_QPA_PLATFORM=offscreen TZ=Europe/Amsterdam
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=0:strict_init_order=1:check_initialization_order=1
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# The suites that run Qt Quick or render charts get fast_unwind_on_malloc=0: Qt and the graphics stack
# are built without frame pointers, so the fast unwinder cuts their allocation stacks after a frame or
# two and the suppressions cannot see the system library a process-lifetime allocation came from (Qt
# Quick's textures were reported as leaks). The full unwind makes every allocation slow, too slow for
# the suites that load million-member documents, which keep the fast one.
if [ "$scope" = core ]; then
  exec ctest --test-dir build-asan --output-on-failure -j"$jobs" "$@"
fi
gui='^(tst_ui_.*|tst_gui_.*|tst_chartexport|tst_exportcli|tst_exportcontroller)$'
# `golden` compares output byte for byte; it runs in the normal pass. Under AddressSanitizer's allocator
# QtCharts writes the value labels of the bar charts (budget, reserve) in another order in the SVG (the
# same picture; the order follows heap addresses), so here it would fail on a difference that is not one.
status=0
ctest --test-dir build-asan --output-on-failure -j"$jobs" -E "$gui|^golden\$" "$@" || status=1
ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -R "$gui" "$@" || status=1
exit $status
