# Sourced by bin/* scripts: builds the interpreter (and what it needs) when it is missing or stale.

PYJ_INTERPRETER_JAR="$PYJ_ROOT/interpreter/target/pyj-interpreter-0.1.0-SNAPSHOT.jar"
# Touched after every successful build: Maven leaves an up-to-date jar's time alone, so the jar
# itself cannot tell whether the sources changed since.
PYJ_BUILD_STAMP="$PYJ_ROOT/interpreter/target/.pyj-built"

pyj_is_built() {
    [ -f "$PYJ_INTERPRETER_JAR" ] && [ -f "$PYJ_BUILD_STAMP" ] && [ -d "$PYJ_ROOT/interpreter/target/modules" ] \
        && [ -f "$PYJ_ROOT/interpreter/target/jit/compiler-25.0.3.jar" ] || return 1
    # Stale if any source or pom is newer than the last build (cheap: stops at the first hit).
    [ -z "$(find "$PYJ_ROOT/pom.xml" "$PYJ_ROOT/parser/pom.xml" "$PYJ_ROOT/parser/src/main" \
        "$PYJ_ROOT/interpreter/pom.xml" "$PYJ_ROOT/interpreter/src/main" \
        -newer "$PYJ_BUILD_STAMP" -print -quit 2>/dev/null)" ]
}

pyj_build() {
    local log="$PYJ_ROOT/interpreter/target/pyj-build.log"
    mkdir -p "$PYJ_ROOT/interpreter/target"
    echo "pyj: building the interpreter (first run or sources changed; log: ${log#$PYJ_ROOT/})..." >&2
    if ! (cd "$PYJ_ROOT" && mvn -B -q -DskipTests package -pl interpreter -am) >"$log" 2>&1; then
        echo "pyj: the build failed; the end of $log:" >&2
        tail -n 40 "$log" >&2
        return 1
    fi
    touch "$PYJ_BUILD_STAMP"
}

pyj_ensure_built() {
    # PYJ_NO_BUILD=1: the caller (e.g. the Maven test run itself) guarantees a fresh build.
    [ "${PYJ_NO_BUILD:-}" = 1 ] && return 0
    pyj_is_built || pyj_build
}
