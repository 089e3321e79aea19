package org.pyj.interpreter.runtime;

/**
 * The layout of a Truffle frame's arguments for Python calls: the globals (module), the callee,
 * then one slot per parameter as {@link Signature} orders them, already bound.
 */
public final class PArguments {
    public static final int GLOBALS = 0;
    public static final int CALLEE = 1;
    public static final int USER_ARGUMENTS = 2;

    private PArguments() {
    }

    public static Object[] create(PModule globals, Object callee, int parameterCount) {
        Object[] args = new Object[USER_ARGUMENTS + parameterCount];
        args[GLOBALS] = globals;
        args[CALLEE] = callee;
        return args;
    }

    public static PModule getGlobals(Object[] arguments) {
        return (PModule) arguments[GLOBALS];
    }
}
