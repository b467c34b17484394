#!/usr/bin/env bash
# Runs the C++ benchmarks and the Python baseline (networkx / numpy) on the same generated networks,
# side by side, and prints the ratios.
# Usage: bench/run.sh [BUILD_DIR]      (default: build-analysis next to this script's repo; configure it with
#        -DRISKBOARD_BUILD_BENCH=ON, which the test and run scripts leave off to keep CI short)
# Environment: CPM_TASKS (100000), MC_TASKS (10000), MC_ITERATIONS (10000), SKIP_PYTHON=1
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build-analysis}"
py=/usr/bin/python3; [ -x "$py" ] || py=python3
cpm_tasks="${CPM_TASKS:-100000}"
mc_tasks="${MC_TASKS:-10000}"
mc_iterations="${MC_ITERATIONS:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for b in bench_cpm bench_montecarlo bench_layout; do
  [ -x "$build/$b" ] || { echo "missing $build/$b: build the bench targets first (ninja -C $build $b)" >&2; exit 1; }
done

echo "== machine"
lscpu | grep -E "Model name|^CPU\(s\)|L2 cache|L3 cache" | sed 's/  */ /g'
echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== C++ (riskboard_analysis)"
"$build/bench_cpm" "$cpm_tasks" "$work/cpm.txt" | tee "$work/cpp.txt"
"$build/bench_montecarlo" "$mc_tasks" "$mc_iterations" "$work/mc.txt" | tee -a "$work/cpp.txt"
"$build/bench_layout" | tee -a "$work/cpp.txt"

if [ "${SKIP_PYTHON:-0}" = 1 ]; then exit 0; fi
echo "== Python baseline (networkx $($py -c 'import networkx; print(networkx.__version__)'), numpy $($py -c 'import numpy; print(numpy.__version__)'))"
"$py" "$here/baseline.py" cpm "$work/cpm.txt" | tee "$work/py.txt"
"$py" "$here/baseline.py" montecarlo "$work/mc.txt" "$mc_iterations" | tee -a "$work/py.txt"

echo "== ratios (Python / C++, fastest run; wall and CPU time)"
# pairs: python name = C++ name
awk '
  FNR == NR && /^RESULT/ { py[$2] = $4; pycpu[$2] = $10; next }
  /^RESULT/ { cpp[$2] = $4; cppcpu[$2] = $10 }
  END {
    n = split("network_build:network_build cpm:cpm montecarlo:montecarlo_2threads", pairs, " ")
    printf "%-16s %12s %12s %9s %9s\n", "what", "python s", "C++ s", "wall x", "cpu x"
    for (i = 1; i <= n; i++) {
      split(pairs[i], p, ":")
      if (!(p[1] in py) || !(p[2] in cpp)) continue
      printf "%-16s %12.6f %12.6f %9.1f %9.1f\n", p[1], py[p[1]], cpp[p[2]], py[p[1]] / cpp[p[2]], pycpu[p[1]] / cppcpu[p[2]]
    }
  }' "$work/py.txt" "$work/cpp.txt"
