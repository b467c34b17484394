#!/usr/bin/env bash
# One C++ style (.clang-format): `scripts/format.sh` formats every tracked C++ file in place;
# `scripts/format.sh --check` changes nothing and fails, naming the files, when one is not formatted
# (CTest `format`). Uses clang-format 14 from Debian (scripts/setup.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
[ "${1:-}" = "--check" ] && check=1
command -v clang-format >/dev/null || { echo "format: clang-format is not installed (bash scripts/setup.sh)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find analysis app charts model qml store tests fuzz bench -name '*.cpp' -o -name '*.h')
if [ "$check" -eq 0 ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "format: ${#bad[@]} file(s) differ from .clang-format (run: bash scripts/format.sh):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "format: ${#files[@]} C++ files match .clang-format"
