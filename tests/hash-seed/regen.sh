#!/usr/bin/env bash
# Regenerates <program>.seed<N>.out for every program here with CPython 3.11.2 under
# PYTHONHASHSEED=N (not -I, which would ignore the variable). StrHashSeedTest runs bin/pyj the
# same way and compares.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for program in *.py; do
    for seed in 0 123; do
        LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8 PYTHONHASHSEED=$seed /usr/bin/python3.11 -S "$program" \
            >"${program%.py}.seed$seed.out"
    done
done
