#!/usr/bin/env bash
# The structure rules of docs/architecture.md that a grep can check (CTest `structure`):
#  - no C++ or QML source file over 700 lines;
#  - app/ (entry point, start-up, command line) under 1,500 lines of C++;
#  - no singleton accessors of our own: no `s_instance`, no `::instance()` in qml/, app/, model/;
#  - QML files reach each other through the module, never a relative directory import.
set -uo pipefail
cd "$(dirname "$0")/.."
fail=0
files() { git ls-files "$@" 2>/dev/null; }
while read -r n f; do
  [ "$f" = total ] && continue
  if [ "$n" -gt 700 ]; then echo "structure: $f has $n lines (at most 700)" >&2; fail=1; fi
done < <(files '*.cpp' '*.h' '*.qml' | xargs wc -l)
app=$(files 'app/*.cpp' 'app/*.h' | xargs cat | wc -l)
if [ "$app" -ge 1500 ]; then echo "structure: app/ has $app lines of C++ (under 1,500)" >&2; fail=1; fi
if files 'qml/*' 'app/*' 'model/*' | xargs grep -nE 's_instance|[A-Za-z]::instance\(\)' 2>/dev/null | grep -v 'QCoreApplication::instance\|QGuiApplication::instance\|QApplication::instance'; then
  echo "structure: singleton accessors found (above); hand the object over explicitly (docs/architecture.md)" >&2; fail=1
fi
if files '*.qml' | xargs grep -nE '^\s*import\s+"\.\.?/' 2>/dev/null; then
  echo "structure: relative QML directory imports found (above); use 'import Riskboard'" >&2; fail=1
fi
[ "$fail" -eq 0 ] && echo "structure: file sizes, app/ size, no singletons, module imports: fine (app/ $app lines)"
exit $fail
