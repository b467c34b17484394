#!/usr/bin/env bash
# Whole-process benchmark of `riskboard analyze FILE --json` (load with every check, CPM, JSON out) on a
# generated portfolio, as a user runs it: a fresh process each time. Prints every run, then the fastest
# and the median wall time, the CPU time (user + system) of the fastest run and the peak resident memory.
# Usage: bench/analyze.sh [BUILD_DIR] [POSTS] [RUNS]   (defaults: build, 100000, 9)
# The output is compared with the first run's: every run must write the same result.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
posts="${2:-100000}"
runs="${3:-9}"
exe="$build/riskboard"
[ -x "$exe" ] || { echo "missing $exe: build it first (ninja -C $build riskboard)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$here/../scripts/generate-portfolio.py" "$posts" -o "$work/p.json" >/dev/null
echo "portfolio: $posts posts, $(stat -c %s "$work/p.json") bytes; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$exe" analyze "$work/p.json" --json >"$work/first.json" # warm the page cache
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.$i" "$exe" analyze "$work/p.json" --json >"$work/out.json"
  cmp -s "$work/first.json" "$work/out.json" || { echo "run $i wrote another result" >&2; exit 1; }
  read -r wall user sys rss <"$work/time.$i"
  echo "run $i: wall $wall s, user $user s, system $sys s, peak $((rss / 1024)) MiB"
done
cat "$work"/time.* | sort -n | awk -v n="$runs" '
  { wall[NR] = $1; cpu[NR] = $2 + $3; rss[NR] = $4 }
  END { printf "RESULT analyze_%s fastest %.2f s median %.2f s cpu %.2f s peak %d MiB\n", n, wall[1], wall[int((n + 1) / 2)], cpu[1], rss[1] / 1024 }' \
  | sed "s/analyze_$runs/analyze/"
