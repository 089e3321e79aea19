package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** {@code list[int]} and friends (types.GenericAlias): the origin type and its arguments. */
public final class PGenericAlias implements TruffleObject {
    private final PyType origin;
    private final PTuple args;

    public PGenericAlias(PyType origin, PTuple args) {
        this.origin = origin;
        this.args = args;
    }

    public PyType getOrigin() {
        return origin;
    }

    public PTuple getArgs() {
        return args;
    }
}
