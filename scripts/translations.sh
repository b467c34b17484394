#!/usr/bin/env bash
# Updates the Dutch and English catalogues from the sources, or checks that they are complete.
#   scripts/translations.sh          lupdate, then fill the Dutch (fill_nl.py; nl/*.tsv) — after changing strings
#   scripts/translations.sh --check  fails (exit 1) when a visible string of the sources has no finished Dutch
#                                    translation, or the committed .ts files are not up to date with the sources
# The list of sources that carry visible strings lives here only (docs/ui.md).
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(qml model/portfoliodocument.cpp model/schedulecheck.cpp model/mspdi)
for extra in charts document export store; do [ -d "$extra" ] && sources+=("$extra"); done
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)

run() { # $1: folder holding riskboard_{nl,en}.ts and fill_nl.py's nl/ and en/ folders
    # Qt 6.4's lupdate can spin forever on some C++ (a nullptr or a cast in a translate() count argument):
    # fail within minutes, naming the cause, instead of holding CI for its whole budget.
    if ! timeout 300 "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$1/riskboard_nl.ts" "$1/riskboard_en.ts" >/dev/null; then
        echo "translations: lupdate failed or did not return (see docs/ui.md on lupdate and translate())" >&2
        return 1
    fi
    python3 assets/translations/fill_nl.py "$1"
}

if [ "${1:-}" != "--check" ]; then
    run assets/translations
    exit $?
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r assets/translations/. "$tmp/"
if ! run "$tmp"; then
    echo "translations: the strings above have no Dutch: add them to assets/translations/nl/*.tsv and run scripts/translations.sh" >&2
    exit 1
fi
if grep -q 'type="unfinished"' "$tmp/riskboard_nl.ts"; then
    echo "translations: unfinished Dutch translations:" >&2
    grep -B2 'type="unfinished"' "$tmp/riskboard_nl.ts" | grep '<source>' >&2
    exit 1
fi
for lang in nl en; do
    if ! cmp -s "$tmp/riskboard_$lang.ts" "assets/translations/riskboard_$lang.ts"; then
        echo "translations: assets/translations/riskboard_$lang.ts is not up to date with the sources: run scripts/translations.sh" >&2
        diff "assets/translations/riskboard_$lang.ts" "$tmp/riskboard_$lang.ts" | head -20 >&2
        exit 1
    fi
done
echo "translations: every visible string has a finished Dutch translation"
