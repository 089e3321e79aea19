#!/usr/bin/env bash
# Regenerate the golden expected outputs for tests/cases/**/*.py using the
# CPython 3.11.2 oracle.  Expected files must ONLY ever be produced by this
# script, never edited by hand.
#
# Usage: tests/regen-golden.sh [CASE.py ...]
#   With no arguments every tests/cases/**/*.py is regenerated; otherwise only
#   the given case files (paths relative to the current directory or absolute).
#
# For each case <name>.py, next to it:
#   <name>.out   exact bytes written to stdout
#   <name>.exit  exactly two lines:
#                  1: the process exit code (decimal; 124 = timed out)
#                  2: the last non-empty line of stderr (empty if none)
#   <name>.err   the whole of stderr, where the script's absolute path is
#                replaced by "<name>.py" wherever it appears (tracebacks, warnings;
#                GoldenTest does the same to pyj's)
set -euo pipefail

ORACLE=/usr/bin/python3.11
TIMEOUT_SECS=60

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CASES_DIR="$SCRIPT_DIR/cases"

if [[ ! -x "$ORACLE" ]]; then
    echo "regen-golden: oracle $ORACLE not found or not executable" >&2
    exit 1
fi
if ! "$ORACLE" -S -I -c 'import sys; sys.exit(0 if sys.version_info[:3] == (3, 11, 2) else 1)'; then
    echo "regen-golden: $ORACLE is not CPython 3.11.2: $("$ORACLE" --version 2>&1)" >&2
    exit 1
fi

cases=()
if [[ $# -gt 0 ]]; then
    for arg in "$@"; do
        if [[ ! -f "$arg" || "$arg" != *.py ]]; then
            echo "regen-golden: not a .py case file: $arg" >&2
            exit 1
        fi
        cases+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")")
    done
else
    while IFS= read -r -d '' f; do
        cases+=("$f")
    # Modules under a packages/ directory are what cases import, not cases themselves.
    done < <(find "$CASES_DIR" -type f -name '*.py' -not -path '*/packages/*' -print0 | LC_ALL=C sort -z)
fi

errfile="$(mktemp)"
trap 'rm -f "$errfile"' EXIT

n=0
for case in "${cases[@]}"; do
    dir="$(dirname "$case")"
    base="$(basename "$case")"
    stem="${base%.py}"
    rc=0
    # -I ignores PYTHON* variables, so LC_ALL=C.UTF-8 is what actually
    # guarantees UTF-8 stdio regardless of the caller's locale.
    ( cd "$dir" && LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
        timeout "$TIMEOUT_SECS" "$ORACLE" -S -I "$base" \
        <"/dev/null" >"$stem.out" 2>"$errfile" ) || rc=$?
    last="$(grep -v '^$' "$errfile" | tail -n 1 || true)"
    printf '%s\n%s\n' "$rc" "$last" >"$dir/$stem.exit"
    # CPython names the script by its absolute path; keep only "name.py" so that clones anywhere match.
    sed "s|$dir/$base|$base|g" "$errfile" >"$dir/$stem.err"
    n=$((n + 1))
done

echo "regenerated $n cases"
