#!/usr/bin/python3.11
"""Reference data for pyj's parser, produced by CPython 3.11 (run with /usr/bin/python3.11).

  cpython_ast_dump.py corpus OUT_DIR ROOT_DIR...
      Every *.py under the roots -> OUT_DIR/<sha256>.dump or OUT_DIR/<sha256>.error
      (cached by the sha256 of the file's bytes) and OUT_DIR/manifest.tsv
      (path<TAB>sha256<TAB>ok|error, one line per file, absolute paths, sorted).
  cpython_ast_dump.py cases DIR...
      Every DIR/**/*.py -> <stem>.dump or <stem>.error beside it (all regenerated).
  cpython_ast_dump.py syntax-errors OUT_FILE
      Invalid snippets found in CPython's own tests (Lib/test, read as ASTs, never
      imported or run) that compile(snippet, '<testcase>', 'exec') rejects with
      SyntaxError or a subclass -> JSON lines.

.dump  = ast.dump(ast.parse(data, filename=path), include_attributes=True) + "\\n",
         where data is the file's bytes (so a PEP 263 coding cookie or a BOM is honoured).
.error = six lines, each ending in "\\n": exception type name, msg, lineno, offset,
         end_lineno, end_offset ("None" for a missing value; a newline inside msg
         is written as the two characters backslash, n).
ast.parse runs with the default recursion limit (1000) so that CPython's own
"too complex" RecursionError verdicts are reproduced; only ast.dump runs with a
raised limit. Warnings (SyntaxWarning, DeprecationWarning) are ignored.
"""

import ast
import doctest
import hashlib
import inspect
import json
import multiprocessing
import os
import sys
import textwrap
import time
import warnings

PARSE_ERRORS = (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError)
DEFAULT_RECURSION_LIMIT = 1000
DUMP_RECURSION_LIMIT = 200000
HERE = os.path.dirname(os.path.abspath(__file__))
CPYTHON_TEST_DIR = os.path.join(HERE, '..', '..', 'stdlib-lib', 'cpython', 'Lib', 'test')


# ---------------------------------------------------------------- dump / error

def _none_or(value):
    return 'None' if value is None else str(value)


def error_text(exc):
    """The .error file contents for an exception raised by ast.parse/compile."""
    if isinstance(exc, SyntaxError):
        msg = exc.msg
    else:
        msg = str(exc)
    msg = _none_or(msg).replace('\n', '\\n')
    fields = [type(exc).__name__, msg,
              _none_or(getattr(exc, 'lineno', None)),
              _none_or(getattr(exc, 'offset', None)),
              _none_or(getattr(exc, 'end_lineno', None)),
              _none_or(getattr(exc, 'end_offset', None))]
    return ''.join(f + '\n' for f in fields)


