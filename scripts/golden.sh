#!/usr/bin/env bash
# Golden files: what the command line makes of the shipped MAB portfolio, checked in under
# tests/data/golden/ so that a refactoring which must not change behaviour is proven not to (issue 14),
# and an intended change shows up as a reviewable diff in the same commit.
#
#   scripts/golden.sh                      regenerate tests/data/golden/ (after an intended change)
#   scripts/golden.sh --check              regenerate into a temporary folder and compare (CTest: golden)
#   options: --binary PATH (default build/riskboard), --out DIR (default tests/data/golden)
#
# What is recorded, for assets/portfolios/mab-plateau4.json:
#   charts/CHART.LANG.svg      every chart of `riskboard export --help` (the chart catalogue), nl and en,
#                              plus timeline-whatif.LANG.svg with a fixed --delay
#   deck.LANG.txt              `pdftotext` of the storyboard deck, nl and en
#   csv/TABLE.csv              `export-csv` of every table of `export-csv --help`
#   summary.json, analyze.json, propagate.json (--delay $DELAY), simulate.json (--seed, --iterations fixed),
#                              pretty-printed (one key per line) so that a diff is readable
# Nothing here depends on today: the charts and the deck use the document's status date. The Monte
# Carlo runs use a fixed seed and a fixed number of iterations; the result does not depend on the
# number of threads (docs/analysis.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="$here/build/riskboard"
out="$here/tests/data/golden"
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --binary) binary="$2"; shift ;;
    --out) out="$2"; shift ;;
    *) echo "usage: scripts/golden.sh [--check] [--binary PATH] [--out DIR]" >&2; exit 1 ;;
  esac
  shift
done

portfolio="$here/assets/portfolios/mab-plateau4.json"
DELAY="3A0=8w"        # a critical post: slips the finish, and float absorbs some of it
ITERATIONS=2000       # enough for stable-looking charts, quick enough for every test run
SEED=20190101         # the export's default seed (docs/export.md)
export TZ=Europe/Amsterdam LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false"

for tool in pdftotext python3 diff; do
  command -v "$tool" >/dev/null || { echo "golden: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done
[ -x "$binary" ] || { echo "golden: $binary not built (cmake --build build --target riskboard)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gen="$work/golden"
mkdir -p "$gen/charts" "$gen/csv"

run() { # run CMD... ; fails loudly with the command line
  if ! "$@" >"$work/stdout" 2>"$work/stderr"; then
    echo "golden: failed: $*" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
}
json() { # json NAME ARGS... : the command's --json output, pretty-printed
  local name="$1"; shift
  run "$binary" "$@" --json
  python3 -c 'import json,sys; json.dump(json.load(sys.stdin), sys.stdout, indent=1, ensure_ascii=False); print()' \
    <"$work/stdout" >"$gen/$name.json"
}

charts="$("$binary" export --help | sed -n 's/^ *--chart CHART *//p' | tr -d ' ' | tr '|' ' ')"
tables="$("$binary" export-csv --help | sed -n 's/^Usage:.*--table \([^ ]*\).*/\1/p' | tr '|' ' ')"
[ -n "$charts" ] && [ -n "$tables" ] || { echo "golden: could not read the chart or table list from --help" >&2; exit 1; }

for lang in nl en; do
  for chart in $charts; do
    run "$binary" export "$portfolio" --chart "$chart" --format svg -o "$gen/charts/$chart.$lang.svg" \
      --lang "$lang" $(case "$chart" in histogram|tornado) echo --seed $SEED --iterations $ITERATIONS ;; esac)
  done
  run "$binary" export "$portfolio" --chart timeline --delay "$DELAY" --format svg \
    -o "$gen/charts/timeline-whatif.$lang.svg" --lang "$lang"
  run "$binary" deck "$portfolio" -o "$work/deck.$lang.pdf" --seed $SEED --iterations $ITERATIONS --lang "$lang"
  pdftotext -enc UTF-8 "$work/deck.$lang.pdf" "$gen/deck.$lang.txt"
done
for table in $tables; do
  run "$binary" export-csv "$portfolio" --table "$table" -o "$gen/csv/$table.csv"
done
json summary summary "$portfolio"
json analyze analyze "$portfolio"
json propagate propagate "$portfolio" --delay "$DELAY"
json simulate simulate "$portfolio" --seed $SEED --iterations $ITERATIONS

if [ $check -eq 0 ]; then
  rm -rf "$out"
  mkdir -p "$(dirname "$out")"
  cp -r "$gen" "$out"
  echo "golden: wrote $(find "$out" -type f | wc -l) files to $out"
  exit 0
fi

# --check: every file the same, none missing, none extra. Print the first lines of each diff.
status=0
while IFS= read -r line; do
  status=1
  echo "golden: $line"
done < <(diff -rq "$out" "$gen" | grep -v '^Files ' || true)
while IFS= read -r f; do
  status=1
  rel="${f#"$gen"/}"
  echo "golden: $rel differs from tests/data/golden/$rel (first lines of the diff; - golden, + now):"
  diff -u --label "golden/$rel" --label "now/$rel" "$out/$rel" "$f" | head -n 40 || true
done < <(cd "$gen" && find . -type f | sed 's|^\./||' | sort | while IFS= read -r r; do
           [ -f "$out/$r" ] && ! cmp -s "$out/$r" "$gen/$r" && echo "$gen/$r"; done)
if [ $status -ne 0 ]; then
  echo "golden: the output changed. If the change is intended, regenerate and commit the new files"
  echo "golden: with the change, saying why:   scripts/golden.sh   (after cmake --build build --target riskboard)"
fi
exit $status
