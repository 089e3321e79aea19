package org.pyj.interpreter.runtime;

/**
 * {@code list[int]} and friends (types.GenericAlias): the origin and its arguments. A
 * PythonObject, so that classes can derive from GenericAlias (collections.abc's
 * _CallableGenericAlias does).
 */
public final class PGenericAlias extends PythonObject {
    private final Object origin;
    private final PTuple args;

    public PGenericAlias(Object origin, PTuple args) {
        this(BuiltinTypes.GENERIC_ALIAS, origin, args);
    }

    public PGenericAlias(PyType type, Object origin, PTuple args) {
        super(type);
        this.origin = origin;
        this.args = args;
    }

    public Object getOrigin() {
        return origin;
    }

    public PTuple getArgs() {
        return args;
    }
}
