#!/usr/bin/env bash
# Runs every benchmarks/programs/*.py on pyj (JIT on) and on CPython 3.11 in the same run and
# writes benchmarks/RESULTS.md: warm time per iteration on each, the ratio, pyj's first
# iteration, whole-process wall time, and what the compilation log says (compilations,
# invalidations, deoptimizations) from a third run with --engine.TraceCompilation.
#
# A program prints "iteration <seconds>" once per iteration and "result <value>" at the end;
# both runtimes must print the same result. "Warm" is the median of the last WARM iterations.
#
# Usage: benchmarks/run.sh [program.py ...]     (CPYTHON=/path/to/python3.11 to change the peer)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CPYTHON="${CPYTHON:-/usr/bin/python3.11}"
WARM=20
OUT="$ROOT/benchmarks/RESULTS.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ ! -x "$CPYTHON" ]]; then
    echo "benchmarks: CPython not found at $CPYTHON (set CPYTHON=...)" >&2
    exit 1
fi
if [[ $# -gt 0 ]]; then
    programs=("$@")
else
    programs=("$ROOT"/benchmarks/programs/*.py)
fi

# Build first, so that no build time lands in a measurement.
"$ROOT/bin/pyj" -c pass

wall() { # wall seconds of a command; its stdout goes to $1
    local out="$1"; shift
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >"$out"
    t1=$(date +%s.%N)
    "$CPYTHON" -c "print($t1 - $t0)"
}

rows=()
for program in "${programs[@]}"; do
    name="$(basename "$program" .py)"
    echo "benchmarks: $name" >&2
    cpy_wall=$(wall "$work/$name.cpython" "$CPYTHON" "$program")
    pyj_wall=$(wall "$work/$name.pyj" env PYJ_NO_BUILD=1 "$ROOT/bin/pyj" "$program")
    PYJ_NO_BUILD=1 "$ROOT/bin/pyj" --experimental-options --engine.TraceCompilation "$program" \
        >/dev/null 2>"$work/$name.trace"
    if [[ "$(grep '^result' "$work/$name.cpython")" != "$(grep '^result' "$work/$name.pyj")" ]]; then
        echo "benchmarks: $name: pyj's result differs from CPython's" >&2
        exit 1
    fi
    rows+=("$("$CPYTHON" - "$work/$name.cpython" "$work/$name.pyj" "$work/$name.trace" "$WARM" "$name" \
        "$cpy_wall" "$pyj_wall" <<'PY'
import collections, statistics, sys
cpy, pyj, trace, warm, name, cpy_wall, pyj_wall = sys.argv[1:]
warm = int(warm)
def times(path):
    return [float(l.split()[1]) for l in open(path) if l.startswith("iteration ")]
c, p = times(cpy), times(pyj)
cw, pw = statistics.median(c[-warm:]), statistics.median(p[-warm:])
events = collections.Counter()
deopts = collections.Counter()
for line in open(trace):
    if line.startswith("[engine] opt done"):
        events["done"] += 1
    elif line.startswith("[engine] opt inval"):
        events["inval"] += 1
    elif line.startswith("[engine] opt deopt"):
        events["deopt"] += 1
        deopts[line.split("|")[0].split()[-1]] += 1
worst = deopts.most_common(1)[0] if deopts else ("-", 0)
print(f"| {name} | {len(c)} | {cw*1000:.1f} | {pw*1000:.1f} | **{cw/pw:.2f}×** | {p[0]*1000:.0f} | "
      f"{float(cpy_wall):.2f} / {float(pyj_wall):.2f} | {events['done']} | {events['inval']} | "
      f"{events['deopt']} (most: {worst[0]} {worst[1]}) |")
PY
)")
done

java_version="$("$ROOT/bin/pyj" -VV 2>&1 | tail -n 1)"
{
    echo "# Benchmark results"
    echo
    echo "Written by \`benchmarks/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, against"
    echo "\`$CPYTHON\` ($("$CPYTHON" -V 2>&1)). pyj: $java_version."
    echo
    echo "Warm = median of the last $WARM iterations in one process. Speedup = CPython warm / pyj warm"
    echo "(above 1 means pyj is faster). The compilation columns come from a separate run with"
    echo "\`--engine.TraceCompilation\`."
    echo
    echo "| program | iterations | CPython warm ms | pyj warm ms | speedup | pyj 1st iteration ms | process s (CPython / pyj) | compilations | invalidations | deopts |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} >"$OUT"
cat "$OUT"
