#!/usr/bin/python3.11
"""Writes the paths (in the fetched Lib/) of the first 100 pure-Python stdlib modules that
CPython 3.11 imports for a broad set of common imports (order of -X importtime).
Usage: common_modules.py LIB_DIR > list.txt"""
import importlib.util
import os
import subprocess
import sys

lib = os.path.abspath(sys.argv[1])
imports = ("unittest, argparse, json, typing, asyncio, logging, subprocess, email.message, http.client, "
           "urllib.request, dataclasses, pathlib, tempfile, shutil, csv, datetime, decimal, fractions, statistics, "
           "textwrap, string, difflib, pprint, inspect, ast, tokenize, traceback, threading, queue, socket, ssl, "
           "zipfile, tarfile, gzip, configparser, uuid, hashlib, random, heapq, bisect, copy, enum, functools, "
           "itertools, collections, contextlib, abc, io, os, re, sys, time, types, warnings, weakref, struct, base64, "
           "glob, fnmatch, locale, gettext, platform, signal, selectors, concurrent.futures")
err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import " + imports],
                     capture_output=True, text=True).stderr
paths = []
for line in err.splitlines()[1:]:
    name = line.split("|")[-1].strip()
    try:
        spec = importlib.util.find_spec(name)
    except Exception:
        continue
    if spec and spec.origin and spec.origin.endswith(".py"):
        rel = os.path.relpath(spec.origin, os.path.dirname(os.__file__))
        p = os.path.join(lib, rel)
        if os.path.exists(p) and p not in paths:
            paths.append(p)
print("\n".join(paths[:100]))
