# Sourced by bin/* scripts: sets JAVA_HOME to a JDK 25 or newer, or fails with a clear message.
# Order: $JAVA_HOME if it is 25+, else Temurin 25 at its usual path, else any 25+ JDK under /usr/lib/jvm.

pyj_java_major() {
    local v
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    echo "${v%%.*}"
}

pyj_find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(pyj_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    echo "pyj: needs a JDK 25 or newer (found none in \$JAVA_HOME or /usr/lib/jvm)." >&2
    echo "pyj: install Temurin 25 (e.g. the temurin-25-jdk package) or set JAVA_HOME to a JDK 25." >&2
    return 1
}
