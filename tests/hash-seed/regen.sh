#!/usr/bin/env bash
# Regenerates str_hash.seed<N>.out with CPython 3.11.2 under PYTHONHASHSEED=N (not -I, which
# would ignore the variable). StrHashSeedTest runs bin/pyj the same way and compares.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for seed in 0 123; do
    LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8 PYTHONHASHSEED=$seed /usr/bin/python3.11 -S str_hash.py >"str_hash.seed$seed.out"
done
