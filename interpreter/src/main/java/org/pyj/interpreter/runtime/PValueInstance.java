package org.pyj.interpreter.runtime;

/**
 * An instance of a class derived from int, float, str or tuple: a {@link PythonObject} (its
 * class and attributes) holding the builtin value it extends. Its special methods are found by
 * name like any class instance's; the builtin types' methods get the plain value as self
 * ({@code builtins/JavaBuiltin}), and the slow paths unwrap it where a builtin value is
 * accepted ({@link #unwrap}).
 */
public final class PValueInstance extends PythonObject {
    private final Object value;

    public PValueInstance(PyType type, Object value) {
        super(type);
        this.value = value;
    }

    /** The int (int/long/PInt), float (double), str (TruffleString) or tuple (PTuple). */
    public Object getValue() {
        return value;
    }

    /** {@code o}'s builtin value when it is an instance of such a subclass, else {@code o}. */
    public static Object unwrap(Object o) {
        return o instanceof PValueInstance v ? v.value : o;
    }
}
