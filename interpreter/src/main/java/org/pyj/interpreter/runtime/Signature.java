package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameters of a callable, in frame order: positional-only, positional-or-keyword,
 * {@code *args}, keyword-only, {@code **kwargs} (the order of CPython's co_varnames).
 */
public final class Signature {
    private final String name;
    @CompilationFinal(dimensions = 1) private final String[] parameterNames;
    private final int posOnlyCount;
    private final int positionalCount;
    private final int kwOnlyCount;
    private final boolean hasVarArgs;
    private final boolean hasVarKeywords;

    public Signature(String name, String[] parameterNames, int posOnlyCount, int positionalCount, int kwOnlyCount,
            boolean hasVarArgs, boolean hasVarKeywords) {
        this.name = name;
        this.parameterNames = parameterNames;
        this.posOnlyCount = posOnlyCount;
        this.positionalCount = positionalCount;
        this.kwOnlyCount = kwOnlyCount;
        this.hasVarArgs = hasVarArgs;
        this.hasVarKeywords = hasVarKeywords;
    }

    /** A signature of plain positional parameters. */
    public static Signature positional(String name, String... params) {
        return new Signature(name, params, 0, params.length, 0, false, false);
    }

    /** The name used in argument errors ({@code __qualname__} for functions). */
    public String getName() {
        return name;
    }

    public String[] getParameterNames() {
        return parameterNames;
    }

    public int getPosOnlyCount() {
        return posOnlyCount;
    }

    public int getPositionalCount() {
        return positionalCount;
    }

    public int getKwOnlyCount() {
        return kwOnlyCount;
    }

    public boolean hasVarArgs() {
        return hasVarArgs;
    }

    public boolean hasVarKeywords() {
        return hasVarKeywords;
    }

    /** Number of frame argument slots the parameters take. */
    public int getParameterCount() {
        return parameterNames.length;
    }

    public int varArgsIndex() {
        return hasVarArgs ? positionalCount : -1;
    }

    public int kwOnlyStart() {
        return positionalCount + (hasVarArgs ? 1 : 0);
    }

    public int varKeywordsIndex() {
        return hasVarKeywords ? parameterNames.length - 1 : -1;
    }

    /** True when a call with exactly the positional parameters needs no binding work. */
    public boolean isSimple() {
        return !hasVarArgs && !hasVarKeywords && kwOnlyCount == 0;
    }
}
