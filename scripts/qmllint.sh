#!/usr/bin/env bash
# qmllint over every QML file of the module, against a baseline that may only shrink (issue 14).
#   scripts/qmllint.sh [--module-dir DIR]            check (CTest: qmllint): fails when a file has more
#                                                    warnings than tests/qmllint-baseline.txt allows,
#                                                    printing those warnings
#   scripts/qmllint.sh --update [--module-dir DIR]   rewrite the baseline (after fixing warnings; never
#                                                    to admit new ones)
# DIR is the build tree's QML import folder holding Riskboard/qmldir and the .qmltypes (default build/qml).
# The baseline counts warnings per file, not their lines, so edits elsewhere in a file do not break it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
moduledir="build/qml"
update=0
while [ $# -gt 0 ]; do
  case "$1" in
    --update) update=1 ;;
    --module-dir) moduledir="$2"; shift ;;
    *) echo "usage: scripts/qmllint.sh [--update] [--module-dir DIR]" >&2; exit 1 ;;
  esac
  shift
done
qmllint=/usr/lib/qt6/bin/qmllint
[ -x "$qmllint" ] || qmllint="$(command -v qmllint || true)"
[ -n "$qmllint" ] || { echo "qmllint: not found (qt6-declarative-dev-tools, scripts/setup.sh)" >&2; exit 1; }
[ -f "$moduledir/Riskboard/qmldir" ] || { echo "qmllint: $moduledir/Riskboard/qmldir missing: build riskboard_qml first" >&2; exit 1; }

baseline=tests/qmllint-baseline.txt
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
mapfile -t files < <(find qml -name '*.qml' | LC_ALL=C sort)
"$qmllint" -I "$moduledir" "${files[@]}" >"$out" 2>&1 || true

count() { grep -c "^Warning: $1:" "$out" || true; }

if [ $update -eq 1 ]; then
  {
    echo "# qmllint warnings per QML file (scripts/qmllint.sh). May only shrink: fix warnings, then"
    echo "# scripts/qmllint.sh --update. A file not listed must have none."
    for f in "${files[@]}"; do n=$(count "$f"); [ "$n" -gt 0 ] && echo "$n $f"; done
  } >"$baseline"
  echo "qmllint: baseline written, $(grep -c '^Warning' "$out" || true) warnings in $(grep -vc '^#' "$baseline") files"
  exit 0
fi

status=0
shrunk=0
for f in "${files[@]}"; do
  n=$(count "$f")
  allowed=$(awk -v f="$f" '$2 == f { print $1 }' "$baseline")
  allowed=${allowed:-0}
  if [ "$n" -gt "$allowed" ]; then
    status=1
    echo "qmllint: $f has $n warnings, the baseline allows $allowed:"
    grep -A2 "^Warning: $f:" "$out" | head -n 30
  elif [ "$n" -lt "$allowed" ]; then
    shrunk=1
  fi
done
[ $shrunk -eq 1 ] && echo "qmllint: fewer warnings than the baseline: lower it with scripts/qmllint.sh --update"
[ $status -eq 0 ] && echo "qmllint: no file above its baseline ($(grep -c '^Warning' "$out" || true) warnings in all)"
exit $status
