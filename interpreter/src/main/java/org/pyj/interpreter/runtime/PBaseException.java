package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/** A Python exception instance: its type and {@code args}. */
public final class PBaseException implements TruffleObject {
    private final PyType type;
    private final PTuple args;

    public PBaseException(PyType type, PTuple args) {
        this.type = type;
        this.args = args;
    }

    public PyType getType() {
        return type;
    }

    public PTuple getArgs() {
        return args;
    }

    /** {@code SystemExit.code}: None without args, the argument with one, else the args tuple. */
    public Object getExitCode() {
        return switch (args.size()) {
            case 0 -> PNone.NONE;
            case 1 -> args.get(0);
            default -> args;
        };
    }
}