def parse_and_dump(data, filename):
    """('ok', dump_text) or ('error', error_text) for the bytes `data`."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        old_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(DEFAULT_RECURSION_LIMIT)
        try:
            tree = ast.parse(data, filename=filename)
        except PARSE_ERRORS as exc:
            return 'error', error_text(exc)
        finally:
            sys.setrecursionlimit(old_limit)
    # ast.dump is recursive Python; deep trees (long BinOp chains) need more room,
    # and repr() of a huge int literal (say 0x followed by 4000 digits) must not
    # hit the int-to-str digit limit, which only applies to the dump, not the parse.
    old_digits = sys.get_int_max_str_digits()
    sys.setrecursionlimit(DUMP_RECURSION_LIMIT)
    sys.set_int_max_str_digits(0)
    try:
        text = ast.dump(tree, include_attributes=True)
    finally:
        sys.setrecursionlimit(old_limit)
        sys.set_int_max_str_digits(old_digits)
    return 'ok', text + '\n'


def write_atomic(path, text):
    tmp = '%s.tmp%d' % (path, os.getpid())
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    os.replace(tmp, path)


def remove_if_exists(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


# ---------------------------------------------------------------- corpus

def _corpus_worker(args):
    path, out_dir = args
    with open(path, 'rb') as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    dump_path = os.path.join(out_dir, digest + '.dump')
    err_path = os.path.join(out_dir, digest + '.error')
    if os.path.exists(dump_path):
        return path, digest, 'ok', False
    if os.path.exists(err_path):
        return path, digest, 'error', False
    status, text = parse_and_dump(data, path)
    write_atomic(dump_path if status == 'ok' else err_path, text)
    return path, digest, status, True


def find_py_files(roots):
    files = []
    for root in roots:
        root = os.path.abspath(root)
        if os.path.isfile(root):
            files.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            for name in filenames:
                if name.endswith('.py'):
                    files.append(os.path.join(dirpath, name))
    return sorted(set(files))


def cmd_corpus(out_dir, roots):
    start = time.monotonic()
    os.makedirs(out_dir, exist_ok=True)
    files = find_py_files(roots)
    ok = rejected = new = 0
    lines = []
    with multiprocessing.Pool(2) as pool:
        for path, digest, status, fresh in pool.imap(
                _corpus_worker, [(p, out_dir) for p in files], chunksize=4):
            lines.append('%s\t%s\t%s\n' % (path, digest, status))
            if status == 'ok':
                ok += 1
            else:
                rejected += 1
            new += fresh
    write_atomic(os.path.join(out_dir, 'manifest.tsv'), ''.join(lines))
    print('%d files: %d ok, %d rejected by CPython, %d newly dumped (%.1fs)'
          % (len(files), ok, rejected, new, time.monotonic() - start))


# ---------------------------------------------------------------- cases

def cmd_cases(dirs):
    count = ok = rejected = 0
    for d in dirs:
        for path in find_py_files([d]):
            with open(path, 'rb') as f:
                data = f.read()
            status, text = parse_and_dump(data, path)
            stem = path[:-3]
            if status == 'ok':
                write_atomic(stem + '.dump', text)
                remove_if_exists(stem + '.error')
                ok += 1
            else:
                write_atomic(stem + '.error', text)
                remove_if_exists(stem + '.dump')
                rejected += 1
            count += 1
    print('regenerated %d cases (%d .dump, %d .error)' % (count, ok, rejected))


# ---------------------------------------------------------------- syntax-errors

TEST_FILES = ['test_syntax.py', 'test_grammar.py', 'test_exceptions.py', 'test_fstring.py',
              'test_patma.py', 'test_eof.py', 'test_string_literals.py']

# Functions whose first positional argument is source code.
FIRST_ARG_IS_SOURCE = {
    'compile', 'eval', 'exec', 'parse',            # builtins, ast.parse
    '_check_error', 'assertSyntaxError', '_assert_syntax_error', 'assert_syntax_error',
    'ckmsg',                                        # test_exceptions local helper
    'check',                                        # test_exceptions.check, test_grammar local check
}
# Functions taking (testcase, source, ...).
SECOND_ARG_IS_SOURCE = {'check_syntax_error'}
# assertRaises(SyntaxError, compile|eval|exec, source, ...)
ASSERT_RAISES = {'assertRaises', 'assertRaisesRegex'}
SOURCE_RUNNERS = {'compile', 'eval', 'exec', 'parse'}
SYNTAX_EXC_NAMES = {'SyntaxError', 'IndentationError', 'TabError'}
MAX_SNIPPET = 200000


def _func_name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class _Resolver:
    """Turns an argument expression into the source strings it denotes (best effort)."""

    def __init__(self, tree):
        self.parents = {}
        for parent in ast.walk(tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent
        self.tree = tree

    def scope_of(self, node):
        n = node
        while n in self.parents:
            n = self.parents[n]
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return n
        return self.tree

    def resolve(self, node, at, depth=0):
        """List of str values (empty when unknown)."""
        if depth > 10:
            return []
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else []
        if isinstance(node, ast.Call) and _func_name(node.func) == 'dedent' and len(node.args) == 1:
            return [textwrap.dedent(s) for s in self.resolve(node.args[0], at, depth + 1)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult)):
            left = self._value(node.left, at, depth)
            right = self._value(node.right, at, depth)
            out = []
            for a in left:
                for b in right:
                    try:
                        v = a + b if isinstance(node.op, ast.Add) else a * b
                    except TypeError:
                        continue
                    if isinstance(v, str) and len(v) <= MAX_SNIPPET:
                        out.append(v)
            return out
        if isinstance(node, ast.Name):
            return self.resolve_name(node.id, at, depth)
        return []

    def _value(self, node, at, depth):
        if isinstance(node, ast.Constant) and isinstance(node.value, int) \
                and not isinstance(node.value, bool):
            return [node.value] if node.value <= MAX_SNIPPET else []
        return self.resolve(node, at, depth + 1)

    def resolve_name(self, name, at, depth):
        # A for loop around the use, iterating over a literal list/tuple.
        n = at
        while n in self.parents:
            n = self.parents[n]
            if isinstance(n, ast.For) and isinstance(n.target, ast.Name) \
                    and n.target.id == name and isinstance(n.iter, (ast.List, ast.Tuple)):
                out = []
                for elt in n.iter.elts:
                    out.extend(self.resolve(elt, n, depth + 1))
                return out
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                break
        # The last plain assignment `name = ...` before the use, in the same scope.
        scope = self.scope_of(at)
        best = None
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and node.lineno < at.lineno \
                    and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id == name and self.scope_of(node) is scope:
                if best is None or node.lineno > best.lineno:
                    best = node
        if best is None:
            return []
        return self.resolve(best.value, best, depth + 1)


def _eval_strip(source):
    # eval() skips leading spaces and tabs before compiling.
    return source.lstrip(' \t')


def _same(source):
    return source


# How a helper preprocesses its argument before compiling it.
PREPROCESS = {
    'eval': _eval_strip,
    'assertAllRaise': _eval_strip,                  # test_fstring: eval(str)
    'assert_syntax_error': inspect.cleandoc,        # test_patma: compile(inspect.cleandoc(code))
}


def _source_args(call):
    """[(argument node holding source code, preprocessing function)] for `call`."""
    name = _func_name(call.func)
    args = call.args
    prep = PREPROCESS.get(name, _same)
    if name in FIRST_ARG_IS_SOURCE and args:
        return [(args[0], prep)]
    if name in SECOND_ARG_IS_SOURCE and len(args) >= 2:
        return [(args[1], prep)]
    if name in ASSERT_RAISES and len(args) >= 3 and _func_name(args[0]) in SYNTAX_EXC_NAMES \
            and _func_name(args[1]) in SOURCE_RUNNERS:
        return [(args[2], PREPROCESS.get(_func_name(args[1]), _same))]
    if name == 'assertAllRaise' and len(args) >= 3 and isinstance(args[2], (ast.List, ast.Tuple)):
        return [(elt, prep) for elt in args[2].elts]
    return []


def extract_calls(path):
    """[(lineno, snippet)] for source strings passed to compile/eval/helpers in `path`."""
    with open(path, 'rb') as f:
        tree = ast.parse(f.read(), filename=path)
    resolver = _Resolver(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for arg, prep in _source_args(node):
            line = arg.lineno if isinstance(arg, ast.Constant) else node.lineno
            for s in resolver.resolve(arg, node):
                found.append((line, prep(s)))
    return found


def extract_doctests(path):
    """[(lineno, snippet)] for `>>>` examples expecting a SyntaxError traceback."""
    with open(path, 'rb') as f:
        tree = ast.parse(f.read(), filename=path)
    parser = doctest.DocTestParser()
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and '>>>' in node.value):
            continue
        for ex in parser.get_examples(node.value):
            if ex.exc_msg is None:
                continue
            exc_name = ex.exc_msg.split(':', 1)[0].strip().rsplit('.', 1)[-1]
            if exc_name in SYNTAX_EXC_NAMES:
                found.append((node.lineno + ex.lineno, ex.source))
    return found


def compile_verdict(snippet):
    """The exception compile() raises, or None when it compiles."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(snippet, '<testcase>', 'exec')
        except (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError) as exc:
            return exc
        except Exception as exc:  # anything else: not a syntax error verdict
            return exc
    return None


