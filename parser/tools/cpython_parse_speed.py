#!/usr/bin/python3.11
"""CPython's ast.parse speed on the corpus of a manifest.tsv (the files it accepts), warm: 6 passes."""
import ast
import sys
import time

files = [line.split('\t') for line in open(sys.argv[1], encoding='utf-8').read().splitlines()]
sources = [open(f[0], 'rb').read() for f in files if f[2] == 'ok']
for n in range(1, 7):
    t0 = time.perf_counter()
    for s in sources:
        ast.parse(s)
    print(f"CPython ast.parse pass {n}: {len(sources)} files in {time.perf_counter() - t0:.2f} s")
