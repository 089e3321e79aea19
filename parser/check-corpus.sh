#!/usr/bin/env bash
# The parser's full measurement against CPython 3.11 (reported in parser/README.md, not a CI test):
#  1. every .py of the fetched CPython Lib/ (Lib/test included) must give CPython's exact ast.dump;
#  2. SyntaxError fidelity on the invalid snippets of CPython's own tests;
#  3. warm parsing speed and memory.
# Reference data comes from /usr/bin/python3.11 into .cache/ (keyed by file hash).
set -euo pipefail
PYJ_ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
. "$PYJ_ROOT/bin/lib/jdk.sh"
pyj_find_jdk || exit 2
cd "$PYJ_ROOT"
PY=/usr/bin/python3.11
[ -x "$PY" ] || { echo "check-corpus: CPython 3.11 is needed at $PY" >&2; exit 2; }

bash stdlib-lib/fetch-cpython.sh
mvn -B -q -ntp -DskipTests package -pl interpreter -am >/dev/null
CP="parser/target/pyj-parser-0.1.0-SNAPSHOT.jar:interpreter/target/modules/antlr4-runtime-4.13.2.jar"
JAVA="$JAVA_HOME/bin/java"

echo "== CPython's references"
"$PY" parser/tools/cpython_ast_dump.py corpus .cache/ast-dumps stdlib-lib/cpython/Lib
"$PY" parser/tools/cpython_ast_dump.py syntax-errors .cache/syntax-errors.jsonl >/dev/null

echo "== SyntaxError fidelity (snippets from CPython's tests; report in .cache/syntax-errors-report.txt)"
"$JAVA" -cp "$CP" org.pyj.parser.tools.SyntaxErrorCheck .cache/syntax-errors.jsonl .cache/syntax-errors-report.txt | head -1
"$JAVA" -cp "$CP" org.pyj.parser.tools.SyntaxErrorCheck parser/src/test/resources/syntax-error-cases \
    .cache/syntax-error-cases-report.txt | head -1
echo "   (cases matching exactly, for syntax-error-cases.tags: .cache/syntax-error-cases-report.txt.passing)"

echo "== The Lib/ corpus: speed, memory, and ast.dump equality (report in .cache/corpus-report.txt)"
"$PY" parser/tools/cpython_parse_speed.py .cache/ast-dumps/manifest.tsv
"$JAVA" -cp "$CP" org.pyj.parser.tools.CorpusCheck .cache/ast-dumps .cache/corpus-report.txt

echo "== Cold start: the 100 most common stdlib modules, first run (parse + write __pycache__) and second run (cache)"
"$PY" parser/tools/common_modules.py stdlib-lib/cpython/Lib > .cache/common-modules.txt
"$JAVA" -cp "$CP" org.pyj.parser.tools.AstCacheBench .cache/common-modules.txt --clear
for run in first second; do
    /usr/bin/time -f "   $run run: %e s wall, max RSS %M KB" "$JAVA" -cp "$CP" org.pyj.parser.tools.AstCacheBench \
        .cache/common-modules.txt
done
"$JAVA" -cp "$CP" org.pyj.parser.tools.AstCacheBench .cache/common-modules.txt --verify
