#!/usr/bin/env bash
# Imports every module listed in stdlib-lib/import-sweep-modules.txt in a fresh pyj process
# (interpreter-only, 60 s each) and writes stdlib-lib/import-sweep.md: each module with OK or
# the last line of its error, and the totals. Usage: stdlib-lib/import-sweep.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIST="$ROOT/stdlib-lib/import-sweep-modules.txt"
OUT="$ROOT/stdlib-lib/import-sweep.md"
PYJ="$ROOT/bin/pyj"

"$PYJ" -c pass >/dev/null  # builds once, so that no module pays for it
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

ok=0
total=0
rows=()
while IFS= read -r module; do
    [[ -z "$module" || "$module" == \#* ]] && continue
    total=$((total + 1))
    result="$(cd "$work" && PYJ_NO_BUILD=1 timeout 60 "$PYJ" --jit=off -c "import $module" 2>&1 | tail -n 1 || true)"
    if [[ -z "$result" ]]; then
        ok=$((ok + 1))
        rows+=("| \`$module\` | OK |")
    else
        rows+=("| \`$module\` | ${result//|/\\|} |")
    fi
done <"$LIST"

{
    echo "# Import sweep"
    echo
    echo "Written by \`stdlib-lib/import-sweep.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): each module of"
    echo "\`import-sweep-modules.txt\` imported in a fresh \`bin/pyj --jit=off\` process."
    echo
    echo "**$ok of $total modules import ($((100 * ok / total))%).**"
    echo
    echo "| module | result |"
    echo "|---|---|"
    printf '%s\n' "${rows[@]}"
} >"$OUT"
echo "import sweep: $ok of $total modules import; see $OUT"