def ast_parse_rejects(snippet):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            ast.parse(snippet, '<testcase>')
        except (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError):
            return True
    return False


def cmd_syntax_errors(out_file, test_dir=CPYTHON_TEST_DIR):
    seen = set()
    records = []
    print('%-24s %6s %7s %6s' % ('origin', 'found', 'unique', 'kept'))
    for name in TEST_FILES:
        path = os.path.join(test_dir, name)
        snippets = []
        if name == 'test_syntax.py':
            snippets += extract_doctests(path)
        snippets += extract_calls(path)
        snippets.sort(key=lambda t: t[0])
        unique = kept = 0
        for line, snippet in snippets:
            if snippet in seen:
                continue
            seen.add(snippet)
            unique += 1
            exc = compile_verdict(snippet)
            if not isinstance(exc, SyntaxError):
                continue
            kept += 1
            records.append({
                'source': snippet,
                'origin': '%s:%d' % (name, line),
                'type': type(exc).__name__,
                'msg': exc.msg,
                'lineno': exc.lineno,
                'offset': exc.offset,
                'end_lineno': exc.end_lineno,
                'end_offset': exc.end_offset,
                'text': exc.text,
                'ast_parse_rejects': ast_parse_rejects(snippet),
            })
        print('%-24s %6d %7d %6d' % (name, len(snippets), unique, kept))
    os.makedirs(os.path.dirname(os.path.abspath(out_file)), exist_ok=True)
    write_atomic(out_file, ''.join(json.dumps(r) + '\n' for r in records))
    print('%d snippets kept (%d also rejected by ast.parse) -> %s'
          % (len(records), sum(r['ast_parse_rejects'] for r in records), out_file))


# ---------------------------------------------------------------- main

def main(argv):
    warnings.simplefilter('ignore')
    if len(argv) >= 3 and argv[0] == 'corpus':
        cmd_corpus(argv[1], argv[2:])
    elif len(argv) >= 2 and argv[0] == 'cases':
        cmd_cases(argv[1:])
    elif len(argv) in (2, 3) and argv[0] == 'syntax-errors':
        cmd_syntax_errors(*argv[1:])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
